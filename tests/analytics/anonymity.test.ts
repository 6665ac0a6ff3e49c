import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CELL_BELOW_THRESHOLD, CELL_COMPLEMENTARY, CELL_SHOWN, isSafeDifference, suppressSmallGroups, suppressionReason,
} from '../../src/analytics/anonymity.ts';
import type { SuppressionInput } from '../../src/analytics/anonymity.ts';
import { LinearAttacker } from './linear-attacker.ts';

const K = 5;

interface Case {
  parent: number[];
  periodCount: number;
  ownCounts: number[];
}

/** Subtree membership: inSubtree[u][v] is true when v is u or a descendant of u. */
function subtrees(parent: number[]): boolean[][] {
  return parent.map((_, u) => parent.map((__, v) => {
    for (let w = v; w >= 0; w = parent[w]!) if (w === u) return true;
    return false;
  }));
}

/** Indicator vectors over atoms (unit, period incl. ⊥ = P) of published and virtual cells. */
function cellVectors(c: Case) {
  const P = c.periodCount;
  const U = c.parent.length;
  const atoms = U * (P + 1);
  const inSubtree = subtrees(c.parent);
  const published = (u: number, column: number): Float64Array => {
    const v = new Float64Array(atoms);
    for (let w = 0; w < U; w++) {
      if (!inSubtree[u]![w]) continue;
      for (let p = 0; p <= P; p++) if (column === P || p === column) v[w * (P + 1) + p] = 1;
    }
    return v;
  };
  const bottom = (u: number): Float64Array => {
    const v = new Float64Array(atoms);
    for (let w = 0; w < U; w++) if (inSubtree[u]![w]) v[w * (P + 1) + P] = 1;
    return v;
  };
  const own = (u: number, column: number): Float64Array => {
    const v = new Float64Array(atoms);
    for (let p = 0; p <= P; p++) if (column === P + 1 || p === column) v[u * (P + 1) + p] = 1;
    return v;
  };
  const count = (v: Float64Array): number => v.reduce((sum, x, i) => sum + x * c.ownCounts[i]!, 0);
  return { atoms, published, bottom, own, count };
}

const caseArbitrary: fc.Arbitrary<Case> = fc
  .record({ units: fc.integer({ min: 1, max: 7 }), periodCount: fc.integer({ min: 1, max: 3 }) })
  .chain(({ units, periodCount }) =>
    fc.record({
      parent: fc.tuple(...Array.from({ length: units }, (_, i) => fc.integer({ min: -1, max: i - 1 }))),
      periodCount: fc.constant(periodCount),
      ownCounts: fc.array(
        fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 3, arbitrary: fc.integer({ min: 5, max: 14 }) }),
        { minLength: units * (periodCount + 1), maxLength: units * (periodCount + 1) },
      ),
      bottomShare: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  )
  .map(({ parent, periodCount, ownCounts, bottomShare }) => ({
    parent,
    periodCount,
    // Rows with no assignable period are rarer: keep about a quarter of them.
    ownCounts: ownCounts.map((x, i) => (i % (periodCount + 1) === periodCount && ((i * 7919) % 100) / 100 > bottomShare * 0.5 ? 0 : x)),
  }));

function run(c: Case, extra: Partial<SuppressionInput> = {}) {
  return suppressSmallGroups({ parent: c.parent, periodCount: c.periodCount, ownCounts: c.ownCounts, minCount: K, ...extra });
}

