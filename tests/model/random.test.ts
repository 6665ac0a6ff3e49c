import { describe, expect, it } from 'vitest';
import { createRandom, deterministicLog, type Random } from '../../src/model/random.ts';

describe('Random', () => {
  it('gives the same stream for the same seed and stream id', () => {
    const a = createRandom(2026);
    const b = createRandom(2026);
    const xs = Array.from({ length: 100 }, () => a.nextUint32());
    const ys = Array.from({ length: 100 }, () => b.nextUint32());
    expect(xs).toEqual(ys);
  });

  it('gives different streams for different seeds and stream ids', () => {
    const first = (r: Random) => Array.from({ length: 8 }, () => r.nextUint32());
    expect(first(createRandom(1))).not.toEqual(first(createRandom(2)));
    expect(first(createRandom(1, 0))).not.toEqual(first(createRandom(1, 1)));
    expect(first(createRandom(2 ** 32 + 1))).not.toEqual(first(createRandom(1)));
  });

  it('pins the first outputs of seed 2026, so a change of algorithm is deliberate', () => {
    const r = createRandom(2026);
    // Checked against an independent Python implementation of splitmix32 + sfc32. Changing these
    // changes every sample dataset: update only on purpose.
    expect(Array.from({ length: 4 }, () => r.nextUint32())).toEqual([2217379464, 1137370951, 187873474, 465124872]);
  });

  it('uniform() stays in [0, 1) with mean ½ and variance 1/12', () => {
    const r = createRandom(7);
    let sum = 0;
    let sumSq = 0;
    let outside = 0;
    const n = 200_000;
    for (let i = 0; i < n; i++) {
      const u = r.uniform();
      if (!(u >= 0 && u < 1)) outside++;
      sum += u;
      sumSq += u * u;
    }
    const mean = sum / n;
    expect(outside).toBe(0);
    expect(mean).toBeCloseTo(0.5, 2);
    expect(sumSq / n - mean * mean).toBeCloseTo(1 / 12, 3);
  });

  it('normal(mean, sd) has the requested moments and normal tails', () => {
    const r = createRandom(11);
    const n = 200_000;
    let sum = 0;
    let sumSq = 0;
    let beyond196 = 0;
    for (let i = 0; i < n; i++) {
      const z = r.normal();
      sum += z;
      sumSq += z * z;
      if (Math.abs(z) > 1.959964) beyond196++;
    }
    expect(sum / n).toBeCloseTo(0, 2);
    expect(sumSq / n).toBeCloseTo(1, 1);
    expect(beyond196 / n).toBeCloseTo(0.05, 2);
    const shifted = Array.from({ length: 20_000 }, () => r.normal(10, 3));
    expect(shifted.reduce((a, b) => a + b, 0) / shifted.length).toBeCloseTo(10, 1);
  });

  it('int(lo, hi) covers both ends uniformly', () => {
    const r = createRandom(3);
    const counts = new Array<number>(6).fill(0);
    for (let i = 0; i < 60_000; i++) {
      const k = r.int(1, 6);
      counts[k - 1] = (counts[k - 1] ?? 0) + 1;
    }
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(400);
    expect(() => r.int(3, 2)).toThrow(RangeError);
  });

  it('pick() and shuffle() use every element and keep the multiset', () => {
    const r = createRandom(5);
    const items = ['a', 'b', 'c', 'd'];
    const seen = new Set(Array.from({ length: 100 }, () => r.pick(items)));
    expect(seen.size).toBe(4);
    const deck = Array.from({ length: 52 }, (_, i) => i);
    const shuffled = r.shuffle([...deck]);
    expect(shuffled).not.toEqual(deck);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(deck);
    expect(() => r.pick([])).toThrow(RangeError);
  });
});

describe('deterministicLog', () => {
  it('matches Math.log to 1e-15 relative over many magnitudes', () => {
    for (const x of [1e-300, 1e-10, 2 ** -33, 0.001, 0.1, 0.5, 0.7071, 0.9999999, 1, 1.5, 2, Math.E, 10, 12345.678, 1e20, 1.7e308]) {
      const expected = Math.log(x);
      expect(Math.abs(deterministicLog(x) - expected)).toBeLessThanOrEqual(1e-15 * Math.max(1, Math.abs(expected)));
    }
    expect(deterministicLog(1)).toBe(0);
  });

  it('returns -Infinity at 0 and NaN for negative input', () => {
    expect(deterministicLog(0)).toBe(-Infinity);
    expect(deterministicLog(-1)).toBeNaN();
    expect(deterministicLog(Number.NaN)).toBeNaN();
  });
});
