/**
 * Correlation coefficients with their p-values and intervals (DESIGN §4 and §5): Pearson,
 * Spearman, Kendall's tau-b, partial and weighted Pearson, and the Fisher z interval.
 *
 * Conventions shared by every function here:
 * - Inputs are arrays or typed arrays. `null`, `undefined`, NaN and ±Infinity are missing and
 *   are dropped pairwise (listwise across all columns for the partial correlation).
 * - Columns of different lengths are a programmer error and throw a RangeError.
 * - Undefined results (fewer than three pairs, a constant column) are NaN with a `reason`;
 *   they never throw and never invent a number.
 * - Work is done on Float64Arrays with no per-element allocation. Pearson reads Float64Array
 *   columns in place, gaps included, in one pass (two when the data are badly centred), so
 *   10^6 pairs take about 2 ms; Kendall takes a few hundred milliseconds.
 * - Columns correlated many times (linkage) are sorted once ({@link RankedColumn}) and
 *   correlated pair by pair by a {@link PairwiseCorrelator}, with no sort and no copy per pair.
 *
 * Reference values come from scipy (tests/fixtures/reference/make_reference.py) and from exact
 * rational sums (make_kernel_reference.py).
 *
 * @module
 */

import { normalQuantile, normalSurvival, studentTTwoSided } from './distributions.ts';
import { averageRanks, sortedOrder } from './ranks.ts';

/** A numeric column: `null`, `undefined`, NaN and ±Infinity mark missing values. */
export type NumericColumn = ArrayLike<number | null | undefined>;

/**
 * Why a statistic is NaN:
 * - `too-few-pairs`: fewer than three complete pairs (or no residual degrees of freedom);
 * - `constant-input`: a column has no variance (for partial correlations: none left once the
 *   covariates are removed);
 * - `too-few-pairs-for-ci`: the coefficient and p exist but the Fisher z interval needs n > 3.
 */
export type CorrelationReason = 'too-few-pairs' | 'constant-input' | 'too-few-pairs-for-ci';

/** Pearson's r with its two-sided p-value and Fisher z confidence interval. */
export interface PearsonResult {
  r: number;
  /** Number of complete pairs used. */
  n: number;
  /** Two-sided p-value from Student's t with n − 2 degrees of freedom. */
  p: number;
  /** 95% confidence interval by Fisher's z transformation. */
  ci: [number, number];
  reason?: CorrelationReason;
}

/** Spearman's rank correlation with its two-sided p-value (t approximation). */
export interface SpearmanResult {
  rho: number;
  n: number;
  p: number;
  reason?: CorrelationReason;
}

/** Kendall's tau-b with its two-sided asymptotic p-value. */
export interface KendallResult {
  tau: number;
  n: number;
  p: number;
  reason?: CorrelationReason;
}

/** Partial correlation of x and y given covariates. */
export interface PartialCorrelationResult {
  r: number;
  n: number;
  /** n − 2 − k, with k the rank of the covariate matrix. */
  df: number;
  p: number;
  reason?: CorrelationReason;
}

/** Weighted Pearson correlation; inference uses Kish's effective sample size. */
export interface WeightedPearsonResult {
  r: number;
  /** Number of complete pairs with positive weight. */
  n: number;
  /** Two-sided p-value from Student's t with effectiveN − 2 degrees of freedom. */
  p: number;
  /** 95% Fisher z interval with standard error 1/√(effectiveN − 3). */
  ci: [number, number];
  /** Kish's effective sample size (Σw)² / Σw². */
  effectiveN: number;
  reason?: CorrelationReason;
}

// ---------------------------------------------------------------------------
// Missing values

function assertSameLength(name: string, expected: number, actual: number): void {
  if (expected !== actual) {
    throw new RangeError(`${name} has ${actual} values but x has ${expected}; columns must have the same length.`);
  }
}

/**
 * The column as a Float64Array with every missing value as NaN: a Float64Array is used as is
 * (the kernels skip NaN and ±Infinity themselves), anything else is copied once.
 */
function asFloat64(column: NumericColumn): Float64Array {
  if (column instanceof Float64Array) return column;
  const out = new Float64Array(column.length);
  for (let i = 0; i < column.length; i++) {
    const value = column[i];
    out[i] = typeof value === 'number' ? value : Number.NaN;
  }
  return out;
}

/** Number of rows where both columns hold a finite value. */
function countCompletePairs(x: Float64Array, y: Float64Array): number {
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i] as number;
    const yi = y[i] as number;
    // x − x is NaN exactly when x is NaN or ±Infinity: one test for both columns.
    if (xi - xi + (yi - yi) === 0) n++;
  }
  return n;
}

/**
 * The complete rows of several columns as Float64Arrays (listwise deletion). A column that is
 * already a gap-free Float64Array is returned as is when every row is complete.
 */
