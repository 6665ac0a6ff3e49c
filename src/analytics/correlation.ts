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
 * - Work is done on Float64Arrays in a few passes with no per-element allocation, so 10^6
 *   pairs take milliseconds (Pearson) to a few hundred milliseconds (Kendall).
 *
 * Reference values come from scipy (tests/fixtures/reference/make_reference.py).
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

function isPresent(value: number | null | undefined): value is number {
  return Number.isFinite(value);
}

function assertSameLength(name: string, expected: number, actual: number): void {
  if (expected !== actual) {
    throw new RangeError(`${name} has ${actual} values but x has ${expected}; columns must have the same length.`);
  }
}

/**
 * The complete rows of several columns as Float64Arrays (listwise deletion). A column that is
 * already a gap-free Float64Array is returned as is when every row is complete.
 */
function completeRows(columns: readonly NumericColumn[]): { columns: Float64Array[]; n: number } {
  const length = columns[0]?.length ?? 0;
  let n = 0;
  for (let i = 0; i < length; i++) {
    let complete = true;
    for (const column of columns) {
      if (!isPresent(column[i])) {
        complete = false;
        break;
      }
    }
    if (complete) n++;
  }
  if (n === length && columns.every((column) => column instanceof Float64Array)) {
    return { columns: columns as Float64Array[], n };
  }
  const out = columns.map(() => new Float64Array(n));
  let k = 0;
  for (let i = 0; i < length; i++) {
    let complete = true;
    for (const column of columns) {
      if (!isPresent(column[i])) {
        complete = false;
        break;
      }
    }
    if (!complete) continue;
    for (let c = 0; c < columns.length; c++) (out[c] as Float64Array)[k] = (columns[c] as NumericColumn)[i] as number;
    k++;
  }
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

function isConstant(values: Float64Array, n: number): boolean {
  const first = values[0];
  for (let i = 1; i < n; i++) if (values[i] !== first) return false;
  return true;
}

/**
 * Pearson's r of two complete columns by the corrected two-pass algorithm: centre on the
 * means, then subtract (Σd)²/n, which removes the residual error of the mean exactly to first
 * order (Chan, Golub & LeVeque 1983, "Algorithms for computing the sample variance").
 * NaN when either column is constant.
 */
function pearsonOfComplete(x: Float64Array, y: Float64Array, n: number): number {
  if (isConstant(x, n) || isConstant(y, n)) return Number.NaN;
  const meanX = compensatedMean(x, n);
  const meanY = compensatedMean(y, n);
  let sumDx = 0;
  let sumDy = 0;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - meanX;
    const dy = (y[i] as number) - meanY;
    sumDx += dx;
    sumDy += dy;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  sxx -= (sumDx * sumDx) / n;
  syy -= (sumDy * sumDy) / n;
  sxy -= (sumDx * sumDy) / n;
  if (!(sxx > 0 && syy > 0)) return Number.NaN;
  return clampCorrelation(sxy / Math.sqrt(sxx * syy));
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

/**
 * Confidence interval for a correlation by Fisher's z transformation: tanh(atanh(r) ± z_{(1+level)/2}/√(n − 3)),
 * the interval of `scipy.stats.pearsonr(...).confidence_interval()`. NaN when n ≤ 3
 * (the standard error needs n > 3) or r is NaN. `n` may be an effective sample size.
 */
export function fisherZInterval(r: number, n: number, level = 0.95): [number, number] {
  if (Number.isNaN(r) || !(n > 3) || !(level > 0 && level < 1)) return [Number.NaN, Number.NaN];
  const z = Math.atanh(r);
  const halfWidth = normalQuantile(0.5 + level / 2) / Math.sqrt(n - 3);
  return [Math.tanh(z - halfWidth), Math.tanh(z + halfWidth)];
}

/**
 * Pearson's product-moment correlation r of x and y with its two-sided p-value (t with n − 2
 * df) and 95% Fisher z interval, as `scipy.stats.pearsonr`. Stable for large offsets
 * (values around 1e9). With n = 3 the interval is NaN with reason `too-few-pairs-for-ci`.
 *
 * @throws RangeError when x and y differ in length.
 */
export function pearson(x: NumericColumn, y: NumericColumn): PearsonResult {
  const pairs = completePairs(x, y);
  const { n } = pairs;
  if (n < 3) return { r: Number.NaN, n, p: Number.NaN, ci: [Number.NaN, Number.NaN], reason: 'too-few-pairs' };
  const r = pearsonOfComplete(pairs.x, pairs.y, n);
  if (Number.isNaN(r)) return { r, n, p: Number.NaN, ci: [Number.NaN, Number.NaN], reason: 'constant-input' };
  const result: PearsonResult = { r, n, p: correlationPValue(r, n - 2), ci: fisherZInterval(r, n) };
  if (n <= 3) result.reason = 'too-few-pairs-for-ci';
  return result;
}

/**
 * Spearman's rank correlation: Pearson's r of the average ranks (ties share their mean rank),
 * with the two-sided p-value from t with n − 2 df, as `scipy.stats.spearmanr`.
 *
 * @throws RangeError when x and y differ in length.
 */
export function spearman(x: NumericColumn, y: NumericColumn): SpearmanResult {
  const pairs = completePairs(x, y);
  const { n } = pairs;
  if (n < 3) return { rho: Number.NaN, n, p: Number.NaN, reason: 'too-few-pairs' };
  const rho = pearsonOfComplete(averageRanks(pairs.x), averageRanks(pairs.y), n);
  if (Number.isNaN(rho)) return { rho, n, p: Number.NaN, reason: 'constant-input' };
  return { rho, n, p: correlationPValue(rho, n - 2) };
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
 * Sorts `values` ascending in place by bottom-up merge sort and returns the number of
 * inversions (pairs i < j with values[i] > values[j], ties not counted).
 */
function sortCountingInversions(values: Float64Array): number {
  const n = values.length;
  let source: Float64Array = values;
  let target: Float64Array = new Float64Array(n);
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
  if (source !== values) values.set(source);
  return inversions;
}

/**
 * Kendall's tau-b with the two-sided p-value of the normal approximation with tie-corrected
 * variance, exactly as `scipy.stats.kendalltau(x, y, method='asymptotic')` (Kendall 1945;
 * variance from Kendall & Gibbons, "Rank Correlation Methods", 1990). Counted in
 * O(n log n) by Knight's algorithm (Knight 1966, JASA 61:436): sort by (x, y), then count
 * the discordant pairs as the inversions of y by merge sort.
 *
 * @throws RangeError when x and y differ in length.
 */
export function kendall(x: NumericColumn, y: NumericColumn): KendallResult {
  const pairs = completePairs(x, y);
  const { n } = pairs;
  if (n < 3) return { tau: Number.NaN, n, p: Number.NaN, reason: 'too-few-pairs' };
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

  const discordant = sortCountingInversions(ys);
  const yTies: TieCounts = { pairs: 0, v0: 0, v1: 0 };
  let yRun = 1;
  for (let i = 1; i <= n; i++) {
    if (i < n && ys[i] === ys[i - 1]) yRun++;
    else {
      addTieGroup(yTies, yRun);
      yRun = 1;
    }
  }

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
  const length = x.length;
  let n = 0;
  for (let i = 0; i < length; i++) {
    const weight = w[i];
    if (isPresent(weight) && weight < 0) throw new RangeError(`w[${i}] is ${weight}; weights must be non-negative.`);
    if (isPresent(x[i]) && isPresent(y[i]) && isPresent(weight) && weight > 0) n++;
  }
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const ws = new Float64Array(n);
  for (let i = 0, k = 0; i < length; i++) {
    const weight = w[i];
    if (isPresent(x[i]) && isPresent(y[i]) && isPresent(weight) && weight > 0) {
      xs[k] = x[i] as number;
      ys[k] = y[i] as number;
      ws[k++] = weight;
    }
  }
  const nan: [number, number] = [Number.NaN, Number.NaN];
  if (n < 3) return { r: Number.NaN, n, p: Number.NaN, ci: nan, effectiveN: Number.NaN, reason: 'too-few-pairs' };

  let sumW = 0;
  let sumW2 = 0;
  let sumWx = 0;
  let sumWy = 0;
  for (let i = 0; i < n; i++) {
    const weight = ws[i] as number;
    sumW += weight;
    sumW2 += weight * weight;
    sumWx += weight * (xs[i] as number);
    sumWy += weight * (ys[i] as number);
  }
  const effectiveN = (sumW * sumW) / sumW2;
  if (isConstant(xs, n) || isConstant(ys, n)) return { r: Number.NaN, n, p: Number.NaN, ci: nan, effectiveN, reason: 'constant-input' };
  // Corrected two-pass weighted co-moments (West 1979 form of Chan–Golub–LeVeque).
  const meanX = sumWx / sumW;
  const meanY = sumWy / sumW;
  let sumDx = 0;
  let sumDy = 0;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const weight = ws[i] as number;
    const dx = (xs[i] as number) - meanX;
    const dy = (ys[i] as number) - meanY;
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
