/**
 * Customer-nominated awards: nominations come from feedback comments that name someone of the
 * unit (or the team itself), reviewed by a moderator before they count, or from a nomination
 * form. Tallies count one nomination per customer, period and nominee; moderators choose the
 * winners. No ranking is public unless the organisation opts in (anti-Goodhart).
 *
 * @module
 */

import type { CustomerTable, PeriodGranularity, Unit } from '../model/types.ts';
import { MISSING_CODE } from '../model/types.ts';
import { toPeriod } from '../analytics/periods.ts';
import type { Award, ConsentRecord, Nomination } from './types.ts';
import { createNameMatcher, matchWords } from './name-matching.ts';

function categoryAt(column: CustomerTable['unit'] | undefined, row: number): string | undefined {
  if (!column) return undefined;
  const code = column.codes[row] as number;
  return code === MISSING_CODE ? undefined : column.values[code];
}

/**
 * Nomination candidates from the customer comments, all `pending-review`. Ids depend on the row
 * and the nominee's place in the unit's people list, so extracting twice gives the same ids.
 */
export function extractNominations(customers: CustomerTable, units: readonly Unit[], options: { granularity?: PeriodGranularity; at: string }): Nomination[] {
  const comments = customers.comment;
  if (!comments) return [];
  const granularity = options.granularity ?? 'quarter';
  const byId = new Map(units.map((u) => [u.id, u]));
  const nominations: Nomination[] = [];
  const matchers = new Map<string, { people: string[]; findPeople: ReturnType<typeof createNameMatcher>; teamWords: string }>();
  for (let row = 0; row < customers.length; row++) {
    const comment = comments[row];
    if (!comment?.trim()) continue;
    const unitId = categoryAt(customers.unit, row);
    const unit = unitId === undefined ? undefined : byId.get(unitId);
    if (!unit) continue;
    const periodValue = categoryAt(customers.period, row);
    const period = periodValue === undefined ? null : toPeriod(periodValue, granularity);
    if (period === null) continue;
    const customer = customers.customer?.[row] || undefined;
    const score = customers.nps?.[row];
    const base = {
      period,
      unit: unit.id,
      source: 'comment' as const,
      comment,
      row,
      status: 'pending-review' as const,
      createdAt: options.at,
      ...(customer !== undefined ? { customer } : {}),
      ...(score !== undefined && Number.isFinite(score) ? { score } : {}),
    };
    let matcher = matchers.get(unit.id);
    if (!matcher) {
      const people = unit.people ?? [];
      matcher = { people, findPeople: createNameMatcher(people), teamWords: ` ${matchWords(unit.name).join(' ')} ` };
      matchers.set(unit.id, matcher);
    }
    const { people, findPeople, teamWords } = matcher;
    const words = matchWords(comment);
    for (const match of findPeople(words)) {
      nominations.push({ ...base, id: `cmt-${row}-p${people.indexOf(match.person)}`, nominee: match.person, nomineeKind: 'person', matched: match.by, ...(match.ambiguous ? { ambiguous: true } : {}) });
    }
    if (teamWords.trim() && ` ${words.join(' ')} `.includes(teamWords)) {
      nominations.push({ ...base, id: `cmt-${row}-team`, nominee: unit.id, nomineeKind: 'team', matched: 'team' });
    }
  }
  return nominations;
}

/** What a customer fills in on the nomination form. */
export interface NominationForm {
  unit: string;
  nominee: string;
  nomineeKind: 'person' | 'team';
  /** Customer id or e-mail: required, so one nomination per customer can hold. */
  customer: string;
  period: string;
  comment?: string;
  /** How to reach the customer about the nomination (optional). */
  contact?: string;
  /** The customer's consent to store their identifier and contact: required, it is personal data. */
  consent?: ConsentRecord;
}

export type NominationRefusal = 'unknown-unit' | 'unknown-nominee' | 'customer-required' | 'consent-required' | 'already-nominated' | 'wrong-status';

/** The key under which one customer counts once per period and nominee. */
function customerKey(n: Nomination): string {
  return n.customer !== undefined ? `c:${n.customer}` : n.row !== undefined ? `r:${n.row}` : `n:${n.id}`;
}

function nomineeKey(n: Pick<Nomination, 'period' | 'unit' | 'nominee' | 'nomineeKind'>): string {
  return `${n.period}\u0000${n.unit}\u0000${n.nomineeKind}\u0000${n.nominee}`;
}

/**
 * A nomination from the form. It is explicit, so it counts at once (`confirmed`). A customer
 * fills the form once per period: a second form nomination in the same period is refused,
 * whoever it names. (Comments can name several people incidentally; those are reviewed instead.)
 */
