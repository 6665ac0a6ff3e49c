/**
 * The recognition storytelling domain (issue 6): consent, moderation rules and status
 * transitions, the audit log, customer nominations and awards, kudos, participation × score,
 * recognition density and erasure on request. Pure: no DOM, no IndexedDB.
 *
 * @module
 */

export type { Award, ConsentRecord, Kudos, Nomination, NominationSource, NominationStatus, StoryDraft } from './types.ts';
export { containsWords, createNameMatcher, findNamedPeople, firstNameOf, foldForMatch, matchWords } from './name-matching.ts';
export type { NameMatch } from './name-matching.ts';
export { anonymiseStory, consentGaps, initialOf, isConsentComplete, quotesCustomer, replaceName } from './consent.ts';
export type { AnonymisedStory, ConsentGaps, NameReplacement, StoryContent } from './consent.ts';
export { BODY_MAX, BODY_MIN, MODERATION_RULE_IDS, MODERATION_RULES, TITLE_MAX, checkRules, failedRules, moderationRule, publishedRules } from './moderation-rules.ts';
export type { ModerationRule, ModerationRuleId, RuleCheck, RuleFinding, RuleStage } from './moderation-rules.ts';
export { approveStory, canTransition, emptyDraft, rejectStory, reviseStory, submitDraft } from './story-workflow.ts';
export type { StoryModeration, TransitionRefusal, TransitionResult } from './story-workflow.ts';
export { auditEntry, auditToCsv, auditToJson, consentAuditEntries } from './audit.ts';
export type { AuditEntry } from './audit.ts';
export { chooseWinner, extractNominations, formNomination, nomineeBoard, reviewNomination, tallyNominations } from './nominations.ts';
export type { AwardRefusal, NominationForm, NominationRefusal, NomineeTally } from './nominations.ts';
export { DEFAULT_MIN_FEEDBACK, participationView } from './participation.ts';
export type { ParticipationCell } from './participation.ts';
export { KUDOS_MESSAGE_MAX, createKudos, recentKudos } from './kudos.ts';
export type { KudosInput, KudosRefusal } from './kudos.ts';
export { correlateDensity, densityLinkage, recognitionDensity } from './density.ts';
export type { DensityCell, DensityCorrelation, DensityInput, DensityLinkage } from './density.ts';
export { authorStories, submittedBy } from './author-stories.ts';
export type { AuthorStory } from './author-stories.ts';
export { ERASED, eraseCustomerQuote, erasePerson } from './erasure.ts';
export type { ErasureResult, RecognitionRecords } from './erasure.ts';
export { recognitionAnnotations } from './annotations.ts';
export type { RecognitionAnnotation } from './annotations.ts';
export { LINK_REL, MAX_TEXT_LENGTH, SAFE_ELEMENTS, escapeHtml, normaliseText, parseSafeText, safeHref, toPlainParagraphs, toSafeHtml } from './safe-text.ts';
export type { SafeBlock, SafeHtmlStyles, SafeInline } from './safe-text.ts';
export { DEFAULT_NAME_PLACEHOLDER, FEED_LIMITS, STORY_FEED_FORMAT, STORY_FEED_VERSION, exportStoryFeed, parseStoryFeed, redactStory, validateStoryFeed } from './story-feed.ts';
export type { FeedProblem, FeedProblemCode, FeedResult, PublishedStory, StoryFeed } from './story-feed.ts';
