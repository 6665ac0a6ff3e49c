/**
 * Survey metrics with their uncertainty (DESIGN §4): NPS and eNPS, CSAT, CES, FCR, item means
 * and the engagement index. Every function drops missing answers (NaN, and answers outside the
 * scale for the bounded 0–10, 1–5 and 1–7 questions), returns its definition beside the
 * number, and gives NaN with a `reason` when the number is undefined instead of throwing.
 *
 * The `…FromCounts` and `meanFromMoments` forms take sufficient statistics, so aggregation can
 * accumulate counts and moments per group in one pass and call them once per group.
 * Checked against numpy/scipy in tests/fixtures/reference/make_metrics_reference.py.
 *
 * @module
 */

import { studentTQuantile } from './distributions.ts';

/** The two-sided 95 % normal quantile, rounded as DESIGN §4 writes it. */
export const Z_95 = 1.959964;

/** A two-sided 95 % confidence interval `[lower, upper]`. */
export type Interval = [lower: number, upper: number];

/** Why a metric is (partly) NaN: no valid answer, or a single one (no spread, no interval). */
export type MetricReason = 'no-answers' | 'one-answer';

/** NPS or eNPS: points from −100 to 100, never an average of the 0–10 answers. */
export interface NpsResult {
  /** 100 × (share of promoters − share of detractors). */
  score: number;
  /** Percentage of answers 9–10. */
  promoters: number;
  /** Percentage of answers between the detractor cut-off and 9. */
  passives: number;
  /** Percentage of answers 0–`detractorMax`. */
  detractors: number;
  n: number;
  /** Standard error in points: 100·√((p₊ + p₋ − (p₊ − p₋)²)/n). */
  se: number;
  /** score ± 1.959964·se (not clipped to ±100, so it stays symmetric as documented). */
  ci: Interval;
  /** Counts of the answers 0, 1, …, 10. */
  histogram: number[];
  /** Highest detractor answer: 6 (standard) or 5 (CultureIQ-style eNPS). */
  detractorMax: 5 | 6;
  reason?: MetricReason;
}

/** A mean with its sample standard deviation and t interval. */
export interface MeanResult {
  mean: number;
  /** Sample standard deviation (n − 1 denominator). */
  sd: number;
  n: number;
  /** mean ± t(0.975, n − 1)·sd/√n. */
  ci: Interval;
  reason?: MetricReason;
}

/** A percentage with its Wilson score interval. */
export interface ProportionResult {
  /** Percentage (0–100). */
  score: number;
  /** Number of answers counted as a success (top-2-box, resolved). */
  count: number;
  n: number;
  /** Wilson score interval in percent, z = 1.959964. */
  ci: Interval;
  reason?: MetricReason;
}

/** CSAT, labelled with its definition: top-2-box percentage (default) or mean of 1–5. */
export interface CsatResult {
  definition: 'top2' | 'mean';
  /** Percentage of 4–5 answers (`top2`) or mean answer (`mean`). */
  score: number;
  n: number;
  /** Wilson interval in percent (`top2`) or t interval of the mean (`mean`). */
  ci: Interval;
  /** Sample standard deviation of the answers (`mean` only; NaN for `top2`). */
  sd: number;
  /** Counts of the answers 1, …, 5. */
  histogram: number[];
  reason?: MetricReason;
}

/** CES as the mean answer; higher means more effort unless the dataset declares the reverse. */
export interface CesResult extends MeanResult {
  /** Counts of the answers `scale.min` … `scale.max` (1 … 7 by default). */
  histogram: number[];
}

/** A closed integer answer scale such as 1–5 or 1–7. */
export interface AnswerScale {
  min: number;
  max: number;
}

const NAN_INTERVAL = (): Interval => [Number.NaN, Number.NaN];

function isAnswer(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/** Counts of integer answers min..max; other values are missing. */
function histogramOf(values: ArrayLike<number>, min: number, max: number): number[] {
  const histogram = new Array<number>(max - min + 1).fill(0);
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (isAnswer(value, min, max)) histogram[value - min]! += 1;
  }
  return histogram;
}

// Quantiles t(0.975, df) are requested once per aggregated cell; the df values repeat, so
// they are cached (a pure memo: the same df always gives the same number).
const T_CACHE_SIZE = 4096;
const tCache = new Float64Array(T_CACHE_SIZE).fill(Number.NaN);

/** t(0.975, df), the multiplier of a two-sided 95 % t interval. */
export function tCritical95(df: number): number {
  if (Number.isInteger(df) && df > 0 && df < T_CACHE_SIZE) {
    const cached = tCache[df] as number;
    if (!Number.isNaN(cached)) return cached;
    const value = studentTQuantile(0.975, df);
    tCache[df] = value;
    return value;
  }
  return studentTQuantile(0.975, df);
}