export function formNomination(form: NominationForm, existing: readonly Nomination[], units: readonly Unit[], options: { id: string; at: string }): { ok: true; nomination: Nomination } | { ok: false; refusal: NominationRefusal } {
  const unit = units.find((u) => u.id === form.unit);
  if (!unit) return { ok: false, refusal: 'unknown-unit' };
  if (form.nomineeKind === 'person' && !(unit.people ?? []).includes(form.nominee)) return { ok: false, refusal: 'unknown-nominee' };
  if (form.nomineeKind === 'team' && form.nominee !== unit.id) return { ok: false, refusal: 'unknown-nominee' };
  const customer = form.customer.trim();
  if (!customer) return { ok: false, refusal: 'customer-required' };
  if (form.consent?.given !== true) return { ok: false, refusal: 'consent-required' };
  const nomination: Nomination = {
    id: options.id, period: form.period, unit: unit.id, nominee: form.nominee, nomineeKind: form.nomineeKind, customer, source: 'form', status: 'confirmed', createdAt: options.at,
    consent: { given: true, at: form.consent.at ?? options.at, how: form.consent.how ?? 'form' },
  };
  if (form.comment?.trim()) nomination.comment = form.comment.trim();
  if (form.contact?.trim()) nomination.contact = form.contact.trim();
  const key = nomineeKey(nomination);
  const again = (n: Nomination) => n.status !== 'dismissed' && n.customer === customer && n.period === nomination.period && (n.source === 'form' || nomineeKey(n) === key);
  if (existing.some(again)) return { ok: false, refusal: 'already-nominated' };
  return { ok: true, nomination };
}

/** A moderator's decision on a comment-extracted candidate. */
export function reviewNomination(nomination: Nomination, decision: 'confirm' | 'dismiss', options: { at: string; by: string }): { ok: true; nomination: Nomination } | { ok: false; refusal: NominationRefusal } {
  if (nomination.status !== 'pending-review') return { ok: false, refusal: 'wrong-status' };
  return { ok: true, nomination: { ...nomination, status: decision === 'confirm' ? 'confirmed' : 'dismissed', reviewedAt: options.at, reviewedBy: options.by } };
}

/** A nominee's count in one period. */
export interface NomineeTally {
  period: string;
  unit: string;
  nominee: string;
  nomineeKind: 'person' | 'team';
  /** Distinct customers with a confirmed nomination: one per customer per period. */
  customers: number;
  /** Candidates still waiting for review (not counted). */
  pending: number;
  /** Ids of the confirmed nominations. */
  confirmed: string[];
  /** Up to three of the customers' words, for the board. */
  quotes: string[];
}

/** Tallies per period and nominee, most nominated first, then by name. */
export function tallyNominations(nominations: readonly Nomination[], options: { period?: string } = {}): NomineeTally[] {
  const tallies = new Map<string, NomineeTally & { seen: Set<string> }>();
  for (const n of nominations) {
    if (options.period !== undefined && n.period !== options.period) continue;
    if (n.status === 'dismissed') continue;
    const key = nomineeKey(n);
    let tally = tallies.get(key);
    if (!tally) {
      tally = { period: n.period, unit: n.unit, nominee: n.nominee, nomineeKind: n.nomineeKind, customers: 0, pending: 0, confirmed: [], quotes: [], seen: new Set() };
      tallies.set(key, tally);
    }
    if (n.status === 'pending-review') {
      tally.pending++;
      continue;
    }
    tally.confirmed.push(n.id);
    const who = customerKey(n);
    if (tally.seen.has(who)) continue;
    tally.seen.add(who);
    tally.customers++;
    if (n.comment && tally.quotes.length < 3) tally.quotes.push(n.comment);
  }
  return [...tallies.values()]
    .map(({ seen: _seen, ...t }) => t)
    .sort((a, b) => a.period.localeCompare(b.period) || b.customers - a.customers || a.nominee.localeCompare(b.nominee));
}

/**
 * The nominees as the board shows them. Without the opt-in public leaderboard, nominees are in
 * alphabetical order and their counts are withheld, so the board recognises without ranking.
 */
export function nomineeBoard(tallies: readonly NomineeTally[], options: { publicLeaderboard: boolean }): (Omit<NomineeTally, 'customers'> & { customers?: number; rank?: number })[] {
  const counted = tallies.filter((t) => t.customers > 0);
  if (options.publicLeaderboard) {
    const sorted = [...counted].sort((a, b) => b.customers - a.customers || a.nominee.localeCompare(b.nominee));
    return sorted.map((t) => ({ ...t, rank: 1 + sorted.findIndex((s) => s.customers === t.customers) }));
  }
  return [...counted].sort((a, b) => a.nominee.localeCompare(b.nominee)).map(({ customers: _customers, ...t }) => t);
}

export type AwardRefusal = 'no-confirmed-nomination' | 'already-awarded';

/** A winner chosen by a moderator: the nominee needs at least one confirmed nomination in that period. */
export function chooseWinner(
  tallies: readonly NomineeTally[],
  awards: readonly Award[],
  choice: { period: string; unit: string; nominee: string; nomineeKind: 'person' | 'team'; reason: string },
  options: { id: string; at: string; by: string },
): { ok: true; award: Award } | { ok: false; refusal: AwardRefusal } {
  const tally = tallies.find((t) => t.period === choice.period && t.unit === choice.unit && t.nominee === choice.nominee && t.nomineeKind === choice.nomineeKind);
  if (!tally || tally.customers === 0) return { ok: false, refusal: 'no-confirmed-nomination' };
  if (awards.some((a) => a.period === choice.period && a.unit === choice.unit && a.nominee === choice.nominee)) return { ok: false, refusal: 'already-awarded' };
  return {
    ok: true,
    award: { id: options.id, period: choice.period, unit: choice.unit, nominee: choice.nominee, nomineeKind: choice.nomineeKind, nominations: tally.customers, reason: choice.reason.trim(), chosenBy: options.by, chosenAt: options.at },
  };
}
