/**
 * Erasure on request (GDPR art. 17): a person's name or a customer's quote removed from every
 * recognition record (stories, drafts, nominations, kudos, awards and the audit log), so that no
 * view or export shows it again. The records stay, so counts and the audit trail keep their shape.
 *
 * @module
 */

import type { Story } from '../model/types.ts';
import type { AuditEntry } from '../store/schema.ts';
import type { Award, Kudos, Nomination, StoryDraft } from './types.ts';
import { replaceName } from './consent.ts';
import { foldForMatch } from './name-matching.ts';

/** What an erased name or quote reads as: no language, nothing to re-identify. */
export const ERASED = '[…]';

export interface RecognitionRecords {
  stories: Story[];
  drafts: StoryDraft[];
  nominations: Nomination[];
  kudos: Kudos[];
  awards: Award[];
  audit: AuditEntry[];
}

/** The records an erasure changed (to write back) and how many of each. */
export interface ErasureResult {
  changed: RecognitionRecords;
  counts: Record<keyof RecognitionRecords, number>;
}

function sameText(a: string | undefined, b: string): boolean {
  return a !== undefined && foldForMatch(a.trim()) === foldForMatch(b.trim());
}

function scrubValue(value: unknown, scrub: (text: string) => string): unknown {
  if (typeof value === 'string') return scrub(value);
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, scrub));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, scrubValue(v, scrub)]));
  }
  return value;
}

function collect(records: RecognitionRecords, edit: { [K in keyof RecognitionRecords]: (r: RecognitionRecords[K][number]) => RecognitionRecords[K][number] }): ErasureResult {
  const changed = { stories: [], drafts: [], nominations: [], kudos: [], awards: [], audit: [] } as RecognitionRecords;
  for (const key of Object.keys(changed) as (keyof RecognitionRecords)[]) {
    const apply = edit[key] as (r: unknown) => unknown;
    for (const record of records[key] as unknown[]) {
      const next = apply(record);
      if (JSON.stringify(next) !== JSON.stringify(record)) (changed[key] as unknown[]).push(next);
    }
  }
  const counts = Object.fromEntries(Object.entries(changed).map(([k, v]) => [k, (v as unknown[]).length])) as ErasureResult['counts'];
  return { changed, counts };
}

/**
 * Erases a person (as written in a people list, e.g. "Élodie M."): replaced by {@link ERASED}
 * wherever the full name appears, and their first name too in the records about them.
 */
export function erasePerson(records: RecognitionRecords, person: string): ErasureResult {
  // Records about the person: there, their first name alone is theirs too.
  const involvedIds = new Set([
    ...records.stories.filter((s) => s.people.includes(person)).map((s) => `story:${s.id}`),
    ...records.nominations.filter((n) => n.nominee === person).map((n) => `nomination:${n.id}`),
    ...records.kudos.filter((k) => k.to === person || k.from === person).map((k) => `kudos:${k.id}`),
    ...records.awards.filter((a) => a.nominee === person).map((a) => `award:${a.id}`),
  ]);
  const everywhere = (text: string) => replaceName(text, person, ERASED, { firstName: false });
  const about = (text: string) => replaceName(text, person, ERASED);
  const storyEdit = <T extends Story | StoryDraft>(s: T): T => {
    const involved = s.people.includes(person);
    const scrub = involved ? about : everywhere;
    const people = s.people.filter((p) => p !== person);
    const next = { ...s, title: scrub(s.title), body: scrub(s.body), people } as T;
    if (s.customerQuote !== undefined) next.customerQuote = scrub(s.customerQuote);
    if (s.peopleConsent) next.peopleConsent = Object.fromEntries(Object.entries(s.peopleConsent).filter(([p]) => p !== person)) as T['peopleConsent'];
    return next;
  };
  return collect(records, {
    stories: storyEdit,
    drafts: storyEdit,
    nominations: (n) => {
      const involved = n.nominee === person;
      const next: Nomination = { ...n, nominee: involved ? ERASED : n.nominee };
      if (n.comment !== undefined) next.comment = (involved ? about : everywhere)(n.comment);
      return next;
    },
    kudos: (k) => {
      const involved = k.to === person || k.from === person;
      const scrub = involved ? about : everywhere;
      const next: Kudos = { ...k, to: k.to === person ? ERASED : k.to, from: k.from === person ? ERASED : k.from, message: scrub(k.message) };
      if (k.feedback) next.feedback = { ...k.feedback, quote: scrub(k.feedback.quote) };
      return next;
    },
    awards: (a) => (a.nominee === person ? { ...a, nominee: ERASED, reason: about(a.reason) } : { ...a, reason: everywhere(a.reason) }),
    audit: (e) => {
      const involved = e.actor === person || e.detail?.['person'] === person || involvedIds.has(`${e.subject}:${e.subjectId}`);
      const scrub = (text: string) => (text === person ? ERASED : (involved ? about : everywhere)(text));
      const next: AuditEntry = { ...e, actor: e.actor === person ? ERASED : e.actor };
      if (e.reason !== undefined) next.reason = scrub(e.reason);
      if (e.detail !== undefined) next.detail = scrubValue(e.detail, scrub) as Record<string, unknown>;
      return next;
    },
  });
}

/**
 * Erases a customer's quote: by its text, or every quote of a customer id. Story quotes are
 * removed with their consent, nomination comments and kudos feedback dropped, audit details cleared.
 */
export function eraseCustomerQuote(records: RecognitionRecords, target: { quote?: string; customer?: string }): ErasureResult {
  const quotes = new Set<string>();
  if (target.quote?.trim()) quotes.add(foldForMatch(target.quote.trim()));
  if (target.customer !== undefined) {
    for (const n of records.nominations) if (n.customer === target.customer && n.comment) quotes.add(foldForMatch(n.comment.trim()));
    for (const k of records.kudos) if (k.feedback?.customer === target.customer) quotes.add(foldForMatch(k.feedback.quote.trim()));
  }
  const isTarget = (text: string | undefined) => text !== undefined && [...quotes].some((q) => sameText(text, q));
  const scrub = (text: string) => (isTarget(text) ? ERASED : text);
  const storyEdit = <T extends Story | StoryDraft>(s: T): T => {
    if (!isTarget(s.customerQuote)) return s;
    const next = { ...s, consent: { given: false } };
    delete next.customerQuote;
    return next;
  };
  return collect(records, {
    stories: storyEdit,
    drafts: storyEdit,
    nominations: (n) => {
      const theirs = target.customer !== undefined && n.customer === target.customer;
      if (!isTarget(n.comment) && !(theirs && n.contact !== undefined)) return n;
      const next = { ...n };
      if (isTarget(n.comment)) delete next.comment;
      // A customer's contact goes with their words.
      if (theirs) delete next.contact;
      return next;
    },
    kudos: (k) => {
      if (!k.feedback || !(isTarget(k.feedback.quote) || (target.customer !== undefined && k.feedback.customer === target.customer))) return k;
      const next = { ...k };
      delete next.feedback;
      return next;
    },
    awards: (a) => ({ ...a, reason: scrub(a.reason) }),
    audit: (e) => {
      const next: AuditEntry = { ...e };
      if (e.reason !== undefined) next.reason = scrub(e.reason);
      if (e.detail !== undefined) next.detail = scrubValue(e.detail, scrub) as Record<string, unknown>;
      return next;
    },
  });
}
