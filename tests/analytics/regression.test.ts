import { describe, expect, it } from 'vitest';
import { confidenceBand, linearFit } from '../../src/analytics/regression.ts';

// Reference values from scipy 1.17 (python3):
//   x = [1..7]; y = [2.1, 3.9, 6.2, 7.8, 10.1, 12.2, 13.8]; r = scipy.stats.linregress(x, y)
//   s = sqrt(SSE / (n − 2)); band(at) = fit ± t.ppf(0.975, n − 2) · s · sqrt(1/n + (at − x̄)² / Sxx)
const x = [1, 2, 3, 4, 5, 6, 7];
const y = [2.1, 3.9, 6.2, 7.8, 10.1, 12.2, 13.8];

describe('linearFit', () => {
  it('linearFit(x, y) matches scipy.stats.linregress', () => {
    const fit = linearFit(x, y);
    expect(fit.intercept).toBeCloseTo(0.07142857142857117, 12);
    expect(fit.slope).toBeCloseTo(1.9857142857142858, 12);
    expect(fit.residualSe).toBeCloseTo(0.19123657749350276, 12);
  });

  it('confidenceBand(fit, at) matches the t-based band of the mean prediction', () => {
    const fit = linearFit(x, y);
    const cases: [number, number, number, number][] = [
      [0, 0.07142857142857117, -0.34404019373106287, 0.4868973365882052],
      [3.5, 7.021428571428571, 6.82990693387828, 7.212950208978863],
      [10, 19.92857142857143, 19.341009866140272, 20.51613299100259],
    ];
    for (const [at, f, lo, hi] of cases) {
      const band = confidenceBand(fit, at);
      expect(band.fit).toBeCloseTo(f, 10);
      expect(band.lo).toBeCloseTo(lo, 9);
      expect(band.hi).toBeCloseTo(hi, 9);
    }
  });

  it('linearFit drops missing pairs and keeps precision for values around 1e9', () => {
    const shifted = linearFit(x.map((v) => v + 1e9), [...y.slice(0, 6), Number.NaN]);
    const plain = linearFit(x.slice(0, 6), y.slice(0, 6));
    expect(shifted.n).toBe(6);
    expect(shifted.slope).toBeCloseTo(plain.slope, 6);
  });

  it('linearFit returns NaN with a reason for too few pairs or a constant x', () => {
    expect(linearFit([1, 2], [3, 4]).reason).toBe('too-few-pairs');
    const constant = linearFit([2, 2, 2, 2], [1, 2, 3, 4]);
    expect(constant.reason).toBe('constant-input');
    expect(constant.slope).toBeNaN();
  });
});
