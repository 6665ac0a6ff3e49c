/**
 * Reliability of unit-level means aggregated from respondents (DESIGN §4 "Aggregation
 * reliability"): ICC(1) and ICC(2) from a one-way random-effects ANOVA.
 *
 * @module
 */

import { MISSING_CODE } from '../model/types.ts';
import type { NumericColumn } from './correlation.ts';

/** Why the intraclass correlations are NaN. */
export type IccReason =
  /** Fewer than two groups with data: there is no between-group variance to estimate. */
  | 'too-few-groups'
  /** Every group has one member: there is no within-group variance to estimate. */
  | 'no-within-group-replication'
  /** All values are equal. */
  | 'constant-input'
  /** All group means are equal: ICC(2) divides by BMS = 0 (ICC(1) is still reported). */
  | 'no-between-group-variance';

/** Intraclass correlations of respondents within groups, with the ANOVA they come from. */
export interface IccResult {
  /** ICC(1): share of individual variance explained by group membership. */
  icc1: number;
  /** ICC(2): reliability of the group means. */
  icc2: number;
  /** Number of groups with at least one value. */
  groups: number;
  /** Number of values used. */
  n: number;
  /** k = n / groups, the mean group size used in ICC(1). */
  meanGroupSize: number;
  /** Between-groups mean square, SSB / (groups − 1). */
  bms: number;
  /** Within-groups mean square, SSW / (n − groups). */
  wms: number;
  /** F = BMS / WMS of the one-way ANOVA. */
  f: number;
  reason?: IccReason;
}

function isMissingGroup(code: number | null | undefined): boolean {
  return code === null || code === undefined || Number.isNaN(code) || code === MISSING_CODE;
}

/**
 * ICC(1) and ICC(2) of `values` grouped by `groups`, from the one-way ANOVA (Bliese 2000,
 * "Within-group agreement, non-independence, and reliability", in Klein & Kozlowski (eds.),
 * Multilevel Theory, Research, and Methods in Organizations, pp. 349–381; R `multilevel::ICC1`,
 * `ICC2`):
 * ICC(1) = (BMS − WMS) / (BMS + (k − 1)·WMS) and ICC(2) = (BMS − WMS) / BMS.
 *
 * k is the mean group size n / groups, as DESIGN §4 specifies and as `multilevel::ICC1`
 * computes it; some texts use the unbalanced-design k₀ = (n − Σnᵢ²/n)/(groups − 1) instead,
 * which is smaller when group sizes vary.
 *
 * A value is dropped when it or its group code is missing (`null`, `undefined`, NaN, ±Infinity
 * for values; `null`, `undefined`, NaN or `MISSING_CODE` for codes). Groups with a single
 * member are kept: they add to the between-group sum of squares and to k, and nothing to the
 * within-group one, as in `aov`.
 *
 * @throws RangeError when values and groups differ in length.
 */
export function icc(values: NumericColumn, groups: ArrayLike<number | null | undefined>): IccResult {
  if (values.length !== groups.length) {
    throw new RangeError(`groups has ${groups.length} codes but values has ${values.length}; they must have the same length.`);
  }
  // Dense group index per row (−1 when the row is dropped), with counts and sums per group.
  const length = values.length;
  const groupOf = new Int32Array(length);
  const indexOf = new Map<number, number>();
  const counts: number[] = [];
  const sums: number[] = [];
  let n = 0;
  let total = 0;
  for (let i = 0; i < length; i++) {
    const value = values[i];
    const code = groups[i];
    if (!Number.isFinite(value) || isMissingGroup(code)) {
      groupOf[i] = -1;
      continue;
    }
    let g = indexOf.get(code as number);
    if (g === undefined) {
      g = counts.length;
      indexOf.set(code as number, g);
      counts.push(0);
      sums.push(0);
    }
    groupOf[i] = g;
    counts[g] = (counts[g] as number) + 1;
    sums[g] = (sums[g] as number) + (value as number);
    total += value as number;
    n++;
  }
  const groupCount = counts.length;
  const meanGroupSize = groupCount > 0 ? n / groupCount : Number.NaN;
  const undefinedResult = (reason: IccReason, bms = Number.NaN, wms = Number.NaN): IccResult => ({
    icc1: Number.NaN,
    icc2: Number.NaN,
    groups: groupCount,
    n,
    meanGroupSize,
    bms,
    wms,
    f: Number.NaN,
    reason,
  });
  if (groupCount < 2) return undefinedResult('too-few-groups');
  if (n - groupCount < 1) return undefinedResult('no-within-group-replication');

  // Second pass: within-group sum of squares around the group means, with the corrected
  // two-pass term Σd²−(Σd)²/nᵢ per group (Chan, Golub & LeVeque 1983).
  const means = sums.map((sum, g) => sum / (counts[g] as number));
  const deviationSums = new Float64Array(groupCount);
  let ssw = 0;
  for (let i = 0; i < length; i++) {
    const g = groupOf[i] as number;
    if (g < 0) continue;
    const d = (values[i] as number) - (means[g] as number);
    deviationSums[g] = (deviationSums[g] as number) + d;
    ssw += d * d;
  }
  for (let g = 0; g < groupCount; g++) ssw -= (deviationSums[g] as number) ** 2 / (counts[g] as number);
  ssw = Math.max(0, ssw);
  const grandMean = total / n;
  let ssb = 0;
  for (let g = 0; g < groupCount; g++) ssb += (counts[g] as number) * ((means[g] as number) - grandMean) ** 2;

  const bms = ssb / (groupCount - 1);
  const wms = ssw / (n - groupCount);
  if (bms === 0 && wms === 0) return undefinedResult('constant-input', bms, wms);
  const icc1 = (bms - wms) / (bms + (meanGroupSize - 1) * wms);
  const result: IccResult = { icc1, icc2: (bms - wms) / bms, groups: groupCount, n, meanGroupSize, bms, wms, f: bms / wms };
  if (bms === 0) {
    result.icc2 = Number.NaN;
    result.reason = 'no-between-group-variance';
  }
  return result;
}