function completeRows(columns: readonly NumericColumn[]): { columns: Float64Array[]; n: number } {
  const dense = columns.map(asFloat64);
  const length = dense[0]?.length ?? 0;
  const keep = new Uint8Array(length);
  let n = 0;
  for (let i = 0; i < length; i++) {
    let complete = 1;
    for (const column of dense) {
      const value = column[i] as number;
      if (value - value !== 0) {
        complete = 0;
        break;
      }
    }
    keep[i] = complete;
    n += complete;
  }
  if (n === length) return { columns: dense, n };
  const out = dense.map((column) => {
    const compact = new Float64Array(n);
    for (let i = 0, k = 0; i < length; i++) if (keep[i]) compact[k++] = column[i] as number;
    return compact;
  });
  return { columns: out, n };
}

function completePairs(x: NumericColumn, y: NumericColumn): { x: Float64Array; y: Float64Array; n: number } {
  assertSameLength('y', x.length, y.length);
  const { columns, n } = completeRows([x, y]);
  return { x: columns[0] as Float64Array, y: columns[1] as Float64Array, n };
}

// ---------------------------------------------------------------------------
// Kernels

/**
 * Mean by Neumaier's compensated summation (Neumaier 1974), so that a column of 10^6 values
 * around 1e9 has a mean accurate to the last bit rather than to ~1e−7.
 */
function compensatedMean(values: Float64Array, n: number): number {
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    const t = sum + v;
    compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return (sum + compensation) / n;
}

/** Complete pairs whose mean is the shift of {@link pearsonOfPairs}. */
const SHIFT_SAMPLE = 32;

/**
 * Largest Σd²/S accepted from the one-pass sums (d: deviations from the shift, S: the corrected
 * sum of squares). The rounding error of S grows with this ratio, 1 + n(mean − shift)²/S; at 2
 * (shift within one standard deviation of the mean) the bound is within one bit of that of the
 * centred two-pass algorithm. Above it, a centred pass is made.
 */
const SHIFT_RATIO_LIMIT = 2;

/** Complete pairs summed per block before the block's sums join the totals (blocked summation). */
const SUM_BLOCK = 4096;

/** Output of {@link shiftedSums}: n, Σdx, Σdy, Σdx², Σdy², Σdx·dy (one buffer, no allocation per call). */
const sums = new Float64Array(6);
/** Totals over the blocks of {@link blockedSums}. */
const totals = new Float64Array(6);

/**
 * Sums of the deviations from (x0, y0) of the complete pairs from row `from` on, stopping
 * before row `to` or after `limit` complete pairs, into `out`; returns the row where it stopped.
 * The one hot loop of Pearson's r (and of Spearman's, on ranks), kept small so that it is
 * compiled early and never meets code it has not run.
 */
