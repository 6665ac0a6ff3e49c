import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PairwiseCorrelator, RankedColumn, kendall, pearson, spearman, weightedPearson } from '../../src/analytics/correlation.ts';
import { lagCorrelations } from '../../src/analytics/lags.ts';
import { adjustPValues } from '../../src/analytics/multiple-comparisons.ts';
import { denseGroups, icc, iccOfGroups } from '../../src/analytics/reliability.ts';
import { expectClose } from '../helpers/close.ts';
import { linkedFixture, seededRandom } from './aggregate.fixtures.ts';

interface PearsonCase {
  name: string;
  x: number[];
  y: number[];
  /** Exact r of the float64 inputs (rational sums, 50-digit square root). */
  r: number;
}
interface IccCase {
  name: string;
  values: number[];
  groups: number[];
  icc1: number;
  icc2: number;
  bms: number;
  wms: number;
  f: number;
  /** scipy.stats.f_oneway on the same groups. */
  fScipy: number;
  groupCount: number;
  n: number;
}

const reference = JSON.parse(readFileSync(new URL('../fixtures/reference/kernels.json', import.meta.url), 'utf8')) as {
  pearson: PearsonCase[];
  icc: IccCase[];
};

/** Columns with ties and gaps (NaN, ±Infinity) at seeded places. */
function gappyColumns(seed: number, n: number, gaps: number, levels: number): { x: Float64Array; y: Float64Array; w: Float64Array } {
  const random = seededRandom(seed);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = Math.floor(random() * levels);
    x[i] = a / 4;
    y[i] = Math.round((a + 3 * random()) * 2) / 2;
    w[i] = 1 + Math.floor(random() * 20);
  }
  for (let k = 0; k < gaps; k++) {
    const i = Math.floor(random() * n);
    const missing = [Number.NaN, Infinity, -Infinity][k % 3] as number;
    if (k % 2) x[i] = missing;
    else y[i] = missing;
  }
  return { x, y, w };
}

