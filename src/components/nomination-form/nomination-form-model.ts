/**
 * The customer nomination form without the DOM: which problems stop a submission, how a typed
 * name is matched to the team's people list, and which period a nomination counts for.
 *
 * @module
 */

import type { PeriodGranularity, Unit } from '../../model/types.ts';
import { toPeriod } from '../../analytics/periods.ts';
import { createNameMatcher, foldForMatch } from '../../recognition/name-matching.ts';

/** Longest reason accepted, in characters. */
export const NOMINATION_REASON_MAX = 1000;

/** What the customer filled in. */
export interface NominationFormState {
  unit: string;
  kind: 'person' | 'team';
  name: string;
  reason: string;
  customer: string;
  contact: string;
  consent: boolean;
}

export type NominationProblem = 'unit-required' | 'nominee-required' | 'name-unclear' | 'reason-required' | 'reason-too-long' | 'customer-required' | 'consent-required' | 'unknown-nominee';

/** A typed name resolved against the people list: one person, or why not. */
export type NomineeResolution = { ok: true; person: string } | { ok: false; problem: 'nominee-required' | 'name-unclear' | 'unknown-nominee'; candidates: string[] };

/**
 * Matches what the customer typed to one listed person: the exact entry (ignoring case and
 * accents) first, then a full or first-name match. Several matches ("Tom" with two Toms) ask the
 * customer to pick; no match is refused rather than stored as a name nobody can check.
 */
export function resolveNominee(typed: string, people: readonly string[]): NomineeResolution {
  const text = typed.trim();
  if (!text) return { ok: false, problem: 'nominee-required', candidates: [] };
  const folded = foldForMatch(text);
  const exact = people.filter((p) => foldForMatch(p.trim()) === folded);
  if (exact.length === 1) return { ok: true, person: exact[0] as string };
  const matches = [...new Set(createNameMatcher(people)(text).map((m) => m.person))];
  if (matches.length === 1) return { ok: true, person: matches[0] as string };
  if (matches.length > 1) return { ok: false, problem: 'name-unclear', candidates: matches };
  return { ok: false, problem: 'unknown-nominee', candidates: [] };
}

/** Every problem of the form, in the order of its fields (empty when it can be sent). */
export function nominationProblems(form: NominationFormState, units: readonly Unit[]): NominationProblem[] {
  const problems: NominationProblem[] = [];
  const unit = units.find((u) => u.id === form.unit);
  if (!unit) problems.push('unit-required');
  if (form.kind === 'person') {
    const resolved = resolveNominee(form.name, unit?.people ?? []);
    if (!resolved.ok && (unit || resolved.problem === 'nominee-required')) problems.push(resolved.problem);
  }
  const reason = form.reason.trim();
  if (!reason) problems.push('reason-required');
  else if (reason.length > NOMINATION_REASON_MAX) problems.push('reason-too-long');
  if (!form.customer.trim()) problems.push('customer-required');
  if (!form.consent) problems.push('consent-required');
  return problems;
}

/** The period a nomination made at `at` (ISO date-time) counts for. */
export function nominationPeriod(at: string, granularity: PeriodGranularity): string {
  return toPeriod(at.slice(0, 10), granularity) ?? at.slice(0, 4);
}

/** The teams customers can nominate in: units without children (where people are listed). */
export function nominableUnits(units: readonly Unit[]): Unit[] {
  const parents = new Set(units.map((u) => u.parentId).filter((p): p is string => p !== undefined));
  return units.filter((u) => !parents.has(u.id)).sort((a, b) => a.name.localeCompare(b.name));
}
