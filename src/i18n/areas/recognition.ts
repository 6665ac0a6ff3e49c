/** Strings of the recognition area. A key missing from the French catalog fails to compile. */
import type { ModerationRuleId } from '../../recognition/moderation-rules.ts';
import { countText } from '../intl-formats.ts';

export interface RecognitionStrings {
  title: string;
  /** The published moderation rules: shown to authors, cited by moderators. */
  rules: Record<ModerationRuleId, { title: string; text: string }>;
  ruleStage: Record<'submit' | 'publish' | 'judgement', string>;
  ruleStatus: Record<'passed' | 'failed' | 'manual', string>;
  rulesHeading: string;
  rulesIntro: string;
  /** Company values offered as tags (ids of the sample data and the default list). */
  valueLabel: (id: string) => string;
  consentHow: Record<'email' | 'phone' | 'survey' | 'in-person' | 'in-app' | 'other', string>;
  metricNone: string;

  // Story composer.
  composerHeading: string;
  fieldTitle: string;
  fieldBody: string;
  fieldBodyHint: string;
  fieldUnit: string;
  chooseUnit: string;
  peopleHeading: string;
  personName: string;
  addPerson: string;
  removePerson: (name: string) => string;
  personConsent: (name: string) => string;
  consentWhen: string;
  consentHowLabel: string;
  valuesHeading: string;
  quoteHeading: string;
  fieldQuote: string;
  customerConsent: string;
  metricHeading: string;
  fieldMetric: string;
  fieldFrom: string;
  fieldTo: string;
  periodHint: string;
  submit: string;
  newStory: string;
  saving: string;
  savedAt: (time: string) => string;
  saveFailed: (message: string) => string;
  submitted: string;
  submitRefused: (rules: string) => string;
  consentMissingQuote: string;
  consentMissingPeople: (names: string) => string;
  anonymisedPreview: string;
  notConnected: string;

  // Moderation queue.
  queueHeading: string;
  pendingCount: (n: number) => string;
  queueEmpty: string;
  selectStory: (title: string) => string;
  selectAll: string;
  approve: string;
  approveAnonymised: string;
  reject: string;
  approveSelected: (n: number) => string;
  rejectSelected: (n: number) => string;
  rejectRule: string;
  rejectReason: string;
  confirmReject: string;
  cancel: string;
  quoteConsentOk: string;
  quoteConsentMissing: string;
  peopleConsentOk: string;
  peopleConsentMissing: (names: string) => string;
  noQuote: string;
  failedChecks: (rules: string) => string;
  decisionDone: (approved: number, rejected: number, refused: number) => string;
  refusedRules: (title: string, rules: string) => string;
  reasonRequired: string;
  auditHeading: string;
  auditEmpty: string;
  auditAt: string;
  auditAction: string;
  auditSubject: string;
  auditActor: string;
  auditReason: string;
  auditActionLabel: (action: string) => string;
  exportCsv: string;
  exportJson: string;
  storyBy: (unit: string, date: string) => string;

  // Award board.
  awardsHeading: string;
  periodLabel: string;
  nomineesHeading: string;
  nomineesEmpty: string;
  nominationsCount: (n: number) => string;
  pendingReview: (n: number) => string;
  teamNominee: (unit: string) => string;
  winner: string;
  chooseWinner: (nominee: string) => string;
  winnerReason: string;
  confirmWinner: string;
  leaderboardHeading: string;
  rank: (n: number) => string;
  reviewHeading: string;
  reviewIntro: string;
  reviewEmpty: string;
  findInComments: string;
  found: (n: number) => string;
  confirm: string;
  confirmShown: (n: number) => string;
  dismiss: string;
  ambiguous: string;
  fewPerfectNote: string;
  customerScore: (score: string) => string;
  candidateLabel: (nominee: string, unit: string) => string;
  participationHeading: string;
  participationIntro: (min: number) => string;
  participationEmpty: string;
  answers: string;
  npsHeading: string;
  perfectShare: string;
  perEmployee: string;
  flag: string;
  flaggedAllPerfect: string;
  quietBoard: string;
  refusal: Record<'no-confirmed-nomination' | 'already-awarded' | 'wrong-status' | 'unknown-unit' | 'unknown-nominee' | 'customer-required' | 'already-nominated', string>;

  // Kudos.
  kudosHeading: string;
  kudosFrom: string;
  kudosTo: string;
  kudosValue: string;
  kudosMessage: string;
  kudosFeedback: string;
  kudosFeedbackHint: string;
  giveKudos: string;
  kudosGiven: (to: string) => string;
  recentKudos: string;
  kudosEmpty: string;
  kudosLine: (from: string, to: string, value: string) => string;
  kudosRefusal: Record<'recipient-required' | 'unknown-recipient' | 'value-required' | 'message-too-long' | 'self-kudos' | 'giver-required', string>;
  prompted: (quote: string) => string;
  choosePerson: string;
  chooseValue: string;
  // My stories (the author's view).
  myStoriesHeading: string;
  myStoriesIntro: string;
  myStoriesEmpty: string;
  myStoriesNoAuthor: string;
  storyStatus: Record<'draft' | 'submitted' | 'published' | 'rejected', string>;
  decisionPublished: (date: string) => string;
  decisionRejected: (date: string) => string;
  decisionRule: string;
  decisionReason: string;
  revise: (title: string) => string;
  continueDraft: (title: string) => string;
  revisedNote: string;
  revisedDone: string;
  untitled: string;
  lastChange: (date: string) => string;
  loadFailed: (message: string) => string;

