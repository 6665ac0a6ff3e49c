/**
 * Participation × score (anti-Goodhart): a unit whose few feedbacks are all perfect is more
 * likely to be choosing who answers than delighting everyone. Flagged, not punished: the view
 * sits beside the awards so nobody reads a handful of 10s as the best team.
 *
 * @module
 */

import type { CustomerTable, PeriodGranularity, Unit } from '../model/types.ts';
import { MISSING_CODE } from '../model/types.ts';
import { toPeriod } from '../analytics/periods.ts';

/** Below this many answers in a period, all-perfect scores are flagged. */
export const DEFAULT_MIN_FEEDBACK = 20;

export interface ParticipationCell {
  unit: string;
  name: string;
  period: string;
  /** Answers with an NPS or a CSAT. */
  n: number;
  /** Headcount of the unit, when declared. */
  headcount?: number;
  /** Answers per employee, when the headcount is known. */
  perEmployee?: number;
  /** NPS of the answers (100 × (share 9–10 − share 0–6)), NaN without NPS answers. */
  nps: number;
  npsAnswers: number;
  /** Share (0–1) of answers at the top of their scale: NPS 10, or CSAT 5 when there is no NPS. */
  perfectShare: number;
  /** Few answers, all perfect. */
  flagged: boolean;
}

/** Per unit and period: how many customers answered and how perfect the scores are; few-and-perfect units flagged. */
export function participationView(customers: CustomerTable, units: readonly Unit[], options: { granularity?: PeriodGranularity; minFeedback?: number } = {}): ParticipationCell[] {
  const granularity = options.granularity ?? 'quarter';
  const minFeedback = options.minFeedback ?? DEFAULT_MIN_FEEDBACK;
  const byId = new Map(units.map((u) => [u.id, u]));
  const periodOfValue = customers.period.values.map((v) => toPeriod(v, granularity));
  const cells = new Map<string, { unit: string; period: string; n: number; npsN: number; promoters: number; detractors: number; perfect: number }>();
  for (let row = 0; row < customers.length; row++) {
    const unitCode = customers.unit.codes[row] as number;
    const periodCode = customers.period.codes[row] as number;
    if (unitCode === MISSING_CODE || periodCode === MISSING_CODE) continue;
    const period = periodOfValue[periodCode];
    if (!period) continue;
    const nps = customers.nps?.[row] ?? Number.NaN;
    const csat = customers.csat?.[row] ?? Number.NaN;
    if (!Number.isFinite(nps) && !Number.isFinite(csat)) continue;
    const unit = customers.unit.values[unitCode] as string;
    const key = `${unit}\u0000${period}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = { unit, period, n: 0, npsN: 0, promoters: 0, detractors: 0, perfect: 0 };
      cells.set(key, cell);
    }
    cell.n++;
    if (Number.isFinite(nps)) {
      cell.npsN++;
      if (nps >= 9) cell.promoters++;
      else if (nps <= 6) cell.detractors++;
      if (nps === 10) cell.perfect++;
    } else if (csat === 5) {
      cell.perfect++;
    }
  }
  return [...cells.values()].map((c) => {
    const unit = byId.get(c.unit);
    const headcount = unit?.attributes?.size;
    const perfectShare = c.perfect / c.n;
    const result: ParticipationCell = {
      unit: c.unit,
      name: unit?.name ?? c.unit,
      period: c.period,
      n: c.n,
      nps: c.npsN > 0 ? (100 * (c.promoters - c.detractors)) / c.npsN : Number.NaN,
      npsAnswers: c.npsN,
      perfectShare,
      flagged: c.n < minFeedback && perfectShare === 1,
    };
    if (headcount !== undefined && headcount > 0) {
      result.headcount = headcount;
      result.perEmployee = c.n / headcount;
    }
    return result;
  }).sort((a, b) => Number(b.flagged) - Number(a.flagged) || a.period.localeCompare(b.period) || a.name.localeCompare(b.name));
}
