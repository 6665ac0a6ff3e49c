/**
 * Lagged linkage (DESIGN §4: lag k pairs (unit, t) of the employee metric at t with the
 * customer metric at t + k). Positive lags read "employees first", negative lags "customers
 * first"; the research disagrees on the direction (research/mission-anchors.md §3c), so both
 * are reported, with Benjamini–Hochberg across the whole lag family. Each side's value is taken
 * only where that side is shown, so lags obey the same floors as the linkage.
 *
 * @module
 */

import { pearson } from './correlation.ts';
import type { PearsonResult } from './correlation.ts';
import type { LinkedUnits } from './linkage.ts';
import { LINKAGE_CAPTION, adjustFinite } from './linkage.ts';
import type { Interval } from './metrics.ts';

export interface LagOptions {
  employee: string;
  customer: string;
  /** Largest lag K in periods; lags −K..K are computed. */
  maxLag: number;
}

/** Correlation at one lag: employee metric at t against customer metric at t + lag. */
export interface LagCorrelation {
  lag: number;
  /** `employee-leads` for lag > 0 (EX(t) → CX(t + k)), `customer-leads` for lag < 0, `concurrent` at 0. */
  direction: 'employee-leads' | 'customer-leads' | 'concurrent';
  /** Pairs (unit, t) with both values. */
  n: number;
  r: number;
  p: number;
  ci: Interval;
  /** BH-adjusted across the 2K + 1 lags of this pair. */
  pAdjusted: number;
  reason?: string;
}

export interface LagResult {
  caption: typeof LINKAGE_CAPTION;
  employee: string;
  customer: string;
  maxLag: number;
  lags: LagCorrelation[];
}

/**
 * Correlations of `employee` at t with `customer` at t + k for k = −K..K, over the units of a
 * per-period linkage (`linkUnits(…, { periods: 'each' })`), whose period axis is consecutive.
 */
export function lagCorrelations(panel: LinkedUnits, options: LagOptions): LagResult {
  const P = panel.periods.length;
  const U = panel.units.length;
  const K = Math.max(0, Math.floor(options.maxLag));
  const employee = panel.employee.get(options.employee);
  const customer = panel.customer.get(options.customer);
  const lags: Omit<LagCorrelation, 'pAdjusted'>[] = [];
  // The customer column shifted by the lag within each unit (NaN past the panel's ends), so the
  // pairs (t, t + lag) line up row by row and Pearson reads both columns in place. One buffer
  // serves every lag.
  const shifted = new Float64Array(U * P);
  for (let lag = -K; lag <= K; lag++) {
    let result: PearsonResult;
    if (employee && customer && lag === 0) {
      result = pearson(employee, customer);
    } else if (employee && customer) {
      for (let u = 0; u < U; u++) {
        const base = u * P;
        for (let t = 0; t < P; t++) shifted[base + t] = t + lag >= 0 && t + lag < P ? customer[base + t + lag]! : Number.NaN;
      }
      result = pearson(employee, shifted);
    } else {
      result = pearson([], []);
    }
    lags.push({
      lag,
      direction: lag > 0 ? 'employee-leads' : lag < 0 ? 'customer-leads' : 'concurrent',
      n: result.n,
      r: result.r,
      p: result.p,
      ci: [result.ci[0], result.ci[1]],
      ...(result.reason !== undefined ? { reason: result.reason } : {}),
    });
  }
  const adjusted = adjustFinite(lags.map((lag) => lag.p));
  return {
    caption: LINKAGE_CAPTION,
    employee: options.employee,
    customer: options.customer,
    maxLag: K,
    lags: lags.map((lag, i) => ({ ...lag, pAdjusted: adjusted[i]! })),
  };
}