  // Nomination form (customers).
  nominationHeading: string;
  nominationIntro: string;
  nominationPeriod: (period: string) => string;
  nominateUnit: string;
  nominateWho: string;
  nominatePerson: string;
  nominateTeam: (unit: string) => string;
  nomineeName: string;
  nomineeHint: string;
  nominateReason: string;
  nominateReasonHint: string;
  customerId: string;
  customerIdHint: string;
  contactLabel: string;
  contactHint: string;
  storeConsent: string;
  sendNomination: string;
  nominationSent: (nominee: string, period: string) => string;
  nominationAlready: (period: string) => string;
  nominationProblems: Record<'unit-required' | 'nominee-required' | 'name-unclear' | 'reason-required' | 'reason-too-long' | 'customer-required' | 'consent-required' | 'unknown-nominee' | 'not-connected', string>;
  nameMatches: (names: string) => string;

  // Recognition density.
  densityHeading: string;
  densityIntro: string;
  densityPer10: string;
  densityStories: string;
  densityAwards: string;
  densityKudos: string;
  densityHeadcount: string;
  densityEmpty: string;
  densityTableCaption: (period: string) => string;
  densityCorrelationHeading: string;
  densityWith: (metric: string) => string;
  densityPairs: string;
  densityCi: string;
  densityCiRange: (lo: string, hi: string) => string;
  densityR: string;
  densityPAdjusted: string;
  densityCaption: string;
  densityUndefined: (n: number) => string;
  densityNoAnalysis: string;
  densitySummary: (metric: string, r: string, ci: string, p: string, n: number) => string;

  // Feed export and erasure (moderation queue).
  exportFeed: string;
  feedExported: (n: number) => string;
  eraseHeading: string;
  eraseIntro: string;
  eraseKind: string;
  eraseKindPerson: string;
  eraseKindQuote: string;
  eraseValuePerson: string;
  eraseValueQuote: string;
  eraseReview: string;
  eraseConfirmText: (value: string) => string;
  eraseConfirm: string;
  eraseDone: (n: number) => string;
  eraseNothing: string;
  eraseValueRequired: string;
}

const VALUES_EN: Record<string, string> = {
  care: 'Care', teamwork: 'Teamwork', initiative: 'Initiative', expertise: 'Expertise', listening: 'Listening', simplicity: 'Simplicity',
};
const VALUES_FR: Record<string, string> = {
  care: 'Bienveillance', teamwork: 'Esprit d’équipe', initiative: 'Initiative', expertise: 'Expertise', listening: 'Écoute', simplicity: 'Simplicité',
};

const AUDIT_EN: Record<string, string> = {
  submitted: 'Submitted', approved: 'Approved', 'approved-anonymised': 'Approved, anonymised', rejected: 'Rejected',
  'consent-customer': 'Customer consent recorded', 'consent-person': 'Consent to be named recorded',
  'nominations-extracted': 'Nominations found in comments', confirmed: 'Nomination confirmed', dismissed: 'Nomination dismissed',
  'form-nomination': 'Nomination received', 'winner-chosen': 'Winner chosen', 'kudos-given': 'Kudos given',
  'person-erased': 'Name erased on request', 'quote-erased': 'Quote erased on request', revised: 'Revised by the author',
};
const AUDIT_FR: Record<string, string> = {
  submitted: 'Soumise', approved: 'Approuvée', 'approved-anonymised': 'Approuvée, anonymisée', rejected: 'Refusée',
  'consent-customer': 'Consentement du client enregistré', 'consent-person': 'Consentement à être nommé enregistré',
  'nominations-extracted': 'Nominations trouvées dans les commentaires', confirmed: 'Nomination confirmée', dismissed: 'Nomination écartée',
  'form-nomination': 'Nomination reçue', 'winner-chosen': 'Lauréat choisi', 'kudos-given': 'Remerciement envoyé',
  'person-erased': 'Nom effacé sur demande', 'quote-erased': 'Citation effacée sur demande', revised: 'Reprise par l’auteur',
};

