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
  const { index, count } = denseGroups(groups);
  return iccOfGroups(values, index, count);
}

/** Largest code looked up in an array rather than a Map, relative to the number of rows. */
const DENSE_CODE_FACTOR = 4;

/**
 * Dense group index (0..count−1, in order of first appearance) of every row, −1 for a missing
 * code. Small non-negative integer codes (unit × period cells, dictionary codes) are looked
 * up in an array; other codes go through a Map.
 */
export function denseGroups(groups: ArrayLike<number | null | undefined>): { index: Int32Array; count: number } {
  const length = groups.length;
  const index = new Int32Array(length);
  let largest = -1;
  let small = true;
  for (let i = 0; i < length && small; i++) {
    const code = groups[i];
    if (isMissingGroup(code)) continue;
    if (!Number.isInteger(code) || (code as number) < 0) small = false;
    else if ((code as number) > largest) largest = code as number;
  }
  small &&= largest < DENSE_CODE_FACTOR * length + 1024;
  let count = 0;
  if (small) {
    const lookup = new Int32Array(largest + 1).fill(-1);
    for (let i = 0; i < length; i++) {
      const code = groups[i];
      if (isMissingGroup(code)) {
        index[i] = -1;
        continue;
      }
      let g = lookup[code as number] as number;
      if (g < 0) lookup[code as number] = g = count++;
      index[i] = g;
    }
    return { index, count };
  }
  const lookup = new Map<number, number>();
  for (let i = 0; i < length; i++) {
    const code = groups[i];
    if (isMissingGroup(code)) {
      index[i] = -1;
      continue;
    }
    let g = lookup.get(code as number);
    if (g === undefined) lookup.set(code as number, (g = count++));
    index[i] = g;
  }
  return { index, count };
}

/**
 * Largest Σd²/SSW accepted from the one-pass sums (d: deviation of a value from the first value
 * of its group). The rounding error of SSW grows with this ratio; survey answers are integers,
 * whose sums are exact whatever the ratio, and for other data a ratio up to 16 keeps the error
 * within a few units of the last place. Above it, a pass about the group means is made.
 */
const WITHIN_RATIO_LIMIT = 16;

/**
 * {@link icc} of `values` over dense group indices (`group[i]` in 0..groupCount−1, −1 to drop
 * the row), such as those of {@link denseGroups}: one pass gathers each group's count and the
 * sums of the deviations and squared deviations from the group's first value (the shifted-data
 * algorithm per group), so SSW = Σ(Σd² − (Σd)²/nᵢ) needs no second pass unless that shift was
 * far from the group mean. Groups left without values do not count.
 */
export function iccOfGroups(values: NumericColumn, group: Int32Array, groupCount: number): IccResult {
  const length = values.length;
  const counts = new Float64Array(groupCount);
  const shifts = new Float64Array(groupCount);
  const deviations = new Float64Array(groupCount);
  const squares = new Float64Array(groupCount);
  // Respondents usually come grouped (sorted by unit), so a group's sums stay in locals while
  // its rows follow each other and are written back when the group changes.
  let n = 0;
  let current = -1;
  let count = 0;
  let shift = 0;
  let sum = 0;
  let square = 0;
  for (let i = 0; i < length; i++) {
    const g = group[i] as number;
    const value = values[i];
    if (g < 0 || typeof value !== 'number' || value - value !== 0) continue;
    if (g !== current) {
      if (current >= 0) {
        counts[current] = count;
        deviations[current] = sum;
        squares[current] = square;
      }
      current = g;
      count = counts[g] as number;
      shift = count === 0 ? value : (shifts[g] as number);
      shifts[g] = shift;
      sum = deviations[g] as number;
      square = squares[g] as number;
    }
    const d = value - shift;
    count++;
    sum += d;
    square += d * d;
    n++;
  }
  if (current >= 0) {
    counts[current] = count;
    deviations[current] = sum;
    squares[current] = square;
  }
  // Group means relative to the first group's shift (a data value, so shift − reference is
  // exact for values of one magnitude): large offsets such as 1e9 cost no digits of SSB.
  let groups = 0;
  let ssw = 0;
  let squareSum = 0;
  let reference = Number.NaN;
  const means = new Float64Array(groupCount);
  for (let g = 0; g < groupCount; g++) {
    const c = counts[g] as number;
    if (c === 0) continue;
    groups++;
    if (Number.isNaN(reference)) reference = shifts[g] as number;
    const sum = deviations[g] as number;
    means[g] = (shifts[g] as number) - reference + sum / c;
    ssw += (squares[g] as number) - (sum * sum) / c;
    squareSum += squares[g] as number;
  }
  const meanGroupSize = groups > 0 ? n / groups : Number.NaN;
  const undefinedResult = (reason: IccReason, bms = Number.NaN, wms = Number.NaN): IccResult => ({
    icc1: Number.NaN,
    icc2: Number.NaN,
    groups,
    n,
    meanGroupSize,
    bms,
    wms,
    f: Number.NaN,
    reason,
  });
  if (groups < 2) return undefinedResult('too-few-groups');
  if (n - groups < 1) return undefinedResult('no-within-group-replication');

  if (!(squareSum <= WITHIN_RATIO_LIMIT * ssw)) {
    // Corrected two-pass about the group means (Chan, Golub & LeVeque 1983): Σd² − (Σd)²/nᵢ.
    deviations.fill(0);
    ssw = 0;
    for (let i = 0; i < length; i++) {
      const g = group[i] as number;
      const value = values[i];
      if (g < 0 || typeof value !== 'number' || value - value !== 0) continue;
      const d = value - reference - (means[g] as number);
      deviations[g] = (deviations[g] as number) + d;
      ssw += d * d;
    }
    for (let g = 0; g < groupCount; g++) {
      const c = counts[g] as number;
      if (c > 0) ssw -= (deviations[g] as number) ** 2 / c;
    }
  }
  ssw = Math.max(0, ssw);
  // Grand mean about the first group's mean, so that equal group means give SSB = 0 exactly.
  let firstMean = Number.NaN;
  let offset = 0;
  for (let g = 0; g < groupCount; g++) {
    const c = counts[g] as number;
    if (c === 0) continue;
    if (Number.isNaN(firstMean)) firstMean = means[g] as number;
    offset += c * ((means[g] as number) - firstMean);
  }
  const grandMean = firstMean + offset / n;
  let ssb = 0;
  for (let g = 0; g < groupCount; g++) {
    const c = counts[g] as number;
    if (c > 0) ssb += c * ((means[g] as number) - grandMean) ** 2;
  }

  const bms = ssb / (groups - 1);
  const wms = ssw / (n - groups);
  if (bms === 0 && wms === 0) return undefinedResult('constant-input', bms, wms);
  const icc1 = (bms - wms) / (bms + (meanGroupSize - 1) * wms);
  const result: IccResult = { icc1, icc2: (bms - wms) / bms, groups, n, meanGroupSize, bms, wms, f: bms / wms };
  if (bms === 0) {
    result.icc2 = Number.NaN;
    result.reason = 'no-between-group-variance';
  }
  return result;
}
