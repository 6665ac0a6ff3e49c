import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fisherZInterval, kendall, partialCorrelation, pearson, spearman, weightedPearson } from '../../src/analytics/correlation.ts';
import { averageRanks } from '../../src/analytics/ranks.ts';
import { expectClose } from '../helpers/close.ts';

type Value = number | null;
interface CorrelationCase {
  name: string;
  x: Value[];
  y: Value[];
  n: number;
  pearson: { r: Value; p: Value; ci: [Value, Value] };
  spearman: { rho: Value; p: Value };
  kendall: { tau: Value; p: Value };
}
interface PartialCase {
  name: string;
  x: Value[];
  y: Value[];
  covariates: Value[][];
  n: number;
  df: number;
  r: Value;
  p: Value;
}
interface WeightedCase {
  name: string;
  x: Value[];
  y: Value[];
  w: Value[];
  r: number;
  effectiveN: number;
  p: number;
  ci: [Value, Value];
}

const reference = JSON.parse(readFileSync(new URL('../fixtures/reference/statistics.json', import.meta.url), 'utf8')) as {
  correlations: CorrelationCase[];
  partialCorrelations: PartialCase[];
  weightedPearson: WeightedCase[];
};

// DESIGN §4 targets: coefficients to 1e-9, p-values to 1e-6 relative.
const COEFFICIENT = { abs: 1e-9 };
const P_VALUE = { rel: 1e-6, abs: 1e-300 };

/** A seeded generator (mulberry32) and Box–Muller normals, so large cases need no fixture. */
function normals(seed: number, n: number): Float64Array {
  let state = seed >>> 0;
  const uniform = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
  return out;
}

describe('pearson, spearman and kendall against scipy', () => {
  it.each(reference.correlations.map((c) => [c.name, c] as const))('pearson(x, y) matches scipy.stats.pearsonr: %s', (_, c) => {
    const result = pearson(c.x, c.y);
    expect(result.n).toBe(c.n);
    expectClose(result.r, c.pearson.r, COEFFICIENT, 'r');
    // For a perfect line both r's are 1 within an ulp; scipy reports p = 0 and we report the
    // p of r = 1 − 1 ulp, which is below 1e-200. Any other p must match to 1e-6 relative.
    if (c.pearson.p === 0) expect(result.p).toBeLessThan(1e-200);
    else expectClose(result.p, c.pearson.p, P_VALUE, 'p');
    expectClose(result.ci[0], c.pearson.ci[0], COEFFICIENT, 'ci lower');
    expectClose(result.ci[1], c.pearson.ci[1], COEFFICIENT, 'ci upper');
  });

  it.each(reference.correlations.map((c) => [c.name, c] as const))('spearman(x, y) matches scipy.stats.spearmanr: %s', (_, c) => {
    const result = spearman(c.x, c.y);
    expect(result.n).toBe(c.n);
    expectClose(result.rho, c.spearman.rho, COEFFICIENT, 'rho');
    expectClose(result.p, c.spearman.p, P_VALUE, 'p');
  });

  it.each(reference.correlations.map((c) => [c.name, c] as const))(
    "kendall(x, y) matches scipy.stats.kendalltau(method='asymptotic'): %s",
    (_, c) => {
      const result = kendall(c.x, c.y);
      expect(result.n).toBe(c.n);
      expectClose(result.tau, c.kendall.tau, COEFFICIENT, 'tau');
      expectClose(result.p, c.kendall.p, P_VALUE, 'p');
    },
  );
});