function shiftedSums(x: Float64Array, y: Float64Array, from: number, to: number, x0: number, y0: number, limit: number, out: Float64Array): number {
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  let i = from;
  for (; i < to && n < limit; i++) {
    const xi = x[i] as number;
    const yi = y[i] as number;
    // x − x is NaN exactly when x is NaN or ±Infinity: one test for both columns.
    if (xi - xi + (yi - yi) !== 0) continue;
    const dx = xi - x0;
    const dy = yi - y0;
    n++;
    sx += dx;
    sy += dy;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  out[0] = n;
  out[1] = sx;
  out[2] = sy;
  out[3] = sxx;
  out[4] = syy;
  out[5] = sxy;
  return i;
}

/**
 * {@link shiftedSums} of rows [from, to) taken as all complete, without the test for missing
 * values (about a fifth of the work). A missing value turns a sum into NaN or ±Infinity, which
 * {@link blockedSums} sees, and the block is summed again with the test.
 */
function completeSums(x: Float64Array, y: Float64Array, from: number, to: number, x0: number, y0: number, out: Float64Array): boolean {
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = from; i < to; i++) {
    const dx = (x[i] as number) - x0;
    const dy = (y[i] as number) - y0;
    sx += dx;
    sy += dy;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  const all = sx + sy + sxx + syy + sxy;
  if (all - all !== 0) return false;
  out[0] = to - from;
  out[1] = sx;
  out[2] = sy;
  out[3] = sxx;
  out[4] = syy;
  out[5] = sxy;
  return true;
}

/**
 * {@link shiftedSums} of every complete pair from row `from` on, into {@link totals}, summed in
 * blocks of {@link SUM_BLOCK} complete pairs: the rounding error grows with the block size plus
 * the number of blocks rather than with n, and blocks count complete pairs, not rows, so gaps
 * do not change a single bit. Blocks are first summed as gap-free ({@link completeSums}); after
 * the first block with a gap, every pair is tested.
 */
function blockedSums(x: Float64Array, y: Float64Array, from: number, x0: number, y0: number): Float64Array {
  totals.fill(0);
  const length = x.length;
  let gaps = false;
  for (let i = from; i < length; ) {
    const end = Math.min(length, i + SUM_BLOCK);
    if (!gaps && completeSums(x, y, i, end, x0, y0, sums)) i = end;
    else {
      gaps = true;
      i = shiftedSums(x, y, i, length, x0, y0, SUM_BLOCK, sums);
    }
    for (let k = 0; k < 6; k++) totals[k] = (totals[k] as number) + (sums[k] as number);
  }
  return totals;
}

/** Row of the first complete pair, or the length when there is none. */
function firstCompletePair(x: Float64Array, y: Float64Array): number {
  for (let i = 0; i < x.length; i++) {
    const xi = x[i] as number;
    const yi = y[i] as number;
    if (xi - xi + (yi - yi) === 0) return i;
  }
  return x.length;
}

/**
 * The value of `values`, over the complete pairs in rows [from, to), nearest to `target`. A data
 * value as shift keeps deviations exact for integer and half-integer data (answers, ranks),
 * whose sums then carry no rounding at all.
 */
function nearestValue(values: Float64Array, partner: Float64Array, from: number, to: number, target: number): number {
  let best = values[from] as number;
  let distance = Math.abs(best - target);
  for (let i = from + 1; i < to; i++) {
    const v = values[i] as number;
    const p = partner[i] as number;
    if (v - v + (p - p) !== 0) continue;
    const d = Math.abs(v - target);
    if (d < distance) {
      distance = d;
      best = v;
    }
  }
  return best;
}

/** Whether `values` takes more than one value over the complete pairs from row `first` on. */
function varies(values: Float64Array, partner: Float64Array, first: number): boolean {
  const value = values[first] as number;
  for (let i = first + 1; i < values.length; i++) {
    const v = values[i] as number;
    const p = partner[i] as number;
    if (v !== value && v - v + (p - p) === 0) return true;
  }
  return false;
}

/** Pearson's r of the complete pairs of two columns, and their number. */
interface PairsR {
  n: number;
  /** NaN when n < 3 or a column is constant over the complete pairs. */
  r: number;
}

/**
 * Pearson's r over the complete pairs of x and y (NaN and ±Infinity are missing, dropped
 * pairwise), in one pass over the columns and without copying them.
 *
 * The co-moments are summed about a shift (x₀, y₀) and corrected by the mean deviation,
 * Sxx = Σd² − (Σd)²/n (the shifted-data algorithm; Chan, Golub & LeVeque 1983, "Algorithms for
 * computing the sample variance"), which loses nothing to large offsets (values around 1e9) as
 * long as the shift is near the mean: the shift is the value, among the first 32 complete pairs,
 * nearest to their mean.
 * When Σd²/S still exceeds {@link SHIFT_RATIO_LIMIT} (sorted or heavy-tailed input, or a constant
 * column), a second pass about the mean gives the corrected two-pass algorithm, after an exact
 * test for constant columns. The arithmetic depends only on the sequence of complete pairs, so
 * columns with gaps give the same bits as their compacted complete pairs.
 */
function pearsonOfPairs(x: Float64Array, y: Float64Array): PairsR {
  const length = x.length;
  const first = firstCompletePair(x, y);
  if (first === length) return { n: 0, r: Number.NaN };
  const xFirst = x[first] as number;
  const yFirst = y[first] as number;
  const sampleEnd = shiftedSums(x, y, first, length, xFirst, yFirst, SHIFT_SAMPLE, sums);
  const sampled = sums[0] as number;
  let x0 = nearestValue(x, y, first, sampleEnd, xFirst + (sums[1] as number) / sampled);
  let y0 = nearestValue(y, x, first, sampleEnd, yFirst + (sums[2] as number) / sampled);
  let moments = blockedSums(x, y, first, x0, y0);
  const n = moments[0] as number;
  if (n < 3) return { n, r: Number.NaN };
  let sx = moments[1] as number;
  let sy = moments[2] as number;
  let sxx = moments[3] as number;
  let syy = moments[4] as number;
  let cxx = sxx - (sx * sx) / n;
  let cyy = syy - (sy * sy) / n;
  let cxy = (moments[5] as number) - (sx * sy) / n;
  if (!(sxx <= SHIFT_RATIO_LIMIT * cxx && syy <= SHIFT_RATIO_LIMIT * cyy)) {
    if (!varies(x, y, first) || !varies(y, x, first)) return { n, r: Number.NaN };
    x0 += sx / n;
    y0 += sy / n;
    moments = blockedSums(x, y, first, x0, y0);
    sx = moments[1] as number;
    sy = moments[2] as number;
    sxx = moments[3] as number;
    syy = moments[4] as number;
    cxx = sxx - (sx * sx) / n;
    cyy = syy - (sy * sy) / n;
    cxy = (moments[5] as number) - (sx * sy) / n;
  }
  if (!(cxx > 0 && cyy > 0)) return { n, r: Number.NaN };
  return { n, r: clampCorrelation(cxy / Math.sqrt(cxx * cyy)) };
}

function clampCorrelation(r: number): number {
  return Math.max(-1, Math.min(1, r));
}

/**
 * Two-sided p-value of a correlation coefficient under H₀: ρ = 0, from t = r√(df/(1 − r²)),
 * computed through the incomplete beta I_{1−r²}(df/2, ½) (as `scipy.stats.pearsonr`), never as
 * 2(1 − cdf), so tiny p-values keep their digits. |r| = 1 gives p = 0.
 */
function correlationPValue(r: number, df: number): number {
  if (Number.isNaN(r) || !(df > 0)) return Number.NaN;
  const oneMinusR2 = (1 - r) * (1 + r);
  if (oneMinusR2 <= 0) return 0;
  return studentTTwoSided(r * Math.sqrt(df / oneMinusR2), df);
}

// ---------------------------------------------------------------------------
// Public API

/** The last level asked of {@link criticalZ} and its quantile: every interval of a run shares one level. */
let lastLevel = Number.NaN;
let lastCriticalZ = Number.NaN;

/** z_{(1+level)/2}, the normal quantile of a two-sided interval, computed once per level in a row. */
function criticalZ(level: number): number {
  if (level !== lastLevel) {
    lastCriticalZ = normalQuantile(0.5 + level / 2);
    lastLevel = level;
  }
  return lastCriticalZ;
}

/**
 * Confidence interval for a correlation by Fisher's z transformation: tanh(atanh(r) ± z_{(1+level)/2}/√(n − 3)),
 * the interval of `scipy.stats.pearsonr(...).confidence_interval()`. NaN when n ≤ 3
 * (the standard error needs n > 3) or r is NaN. `n` may be an effective sample size.
 */
export function fisherZInterval(r: number, n: number, level = 0.95): [number, number] {
  if (Number.isNaN(r) || !(n > 3) || !(level > 0 && level < 1)) return [Number.NaN, Number.NaN];
  const z = Math.atanh(r);
  const halfWidth = criticalZ(level) / Math.sqrt(n - 3);
  return [Math.tanh(z - halfWidth), Math.tanh(z + halfWidth)];
}

/**
 * Pearson's product-moment correlation r of x and y with its two-sided p-value (t with n − 2
 * df) and 95% Fisher z interval, as `scipy.stats.pearsonr`. Stable for large offsets
 * (values around 1e9). With n = 3 the interval is NaN with reason `too-few-pairs-for-ci`.
 * Float64Array columns are read in place (one pass, two when the data are badly centred).
 *
 * @throws RangeError when x and y differ in length.
 */
export function pearson(x: NumericColumn, y: NumericColumn): PearsonResult {
  assertSameLength('y', x.length, y.length);
  const { n, r } = pearsonOfPairs(asFloat64(x), asFloat64(y));
  return pearsonResult(n, r);
}

function pearsonResult(n: number, r: number): PearsonResult {
  if (n < 3) return { r: Number.NaN, n, p: Number.NaN, ci: [Number.NaN, Number.NaN], reason: 'too-few-pairs' };
  if (Number.isNaN(r)) return { r, n, p: Number.NaN, ci: [Number.NaN, Number.NaN], reason: 'constant-input' };
  const result: PearsonResult = { r, n, p: correlationPValue(r, n - 2), ci: fisherZInterval(r, n) };
  if (n <= 3) result.reason = 'too-few-pairs-for-ci';
  return result;
}

function spearmanResult(n: number, rho: number): SpearmanResult {
  if (n < 3) return { rho: Number.NaN, n, p: Number.NaN, reason: 'too-few-pairs' };
  if (Number.isNaN(rho)) return { rho, n, p: Number.NaN, reason: 'constant-input' };
  return { rho, n, p: correlationPValue(rho, n - 2) };
}

/**
 * Spearman's rank correlation: Pearson's r of the average ranks (ties share their mean rank),
 * with the two-sided p-value from t with n − 2 df, as `scipy.stats.spearmanr`.
 *
 * @throws RangeError when x and y differ in length.
 */
export function spearman(x: NumericColumn, y: NumericColumn): SpearmanResult {
  assertSameLength('y', x.length, y.length);
  let xs = asFloat64(x);
  let ys = asFloat64(y);
  const n = countCompletePairs(xs, ys);
  if (n < 3) return spearmanResult(n, Number.NaN);
  if (n < xs.length) ({ x: xs, y: ys } = completePairs(xs, ys));
  return spearmanResult(n, pearsonOfPairs(averageRanks(xs), averageRanks(ys)).r);
}

/** Tie statistics of a sorted column: Σ c(c−1)/2, Σ c(c−1)(c−2), Σ c(c−1)(2c+5) over tie groups of size c. */
interface TieCounts {
  pairs: number;
  v0: number;
  v1: number;
}

function addTieGroup(counts: TieCounts, c: number): void {
  if (c < 2) return;
  // Same operation order as scipy's count_rank_tie, so the float sums agree.
  counts.pairs += (c * (c - 1)) / 2;
  counts.v0 += c * (c - 1) * (c - 2);
  counts.v1 += c * (c - 1) * (2 * c + 5);
}

/**
 * Sorts `values[0..n)` ascending in place by bottom-up merge sort (`scratch` holds n more) and
 * returns the number of inversions (pairs i < j with values[i] > values[j], ties not counted).
 */
function sortCountingInversions(values: Float64Array, scratch: Float64Array, n: number): number {
  let source = values;
  let target = scratch;
  let inversions = 0;
  for (let width = 1; width < n; width *= 2) {
    for (let left = 0; left < n; left += 2 * width) {
      const middle = Math.min(left + width, n);
      const right = Math.min(left + 2 * width, n);
      let i = left;
      let j = middle;
      let k = left;
      while (i < middle && j < right) {
        const a = source[i] as number;
        const b = source[j] as number;
        if (b < a) {
          target[k++] = b;
          j++;
          inversions += middle - i;
        } else {
          target[k++] = a;
          i++;
        }
      }
      while (i < middle) target[k++] = source[i++] as number;
      while (j < right) target[k++] = source[j++] as number;
    }
    const swap = source;
    source = target;
    target = swap;
  }
  if (source !== values) values.set(source.subarray(0, n));
  return inversions;
}

// ---------------------------------------------------------------------------
// Ranked columns: sort once, correlate many times

/**
 * A column sorted once, for the rank correlations of every pair it takes part in (linkage
 * correlates each metric with several others, by three methods). The ranks of a pair's
 * complete rows then come from one linear walk along this order, never from a new sort.
 */
export class RankedColumn {
  /** The values, missing ones (`null`, NaN, ±Infinity) as NaN. */
  readonly values: Float64Array;
  /** Rows of the present values, ascending by value, ties in row order. */
  readonly order: Uint32Array;

  constructor(values: NumericColumn) {
    this.values = asFloat64(values);
    const n = this.values.length;
    let present = 0;
    for (let i = 0; i < n; i++) {
      const v = this.values[i] as number;
      if (v - v === 0) present++;
    }
    if (present === n) {
      this.order = sortedOrder(this.values);
      return;
    }
    const keys = new Float64Array(present);
    const rows = new Uint32Array(present);
    for (let i = 0, k = 0; i < n; i++) {
      const v = this.values[i] as number;
      if (v - v !== 0) continue;
      keys[k] = v;
      rows[k++] = i;
    }
    const order = sortedOrder(keys);
    for (let k = 0; k < present; k++) order[k] = rows[order[k] as number] as number;
    this.order = order;
  }

  /** Whether every row holds a value. */
  get complete(): boolean {
    return this.order.length === this.values.length;
  }
}

/** Ranks of one column over the complete rows of a pair. */
interface PairRanks {
  /** Average ranks (1-based, ties share their mean) at the complete rows, NaN elsewhere. */
  average: Float64Array;
  /** Tie group (0-based, ascending by value) at the complete rows. */
  group: Int32Array;
  /** The complete rows, ascending by value. */
  rows: Uint32Array;
  /** Position in `rows` where each tie group starts. */
  starts: Int32Array;
  /** Number of tie groups. */
  groups: number;
  n: number;
  ties: TieCounts;
}

function pairRanks(length: number): PairRanks {
  return {
    average: new Float64Array(length),
    group: new Int32Array(length),
    rows: new Uint32Array(length),
    starts: new Int32Array(length),
    groups: 0,
    n: 0,
    ties: { pairs: 0, v0: 0, v1: 0 },
  };
}

/**
 * Walks a column's order, keeping the rows where `partner` has a value too (all rows when
 * `partner` is null), and writes their average ranks, tie groups and tie statistics into `out`:
 * the ranks `averageRanks` gives the compacted complete pairs, in O(n).
 */
function rankAlong(column: RankedColumn, partner: Float64Array | null, out: PairRanks): PairRanks {
  const { values, order } = column;
  const { average, group, rows, starts, ties } = out;
  let n = 0;
  if (partner === null) {
    rows.set(order);
    n = order.length;
  } else {
    for (let k = 0; k < order.length; k++) {
      const row = order[k] as number;
      const p = partner[row] as number;
      if (p - p === 0) rows[n++] = row;
    }
  }
  if (n < values.length) average.fill(Number.NaN);
  ties.pairs = 0;
  ties.v0 = 0;
  ties.v1 = 0;
  let g = 0;
  let i = 0;
  while (i < n) {
    const v = values[rows[i] as number] as number;
    let j = i + 1;
    while (j < n && values[rows[j] as number] === v) j++;
    // Positions i..j−1 hold equal values: ranks i+1..j, mean (i + 1 + j) / 2.
    const rank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) {
      const row = rows[k] as number;
      average[row] = rank;
      group[row] = g;
    }
    starts[g++] = i;
    addTieGroup(ties, j - i);
    i = j;
  }
  out.groups = g;
  out.n = n;
  return out;
}