export const recognitionEn: RecognitionStrings = {
  title: 'Recognition',
  rules: {
    complete: { title: 'A title and the story', text: 'A title of up to 120 characters, a story of 20 to 4,000 characters, and the team it happened in.' },
    'company-value': { title: 'A company value', text: 'Tag at least one company value the story shows.' },
    'metric-link': { title: 'A sound metric link', text: 'A linked metric names the metric and two periods of the same kind, the first not after the second.' },
    'customer-consent': { title: 'The customer agreed to be quoted', text: 'A customer quote is published only with the customer’s consent: given, when, and how it was asked. Without it, the story can be published without the quote.' },
    'people-consent': { title: 'Everyone named agreed', text: 'Each colleague named has agreed to be named (when and how are recorded when known). Without it, the story can be published with their initial instead.' },
    'no-contact-details': { title: 'No contact details', text: 'No e-mail addresses, phone numbers or account numbers, in the story or the quote.' },
    respectful: { title: 'Respectful', text: 'No blame, mockery or comparison that shames a colleague, a customer or another team.' },
    'true-and-specific': { title: 'True and specific', text: 'It happened, and the story says what was done, for whom, and what changed.' },
    confidential: { title: 'Nothing confidential', text: 'No prices, contract terms, health details or anything the customer shared in confidence.' },
    'not-duplicate': { title: 'Not already told', text: 'The same story has not been published already.' },
  },
  ruleStage: { submit: 'Checked when you submit', publish: 'Checked before publishing', judgement: 'Read by a moderator' },
  ruleStatus: { passed: 'met', failed: 'not met', manual: 'checked by a moderator' },
  rulesHeading: 'Moderation rules',
  rulesIntro: 'Every story is read against these published rules before it is shared.',
  valueLabel: (id) => VALUES_EN[id] ?? id,
  consentHow: { email: 'E-mail', phone: 'Phone call', survey: 'Survey opt-in', 'in-person': 'In person', 'in-app': 'In the app', other: 'Other' },
  metricNone: 'No metric',

  composerHeading: 'Tell a customer story',
  fieldTitle: 'Title',
  fieldBody: 'What happened',
  fieldBodyHint: 'Plain text. What was done, for whom, and what changed.',
  fieldUnit: 'Team',
  chooseUnit: 'Choose a team',
  peopleHeading: 'People named',
  personName: 'Name',
  addPerson: 'Add person',
  removePerson: (name) => `Remove ${name}`,
  personConsent: (name) => `${name} agreed to be named`,
  consentWhen: 'When',
  consentHowLabel: 'How',
  valuesHeading: 'Company values',
  quoteHeading: 'Customer quote',
  fieldQuote: 'The customer’s words (optional)',
  customerConsent: 'The customer agreed to be quoted',
  metricHeading: 'Link to a metric',
  fieldMetric: 'Metric',
  fieldFrom: 'From period',
  fieldTo: 'To period',
  periodHint: 'e.g. 2026-Q1',
  submit: 'Submit for moderation',
  newStory: 'New story',
  saving: 'Saving…',
  savedAt: (time) => `Draft saved at ${time}`,
  saveFailed: (message) => `The draft could not be saved: ${message}`,
  submitted: 'Submitted. A moderator will read it against the rules.',
  submitRefused: (rules) => `Not submitted yet: ${rules}.`,
  consentMissingQuote: 'The customer has not agreed to be quoted: the story can only be published without the quote.',
  consentMissingPeople: (names) => `Not agreed to be named yet: ${names}. Without consent, they appear as an initial.`,
  anonymisedPreview: 'How it would be published without consent',
  notConnected: 'Drafts are kept in this page only: no workspace is connected.',

  queueHeading: 'Stories to moderate',
  pendingCount: (n) => (n === 0 ? 'Nothing to moderate' : n === 1 ? '1 story waiting' : `${n} stories waiting`),
  queueEmpty: 'No story is waiting for moderation.',
  selectStory: (title) => `Select “${title}”`,
  selectAll: 'Select all',
  approve: 'Approve',
  approveAnonymised: 'Approve anonymised',
  reject: 'Reject',
  approveSelected: (n) => `Approve selected (${n})`,
  rejectSelected: (n) => `Reject selected (${n})`,
  rejectRule: 'Rule',
  rejectReason: 'Reason, shown to the author',
  confirmReject: 'Confirm rejection',
  cancel: 'Cancel',
  quoteConsentOk: 'Customer agreed to be quoted',
  quoteConsentMissing: 'No customer consent for the quote',
  peopleConsentOk: 'Everyone named agreed',
  peopleConsentMissing: (names) => `No consent to be named: ${names}`,
  noQuote: 'No customer quote',
  failedChecks: (rules) => `Rules not met: ${rules}`,
  decisionDone: (approved, rejected, refused) => [
    approved > 0 ? `${approved} approved` : '', rejected > 0 ? `${rejected} rejected` : '', refused > 0 ? `${refused} refused by the rules` : '',
  ].filter(Boolean).join(', ') || 'Nothing changed',
  refusedRules: (title, rules) => `“${title}” cannot be published: ${rules}.`,
  reasonRequired: 'Choose a rule and write a reason.',
  auditHeading: 'Audit log',
  auditEmpty: 'No decision recorded yet.',
  auditAt: 'When',
  auditAction: 'Decision',
  auditSubject: 'Record',
  auditActor: 'By',
  auditReason: 'Reason',
  auditActionLabel: (action) => AUDIT_EN[action] ?? action,
  exportCsv: 'Export CSV',
  exportJson: 'Export JSON',
  storyBy: (unit, date) => `${unit} · ${date}`,

  awardsHeading: 'Customer-nominated awards',
  periodLabel: 'Period',
  nomineesHeading: 'Nominees',
  nomineesEmpty: 'No confirmed nomination in this period.',
  nominationsCount: (n) => (n === 1 ? '1 customer' : `${countText('en', n)} customers`),
  pendingReview: (n) => `${countText('en', n)} to review`,
  teamNominee: (unit) => `The ${unit} team`,
  winner: 'Winner',
  chooseWinner: (nominee) => `Choose ${nominee} as a winner`,
  winnerReason: 'Why (optional)',
  confirmWinner: 'Confirm winner',
  leaderboardHeading: 'Leaderboard',
  rank: (n) => `No. ${n}`,
  reviewHeading: 'Candidates from customer comments',
  reviewIntro: 'Comments that name someone of the team. A nomination counts only once a moderator confirms it.',
  reviewEmpty: 'No candidate waiting for review.',
  findInComments: 'Find nominations in comments',
  found: (n) => (n === 1 ? '1 new candidate found' : `${countText('en', n)} new candidates found`),
  confirm: 'Confirm',
  confirmShown: (n) => `Confirm the ${n} shown with a single match`,
  dismiss: 'Dismiss',
  ambiguous: 'Several people share this first name',
  fewPerfectNote: 'This team’s few answers this period are all perfect.',
  customerScore: (score) => `Score ${score}`,
  candidateLabel: (nominee, unit) => `${nominee}, ${unit}`,
  participationHeading: 'Few answers, all perfect',
  participationIntro: (min) => `Teams with fewer than ${min} customer answers in a period, all at the top of the scale. Worth a look before reading them as the best.`,
  participationEmpty: 'No team has few answers that are all perfect.',
  answers: 'Answers',
  npsHeading: 'NPS',
  perfectShare: 'Top score',
  perEmployee: 'Per employee',
  flag: 'Flag',
  flaggedAllPerfect: 'Few, all perfect',
  quietBoard: 'Nominees in alphabetical order. Counts stay with the moderators.',
  refusal: {
    'no-confirmed-nomination': 'This nominee has no confirmed nomination in the period.',
    'already-awarded': 'Already a winner for this period.',
    'wrong-status': 'This candidate was already reviewed.',
    'unknown-unit': 'Unknown team.',
    'unknown-nominee': 'This person is not in the team’s list.',
    'customer-required': 'A customer id is needed: one nomination per customer and period.',
    'already-nominated': 'This customer already nominated them this period.',
  },

  kudosHeading: 'Kudos',
  kudosFrom: 'From',
  kudosTo: 'To',
  kudosValue: 'Value shown',
  kudosMessage: 'Message',
  kudosFeedback: 'Customer feedback that prompted it (optional)',
  kudosFeedbackHint: 'Paste the customer’s words, if a comment inspired this.',
  giveKudos: 'Give kudos',
  kudosGiven: (to) => `${to} will see your kudos.`,
  recentKudos: 'Recent kudos',
  kudosEmpty: 'No kudos yet.',
  kudosLine: (from, to, value) => `${from} → ${to}, for ${value}`,
  kudosRefusal: {
    'recipient-required': 'Choose who the kudos are for.',
    'unknown-recipient': 'This person is not in the team’s list.',
    'value-required': 'Choose the value it shows.',
    'message-too-long': 'The message is longer than 500 characters.',
    'self-kudos': 'Kudos go to someone else.',
    'giver-required': 'Say who the kudos are from.',
  },
  prompted: (quote) => `Prompted by a customer: “${quote}”`,
  choosePerson: 'Choose a person',
  chooseValue: 'Choose a value',
  myStoriesHeading: 'My stories',
  myStoriesIntro: 'Your stories and the moderators’ decisions. Every decision cites one of the published rules below.',
  myStoriesEmpty: 'You have not submitted a story yet.',
  myStoriesNoAuthor: 'No author is set, so there is no story to list.',
  storyStatus: { draft: 'Draft', submitted: 'Waiting for moderation', published: 'Published', rejected: 'Not published' },
  decisionPublished: (date) => `Published on ${date}`,
  decisionRejected: (date) => `Not published, decided on ${date}`,
  decisionRule: 'Rule',
  decisionReason: 'Moderator’s reason',
  revise: (title) => `Revise “${title}”`,
  continueDraft: (title) => `Continue “${title}”`,
  revisedNote: 'Being revised after a decision',
  revisedDone: 'The story is a draft again: edit it and submit it once more.',
  untitled: 'Untitled',
  lastChange: (date) => `Last change ${date}`,
  loadFailed: (message) => `Could not load: ${message}`,

  nominationHeading: 'Nominate someone who served you well',
  nominationIntro: 'Tell us who made a difference. Each customer can nominate once per period; moderators choose the winners.',
  nominationPeriod: (period) => `Nominations for ${period}`,
  nominateUnit: 'Team or place',
  nominateWho: 'Who do you nominate?',
  nominatePerson: 'A person',
  nominateTeam: (unit) => (unit ? `The whole ${unit} team` : 'The whole team'),
  nomineeName: 'Their name',
  nomineeHint: 'Type their name or pick it from the list.',
  nominateReason: 'What did they do for you?',
  nominateReasonHint: 'In a few words. Please leave out phone numbers and e-mail addresses.',
  customerId: 'Your e-mail or customer number',
  customerIdHint: 'Only used to count one nomination per customer and period; never shown.',
  contactLabel: 'How can we reach you about it? (optional)',
  contactHint: 'Leave empty if you do not wish to be contacted.',
  storeConsent: 'I agree that the details I give here are stored with my nomination, to count it once and, if I left a contact, to reply to me.',
  sendNomination: 'Send my nomination',
  nominationSent: (nominee, period) => `Thank you! Your nomination of ${nominee} is recorded for ${period}.`,
  nominationAlready: (period) => `You have already sent a nomination for ${period}: one nomination per customer and period. Thank you!`,
  nominationProblems: {
    'unit-required': 'Choose the team or place.',
    'nominee-required': 'Write the name of the person you nominate, or choose the whole team.',
    'name-unclear': 'Several people match this name: pick one from the list.',
    'reason-required': 'Tell us in a few words what they did.',
    'reason-too-long': 'Please keep it under 1,000 characters.',
    'customer-required': 'Your e-mail or customer number is needed to count one nomination per customer.',
    'consent-required': 'Your agreement to store these details is needed to record the nomination.',
    'unknown-nominee': 'We could not find this name in the team. Check the spelling, pick from the list, or nominate the whole team.',
    'not-connected': 'Nominations cannot be received right now. Please try again later.',
  },
  nameMatches: (names) => `Matching names: ${names}`,

  densityHeading: 'Recognition density',
  densityIntro: 'Published stories, awards and kudos per 10 employees of each team, beside its eNPS and NPS.',
  densityPer10: 'Per 10 employees',
  densityStories: 'Stories',
  densityAwards: 'Awards',
  densityKudos: 'Kudos',
  densityHeadcount: 'Headcount',
  densityEmpty: 'No recognition recorded yet.',
  densityTableCaption: (period) => `Recognition per team, ${period}`,
  densityCorrelationHeading: 'Density and the numbers',
  densityWith: (metric) => `Density and ${metric}`,
  densityPairs: 'Teams × periods (n)',
  densityCi: '95% CI',
  densityCiRange: (lo, hi) => `${lo} to ${hi}`,
  densityR: 'Pearson r',
  densityPAdjusted: 'p (BH)',
  densityCaption: 'Unit-level association across teams and periods, not causation: recognition may follow good results as much as it feeds them.',
  densityUndefined: (n) => `Too few pairs to correlate (n = ${n}; at least 3 with varying values).`,
  densityNoAnalysis: 'Correlations appear once employee and customer data are loaded.',
  densitySummary: (metric, r, ci, p, n) => `Density and ${metric}: r = ${r} (95% CI ${ci}), ${p}, n = ${n}.`,

  exportFeed: 'Export published stories (JSON)',
  feedExported: (n) => (n === 1 ? '1 published story exported.' : `${countText('en', n)} published stories exported.`),
  eraseHeading: 'Erase on request (GDPR)',
  eraseIntro: 'Removes a name or a customer’s quote from every story, draft, nomination, kudos, award and the audit log, and so from every export. It cannot be undone.',
  eraseKind: 'What to erase',
  eraseKindPerson: 'A person’s name',
  eraseKindQuote: 'A customer’s quote',
  eraseValuePerson: 'Name, as written in the team list',
  eraseValueQuote: 'The quote, word for word',
  eraseReview: 'Erase…',
  eraseConfirmText: (value) => `Erase “${value}” everywhere? This cannot be undone.`,
  eraseConfirm: 'Yes, erase everywhere',
  eraseDone: (n) => (n === 1 ? 'Erased: 1 record changed.' : `Erased: ${countText('en', n)} records changed.`),
  eraseNothing: 'Nothing matched: no record was changed.',
  eraseValueRequired: 'Write the name or the quote to erase.',
};

