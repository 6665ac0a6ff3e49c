/**
 * Finding the people a customer names in a comment: accent- and case-insensitive, whole words
 * only ("Tom" matches "thanks tom!" but not "Tommy" or "atom"), full names before first names.
 *
 * @module
 */

import { foldAccents } from '../model/fold-text.ts';

/** Lower case without diacritics: "Élodie" → "elodie", "Siobhán" → "siobhan". */
export const foldForMatch = foldAccents;

/** Words of a text after folding: letters and digits, split on anything else ("Jean-Luc" → jean, luc). */
export function matchWords(text: string): string[] {
  return foldForMatch(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** First name of a "First L." or "First Last" entry of a people list. */
export function firstNameOf(person: string): string {
  return person.trim().split(/\s+/)[0] ?? '';
}

function indexOfWords(haystack: readonly string[], needle: readonly string[]): number {
  if (needle.length === 0) return -1;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** True when `phrase` occurs in `text` as whole words, ignoring case and accents. */
export function containsWords(text: string, phrase: string): boolean {
  return indexOfWords(matchWords(text), matchWords(phrase)) >= 0;
}

/** A person named in a text. */
export interface NameMatch {
  person: string;
  /** `full` when the full people-list entry matched, `first` for the first name alone. */
  by: 'full' | 'first';
  /** Another listed person has the same first name, and only the first name matched. */
  ambiguous: boolean;
}

/**
 * A matcher for one people list: the words of every name are worked out once, so matching
 * thousands of comments of a unit costs one tokenisation per comment.
 */
export function createNameMatcher(people: readonly string[]): (text: string | readonly string[]) => NameMatch[] {
  const full = people
    .map((person) => ({ person, words: matchWords(person) }))
    // A bare one-word entry is a first name: matched below.
    .filter((p) => p.words.length > 1);
  const byFirst = new Map<string, string[]>();
  for (const person of people) {
    const key = matchWords(firstNameOf(person)).join(' ');
    if (key.length < 2) continue;
    byFirst.set(key, [...(byFirst.get(key) ?? []), person]);
  }
  const firsts = [...byFirst].map(([key, owners]) => ({ key, words: key.split(' '), owners }));
  // Takes the text, or its words when the caller already has them.
  return (text) => {
    const words = typeof text === 'string' ? matchWords(text) : text;
    if (words.length === 0) return [];
    const matches: NameMatch[] = [];
    const fullFirsts = new Set<string>();
    for (const p of full) {
      if (indexOfWords(words, p.words) < 0) continue;
      matches.push({ person: p.person, by: 'full', ambiguous: false });
      fullFirsts.add(matchWords(firstNameOf(p.person)).join(' '));
    }
    for (const f of firsts) {
      if (fullFirsts.has(f.key) || indexOfWords(words, f.words) < 0) continue;
      for (const person of f.owners) matches.push({ person, by: 'first', ambiguous: f.owners.length > 1 });
    }
    return matches;
  };
}

/**
 * The listed people a text names. A full-name match wins over first names; a first name shared
 * by several people matches all of them, each flagged `ambiguous`, for a reviewer to settle.
 * Initials alone ("M.") never match.
 */
export function findNamedPeople(text: string, people: readonly string[]): NameMatch[] {
  return createNameMatcher(people)(text);
}