/** Full-column ranks of ranked columns, computed on first use and shared by every pair with a complete partner. */
const ownRanks = new WeakMap<RankedColumn, PairRanks>();

/**
 * Kendall's tau-b of two columns ranked over the same complete rows (Knight 1966): the rows in
 * lexicographic (x, y) order by a stable counting sort of the y-ordered rows on x's tie group,
 * then the discordant pairs, each row's predecessors in a strictly higher y group, counted with
 * a Fenwick tree over y's tie groups (`tree` holds one more entry than there are groups).
 */
function kendallOfRanks(rx: PairRanks, ry: PairRanks, lexicographic: Uint32Array, tree: Int32Array, next: Int32Array): KendallResult {
  const n = rx.n;
  if (n < 3) return { tau: Number.NaN, n, p: Number.NaN, reason: 'too-few-pairs' };
  const xGroup = rx.group;
  const yGroup = ry.group;
  next.set(rx.starts.subarray(0, rx.groups));
  for (let k = 0; k < n; k++) {
    const row = ry.rows[k] as number;
    const g = xGroup[row] as number;
    lexicographic[next[g] as number] = row;
    next[g] = (next[g] as number) + 1;
  }
  const size = ry.groups;
  tree.fill(0, 0, size + 1);
  // Joint ties in (x, y) are runs in the lexicographic order.
  let jointTies = 0;
  let run = 1;
  let previousX = -1;
  let previousY = -1;
  let discordant = 0;
  for (let k = 0; k < n; k++) {
    const row = lexicographic[k] as number;
    const gx = xGroup[row] as number;
    const gy = yGroup[row] as number;
    if (gx === previousX && gy === previousY) run++;
    else {
      jointTies += (run * (run - 1)) / 2;
      run = 1;
    }
    previousX = gx;
    previousY = gy;
    let atMost = 0;
    for (let j = gy + 1; j > 0; j -= j & -j) atMost += tree[j] as number;
    discordant += k - atMost;
    for (let j = gy + 1; j <= size; j += j & -j) tree[j] = (tree[j] as number) + 1;
  }
  jointTies += (run * (run - 1)) / 2;
  return tauB(n, rx.ties, ry.ties, jointTies, discordant);
}

