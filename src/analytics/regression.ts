import { studentTQuantile } from './distributions.ts';

/** Ordinary least squares fit of y on x, with what a confidence band needs. */
export interface LinearFit {
  n: number;
  intercept: number;
  slope: number;
  /** Residual standard error, s = √(SSE / (n − 2)). */
  residualSe: number;
  xMean: number;
  /** Σ(x − x̄)² */
  sxx: number;
  reason?: 'too-few-pairs' | 'constant-input';
}

/**
 * OLS of y on x with pairwise deletion of missing values, mean-centred so that large offsets
 * (values around 1e9) lose no precision. Matches R's `lm(y ~ x)` coefficients.
 */
export function linearFit(x: ArrayLike<number>, y: ArrayLike<number>): LinearFit {
  if (x.length !== y.length) throw new RangeError(`linearFit: x has ${x.length} values but y has ${y.length}.`);
  let n = 0;
  let xSum = 0;
  let ySum = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    const yi = y[i]!;
    if (xi == null || yi == null || Number.isNaN(xi) || Number.isNaN(yi)) continue;
    n++;
    xSum += xi;
    ySum += yi;
  }
  const undefinedFit = (reason: LinearFit['reason']): LinearFit =>
    ({ n, intercept: Number.NaN, slope: Number.NaN, residualSe: Number.NaN, xMean: Number.NaN, sxx: Number.NaN, reason });
  if (n < 3) return undefinedFit('too-few-pairs');
  const xMean = xSum / n;
  const yMean = ySum / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    const yi = y[i]!;
    if (xi == null || yi == null || Number.isNaN(xi) || Number.isNaN(yi)) continue;
    const dx = xi - xMean;
    const dy = yi - yMean;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (sxx === 0) return undefinedFit('constant-input');
  const slope = sxy / sxx;
  const sse = Math.max(0, syy - slope * sxy);
  return { n, intercept: yMean - slope * xMean, slope, residualSe: Math.sqrt(sse / (n - 2)), xMean, sxx };
}

/**
 * Confidence band of the mean prediction at x: ŷ ± t(1 − α/2, n − 2) · s · √(1/n + (x − x̄)²/Sxx),
 * as R's `predict(fit, interval = "confidence")`.
 */
export function confidenceBand(fit: LinearFit, at: number, level = 0.95): { fit: number; lo: number; hi: number } {
  const yHat = fit.intercept + fit.slope * at;
  const half = studentTQuantile(1 - (1 - level) / 2, fit.n - 2) * fit.residualSe * Math.sqrt(1 / fit.n + (at - fit.xMean) ** 2 / fit.sxx);
  return { fit: yHat, lo: yHat - half, hi: yHat + half };
}