describe('pearson', () => {
  it("pearson(x, y) returns NaN with reason 'constant-input' for a constant vector", () => {
    const result = pearson([3, 3, 3, 3, 3], [1, 2, 3, 4, 5]);
    expect(result.r).toBeNaN();
    expect(result.p).toBeNaN();
    expect(result.ci).toEqual([Number.NaN, Number.NaN]);
    expect(result.reason).toBe('constant-input');
  });

  it("pearson(x, y) returns NaN with reason 'too-few-pairs' for fewer than three complete pairs", () => {
    const result = pearson([1, 2, null, 4], [1, Number.NaN, 3, 5]);
    expect(result).toMatchObject({ n: 2, reason: 'too-few-pairs' });
    expect(result.r).toBeNaN();
    expect(pearson([], []).reason).toBe('too-few-pairs');
  });

  it("pearson(x, y) gives r and p but a NaN interval with reason 'too-few-pairs-for-ci' for n = 3", () => {
    const result = pearson([1, 2, 3], [1, 3, 2]);
    expectClose(result.r, 0.5, COEFFICIENT);
    expectClose(result.p, 2 / 3, { rel: 1e-12 }); // df = 1: p = 1 − (2/π)·atan(t), t = 1/√3
    expect(result.ci).toEqual([Number.NaN, Number.NaN]);
    expect(result.reason).toBe('too-few-pairs-for-ci');
  });

  it('pearson(x, y) drops null, undefined, NaN and ±Infinity pairwise', () => {
    const withGaps = pearson([1, null, 2, 3, undefined, 4, Number.NaN, 5], [2, 9, 1, 4, 9, 3, 9, Infinity]);
    const complete = pearson([1, 2, 3, 4], [2, 1, 4, 3]);
    expect(withGaps).toEqual(complete);
  });

  it('pearson(x, y) throws a RangeError when x and y differ in length', () => {
    expect(() => pearson([1, 2, 3], [1, 2])).toThrow(RangeError);
    expect(() => spearman([1, 2, 3], [1, 2])).toThrow(RangeError);
    expect(() => kendall([1, 2, 3], [1, 2])).toThrow(RangeError);
  });

  it('pearson(x, y) accepts typed arrays and gives the same result as plain arrays', () => {
    const x = [1.5, 2.25, 3, 7, 4.5, 0.5];
    const y = [2, 1, 4, 3, 6, 0];
    expect(pearson(Float64Array.from(x), Float32Array.from(y))).toEqual(pearson(x, y));
  });

  it('pearson(x, y) is exact for values around 1e9 (x = 1e9 + small noise)', () => {
    const noise = normals(7, 5000);
    const x = noise.map((v) => 1e9 + v);
    const y = noise.map((v, i) => 1e9 + 0.5 * v + (i % 7) * 0.1);
    const centred = pearson(
      x.map((v) => v - 1e9),
      y.map((v) => v - 1e9),
    );
    // Subtracting 1e9 is exact here, so the two must agree to rounding.
    expectClose(pearson(x, y).r, centred.r, { abs: 1e-12 });
  });

  it('pearson(x, y) handles 10^6 pairs: r = 1 for y = 2x + 3, and a random case matches a naive double-precision formula', () => {
    const n = 1_000_000;
    const x = normals(1, n);
    const line = x.map((v) => 2 * v + 3);
    const exact = pearson(x, line);
    expectClose(exact.r, 1, { abs: 1e-12 });
    expect(exact.p).toBe(0);

    const y = normals(2, n).map((v, i) => v + 0.01 * (x[i] as number));
    const result = pearson(x, y);
    let sx = 0;
    let sy = 0;
    for (let i = 0; i < n; i++) {
      sx += x[i] as number;
      sy += y[i] as number;
    }
    const mx = sx / n;
    const my = sy / n;
    let sxx = 0;
    let syy = 0;
    let sxy = 0;
    for (let i = 0; i < n; i++) {
      const dx = (x[i] as number) - mx;
      const dy = (y[i] as number) - my;
      sxx += dx * dx;
      syy += dy * dy;
      sxy += dx * dy;
    }
    expectClose(result.r, sxy / Math.sqrt(sxx * syy), { abs: 1e-12 });
    expect(result.n).toBe(n);
  });
});

describe('spearman and kendall', () => {
  it('spearman(x, y) and kendall(x, y) handle 10^6 pairs', () => {
    const n = 1_000_000;
    const x = normals(3, n);
    const monotone = x.map((v) => Math.exp(v));
    expectClose(spearman(x, monotone).rho, 1, { abs: 1e-12 });
    expect(kendall(x, monotone).tau).toBe(1);
    const y = normals(4, n);
    const tau = kendall(x, y);
    expect(Math.abs(tau.tau)).toBeLessThan(0.01);
  });

  it("spearman(x, y) returns NaN with reason 'constant-input' when all ranks tie", () => {
    expect(spearman([4, 4, 4, 4], [1, 2, 3, 4]).reason).toBe('constant-input');
    expect(kendall([1, 2, 3, 4], [5, 5, 5, 5]).reason).toBe('constant-input');
    expect(kendall([1, 2, 3, 4], [5, 5, 5, 5]).tau).toBeNaN();
  });

  it('kendall(x, y) gives the same tau-b for every ordering of tied pairs', () => {
    const x = [1, 1, 2, 2, 3, 3, 3, 1];
    const y = [2, 1, 2, 3, 3, 1, 2, 2];
    const first = kendall(x, y);
    const order = [7, 3, 0, 5, 1, 6, 2, 4];
    const shuffled = kendall(
      order.map((i) => x[i] as number),
      order.map((i) => y[i] as number),
    );
    expectClose(shuffled.tau, first.tau, { abs: 1e-15 });
    expectClose(shuffled.p, first.p, { rel: 1e-14 });
  });
});

describe('averageRanks', () => {
  it('averageRanks(values) gives tied values the mean of the ranks they span, as scipy.stats.rankdata', () => {
    expect(Array.from(averageRanks([10, 20, 10, 30, 20, 10]))).toEqual([2, 4.5, 2, 6, 4.5, 2]);
    expect(Array.from(averageRanks(Float64Array.from([3, Number.NaN, 1])))).toEqual([2, Number.NaN, 1]);
    expect(Array.from(averageRanks([]))).toEqual([]);
  });
});