/** Tau-b and its asymptotic p-value from the pair counts (Kendall 1945; tie-corrected variance as scipy). */
function tauB(n: number, xTies: TieCounts, yTies: TieCounts, jointTies: number, discordant: number): KendallResult {
  const total = (n * (n - 1)) / 2;
  if (xTies.pairs === total || yTies.pairs === total) return { tau: Number.NaN, n, p: Number.NaN, reason: 'constant-input' };
  const concordantMinusDiscordant = total - xTies.pairs - yTies.pairs + jointTies - 2 * discordant;
  const tau = clampCorrelation(concordantMinusDiscordant / Math.sqrt(total - xTies.pairs) / Math.sqrt(total - yTies.pairs));
  const m = n * (n - 1);
  const variance =
    (m * (2 * n + 5) - xTies.v1 - yTies.v1) / 18 +
    (2 * xTies.pairs * yTies.pairs) / m +
    (xTies.v0 * yTies.v0) / (9 * m * (n - 2));
  const z = concordantMinusDiscordant / Math.sqrt(variance);
  return { tau, n, p: 2 * normalSurvival(Math.abs(z)) };
}

/** The four coefficients of one pair of ranked columns, on the same complete rows. */
export interface PairCoefficients {
  /** Complete pairs. */
  n: number;
  pearson: PearsonResult;
  spearman: SpearmanResult;
  kendall: KendallResult;
  /** Present when weights were given. */
  weighted?: WeightedPearsonResult;
}

