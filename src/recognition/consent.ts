/**
 * Consent (issue 6): a story that quotes a customer needs that customer's consent (given, when,
 * how); every employee it names needs their consent to be named. Without it the quote or the
 * name cannot be published, but an anonymised rendering can: the quote removed, the names
 * replaced by a role or an initial.
 *
 * @module
 */

import type { Story } from '../model/types.ts';
import type { ConsentRecord } from './types.ts';
import { firstNameOf, foldForMatch } from './name-matching.ts';

/** The fields of a story or draft that consent and moderation rules read. */
export type StoryContent = Pick<Story, 'title' | 'body' | 'unit' | 'people' | 'values' | 'customerQuote' | 'consent' | 'peopleConsent' | 'metricLink'>;

/** A consent counts when it is given and says when and how, so it can be shown on request. */
export function isConsentComplete(consent: ConsentRecord | undefined): boolean {
  return consent?.given === true && !!consent.at?.trim() && !!consent.how?.trim();
}

/** True when the story quotes a customer (a non-blank quote). */
export function quotesCustomer(story: Pick<StoryContent, 'customerQuote'>): boolean {
  return !!story.customerQuote?.trim();
}

/** What consent is missing before the story can be published as written. */
export interface ConsentGaps {
  /** The customer quote lacks a complete consent. */
  customer: boolean;
  /** Named people without a complete consent, in story order. */
  people: string[];
}

/**
 * A customer's consent must say when and how it was given (it is shown on request); a
 * colleague's agreement to be named counts once given, its date and way recorded when known.
 */
export function consentGaps(story: StoryContent): ConsentGaps {
  return {
    customer: quotesCustomer(story) && !isConsentComplete(story.consent),
    people: story.people.filter((p) => story.peopleConsent?.[p]?.given !== true),
  };
}

/** How a name without consent is replaced: its initial ("É.") or a role ("a team member"). */
export type NameReplacement = { kind: 'initial' } | { kind: 'role'; label: string };

/** The initial of a person's first name: "Élodie M." → "É.". */
export function initialOf(person: string): string {
  const first = [...firstNameOf(person)][0];
  return first ? `${first.toLocaleUpperCase()}.` : '';
}

interface Token {
  start: number;
  end: number;
  folded: string;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, folded: foldForMatch(m[0]) }));
}

/**
 * Replaces every whole-word occurrence of a name in `text` (the full entry, then the first name
 * alone unless `firstName` is false), ignoring case and accents. The dot of an initial ("M.")
 * goes with the name.
 */
export function replaceName(text: string, person: string, replacement: string, options: { firstName?: boolean } = {}): string {
  const variants = (options.firstName === false ? [person] : [person, firstNameOf(person)]).map((v) => tokens(v).map((t) => t.folded)).filter((v) => v.length > 0);
  let result = text;
  for (const words of variants) {
    const parts = tokens(result);
    let out = '';
    let cursor = 0;
    for (let i = 0; i + words.length <= parts.length; i++) {
      if (!words.every((w, j) => parts[i + j]?.folded === w)) continue;
      const start = (parts[i] as Token).start;
      let end = (parts[i + words.length - 1] as Token).end;
      if (words.length > 1 && /\.$/.test(person) && result[end] === '.') {
        end++;
        // Keep a sentence-ending dot: only the initial's dot goes.
        const rest = result.slice(end);
        if (/^\s*($|[\p{Lu}])/u.test(rest)) end--;
      }
      // An initial already ends the sentence: "T." + "." reads as a typo.
      if (replacement.endsWith('.') && result[end] === '.') end++;
      out += result.slice(cursor, start) + replacement;
      cursor = end;
      i += words.length - 1;
    }
    result = out + result.slice(cursor);
  }
  return result;
}

/** A story ready to publish without the quote and names that lack consent. */
export interface AnonymisedStory<T extends StoryContent> {
  story: T;
  quoteRemoved: boolean;
  peopleReplaced: string[];
}

/**
 * The anonymised rendering offered when consent is missing: a quote without the customer's
 * consent is removed, and each name without consent is replaced in the title, body and quote
 * and dropped from `people`. Consents that exist are kept untouched.
 */
export function anonymiseStory<T extends StoryContent>(story: T, replacement: NameReplacement = { kind: 'initial' }): AnonymisedStory<T> {
  const gaps = consentGaps(story);
  let { title, body } = story;
  let customerQuote = gaps.customer ? undefined : story.customerQuote;
  for (const person of gaps.people) {
    const label = replacement.kind === 'initial' ? initialOf(person) : replacement.label;
    title = replaceName(title, person, label);
    body = replaceName(body, person, label);
    if (customerQuote !== undefined) customerQuote = replaceName(customerQuote, person, label);
  }
  const people = story.people.filter((p) => !gaps.people.includes(p));
  const peopleConsent = story.peopleConsent
    ? Object.fromEntries(Object.entries(story.peopleConsent).filter(([p]) => people.includes(p)))
    : story.peopleConsent;
  const result = { ...story, title, body, people, peopleConsent, consent: gaps.customer ? { given: false } : story.consent };
  if (customerQuote === undefined) delete result.customerQuote;
  else result.customerQuote = customerQuote;
  return { story: result, quoteRemoved: gaps.customer, peopleReplaced: gaps.people };
}
