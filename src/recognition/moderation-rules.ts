/**
 * The moderation rules, published as data: the same list is shown to authors while they write,
 * checked when they submit and before anything is published, and cited by moderators when they
 * reject. Texts live in the recognition catalog (English and French); checks are pure functions.
 *
 * Stages:
 * - `submit`: checked before a draft can be submitted;
 * - `publish`: checked before a story can be published (consent, contact details); an
 *   anonymised rendering can satisfy the consent rules;
 * - `judgement`: read by a person, cited as the reason of a rejection.
 *
 * @module
 */

import { recognitionEn, recognitionFr } from '../i18n/areas/recognition.ts';
import type { Lang } from '../i18n/translation.ts';
import { periodGranularity } from '../analytics/periods.ts';
import type { StoryContent } from './consent.ts';
import { consentGaps } from './consent.ts';

export const MODERATION_RULE_IDS = [
  'complete',
  'company-value',
  'metric-link',
  'customer-consent',
  'people-consent',
  'no-contact-details',
  'respectful',
  'true-and-specific',
  'confidential',
  'not-duplicate',
] as const;

export type ModerationRuleId = (typeof MODERATION_RULE_IDS)[number];

export type RuleStage = 'submit' | 'publish' | 'judgement';

/** Longest title and body accepted, in characters. */
export const TITLE_MAX = 120;
export const BODY_MAX = 4000;
export const BODY_MIN = 20;

export interface ModerationRule {
  id: ModerationRuleId;
  stage: RuleStage;
  /** A consent rule: failing it blocks publication unless the story is anonymised. */
  consent: boolean;
  text: Record<Lang, { title: string; text: string }>;
  /** Names or fields at fault when it fails; absent for judgement rules. */
  check?: (story: StoryContent) => RuleFinding;
}

/** The result of one automatic check: passed, or failed with what is at fault (names, fields). */
export interface RuleFinding {
  passed: boolean;
  detail?: string[];
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/u;
// Nine digits or more, with the usual separators: phone and account numbers.
const PHONE = /(?:\+|\b)\d(?:[\s.\-()]*\d){8,}\b/;

function findContactDetails(story: StoryContent): string[] {
  const fields: [string, string | undefined][] = [['title', story.title], ['body', story.body], ['customerQuote', story.customerQuote]];
  return fields.filter(([, text]) => text !== undefined && (EMAIL.test(text) || PHONE.test(text))).map(([field]) => field);
}

const checks: Partial<Record<ModerationRuleId, (story: StoryContent) => RuleFinding>> = {
  complete(story) {
    const detail: string[] = [];
    const title = story.title.trim();
    const body = story.body.trim();
    if (title.length === 0 || title.length > TITLE_MAX) detail.push('title');
    if (body.length < BODY_MIN || body.length > BODY_MAX) detail.push('body');
    if (!story.unit.trim()) detail.push('unit');
    return { passed: detail.length === 0, detail };
  },
  'company-value'(story) {
    return { passed: story.values.some((v) => v.trim().length > 0) };
  },
  'metric-link'(story) {
    const link = story.metricLink;
    if (!link) return { passed: true };
    const from = periodGranularity(link.from);
    const ok = !!link.metric && from !== null && from === periodGranularity(link.to) && link.from <= link.to;
    return { passed: ok, detail: ok ? [] : ['metricLink'] };
  },
  'customer-consent'(story) {
    return { passed: !consentGaps(story).customer };
  },
  'people-consent'(story) {
    const people = consentGaps(story).people;
    return { passed: people.length === 0, detail: people };
  },
  'no-contact-details'(story) {
    const detail = findContactDetails(story);
    return { passed: detail.length === 0, detail };
  },
};

const STAGES: Record<ModerationRuleId, RuleStage> = {
  complete: 'submit',
  'company-value': 'submit',
  'metric-link': 'submit',
  'customer-consent': 'publish',
  'people-consent': 'publish',
  'no-contact-details': 'publish',
  respectful: 'judgement',
  'true-and-specific': 'judgement',
  confidential: 'judgement',
  'not-duplicate': 'judgement',
};

/** The published rules, in the order they are shown. */
export const MODERATION_RULES: readonly ModerationRule[] = MODERATION_RULE_IDS.map((id) => ({
  id,
  stage: STAGES[id],
  consent: id === 'customer-consent' || id === 'people-consent',
  text: { en: recognitionEn.rules[id], fr: recognitionFr.rules[id] },
  ...(checks[id] ? { check: checks[id] } : {}),
}));

export function moderationRule(id: string): ModerationRule | undefined {
  return MODERATION_RULES.find((r) => r.id === id);
}

/** The outcome of every rule for a story: `passed` is null for rules a person judges. */
export interface RuleCheck {
  id: ModerationRuleId;
  stage: RuleStage;
  consent: boolean;
  passed: boolean | null;
  detail: string[];
}

export function checkRules(story: StoryContent): RuleCheck[] {
  return MODERATION_RULES.map((rule) => {
    const finding = rule.check?.(story);
    return { id: rule.id, stage: rule.stage, consent: rule.consent, passed: finding ? finding.passed : null, detail: finding?.detail ?? [] };
  });
}

/** Ids of the failed checks of the given stages. */
export function failedRules(story: StoryContent, stages: readonly RuleStage[]): ModerationRuleId[] {
  return checkRules(story).filter((c) => stages.includes(c.stage) && c.passed === false).map((c) => c.id);
}

/** The rules as published to authors, in one language, without the check functions (for JSON export). */
export function publishedRules(lang: Lang): { id: ModerationRuleId; stage: RuleStage; title: string; text: string }[] {
  return MODERATION_RULES.map((r) => ({ id: r.id, stage: r.stage, title: r.text[lang].title, text: r.text[lang].text }));
}