/**
 * Correlates pairs of {@link RankedColumn}s of one length, reusing its buffers from pair to
 * pair: Pearson, Spearman and Kendall's tau-b (and weighted Pearson when weights are given), each
 * equal to `pearson`, `spearman`, `kendall` and `weightedPearson` on the same columns, with no
 * copy of the complete pairs and no sort. A column's own ranks are computed once and serve
 * every partner without missing values.
 */
export class PairwiseCorrelator {
  private readonly length: number;
  private readonly xRanks: PairRanks;
  private readonly yRanks: PairRanks;
  private readonly lexicographic: Uint32Array;
  private readonly tree: Int32Array;
  private readonly next: Int32Array;

  constructor(length: number) {
    this.length = length;
    this.xRanks = pairRanks(length);
    this.yRanks = pairRanks(length);
    this.lexicographic = new Uint32Array(length);
    this.tree = new Int32Array(length + 1);
    this.next = new Int32Array(length);
  }

  /** @throws RangeError when a column (or the weights) does not have the correlator's length. */
  correlate(x: RankedColumn, y: RankedColumn, weights?: NumericColumn): PairCoefficients {
    for (const [name, column] of [['x', x.values], ['y', y.values], ['w', weights ?? x.values]] as const) {
      if (column.length !== this.length) throw new RangeError(`${name} has ${column.length} values but the correlator was made for ${this.length}.`);
    }
    const { n, r } = pearsonOfPairs(x.values, y.values);
    const rx = this.ranksOf(x, y, this.xRanks);
    const ry = this.ranksOf(y, x, this.yRanks);
    const rho = n < 3 ? Number.NaN : pearsonOfPairs(rx.average, ry.average).r;
    const result: PairCoefficients = {
      n,
      pearson: pearsonResult(n, r),
      spearman: spearmanResult(n, rho),
      kendall: kendallOfRanks(rx, ry, this.lexicographic, this.tree, this.next),
    };
    if (weights !== undefined) {
      result.weighted = weightedPearsonOf(x.values, y.values, asFloat64(weights));
    }
    return result;
  }

  /** Ranks of `column` over the rows where `partner` has a value too. */
  private ranksOf(column: RankedColumn, partner: RankedColumn, buffer: PairRanks): PairRanks {
    if (!partner.complete) return rankAlong(column, partner.values, buffer);
    let own = ownRanks.get(column);
    if (!own) ownRanks.set(column, (own = rankAlong(column, null, pairRanks(column.values.length))));
    return own;
  }
}

/**
 * Kendall's tau-b with the two-sided p-value of the normal approximation with tie-corrected
 * variance, exactly as `scipy.stats.kendalltau(x, y, method='asymptotic')` (Kendall 1945;
 * variance from Kendall & Gibbons, "Rank Correlation Methods", 1990). Counted in
 * O(n log n) by Knight's algorithm (Knight 1966, JASA 61:436): order by (x, y), then count
 * the discordant pairs as the inversions of y by merge sort.
 *
 * @throws RangeError when x and y differ in length.
 */
