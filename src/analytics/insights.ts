/**
 * Insights as data (DESIGN §4): each says which metrics, over how many units, the effect with
 * its CI and its BH-adjusted p, a strength word and a direction, and always carries the caveat
 * that a unit-level association is not causation. Effects that are not significant after BH
 * are listed as such, never dropped. The words and sentences belong to `src/i18n`.
 *
 * @module
 */

import { ENGAGEMENT, ENPS } from './aggregate.ts';
import type { LagResult } from './lags.ts';
import type { LinkageResult, LinkedUnits, MetricReliability } from './linkage.ts';
import { linkedColumn } from './linkage.ts';
import type { Interval } from './metrics.ts';
import type { Quadrant, QuadrantResult } from './quadrants.ts';
import { relativeWeights } from './relative-weights.ts';
import type { RelativeWeightsReason, RelativeWeightsResult } from './relative-weights.ts';

export type InsightKind = 'linkage' | 'lag' | 'driver' | 'quadrant' | 'reliability';
export type Strength = 'negligible' | 'small' | 'moderate' | 'strong';

/** The caveat every insight carries. */
export const CAVEAT = 'unit-level-association-not-causation';

/** Significance level applied to BH-adjusted p-values. */
export const ALPHA = 0.05;

/** ICC(2) below which unit means are too unreliable to link with confidence (Bliese 2000 uses .70). */
export const ICC2_RELIABLE = 0.7;

export interface Insight {
  kind: InsightKind;
  employee: string;
  /** null for reliability insights, which concern the employee side only. */
  customer: string | null;
  n: number;
  /** Correlation and its 95 % CI (NaN when undefined, e.g. for reliability insights). */
  effect: { r: number; ci: Interval };
  pAdjusted: number;
  /** pAdjusted < 0.05. */
  significant: boolean;
  strength: Strength;
  direction: 'positive' | 'negative' | 'none';
  caveat: typeof CAVEAT;
  /** Lag insights: periods between the employee and the customer measure (negative: customers first). */
  lag?: number;
  /** Driver insights: share of explained variance (%) carried by this driver, and the model R². */
  driver?: { rescaled: number; rSquared: number };
  /** Quadrant insights: units per quadrant. */
  quadrants?: Record<Quadrant, number>;
  /** Reliability insights: ICC(1), ICC(2) and whether ICC(2) reaches .70. */
  reliability?: { icc1: number; icc2: number; reliable: boolean };
  /** Why the effect is undefined or the analysis was refused. */
  reason?: string;
}

/** Strength word for |r|: < .1 negligible, < .3 small, < .5 moderate, else strong (Cohen 1988). */
export function strengthOf(r: number): Strength {
  const size = Math.abs(r);
  if (!(size >= 0.1)) return 'negligible';
  if (size < 0.3) return 'small';
  if (size < 0.5) return 'moderate';
  return 'strong';
}

function directionOf(r: number): Insight['direction'] {
  return r > 0 ? 'positive' : r < 0 ? 'negative' : 'none';
}

function effectInsight(kind: InsightKind, employee: string, customer: string | null, n: number, r: number, ci: Interval, pAdjusted: number, reason?: string): Insight {
  return {
    kind,
    employee,
    customer,
    n,
    effect: { r, ci },
    pAdjusted,
    significant: pAdjusted < ALPHA,
    strength: strengthOf(r),
    direction: directionOf(r),
    caveat: CAVEAT,
    ...(reason !== undefined ? { reason } : {}),
  };
}

/** Relative importance of employee drivers for one customer outcome. */
export interface DriverResult {
  customer: string;
  n: number;
  /** R² of the full model (NaN when refused). */
  rSquared: number;
  /** Sorted by rescaled weight, largest first (input order when the weights are undefined). */
  drivers: { employee: string; raw: number; rescaled: number; r: number }[];
  /** Too few units for stable weights (passed through from `relativeWeights`). */
  refused?: RelativeWeightsResult['refused'];
  /** Why the weights are undefined (no drivers, constant or collinear input). */
  reason?: RelativeWeightsReason;
}

/**
 * Key drivers of a customer metric among employee items, by Johnson's relative weights over the
 * linked rows, beside the plain correlations (DESIGN §4). Drivers default to the item metrics
 * (not `engagement`, their mean, nor `enps`).
 */