/**
 * Wilson score interval for `successes` out of `n`, as proportions (Wilson 1927; the formula of
 * `statsmodels.stats.proportion.proportion_confint(method='wilson')`).
 */
export function wilsonInterval(successes: number, n: number, z = Z_95): Interval {
  if (!(n > 0)) return NAN_INTERVAL();
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At p = 0 and p = 1 the bound is 0 or 1 exactly; the formula only reaches it up to rounding.
  return [successes <= 0 ? 0 : Math.max(0, centre - half), successes >= n ? 1 : Math.min(1, centre + half)];
}

/**
 * NPS from the counts of answers 0–10 (`histogram[offset + answer]`).
 * Score and standard error as in DESIGN §4 (variance of a difference of multinomial shares).
 */
export function npsFromCounts(histogram: ArrayLike<number>, offset = 0, detractorMax: 5 | 6 = 6): NpsResult {
  const counts = new Array<number>(11);
  let n = 0;
  let promoters = 0;
  let detractors = 0;
  for (let answer = 0; answer <= 10; answer++) {
    const count = histogram[offset + answer] as number;
    counts[answer] = count;
    n += count;
    if (answer >= 9) promoters += count;
    else if (answer <= detractorMax) detractors += count;
  }
  if (n === 0) {
    return {
      score: Number.NaN, promoters: Number.NaN, passives: Number.NaN, detractors: Number.NaN, n: 0, se: Number.NaN,
      ci: NAN_INTERVAL(), histogram: counts, detractorMax, reason: 'no-answers',
    };
  }
  const pPlus = promoters / n;
  const pMinus = detractors / n;
  const difference = pPlus - pMinus;
  const score = 100 * difference;
  // Clamped at 0: p₊ + p₋ − (p₊ − p₋)² is ≥ 0 exactly but can round to −1e-17.
  const se = 100 * Math.sqrt(Math.max(0, pPlus + pMinus - difference * difference) / n);
  return {
    score,
    promoters: 100 * pPlus,
    passives: 100 * ((n - promoters - detractors) / n),
    detractors: 100 * pMinus,
    n,
    se,
    ci: [score - Z_95 * se, score + Z_95 * se],
    histogram: counts,
    detractorMax,
  };
}

/**
 * Net Promoter Score (or eNPS) of 0–10 answers: 100 × (share of 9–10 − share of 0–6).
 * `detractorMax: 5` gives the 0–5 detractor variant used for some eNPS surveys.
 * Answers that are not integers from 0 to 10 are treated as missing.
 */
export function nps(scores: ArrayLike<number>, options: { detractorMax?: 5 | 6 } = {}): NpsResult {
  return npsFromCounts(histogramOf(scores, 0, 10), 0, options.detractorMax ?? 6);
}

/** Percentage with Wilson interval from counts. */
export function proportionFromCounts(successes: number, n: number): ProportionResult {
  if (!(n > 0)) return { score: Number.NaN, count: 0, n: 0, ci: NAN_INTERVAL(), reason: 'no-answers' };
  const [lower, upper] = wilsonInterval(successes, n);
  return { score: (100 * successes) / n, count: successes, n, ci: [100 * lower, 100 * upper] };
}

/**
 * Mean, sample sd and t interval from n, mean and M2 = Σ(x − mean)² (the state of Welford's
 * algorithm). t quantile as `scipy.stats.t.ppf(0.975, n - 1)`.
 */
export function meanFromMoments(n: number, mean: number, m2: number): MeanResult {
  if (!(n > 0)) return { mean: Number.NaN, sd: Number.NaN, n: 0, ci: NAN_INTERVAL(), reason: 'no-answers' };
  if (n === 1) return { mean, sd: Number.NaN, n, ci: NAN_INTERVAL(), reason: 'one-answer' };
  const sd = Math.sqrt(Math.max(0, m2) / (n - 1));
  const half = (tCritical95(n - 1) * sd) / Math.sqrt(n);
  return { mean, sd, n, ci: [mean - half, mean + half] };
}

/** Mean and M2 of integer answers from their counts (exact sums of small integers). */
function momentsOfHistogram(histogram: ArrayLike<number>, offset: number, length: number, min: number): [n: number, mean: number, m2: number] {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < length; i++) {
    const count = histogram[offset + i] as number;
    n += count;
    sum += count * (min + i);
  }
  if (n === 0) return [0, Number.NaN, Number.NaN];
  const mean = sum / n;
  let m2 = 0;
  for (let i = 0; i < length; i++) {
    const deviation = min + i - mean;
    m2 += (histogram[offset + i] as number) * deviation * deviation;
  }
  return [n, mean, m2];
}