export function kendall(x: NumericColumn, y: NumericColumn): KendallResult {
  const pairs = completePairs(x, y);
  const { n } = pairs;
  if (n < 3) return { tau: Number.NaN, n, p: Number.NaN, reason: 'too-few-pairs' };
  // Large one-off columns: two radix sorts and sequential runs touch memory less than ranking
  // each column first (the path of PairwiseCorrelator, whose columns are sorted once for many pairs).
  const xs = pairs.x;
  const order = sortedOrder(xs, pairs.y);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) ys[i] = pairs.y[order[i] as number] as number;

  // Ties in x, and joint ties in (x, y), are runs in the lexicographic order.
  const xTies: TieCounts = { pairs: 0, v0: 0, v1: 0 };
  let jointTies = 0;
  let xRun = 1;
  let jointRun = 1;
  for (let i = 1; i <= n; i++) {
    const sameX = i < n && xs[order[i] as number] === xs[order[i - 1] as number];
    const sameY = sameX && ys[i] === ys[i - 1];
    if (sameY) jointRun++;
    else {
      jointTies += (jointRun * (jointRun - 1)) / 2;
      jointRun = 1;
    }
    if (sameX) xRun++;
    else {
      addTieGroup(xTies, xRun);
      xRun = 1;
    }
  }

  const discordant = sortCountingInversions(ys, new Float64Array(n), n);
  const yTies: TieCounts = { pairs: 0, v0: 0, v1: 0 };
  let yRun = 1;
  for (let i = 1; i <= n; i++) {
    if (i < n && ys[i] === ys[i - 1]) yRun++;
    else {
      addTieGroup(yTies, yRun);
      yRun = 1;
    }
  }
  return tauB(n, xTies, yTies, jointTies, discordant);
}

/**
 * Relative tolerance below which a Householder column (or a residual) counts as zero: the
 * covariate is a linear combination of the earlier ones (or the variable is fully explained).
 */
const RANK_TOLERANCE = 1e-12;

/**
 * Partial correlation of x and y controlling for the covariates: Pearson's r of the OLS
 * residuals of x and of y on the covariates plus an intercept, with df = n − 2 − k and the
 * two-sided p-value from t with df (as R's `ppcor::pcor.test` and pingouin's `partial_corr`).
 * Rows with a missing value in any column are dropped (listwise).
 *
 * Least squares by Householder QR of the centred covariates (centring absorbs the
 * intercept): r is the cosine of the components of Qᵀx and Qᵀy orthogonal to the covariates,
 * so the residuals are never formed. A covariate that is a linear combination of the others
 * adds nothing, so k is the rank of the covariate matrix.
 *
 * @throws RangeError when the columns differ in length.
 */
export function partialCorrelation(x: NumericColumn, y: NumericColumn, covariates: readonly NumericColumn[]): PartialCorrelationResult {
  assertSameLength('y', x.length, y.length);
  covariates.forEach((column, j) => assertSameLength(`covariates[${j}]`, x.length, column.length));
  const { columns, n } = completeRows([x, y, ...covariates]);
  const undefinedResult = (df: number, reason: CorrelationReason): PartialCorrelationResult => ({ r: Number.NaN, n, df, p: Number.NaN, reason });
  if (n - 2 - covariates.length < 1 || n < 3) return undefinedResult(n - 2 - covariates.length, 'too-few-pairs');

  // Centred copies: the reflections work in place.
  const centred = columns.map((column) => {
    const mean = compensatedMean(column, n);
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = (column[i] as number) - mean;
    return out;
  });
  const xc = centred[0] as Float64Array;
  const yc = centred[1] as Float64Array;
  const sumSquares = (v: Float64Array, from: number): number => {
    let s = 0;
    for (let i = from; i < n; i++) s += (v[i] as number) * (v[i] as number);
    return s;
  };
  const totalX = sumSquares(xc, 0);
  const totalY = sumSquares(yc, 0);
  if (!(totalX > 0 && totalY > 0)) return undefinedResult(n - 2 - covariates.length, 'constant-input');

  // Householder QR; `rank` rows of the transformed vectors span the covariates.
  let rank = 0;
  for (let j = 0; j < covariates.length; j++) {
    const z = centred[2 + j] as Float64Array;
    const originalNorm = Math.sqrt(sumSquares(z, 0));
    const norm = Math.sqrt(sumSquares(z, rank));
    if (!(norm > RANK_TOLERANCE * originalNorm) || rank >= n) continue;
    // v = z[rank:] + sign(z_rank)·‖z[rank:]‖·e₁, reflection H = I − 2vvᵀ/vᵀv.
    const alpha = (z[rank] as number) >= 0 ? -norm : norm;
    const v0 = (z[rank] as number) - alpha;
    const vtv = v0 * v0 + (norm * norm - (z[rank] as number) ** 2);
    const reflect = (target: Float64Array): void => {
      let dot = v0 * (target[rank] as number);
      for (let i = rank + 1; i < n; i++) dot += (z[i] as number) * (target[i] as number);
      const scale = (2 * dot) / vtv;
      target[rank] = (target[rank] as number) - scale * v0;
      for (let i = rank + 1; i < n; i++) target[i] = (target[i] as number) - scale * (z[i] as number);
    };
    reflect(xc);
    reflect(yc);
    for (let l = j + 1; l < covariates.length; l++) reflect(centred[2 + l] as Float64Array);
    rank++;
  }

  const df = n - 2 - rank;
  if (df < 1) return undefinedResult(df, 'too-few-pairs');
  const residualX = sumSquares(xc, rank);
  const residualY = sumSquares(yc, rank);
  if (!(residualX > RANK_TOLERANCE ** 2 * totalX && residualY > RANK_TOLERANCE ** 2 * totalY)) return undefinedResult(df, 'constant-input');
  let cross = 0;
  for (let i = rank; i < n; i++) cross += (xc[i] as number) * (yc[i] as number);
  const r = clampCorrelation(cross / Math.sqrt(residualX * residualY));
  return { r, n, df, p: correlationPValue(r, df) };
}