describe('suppressSmallGroups()', () => {
  it('hides a child of 3 and its next-smallest sibling', () => {
    // Site 0 with teams 1 (3 respondents), 2 (6) and 3 (9); one period.
    const result = run({ parent: [-1, 0, 0, 0], periodCount: 1, ownCounts: [0, 0, 3, 0, 6, 0, 9, 0] });
    const P = 1;
    const at = (u: number, column: number) => result.status[u * (P + 1) + column];
    expect(at(1, 0)).toBe(CELL_BELOW_THRESHOLD);
    expect(at(2, 0)).toBe(CELL_COMPLEMENTARY);
    expect(at(3, 0)).toBe(CELL_SHOWN);
    expect(at(0, 0)).toBe(CELL_SHOWN);
    expect(result.counts[0]).toBe(18);
    expect(suppressionReason(at(1, 0)!)).toBe('below-threshold');
    expect(suppressionReason(at(2, 0)!)).toBe('complementary');
  });

  it('hides a parent that has a single child below threshold', () => {
    const result = run({ parent: [-1, 0], periodCount: 1, ownCounts: [0, 0, 3, 0] });
    expect(Array.from(result.status)).toEqual([CELL_BELOW_THRESHOLD, CELL_BELOW_THRESHOLD, CELL_BELOW_THRESHOLD, CELL_BELOW_THRESHOLD]);
  });

  it('protects a small period against the all-periods total', () => {
    // One unit: 3 respondents in Q1, 20 in Q2; the total (23) minus Q2 would give Q1.
    const result = run({ parent: [-1], periodCount: 2, ownCounts: [3, 20, 0] });
    expect(result.status[0]).toBe(CELL_BELOW_THRESHOLD);
    expect(result.status[1]).not.toBe(CELL_SHOWN);
  });

  it('protects respondents attached to a parent directly', () => {
    // Site 0 has 2 respondents of its own and two teams of 10: site − teams would give them.
    const result = run({ parent: [-1, 0, 0], periodCount: 1, ownCounts: [2, 0, 10, 0, 10, 0] });
    const shown = [0, 1, 2].filter((u) => result.status[u * 2] === CELL_SHOWN);
    expect(shown.length).toBeLessThan(3);
  });

  it('isSafeDifference() allows empty or large complements only', () => {
    expect(isSafeDifference(20, 20, 5)).toBe(true);
    expect(isSafeDifference(20, 15, 5)).toBe(true);
    expect(isSafeDifference(20, 16, 5)).toBe(false);
  });

  it('property: no group of 1..k−1 is recoverable by any linear combination of shown cells', () => {
    // Hiding a whole table is the safe last resort when no cheaper fix exists: about 1 case in
    // 2,200 (18 of 40,000 with seed 1). It must stay rare; privacy must hold every time.
    let casesWithFallback = 0;
    let cases = 0;
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const result = run(c);
        const P = c.periodCount;
        const U = c.parent.length;
        const v = cellVectors(c);
        const attacker = new LinearAttacker(v.atoms);
        for (let u = 0; u < U; u++) {
          for (let column = 0; column <= P; column++) {
            if (result.status[u * (P + 1) + column] === CELL_SHOWN) attacker.learn(v.published(u, column));
          }
        }
        // The attacker also knows every empty group (absent cells, no rows without a period, ...).
        const isParentOf = c.parent.map((_, u) => c.parent.includes(u));
        for (let u = 0; u < U; u++) {
          const virtual = [v.bottom(u), ...(isParentOf[u] ? Array.from({ length: P + 2 }, (_, column) => v.own(u, column)) : [])];
          for (const group of virtual) if (v.count(group) === 0) attacker.learn(group);
        }
        const small = (vector: Float64Array) => {
          const n = v.count(vector);
          return n > 0 && n < K;
        };
        const isParent = c.parent.map((_, u) => c.parent.includes(u));
        for (let u = 0; u < U; u++) {
          const groups = [v.bottom(u)];
          for (let column = 0; column <= P; column++) groups.push(v.published(u, column));
          if (isParent[u]) for (let column = 0; column <= P + 1; column++) groups.push(v.own(u, column));
          for (const group of groups) {
            if (small(group)) expect(attacker.knows(group), `group of ${v.count(group)} in unit ${u}`).toBe(false);
          }
        }
        cases++;
        if (result.fallbacks > 0) casesWithFallback++;
      }),
      { numRuns: Number(process.env.ANONYMITY_RUNS ?? 400) },
    );
    expect(casesWithFallback).toBeLessThanOrEqual(Math.max(3, Math.ceil(cases * 0.005)));
  });

  it('a case that needs the last-resort fallback still hides every small group, and only one table', () => {
    // Found by the property above: units 1, 2, 3, 5 under 0; 4 under 1; 6 under 4; three periods.
    const c = { parent: [-1, 0, 0, 0, 1, 0, 4], periodCount: 3, ownCounts: [5, 0, 1, 0, 5, 0, 0, 0, 5, 5, 0, 0, 1, 1, 5, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 0] };
    const result = run(c);
    expect(result.fallbacks).toBe(1);
    const v = cellVectors(c);
    const attacker = new LinearAttacker(v.atoms);
    const P = c.periodCount;
    for (let u = 0; u < c.parent.length; u++) {
      for (let column = 0; column <= P; column++) if (result.status[u * (P + 1) + column] === CELL_SHOWN) attacker.learn(v.published(u, column));
    }
    for (let u = 0; u < c.parent.length; u++) {
      for (let column = 0; column <= P; column++) {
        const n = v.count(v.published(u, column));
        if (n > 0 && n < K) expect(attacker.knows(v.published(u, column))).toBe(false);
      }
    }
    // Some figures stay shown: the fallback hid one table, not the whole organisation.
    expect(Array.from(result.status).some((status) => status === CELL_SHOWN)).toBe(true);
  });

  it('property: in every shown parent cell, hidden children and own rows pool 0 or ≥ k respondents', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const result = run(c);
        const P = c.parent.length > 0 ? c.periodCount : 0;
        const U = c.parent.length;
        for (let u = 0; u < U; u++) {
          const children = c.parent.flatMap((p, child) => (p === u ? [child] : []));
          if (children.length === 0) continue;
          for (let column = 0; column <= P; column++) {
            if (result.status[u * (P + 1) + column] !== CELL_SHOWN) continue;
            let pooled = 0;
            for (const child of children) if (result.status[child * (P + 1) + column] !== CELL_SHOWN) pooled += result.counts[child * (P + 1) + column]!;
            const own = column < P ? c.ownCounts[u * (P + 1) + column]! : c.ownCounts.slice(u * (P + 1), (u + 1) * (P + 1)).reduce((a, b) => a + b, 0);
            pooled += own;
            expect(pooled === 0 || pooled >= K).toBe(true);
          }
        }
      }),
      { numRuns: Number(process.env.ANONYMITY_RUNS ?? 400) },
    );
  });

  it('property: a cell shown never has 0 < n < k', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const result = run(c);
        result.status.forEach((status, i) => {
          if (status === CELL_SHOWN) expect(result.counts[i] === 0 || result.counts[i]! >= K).toBe(true);
        });
      }),
      { numRuns: 200 },
    );
  });
});