describe('fisherZInterval', () => {
  it('fisherZInterval(r, n) is tanh(atanh r ± 1.959964/√(n − 3))', () => {
    const [lo, hi] = fisherZInterval(0.5, 28);
    expectClose(lo, Math.tanh(Math.atanh(0.5) - 1.959963984540054 / 5), { abs: 1e-15 });
    expectClose(hi, Math.tanh(Math.atanh(0.5) + 1.959963984540054 / 5), { abs: 1e-15 });
    const [lo90, hi90] = fisherZInterval(0.5, 28, 0.9);
    expect(lo90).toBeGreaterThan(lo);
    expect(hi90).toBeLessThan(hi);
  });

  it('fisherZInterval(r, n) is NaN for n ≤ 3', () => {
    expect(fisherZInterval(0.2, 3)).toEqual([Number.NaN, Number.NaN]);
  });
});

describe('partialCorrelation', () => {
  it.each(reference.partialCorrelations.map((c) => [c.name, c] as const))(
    'partialCorrelation(x, y, covariates) matches OLS residuals from numpy: %s',
    (_, c) => {
      const result = partialCorrelation(c.x, c.y, c.covariates);
      expect(result.n).toBe(c.n);
      expect(result.df).toBe(c.df);
      expectClose(result.r, c.r, COEFFICIENT, 'r');
      expectClose(result.p, c.p, P_VALUE, 'p');
      if (c.r === null) expect(result.reason).toBe('too-few-pairs');
    },
  );

  it('partialCorrelation(x, y, []) equals pearson(x, y)', () => {
    const x = [1, 4, 2, 8, 5, 7];
    const y = [2, 3, 1, 9, 4, 4];
    const partial = partialCorrelation(x, y, []);
    const plain = pearson(x, y);
    expectClose(partial.r, plain.r, { abs: 1e-14 });
    expectClose(partial.p, plain.p, { rel: 1e-12 });
    expect(partial.df).toBe(4);
  });

  it('partialCorrelation counts k as the rank of the covariates: a duplicated covariate changes nothing', () => {
    const x = [1, 4, 2, 8, 5, 7, 3, 6];
    const y = [2, 3, 1, 9, 4, 4, 2, 8];
    const z = [5, 1, 4, 2, 2, 3, 5, 1];
    const once = partialCorrelation(x, y, [z]);
    const twice = partialCorrelation(x, y, [z, z.map((v) => 2 * v + 1)]);
    expectClose(twice.r, once.r, { abs: 1e-12 });
    expect(twice.df).toBe(once.df);
  });

  it("partialCorrelation returns NaN with reason 'constant-input' when a covariate explains x entirely", () => {
    const z = [1, 2, 3, 4, 5, 6];
    const result = partialCorrelation(
      z.map((v) => 3 * v - 1),
      [2, 1, 4, 3, 6, 5],
      [z],
    );
    expect(result.r).toBeNaN();
    expect(result.reason).toBe('constant-input');
  });

  it('partialCorrelation throws a RangeError when a covariate has a different length', () => {
    expect(() => partialCorrelation([1, 2, 3, 4], [1, 2, 3, 4], [[1, 2, 3]])).toThrow(RangeError);
  });
});

describe('weightedPearson', () => {
  it.each(reference.weightedPearson.map((c) => [c.name, c] as const))(
    'weightedPearson(x, y, w) matches numpy.cov(aweights=w), with p and CI at Kish effective n: %s',
    (_, c) => {
      const result = weightedPearson(c.x, c.y, c.w);
      expectClose(result.r, c.r, COEFFICIENT, 'r');
      expectClose(result.effectiveN, c.effectiveN, { rel: 1e-12 }, 'effectiveN');
      expectClose(result.p, c.p, P_VALUE, 'p');
      expectClose(result.ci[0], c.ci[0], COEFFICIENT, 'ci lower');
      expectClose(result.ci[1], c.ci[1], COEFFICIENT, 'ci upper');
    },
  );

  it('weightedPearson(x, y, w) with equal weights equals pearson(x, y)', () => {
    const x = [1, 4, 2, 8, 5, 7, 3];
    const y = [2, 3, 1, 9, 4, 4, 5];
    const weighted = weightedPearson(x, y, x.map(() => 12));
    const plain = pearson(x, y);
    expectClose(weighted.r, plain.r, { abs: 1e-14 });
    expectClose(weighted.p, plain.p, { rel: 1e-12 });
    expectClose(weighted.effectiveN, 7, { rel: 1e-15 });
  });

  it('weightedPearson(x, y, w) drops pairs with missing or zero weight and rejects negative weights', () => {
    expect(weightedPearson([1, 2, 3, 4, 9], [1, 3, 2, 4, 0], [1, 2, 1, 3, 0]).n).toBe(4);
    expect(weightedPearson([1, 2, 3, 4, 9], [1, 3, 2, 4, 0], [1, 2, 1, 3, null]).n).toBe(4);
    expect(() => weightedPearson([1, 2, 3], [1, 2, 3], [1, -1, 1])).toThrow(RangeError);
  });

  it("weightedPearson(x, y, w) returns NaN with reason 'constant-input' for a constant column", () => {
    expect(weightedPearson([1, 1, 1, 1], [1, 2, 3, 4], [1, 2, 3, 4]).reason).toBe('constant-input');
  });
});