/**
 * Weighted Pearson correlation, weights being frequencies such as respondent counts per unit:
 * r from the weighted means and co-moments (as `numpy.cov(x, y, aweights=w)`).
 *
 * Inference is not standard for weighted r. Here p (t with effectiveN − 2 df) and the Fisher z
 * interval (se = 1/√(effectiveN − 3)) use Kish's effective sample size (Σw)²/Σw² (Kish 1965,
 * "Survey Sampling"): equal weights give back the unweighted test; unequal weights count as
 * fewer independent units, never more, so the interval does not overstate precision.
 * Rows whose weight is missing or 0 are dropped; negative weights throw.
 *
 * @throws RangeError when the columns differ in length or a weight is negative.
 */
export function weightedPearson(x: NumericColumn, y: NumericColumn, w: NumericColumn): WeightedPearsonResult {
  assertSameLength('y', x.length, y.length);
  assertSameLength('w', x.length, w.length);
  return weightedPearsonOf(asFloat64(x), asFloat64(y), asFloat64(w));
}

/** {@link weightedPearson} on Float64Array columns, read in place (two passes, no copy). */
function weightedPearsonOf(xs: Float64Array, ys: Float64Array, ws: Float64Array): WeightedPearsonResult {
  const length = xs.length;
  let n = 0;
  let sumW = 0;
  let sumW2 = 0;
  let sumWx = 0;
  let sumWy = 0;
  let first = -1;
  let xVaries = false;
  let yVaries = false;
  for (let i = 0; i < length; i++) {
    const weight = ws[i] as number;
    if (weight < 0 && weight - weight === 0) throw new RangeError(`w[${i}] is ${weight}; weights must be non-negative.`);
    const xi = xs[i] as number;
    const yi = ys[i] as number;
    if (!(weight > 0) || xi - xi + (yi - yi) + (weight - weight) !== 0) continue;
    if (first < 0) first = i;
    else {
      xVaries ||= xi !== xs[first];
      yVaries ||= yi !== ys[first];
    }
    n++;
    sumW += weight;
    sumW2 += weight * weight;
    sumWx += weight * xi;
    sumWy += weight * yi;
  }
  const nan: [number, number] = [Number.NaN, Number.NaN];
  if (n < 3) return { r: Number.NaN, n, p: Number.NaN, ci: nan, effectiveN: Number.NaN, reason: 'too-few-pairs' };
  const effectiveN = (sumW * sumW) / sumW2;
  if (!xVaries || !yVaries) return { r: Number.NaN, n, p: Number.NaN, ci: nan, effectiveN, reason: 'constant-input' };
  // Corrected two-pass weighted co-moments (West 1979 form of Chan–Golub–LeVeque).
  const meanX = sumWx / sumW;
  const meanY = sumWy / sumW;
  let sumDx = 0;
  let sumDy = 0;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = first; i < length; i++) {
    const weight = ws[i] as number;
    const xi = xs[i] as number;
    const yi = ys[i] as number;
    if (!(weight > 0) || xi - xi + (yi - yi) + (weight - weight) !== 0) continue;
    const dx = xi - meanX;
    const dy = yi - meanY;
    sumDx += weight * dx;
    sumDy += weight * dy;
    sxx += weight * dx * dx;
    syy += weight * dy * dy;
    sxy += weight * dx * dy;
  }
  sxx -= (sumDx * sumDx) / sumW;
  syy -= (sumDy * sumDy) / sumW;
  sxy -= (sumDx * sumDy) / sumW;
  if (!(sxx > 0 && syy > 0)) return { r: Number.NaN, n, p: Number.NaN, ci: nan, effectiveN, reason: 'constant-input' };
  const r = clampCorrelation(sxy / Math.sqrt(sxx * syy));
  const p = correlationPValue(r, effectiveN - 2);
  const result: WeightedPearsonResult = { r, n, p, ci: fisherZInterval(r, effectiveN), effectiveN };
  if (!(effectiveN > 2)) result.reason = 'too-few-pairs';
  else if (!(effectiveN > 3)) result.reason = 'too-few-pairs-for-ci';
  return result;
}
