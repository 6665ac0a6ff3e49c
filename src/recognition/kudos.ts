/**
 * Kudos: quiet peer recognition, each tied to a company value and optionally to the customer
 * feedback that prompted it. No counts, no ranking: a list of recent thanks.
 *
 * @module
 */

import type { PeriodGranularity, Unit } from '../model/types.ts';
import { toPeriod } from '../analytics/periods.ts';
import type { Kudos } from './types.ts';

export const KUDOS_MESSAGE_MAX = 500;

export interface KudosInput {
  from: string;
  to: string;
  unit: string;
  value: string;
  message: string;
  feedback?: Kudos['feedback'];
}

export type KudosRefusal = 'recipient-required' | 'unknown-recipient' | 'value-required' | 'message-too-long' | 'self-kudos' | 'giver-required';

/** Checks and stamps a kudos. Giving kudos to oneself is refused; the recipient must be in the unit's people list when it has one. */
export function createKudos(input: KudosInput, units: readonly Unit[], options: { id: string; at: string; granularity?: PeriodGranularity }): { ok: true; kudos: Kudos } | { ok: false; refusal: KudosRefusal } {
  const to = input.to.trim();
  const from = input.from.trim();
  if (!from) return { ok: false, refusal: 'giver-required' };
  if (!to) return { ok: false, refusal: 'recipient-required' };
  const people = units.find((u) => u.id === input.unit)?.people;
  if (people && people.length > 0 && !people.includes(to)) return { ok: false, refusal: 'unknown-recipient' };
  if (to === from) return { ok: false, refusal: 'self-kudos' };
  if (!input.value.trim()) return { ok: false, refusal: 'value-required' };
  if (input.message.length > KUDOS_MESSAGE_MAX) return { ok: false, refusal: 'message-too-long' };
  const kudos: Kudos = {
    id: options.id, from, to, unit: input.unit, value: input.value.trim(), message: input.message.trim(),
    period: toPeriod(options.at.slice(0, 10), options.granularity ?? 'quarter') ?? '', createdAt: options.at,
  };
  if (input.feedback?.quote.trim()) kudos.feedback = { ...input.feedback, quote: input.feedback.quote.trim() };
  return { ok: true, kudos };
}

/** The most recent kudos first. */
export function recentKudos(kudos: readonly Kudos[], limit = 20): Kudos[] {
  return [...kudos].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, limit);
}