export const recognitionFr: RecognitionStrings = {
  title: 'Reconnaissance',
  rules: {
    complete: { title: 'Un titre et l’histoire', text: 'Un titre de 120 caractères au plus, une histoire de 20 à 4 000 caractères, et l’équipe où elle s’est passée.' },
    'company-value': { title: 'Une valeur de l’entreprise', text: 'Indiquez au moins une valeur de l’entreprise que l’histoire illustre.' },
    'metric-link': { title: 'Un lien de mesure cohérent', text: 'Une mesure liée indique la mesure et deux périodes de même nature, la première pas après la seconde.' },
    'customer-consent': { title: 'Le client accepte d’être cité', text: 'Une citation de client n’est publiée qu’avec son consentement : donné, quand, et comment il a été demandé. Sans lui, l’histoire peut être publiée sans la citation.' },
    'people-consent': { title: 'Chaque personne nommée est d’accord', text: 'Chaque collègue nommé a accepté de l’être (la date et la manière sont enregistrées si elles sont connues). Sans cela, l’histoire peut être publiée avec son initiale.' },
    'no-contact-details': { title: 'Aucune coordonnée', text: 'Ni adresse e-mail, ni numéro de téléphone ou de compte, dans l’histoire ou la citation.' },
    respectful: { title: 'Respectueuse', text: 'Aucun reproche, moquerie ou comparaison qui mette en cause un collègue, un client ou une autre équipe.' },
    'true-and-specific': { title: 'Vraie et précise', text: 'Elle s’est produite, et dit ce qui a été fait, pour qui, et ce qui a changé.' },
    confidential: { title: 'Rien de confidentiel', text: 'Ni prix, ni conditions de contrat, ni données de santé, ni rien de confié par le client.' },
    'not-duplicate': { title: 'Pas déjà racontée', text: 'La même histoire n’a pas déjà été publiée.' },
  },
  ruleStage: { submit: 'Vérifiée à la soumission', publish: 'Vérifiée avant publication', judgement: 'Lue par un modérateur' },
  ruleStatus: { passed: 'respectée', failed: 'non respectée', manual: 'vérifiée par un modérateur' },
  rulesHeading: 'Règles de modération',
  rulesIntro: 'Chaque histoire est relue selon ces règles publiques avant d’être partagée.',
  valueLabel: (id) => VALUES_FR[id] ?? id,
  consentHow: { email: 'E-mail', phone: 'Appel téléphonique', survey: 'Accord dans l’enquête', 'in-person': 'En personne', 'in-app': 'Dans l’application', other: 'Autre' },
  metricNone: 'Aucune mesure',

  composerHeading: 'Raconter une histoire client',
  fieldTitle: 'Titre',
  fieldBody: 'Ce qui s’est passé',
  fieldBodyHint: 'Texte simple. Ce qui a été fait, pour qui, et ce qui a changé.',
  fieldUnit: 'Équipe',
  chooseUnit: 'Choisir une équipe',
  peopleHeading: 'Personnes nommées',
  personName: 'Nom',
  addPerson: 'Ajouter la personne',
  removePerson: (name) => `Retirer ${name}`,
  personConsent: (name) => `${name} accepte d’être nommé·e`,
  consentWhen: 'Quand',
  consentHowLabel: 'Comment',
  valuesHeading: 'Valeurs de l’entreprise',
  quoteHeading: 'Citation du client',
  fieldQuote: 'Les mots du client (facultatif)',
  customerConsent: 'Le client accepte d’être cité',
  metricHeading: 'Lier à une mesure',
  fieldMetric: 'Mesure',
  fieldFrom: 'Période de début',
  fieldTo: 'Période de fin',
  periodHint: 'par ex. 2026-Q1',
  submit: 'Soumettre à la modération',
  newStory: 'Nouvelle histoire',
  saving: 'Enregistrement…',
  savedAt: (time) => `Brouillon enregistré à ${time}`,
  saveFailed: (message) => `Le brouillon n’a pas pu être enregistré : ${message}`,
  submitted: 'Soumise. Un modérateur la relira selon les règles.',
  submitRefused: (rules) => `Pas encore soumise : ${rules}.`,
  consentMissingQuote: 'Le client n’a pas accepté d’être cité : l’histoire ne peut être publiée que sans la citation.',
  consentMissingPeople: (names) => `Pas encore d’accord pour être nommé·es : ${names}. Sans consentement, leur initiale apparaît.`,
  anonymisedPreview: 'Comment elle serait publiée sans consentement',
  notConnected: 'Les brouillons restent dans cette page : aucun espace de travail n’est connecté.',

  queueHeading: 'Histoires à modérer',
  pendingCount: (n) => (n === 0 ? 'Rien à modérer' : n === 1 ? '1 histoire en attente' : `${n} histoires en attente`),
  queueEmpty: 'Aucune histoire n’attend de modération.',
  selectStory: (title) => `Sélectionner « ${title} »`,
  selectAll: 'Tout sélectionner',
  approve: 'Approuver',
  approveAnonymised: 'Approuver anonymisée',
  reject: 'Refuser',
  approveSelected: (n) => `Approuver la sélection (${n})`,
  rejectSelected: (n) => `Refuser la sélection (${n})`,
  rejectRule: 'Règle',
  rejectReason: 'Motif, montré à l’auteur',
  confirmReject: 'Confirmer le refus',
  cancel: 'Annuler',
  quoteConsentOk: 'Le client accepte d’être cité',
  quoteConsentMissing: 'Pas de consentement du client pour la citation',
  peopleConsentOk: 'Chaque personne nommée est d’accord',
  peopleConsentMissing: (names) => `Pas d’accord pour être nommé·es : ${names}`,
  noQuote: 'Pas de citation de client',
  failedChecks: (rules) => `Règles non respectées : ${rules}`,
  decisionDone: (approved, rejected, refused) => [
    approved > 0 ? `${approved} approuvée(s)` : '', rejected > 0 ? `${rejected} refusée(s)` : '', refused > 0 ? `${refused} bloquée(s) par les règles` : '',
  ].filter(Boolean).join(', ') || 'Aucun changement',
  refusedRules: (title, rules) => `« ${title} » ne peut pas être publiée : ${rules}.`,
  reasonRequired: 'Choisissez une règle et écrivez un motif.',
  auditHeading: 'Journal d’audit',
  auditEmpty: 'Aucune décision enregistrée.',
  auditAt: 'Quand',
  auditAction: 'Décision',
  auditSubject: 'Élément',
  auditActor: 'Par',
  auditReason: 'Motif',
  auditActionLabel: (action) => AUDIT_FR[action] ?? action,
  exportCsv: 'Exporter en CSV',
  exportJson: 'Exporter en JSON',
  storyBy: (unit, date) => `${unit} · ${date}`,

  awardsHeading: 'Prix décernés par les clients',
  periodLabel: 'Période',
  nomineesHeading: 'Nommé·es',
  nomineesEmpty: 'Aucune nomination confirmée sur cette période.',
  nominationsCount: (n) => (n === 1 ? '1 client' : `${countText('fr', n)} clients`),
  pendingReview: (n) => `${countText('fr', n)} à relire`,
  teamNominee: (unit) => `L’équipe ${unit}`,
  winner: 'Lauréat',
  chooseWinner: (nominee) => `Choisir ${nominee} comme lauréat`,
  winnerReason: 'Pourquoi (facultatif)',
  confirmWinner: 'Confirmer le lauréat',
  leaderboardHeading: 'Classement',
  rank: (n) => `N° ${n}`,
  reviewHeading: 'Candidats issus des commentaires clients',
  reviewIntro: 'Des commentaires qui nomment quelqu’un de l’équipe. Une nomination ne compte qu’une fois confirmée par un modérateur.',
  reviewEmpty: 'Aucun candidat à relire.',
  findInComments: 'Chercher des nominations dans les commentaires',
  found: (n) => (n <= 1 ? `${n} nouveau candidat trouvé` : `${countText('fr', n)} nouveaux candidats trouvés`),
  confirm: 'Confirmer',
  confirmShown: (n) => `Confirmer les ${n} affichés sans ambiguïté`,
  dismiss: 'Écarter',
  ambiguous: 'Plusieurs personnes ont ce prénom',
  fewPerfectNote: 'Les quelques réponses de cette équipe sur la période sont toutes parfaites.',
  customerScore: (score) => `Note ${score}`,
  candidateLabel: (nominee, unit) => `${nominee}, ${unit}`,
  participationHeading: 'Peu de réponses, toutes parfaites',
  participationIntro: (min) => `Équipes avec moins de ${min} réponses clients sur une période, toutes au maximum de l’échelle. À regarder avant d’y voir les meilleures.`,
  participationEmpty: 'Aucune équipe n’a peu de réponses toutes parfaites.',
  answers: 'Réponses',
  npsHeading: 'NPS',
  perfectShare: 'Note maximale',
  perEmployee: 'Par collaborateur',
  flag: 'Signal',
  flaggedAllPerfect: 'Peu, toutes parfaites',
  quietBoard: 'Nommé·es par ordre alphabétique. Les décomptes restent aux modérateurs.',
  refusal: {
    'no-confirmed-nomination': 'Aucune nomination confirmée pour cette personne sur la période.',
    'already-awarded': 'Déjà lauréat pour cette période.',
    'wrong-status': 'Ce candidat a déjà été relu.',
    'unknown-unit': 'Équipe inconnue.',
    'unknown-nominee': 'Cette personne n’est pas dans la liste de l’équipe.',
    'customer-required': 'Un identifiant client est nécessaire : une nomination par client et par période.',
    'already-nominated': 'Ce client l’a déjà nommé·e sur cette période.',
  },

  kudosHeading: 'Remerciements',
  kudosFrom: 'De',
  kudosTo: 'Pour',
  kudosValue: 'Valeur illustrée',
  kudosMessage: 'Message',
  kudosFeedback: 'Retour client à l’origine (facultatif)',
  kudosFeedbackHint: 'Collez les mots du client, si un commentaire l’a inspiré.',
  giveKudos: 'Remercier',
  kudosGiven: (to) => `${to} verra votre remerciement.`,
  recentKudos: 'Remerciements récents',
  kudosEmpty: 'Aucun remerciement pour l’instant.',
  kudosLine: (from, to, value) => `${from} → ${to}, pour ${value}`,
  kudosRefusal: {
    'recipient-required': 'Choisissez qui remercier.',
    'unknown-recipient': 'Cette personne n’est pas dans la liste de l’équipe.',
    'value-required': 'Choisissez la valeur illustrée.',
    'message-too-long': 'Le message dépasse 500 caractères.',
    'self-kudos': 'Les remerciements vont à quelqu’un d’autre.',
    'giver-required': 'Indiquez de qui vient le remerciement.',
  },
  prompted: (quote) => `Inspiré par un client : « ${quote} »`,
  choosePerson: 'Choisir une personne',
  chooseValue: 'Choisir une valeur',
  myStoriesHeading: 'Mes histoires',
  myStoriesIntro: 'Vos histoires et les décisions des modérateurs. Chaque décision cite l’une des règles publiques ci-dessous.',
  myStoriesEmpty: 'Vous n’avez pas encore soumis d’histoire.',
  myStoriesNoAuthor: 'Aucun auteur n’est indiqué : aucune histoire à afficher.',
  storyStatus: { draft: 'Brouillon', submitted: 'En attente de modération', published: 'Publiée', rejected: 'Non publiée' },
  decisionPublished: (date) => `Publiée le ${date}`,
  decisionRejected: (date) => `Non publiée, décision du ${date}`,
  decisionRule: 'Règle',
  decisionReason: 'Motif du modérateur',
  revise: (title) => `Reprendre « ${title} »`,
  continueDraft: (title) => `Continuer « ${title} »`,
  revisedNote: 'En cours de reprise après une décision',
  revisedDone: 'L’histoire est de nouveau un brouillon : modifiez-la et soumettez-la à nouveau.',
  untitled: 'Sans titre',
  lastChange: (date) => `Dernière modification le ${date}`,
  loadFailed: (message) => `Chargement impossible : ${message}`,

  nominationHeading: 'Proposer une personne qui vous a bien servi',
  nominationIntro: 'Dites-nous qui a fait la différence. Chaque client peut proposer une nomination par période ; les modérateurs choisissent les lauréats.',
  nominationPeriod: (period) => `Nominations pour ${period}`,
  nominateUnit: 'Équipe ou lieu',
  nominateWho: 'Qui proposez-vous ?',
  nominatePerson: 'Une personne',
  nominateTeam: (unit) => (unit ? `Toute l’équipe ${unit}` : 'Toute l’équipe'),
  nomineeName: 'Son nom',
  nomineeHint: 'Tapez son nom ou choisissez-le dans la liste.',
  nominateReason: 'Qu’a-t-elle fait pour vous ?',
  nominateReasonHint: 'En quelques mots. Merci de ne pas indiquer de numéro de téléphone ni d’adresse e-mail.',
  customerId: 'Votre e-mail ou numéro client',
  customerIdHint: 'Sert uniquement à compter une nomination par client et par période ; jamais affiché.',
  contactLabel: 'Comment vous joindre à ce sujet ? (facultatif)',
  contactHint: 'Laissez vide si vous ne souhaitez pas être contacté·e.',
  storeConsent: 'J’accepte que les informations données ici soient conservées avec ma nomination, pour la compter une fois et, si j’ai laissé un contact, pour me répondre.',
  sendNomination: 'Envoyer ma nomination',
  nominationSent: (nominee, period) => `Merci ! Votre nomination de ${nominee} est enregistrée pour ${period}.`,
  nominationAlready: (period) => `Vous avez déjà envoyé une nomination pour ${period} : une nomination par client et par période. Merci !`,
  nominationProblems: {
    'unit-required': 'Choisissez l’équipe ou le lieu.',
    'nominee-required': 'Écrivez le nom de la personne proposée, ou choisissez toute l’équipe.',
    'name-unclear': 'Plusieurs personnes correspondent à ce nom : choisissez-en une dans la liste.',
    'reason-required': 'Dites-nous en quelques mots ce qu’elle a fait.',
    'reason-too-long': 'Merci de rester sous 1 000 caractères.',
    'customer-required': 'Votre e-mail ou numéro client est nécessaire pour compter une nomination par client.',
    'consent-required': 'Votre accord pour conserver ces informations est nécessaire pour enregistrer la nomination.',
    'unknown-nominee': 'Ce nom est introuvable dans l’équipe. Vérifiez l’orthographe, choisissez dans la liste, ou proposez toute l’équipe.',
    'not-connected': 'Les nominations ne peuvent pas être reçues pour le moment. Merci de réessayer plus tard.',
  },
  nameMatches: (names) => `Noms correspondants : ${names}`,

  densityHeading: 'Densité de reconnaissance',
  densityIntro: 'Histoires publiées, prix et remerciements pour 10 collaborateurs de chaque équipe, à côté de son eNPS et de son NPS.',
  densityPer10: 'Pour 10 collaborateurs',
  densityStories: 'Histoires',
  densityAwards: 'Prix',
  densityKudos: 'Remerciements',
  densityHeadcount: 'Effectif',
  densityEmpty: 'Aucune reconnaissance enregistrée pour l’instant.',
  densityTableCaption: (period) => `Reconnaissance par équipe, ${period}`,
  densityCorrelationHeading: 'La densité et les indicateurs',
  densityWith: (metric) => `Densité et ${metric}`,
  densityPairs: 'Équipes × périodes (n)',
  densityCi: 'IC à 95 %',
  densityCiRange: (lo, hi) => `${lo} à ${hi}`,
  densityR: 'r de Pearson',
  densityPAdjusted: 'p (BH)',
  densityCaption: 'Association au niveau des équipes et des périodes, pas une causalité : la reconnaissance peut suivre les bons résultats autant qu’elle les nourrit.',
  densityUndefined: (n) => `Trop peu de paires pour une corrélation (n = ${n} ; au moins 3 valeurs qui varient).`,
  densityNoAnalysis: 'Les corrélations apparaissent une fois les données collaborateurs et clients chargées.',
  densitySummary: (metric, r, ci, p, n) => `Densité et ${metric} : r = ${r} (IC à 95 % ${ci}), ${p}, n = ${n}.`,

  exportFeed: 'Exporter les histoires publiées (JSON)',
  feedExported: (n) => (n <= 1 ? `${n} histoire publiée exportée.` : `${countText('fr', n)} histoires publiées exportées.`),
  eraseHeading: 'Effacement sur demande (RGPD)',
  eraseIntro: 'Retire un nom ou la citation d’un client de chaque histoire, brouillon, nomination, remerciement, prix et du journal d’audit, donc de chaque export. C’est définitif.',
  eraseKind: 'Que faut-il effacer ?',
  eraseKindPerson: 'Le nom d’une personne',
  eraseKindQuote: 'La citation d’un client',
  eraseValuePerson: 'Nom, tel qu’écrit dans la liste de l’équipe',
  eraseValueQuote: 'La citation, mot pour mot',
  eraseReview: 'Effacer…',
  eraseConfirmText: (value) => `Effacer « ${value} » partout ? C’est définitif.`,
  eraseConfirm: 'Oui, effacer partout',
  eraseDone: (n) => (n <= 1 ? `Effacé : ${n} élément modifié.` : `Effacé : ${countText('fr', n)} éléments modifiés.`),
  eraseNothing: 'Rien ne correspond : aucun élément modifié.',
  eraseValueRequired: 'Écrivez le nom ou la citation à effacer.',
};