export function keyDrivers(linked: LinkedUnits, customer: string, drivers?: readonly string[]): DriverResult {
  const ids = drivers ?? [...linked.employee.keys()].filter((id) => id !== ENGAGEMENT && id !== ENPS);
  const outcomeValues = linked.customer.get(customer);
  const columns = ids.flatMap((id) => {
    const values = linked.employee.get(id);
    return values ? [{ id, values: linkedColumn(linked, values) }] : [];
  });
  if (!outcomeValues || columns.length === 0) return { customer, n: 0, rSquared: Number.NaN, drivers: [], reason: 'no-drivers' };
  const result = relativeWeights(columns.map((c) => c.values), linkedColumn(linked, outcomeValues));
  const list = columns.map((c, j) => ({
    employee: c.id,
    raw: result.raw[j] ?? Number.NaN,
    rescaled: result.rescaled[j] ?? Number.NaN,
    r: result.correlations[j] ?? Number.NaN,
  }));
  list.sort((a, b) => (Number.isNaN(a.rescaled) || Number.isNaN(b.rescaled) ? 0 : b.rescaled - a.rescaled));
  const driverResult: DriverResult = { customer, n: result.n, rSquared: result.rSquared, drivers: list };
  if (result.refused) driverResult.refused = result.refused;
  if (result.reason) driverResult.reason = result.reason;
  return driverResult;
}

export interface InsightSources {
  linkage?: LinkageResult;
  lags?: readonly LagResult[];
  drivers?: readonly DriverResult[];
  quadrants?: QuadrantResult;
  reliability?: Record<string, MetricReliability>;
}

/**
 * Builds and ranks insights: significant effects first, then the others, each by |r| (then n);
 * insights without an effect size (reliability, undefined correlations) come last.
 * Lag insights keep, per metric pair, the non-concurrent lag with the smallest adjusted p;
 * driver insights, the top driver per outcome (or the refusal).
 */
export function buildInsights(sources: InsightSources): Insight[] {
  const insights: Insight[] = [];
  const pairAdjusted = new Map<string, number>();
  for (const pair of sources.linkage?.pairs ?? []) {
    pairAdjusted.set(`${pair.employee}\u0000${pair.customer}`, pair.pAdjusted);
    insights.push(effectInsight('linkage', pair.employee, pair.customer, pair.n, pair.pearson.r, pair.pearson.ci, pair.pAdjusted, pair.pearson.reason));
  }
  for (const family of sources.lags ?? []) {
    let best: LagResult['lags'][number] | undefined;
    for (const lag of family.lags) {
      if (lag.lag === 0 || Number.isNaN(lag.pAdjusted)) continue;
      if (!best || lag.pAdjusted < best.pAdjusted || (lag.pAdjusted === best.pAdjusted && Math.abs(lag.r) > Math.abs(best.r))) best = lag;
    }
    best ??= family.lags.find((lag) => lag.lag !== 0);
    if (!best) continue;
    insights.push({ ...effectInsight('lag', family.employee, family.customer, best.n, best.r, best.ci, best.pAdjusted, best.reason), lag: best.lag });
  }
  for (const result of sources.drivers ?? []) {
    const top = result.drivers[0];
    const why = result.refused?.reason ?? result.reason;
    if (why !== undefined || !top) {
      insights.push(effectInsight('driver', top?.employee ?? '', result.customer, result.n, Number.NaN, [Number.NaN, Number.NaN], Number.NaN, why ?? 'no-drivers'));
      continue;
    }
    const pAdjusted = pairAdjusted.get(`${top.employee}\u0000${result.customer}`) ?? Number.NaN;
    insights.push({
      ...effectInsight('driver', top.employee, result.customer, result.n, top.r, [Number.NaN, Number.NaN], pAdjusted),
      driver: { rescaled: top.rescaled, rSquared: result.rSquared },
    });
  }
  if (sources.quadrants) {
    const q = sources.quadrants;
    const pair = sources.linkage?.pairs.find((p) => p.employee === q.employee && p.customer === q.customer);
    insights.push({
      ...effectInsight('quadrant', q.employee, q.customer, q.n, pair?.pearson.r ?? Number.NaN, pair?.pearson.ci ?? [Number.NaN, Number.NaN], pair?.pAdjusted ?? Number.NaN, q.reason),
      quadrants: { ...q.counts },
    });
  }
  for (const [metric, value] of Object.entries(sources.reliability ?? {})) {
    insights.push({
      ...effectInsight('reliability', metric, null, value.n, Number.NaN, [Number.NaN, Number.NaN], Number.NaN, value.reason),
      reliability: { icc1: value.icc1, icc2: value.icc2, reliable: value.icc2 >= ICC2_RELIABLE },
    });
  }
  const rank = (insight: Insight): number => (Number.isNaN(insight.effect.r) ? 2 : insight.significant ? 0 : 1);
  return insights.sort((a, b) => rank(a) - rank(b) || Math.abs(b.effect.r) - Math.abs(a.effect.r) || b.n - a.n);
}