/** Copies `length` counts starting at `offset` into a plain array. */
function countsAt(histogram: ArrayLike<number>, offset: number, length: number): number[] {
  const counts = new Array<number>(length);
  for (let i = 0; i < length; i++) counts[i] = histogram[offset + i] as number;
  return counts;
}

/** CSAT from the counts of answers 1–5 (`histogram[offset + answer − 1]`). */
export function csatFromCounts(histogram: ArrayLike<number>, offset = 0, definition: 'top2' | 'mean' = 'top2'): CsatResult {
  const counts = countsAt(histogram, offset, 5);
  let result: CsatResult;
  if (definition === 'mean') {
    const [n, mean, m2] = momentsOfHistogram(counts, 0, 5, 1);
    const moments = meanFromMoments(n, mean, m2);
    result = { definition, score: moments.mean, n, ci: moments.ci, sd: moments.sd, histogram: counts };
    if (moments.reason) result.reason = moments.reason;
    return result;
  }
  const n = counts[0]! + counts[1]! + counts[2]! + counts[3]! + counts[4]!;
  const proportion = proportionFromCounts(counts[3]! + counts[4]!, n);
  result = { definition, score: proportion.score, n, ci: proportion.ci, sd: Number.NaN, histogram: counts };
  if (proportion.reason) result.reason = proportion.reason;
  return result;
}

/**
 * Customer satisfaction of 1–5 answers: the percentage of 4–5 answers with its Wilson interval
 * (`top2`, default), or the mean answer with its t interval (`mean`). Always labelled.
 */
export function csat(scores: ArrayLike<number>, options: { definition?: 'top2' | 'mean' } = {}): CsatResult {
  return csatFromCounts(histogramOf(scores, 1, 5), 0, options.definition ?? 'top2');
}

/** CES from the counts of the answers of `scale` (`histogram[offset + answer − scale.min]`). */
export function cesFromCounts(histogram: ArrayLike<number>, offset = 0, scale: AnswerScale = { min: 1, max: 7 }): CesResult {
  const length = scale.max - scale.min + 1;
  const counts = countsAt(histogram, offset, length);
  const [n, mean, m2] = momentsOfHistogram(counts, 0, length, scale.min);
  const result = meanFromMoments(n, mean, m2) as CesResult;
  result.histogram = counts;
  return result;
}

/** Customer effort score: mean of 1–7 answers (or another declared scale) with its t interval. */
export function ces(scores: ArrayLike<number>, options: { scale?: AnswerScale } = {}): CesResult {
  const scale = options.scale ?? { min: 1, max: 7 };
  return cesFromCounts(histogramOf(scores, scale.min, scale.max), 0, scale);
}

/** First-contact resolution: percentage of 1 among answers 1 (resolved) and 0 (not), with its Wilson interval. */
export function fcr(values: ArrayLike<number>): ProportionResult {
  let n = 0;
  let resolved = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (value === 1) resolved++;
    if (value === 1 || value === 0) n++;
  }
  return proportionFromCounts(resolved, n);
}

/**
 * Mean, sample sd and t interval of the finite values. Corrected two-pass algorithm
 * (Chan, Golub & LeVeque 1983, eq. 1.7), stable when the values sit far from zero.
 */
export function itemMean(values: ArrayLike<number>): MeanResult {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (Number.isFinite(value)) {
      n++;
      sum += value;
    }
  }
  if (n === 0) return meanFromMoments(0, Number.NaN, Number.NaN);
  const first = sum / n;
  let m2 = 0;
  let drift = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (Number.isFinite(value)) {
      const deviation = value - first;
      m2 += deviation * deviation;
      drift += deviation;
    }
  }
  return meanFromMoments(n, first + drift / n, m2 - (drift * drift) / n);
}

/** Engagement of respondent `row`: the mean of the items they answered, NaN when they answered none. */
export function engagementIndex(items: readonly ArrayLike<number>[], row: number): number {
  let answered = 0;
  let sum = 0;
  for (const column of items) {
    const value = column[row] as number;
    if (Number.isFinite(value)) {
      answered++;
      sum += value;
    }
  }
  return answered === 0 ? Number.NaN : sum / answered;
}

/** Engagement of every respondent (row) of the item columns. */
export function engagementScores(items: readonly ArrayLike<number>[], length = items[0]?.length ?? 0): Float64Array {
  const scores = new Float64Array(length);
  for (let row = 0; row < length; row++) scores[row] = engagementIndex(items, row);
  return scores;
}

/**
 * Engagement of a group: the mean over respondents of each respondent's engagement
 * (DESIGN §4), so a respondent who skipped items still weighs one.
 */
export function engagement(items: readonly ArrayLike<number>[]): MeanResult {
  return itemMean(engagementScores(items));
}
