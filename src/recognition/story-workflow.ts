/**
 * Story status transitions: draft → submitted → published | rejected (with a rule and a reason),
 * and rejected → draft when the author revises. Nothing is published while a consent rule fails,
 * unless the moderator publishes the anonymised rendering.
 *
 * @module
 */

import type { Story } from '../model/types.ts';
import type { StoryDraft } from './types.ts';
import type { NameReplacement } from './consent.ts';
import { anonymiseStory } from './consent.ts';
import type { ModerationRuleId } from './moderation-rules.ts';
import { failedRules, moderationRule } from './moderation-rules.ts';

type Status = Story['status'];

const TRANSITIONS: Record<Status, readonly Status[]> = {
  draft: ['submitted'],
  submitted: ['published', 'rejected'],
  published: [],
  rejected: ['draft'],
};

export function canTransition(from: Status, to: Status): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Why a transition was refused. */
export type TransitionRefusal =
  | { code: 'wrong-status'; status: Status }
  | { code: 'rules-failed'; rules: ModerationRuleId[] }
  | { code: 'reason-required' }
  | { code: 'unknown-rule'; rule: string };

export type TransitionResult = { ok: true; story: Story; anonymised?: { quoteRemoved: boolean; peopleReplaced: string[] } } | { ok: false; refusal: TransitionRefusal };

/** The moderation record of a story, with the rule cited on rejection. */
export type StoryModeration = NonNullable<Story['moderation']> & { rule?: ModerationRuleId; by?: string };

/** Turns a draft into a submitted story, if the submit-stage rules pass. */
export function submitDraft(draft: StoryDraft, at: string): TransitionResult {
  const failed = failedRules(draft, ['submit']);
  if (failed.length > 0) return { ok: false, refusal: { code: 'rules-failed', rules: failed } };
  const story: Story = {
    id: draft.id,
    title: draft.title.trim(),
    body: draft.body.trim(),
    unit: draft.unit,
    people: [...draft.people],
    values: [...draft.values],
    consent: { ...draft.consent },
    peopleConsent: Object.fromEntries(draft.people.map((p) => [p, { ...(draft.peopleConsent[p] ?? { given: false }) }])),
    status: 'submitted',
    reactions: 0,
    createdAt: at,
  };
  if (draft.customerQuote?.trim()) story.customerQuote = draft.customerQuote.trim();
  if (draft.metricLink) story.metricLink = { ...draft.metricLink };
  return { ok: true, story };
}

/**
 * Publishes a submitted story. Publish-stage rules must pass; with `anonymise`, the quote and
 * names that lack consent are removed first, so only contact details can still block it.
 */
export function approveStory(story: Story, options: { at: string; by: string; anonymise?: boolean; replacement?: NameReplacement }): TransitionResult {
  if (!canTransition(story.status, 'published')) return { ok: false, refusal: { code: 'wrong-status', status: story.status } };
  let candidate = story;
  let anonymised: { quoteRemoved: boolean; peopleReplaced: string[] } | undefined;
  if (options.anonymise) {
    const result = anonymiseStory(story, options.replacement);
    candidate = result.story;
    anonymised = { quoteRemoved: result.quoteRemoved, peopleReplaced: result.peopleReplaced };
  }
  const failed = failedRules(candidate, ['submit', 'publish']);
  if (failed.length > 0) return { ok: false, refusal: { code: 'rules-failed', rules: failed } };
  const moderation: StoryModeration = { at: options.at, reason: '', by: options.by };
  return { ok: true, story: { ...candidate, status: 'published', moderation }, ...(anonymised ? { anonymised } : {}) };
}

/** Rejects a submitted story, citing a published rule and saying why in the moderator's words. */
export function rejectStory(story: Story, options: { at: string; by: string; rule: string; reason: string }): TransitionResult {
  if (!canTransition(story.status, 'rejected')) return { ok: false, refusal: { code: 'wrong-status', status: story.status } };
  const rule = moderationRule(options.rule);
  if (!rule) return { ok: false, refusal: { code: 'unknown-rule', rule: options.rule } };
  if (!options.reason.trim()) return { ok: false, refusal: { code: 'reason-required' } };
  const moderation: StoryModeration = { at: options.at, reason: options.reason.trim(), rule: rule.id, by: options.by };
  return { ok: true, story: { ...story, status: 'rejected', moderation } };
}

/** A rejected story back to a draft the author can revise and submit again. */
export function reviseStory(story: Story, options: { at: string; author: string }): { ok: true; draft: StoryDraft } | { ok: false; refusal: TransitionRefusal } {
  if (!canTransition(story.status, 'draft')) return { ok: false, refusal: { code: 'wrong-status', status: story.status } };
  const draft: StoryDraft = {
    id: story.id,
    title: story.title,
    body: story.body,
    unit: story.unit,
    people: [...story.people],
    peopleConsent: { ...(story.peopleConsent ?? {}) },
    values: [...story.values],
    consent: { ...story.consent },
    author: options.author,
    createdAt: story.createdAt,
    updatedAt: options.at,
  };
  if (story.customerQuote !== undefined) draft.customerQuote = story.customerQuote;
  if (story.metricLink) draft.metricLink = { ...story.metricLink };
  return { ok: true, draft };
}

/** An empty draft for the composer. */
export function emptyDraft(id: string, options: { at: string; author: string; unit?: string }): StoryDraft {
  return { id, title: '', body: '', unit: options.unit ?? '', people: [], peopleConsent: {}, values: [], consent: { given: false }, author: options.author, createdAt: options.at, updatedAt: options.at };
}