describe('one-pass Pearson against exact sums', () => {
  it.each(reference.pearson.map((c) => [c.name, c] as const))('pearson(x, y) is within 1e-13 of the exact r: %s', (_, c) => {
    const result = pearson(Float64Array.from(c.x), Float64Array.from(c.y));
    expect(result.n).toBe(c.x.length);
    expectClose(result.r, c.r, { abs: 1e-13 }, 'r');
  });

  it('gives the same bits with gaps as on the compacted complete pairs', () => {
    const { x, y } = gappyColumns(5, 3000, 400, 9);
    const keep = Array.from(x, (v, i) => Number.isFinite(v) && Number.isFinite(y[i]!));
    const xs = Float64Array.from(x.filter((_, i) => keep[i]));
    const ys = Float64Array.from(y.filter((_, i) => keep[i]));
    expect(pearson(x, y)).toEqual(pearson(xs, ys));
    expect(spearman(x, y)).toEqual(spearman(xs, ys));
    expect(weightedPearson(x, y, Float64Array.from(x, () => 3))).toEqual(weightedPearson(xs, ys, Float64Array.from(xs, () => 3)));
  });

  it.each([0.1, 1e9 + 0.1, -7.3e-12, 2 ** 52 + 1])("returns 'constant-input' for a constant column of %s however the shift rounds", (value) => {
    const x = new Float64Array(2000).fill(value);
    const y = Float64Array.from(x, (_, i) => i % 17);
    expect(pearson(x, y).reason).toBe('constant-input');
    expect(pearson(y, x).reason).toBe('constant-input');
    expect(spearman(x, y).reason).toBe('constant-input');
  });

  it('is exactly symmetric and keeps |r| ≤ 1 (property)', () => {
    const column = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 3, maxLength: 60 });
    fc.assert(
      fc.property(column, column, fc.double({ min: -1e9, max: 1e9, noNaN: true }), (a, b, offset) => {
        const n = Math.min(a.length, b.length);
        const x = Float64Array.from(a.slice(0, n), (v) => v + offset);
        const y = Float64Array.from(b.slice(0, n));
        const forward = pearson(x, y);
        const backward = pearson(y, x);
        expect(backward.r).toBe(forward.r);
        expect(backward.reason).toBe(forward.reason);
        if (!Number.isNaN(forward.r)) expect(Math.abs(forward.r)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('is invariant to affine transforms: r(ax + b, cy + d) = sign(ac)·r(x, y) (property)', () => {
    // Scales are powers of two and offsets integers, so the transformed values are exact and
    // any difference comes from the algorithm, not from rounding the inputs.
    const values = fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 3, maxLength: 80 });
    const scale = fc.tuple(fc.integer({ min: -10, max: 10 }), fc.boolean()).map(([k, negative]) => (negative ? -1 : 1) * 2 ** k);
    const offset = fc.integer({ min: -1e9, max: 1e9 });
    fc.assert(
      fc.property(values, values, scale, scale, offset, offset, (a, b, sa, sc, da, dc) => {
        const n = Math.min(a.length, b.length);
        const x = Float64Array.from(a.slice(0, n));
        const y = Float64Array.from(b.slice(0, n));
        const base = pearson(x, y);
        const movedX = x.map((v) => sa * v + da);
        const movedY = y.map((v) => sc * v + dc);
        const moved = pearson(movedX, movedY);
        expect(moved.reason).toBe(base.reason);
        if (Number.isNaN(base.r)) return;
        expectClose(moved.r, Math.sign(sa * sc) * base.r, { abs: 1e-12 });
        expectClose(spearman(movedX, y).rho, Math.sign(sa) * spearman(x, y).rho, { abs: 1e-12 });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps Benjamini–Hochberg monotone: adjusted p follow the order of p and never fall below it (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 50 }), (p) => {
        const adjusted = adjustPValues(p, 'bh');
        for (let i = 0; i < p.length; i++) {
          expect(adjusted[i]!).toBeGreaterThanOrEqual(p[i]!);
          expect(adjusted[i]!).toBeLessThanOrEqual(1);
          for (let j = 0; j < p.length; j++) if (p[i]! < p[j]!) expect(adjusted[i]!).toBeLessThanOrEqual(adjusted[j]!);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('PairwiseCorrelator', () => {
  it.each([
    ['no gaps, many ties', 0, 5],
    ['gaps on both sides, many ties', 60, 5],
    ['gaps, few ties', 60, 1000],
  ] as const)('gives exactly what pearson, spearman, kendall and weightedPearson give: %s', (_, gaps, levels) => {
    const n = 500;
    const first = gappyColumns(1, n, gaps, levels);
    const second = gappyColumns(2, n, gaps, levels);
    const columns = [first.x, first.y, second.x, second.y].map((values) => new RankedColumn(values));
    const correlator = new PairwiseCorrelator(n);
    for (const x of columns) {
      for (const y of columns) {
        if (x === y) continue;
        const result = correlator.correlate(x, y, first.w);
        expect(result.pearson).toEqual(pearson(x.values, y.values));
        expect(result.spearman).toEqual(spearman(x.values, y.values));
        expect(result.kendall).toEqual(kendall(x.values, y.values));
        expect(result.weighted).toEqual(weightedPearson(x.values, y.values, first.w));
      }
    }
  });

  it('handles too few pairs and constant columns with the same reasons', () => {
    const correlator = new PairwiseCorrelator(4);
    const constant = new RankedColumn([2, 2, 2, 2]);
    const varied = new RankedColumn([1, 3, 2, 4]);
    const sparse = new RankedColumn([1, null, null, 4]);
    expect(correlator.correlate(constant, varied).kendall.reason).toBe('constant-input');
    expect(correlator.correlate(varied, constant).spearman.reason).toBe('constant-input');
    const few = correlator.correlate(sparse, varied);
    expect([few.n, few.pearson.reason, few.spearman.reason, few.kendall.reason]).toEqual([2, 'too-few-pairs', 'too-few-pairs', 'too-few-pairs']);
    expect(() => correlator.correlate(new RankedColumn([1, 2, 3]), varied)).toThrow(RangeError);
  });

  it('sorts a column once: its order lists the present rows by value, ties in row order', () => {
    const column = new RankedColumn([3, Number.NaN, 1, 3, null, 2]);
    expect(Array.from(column.order)).toEqual([2, 5, 0, 3]);
    expect(column.complete).toBe(false);
  });
});

describe('lagCorrelations() reads the panel in place', () => {
  it('equals pearson of the explicit (t, t + k) pairs at every lag', () => {
    const random = seededRandom(17);
    const units = Array.from({ length: 40 }, (_, i) => `u${i}`);
    const periods = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2'];
    const employee = units.flatMap(() => periods.map(() => (random() < 0.1 ? Number.NaN : Math.round(random() * 50) / 10)));
    const customer = units.flatMap(() => periods.map(() => (random() < 0.1 ? Number.NaN : Math.round(random() * 100))));
    const panel = linkedFixture({ units, periods, employee: { engagement: employee }, customer: { nps: customer } });
    const result = lagCorrelations(panel, { employee: 'engagement', customer: 'nps', maxLag: 2 });
    const P = periods.length;
    for (const lag of result.lags) {
      const xs: number[] = [];
      const ys: number[] = [];
      for (let u = 0; u < units.length; u++) {
        for (let t = Math.max(0, -lag.lag); t < P && t + lag.lag < P; t++) {
          xs.push(employee[u * P + t]!);
          ys.push(customer[u * P + t + lag.lag]!);
        }
      }
      const direct = pearson(xs, ys);
      expect([lag.n, lag.r, lag.p]).toEqual([direct.n, direct.r, direct.p]);
    }
  });
});

describe('icc() in one pass against exact sums and scipy', () => {
  it.each(reference.icc.map((c) => [c.name, c] as const))('ICC(1), ICC(2), BMS, WMS match the exact ANOVA: %s', (_, c) => {
    const result = icc(c.values, c.groups);
    expect([result.n, result.groups]).toEqual([c.n, c.groupCount]);
    expectClose(result.icc1, c.icc1, { abs: 1e-12 }, 'icc1');
    expectClose(result.icc2, c.icc2, { abs: 1e-12 }, 'icc2');
    expectClose(result.bms, c.bms, { rel: 1e-12 }, 'bms');
    expectClose(result.wms, c.wms, { rel: 1e-12 }, 'wms');
    expectClose(result.f, c.fScipy, { rel: 1e-9 }, 'F vs scipy.stats.f_oneway');
  });

  it('gives the same result whatever the group codes (dense lookup or Map)', () => {
    const c = reference.icc[1]!;
    const dense = icc(c.values, c.groups);
    const sparse = icc(c.values, c.groups.map((g) => g * 1e7 + 0.5));
    const negative = icc(c.values, c.groups.map((g) => -g));
    expect(sparse).toEqual(dense);
    expect(negative).toEqual(dense);
  });

  it('numbers groups in order of first appearance and drops missing codes', () => {
    const { index, count } = denseGroups([7, null, 3, 7, Number.NaN, 3, 0xffffffff, 9]);
    expect(Array.from(index)).toEqual([0, -1, 1, 0, -1, 1, -1, 2]);
    expect(count).toBe(3);
  });

  it('does not count groups left without values, and keeps the undefined cases', () => {
    const values = [1, 2, Number.NaN, Number.NaN, 4, 6];
    const result = iccOfGroups(values, Int32Array.from([0, 0, 1, 1, 2, 2]), 3);
    expect(result.groups).toBe(2);
    expect(result.n).toBe(4);
    expect(icc([5, 5, 5, 5], [1, 1, 2, 2]).reason).toBe('constant-input');
    expect(icc([0.1, 0.1, 0.1, 0.1, 0.1, 0.1], [1, 1, 2, 2, 3, 3]).reason).toBe('constant-input');
    expect(icc([1, 2, 1, 2], [1, 1, 2, 2]).reason).toBe('no-between-group-variance');
    expect(icc([1, 2, 3], [1, 2, 3]).reason).toBe('no-within-group-replication');
  });
});
