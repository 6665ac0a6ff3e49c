import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aggregateCustomers, aggregateEmployees, isSuppressed, resolveUnits } from '../../src/analytics/aggregate.ts';
import type { EmployeeAggregation, EmployeeCell, EmployeeSlice } from '../../src/analytics/aggregate.ts';
import { itemMean, nps } from '../../src/analytics/metrics.ts';
import type { Unit } from '../../src/model/types.ts';
import { customerTable, employeeTable } from './aggregate.fixtures.ts';
import type { EmployeeRow } from './aggregate.fixtures.ts';

const K = 5;

function rowsOf(unit: string, period: string, count: number, answer = 4, enps = 9): EmployeeRow[] {
  return Array.from({ length: count }, (_, i) => ({ unit, period, items: { a: answer, b: i % 2 === 0 ? answer - 1 : null }, enps }));
}

function find(aggregation: EmployeeAggregation, unit: string, period: string): EmployeeCell | undefined {
  return aggregation.slices.find((s) => s.unit === unit && s.period === period);
}

const site: Unit[] = [
  { id: 'S', name: 'Site' },
  { id: 'A', name: 'Team A', parentId: 'S' },
  { id: 'B', name: 'Team B', parentId: 'S' },
  { id: 'C', name: 'Team C', parentId: 'S' },
];

describe('aggregateEmployees()', () => {
  it('counts respondents exactly per unit, period and over all periods', () => {
    const rows = [...rowsOf('A', '2026-01-15', 6), ...rowsOf('A', '2026-05-02', 7), ...rowsOf('B', '2026-02-01', 8), ...rowsOf('C', '2026-Q1', 9)];
    const result = aggregateEmployees(employeeTable(rows, ['a', 'b']), site, { granularity: 'quarter' });
    expect(result.periods).toEqual(['2026-Q1', '2026-Q2']);
    const n = (unit: string, period: string) => (find(result, unit, period) as EmployeeSlice | undefined)?.n;
    expect(n('A', '2026-Q1')).toBe(6);
    expect(n('A', '2026-Q2')).toBe(7);
    expect(n('A', 'all')).toBe(13);
    expect(n('S', '2026-Q1')).toBe(23);
    expect(n('S', 'all')).toBe(30);
    const a = find(result, 'A', 'all') as EmployeeSlice;
    expect(a.items.a?.mean).toBe(4);
    expect(a.items.a?.n).toBe(13);
    expect(a.enps?.score).toBe(100);
    expect(Object.getPrototypeOf(a.items)).toBe(null);
  });

  it('hides a team of 3 and its next-smallest sibling, and the hidden slices carry no numbers', () => {
    const rows = [...rowsOf('A', '2026-Q1', 3), ...rowsOf('B', '2026-Q1', 6), ...rowsOf('C', '2026-Q1', 9)];
    const result = aggregateEmployees(employeeTable(rows, ['a', 'b']), site);
    expect(find(result, 'A', '2026-Q1')).toEqual({ unit: 'A', period: '2026-Q1', suppressed: true, reason: 'below-threshold' });
    expect(find(result, 'B', '2026-Q1')).toEqual({ unit: 'B', period: '2026-Q1', suppressed: true, reason: 'complementary' });
    expect(isSuppressed(find(result, 'C', '2026-Q1')!)).toBe(false);
    expect((find(result, 'S', '2026-Q1') as EmployeeSlice).n).toBe(18);
    expect(result.n.some((n) => n === 3 || n === 6)).toBe(false);
    expect(JSON.stringify(result.slices)).not.toMatch(/"n":(3|6)\b/);
  });

  it('withholds an item answered by fewer than k within a shown slice', () => {
    // 6 respondents, only 3 answer item b (rowsOf answers b every other row).
    const result = aggregateEmployees(employeeTable(rowsOf('A', '2026-Q1', 6), ['a', 'b']), [{ id: 'A', name: 'A' }]);
    const slice = find(result, 'A', '2026-Q1') as EmployeeSlice;
    expect(slice.n).toBe(6);
    expect(slice.items.a).not.toBeNull();
    expect(slice.items.b).toBeNull();
  });

  it('buckets rows whose period is coarser than asked into the all-periods total only', () => {
    const rows = [...rowsOf('A', '2026-03-01', 6), ...rowsOf('A', '2026', 6)];
    const result = aggregateEmployees(employeeTable(rows, ['a']), undefined, { granularity: 'quarter' });
    expect(result.periods).toEqual(['2026-Q1']);
    expect((find(result, 'A', '2026-Q1') as EmployeeSlice).n).toBe(6);
    expect((find(result, 'A', 'all') as EmployeeSlice).n).toBe(12);
    expect(result.warnings).toContain('rows-without-period');
  });

  it('derives flat units from the unit column when no hierarchy is given', () => {
    const result = aggregateEmployees(employeeTable([...rowsOf('x', '2026-Q1', 5), ...rowsOf('y', '2026-Q1', 5)], ['a']), undefined);
    expect(result.hierarchy.units.map((u) => [u.id, u.parentId, u.level])).toEqual([['x', null, 'team'], ['y', null, 'team']]);
  });

  it('rolls up the raw rows of all descendants (not means of means), to 1e-12', () => {
    const units: Unit[] = [
      { id: 'R', name: 'R' },
      { id: 'S1', name: 'S1', parentId: 'R' },
      { id: 'S2', name: 'S2', parentId: 'R' },
      { id: 'T1', name: 'T1', parentId: 'S1' },
      { id: 'T2', name: 'T2', parentId: 'S1' },
      { id: 'T3', name: 'T3', parentId: 'S2' },
    ];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            unit: fc.constantFrom('R', 'S1', 'S2', 'T1', 'T2', 'T3'),
            period: fc.constantFrom('2026-Q1', '2026-Q2'),
            a: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
            b: fc.option(fc.double({ min: 1, max: 5, noNaN: true }), { nil: null }),
            enps: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
          }),
          { minLength: 30, maxLength: 120 },
        ),
        (raw) => {
          const rows = raw.map((r) => ({ unit: r.unit, period: r.period, items: { a: r.a, b: r.b }, enps: r.enps }));
          // k = 1 shows everything, so every slice can be compared with its raw rows.
          const result = aggregateEmployees(employeeTable(rows, ['a', 'b']), units, { minEmployees: 1 });
          const descendants = (id: string): Set<string> => {
            const set = new Set([id]);
            for (let grew = true; grew;) {
              grew = false;
              for (const u of units) if (u.parentId && set.has(u.parentId) && !set.has(u.id)) grew = set.add(u.id).size > 0;
            }
            return set;
          };
          for (const slice of result.slices) {
            expect(isSuppressed(slice)).toBe(false);
            const s = slice as EmployeeSlice;
            const members = descendants(s.unit);
            const mine = rows.filter((r) => members.has(r.unit) && (s.period === 'all' || r.period === s.period));
            expect(s.n).toBe(mine.length);
            for (const item of ['a', 'b'] as const) {
              const expected = itemMean(mine.map((r) => r.items[item] ?? Number.NaN));
              const actual = s.items[item];
              if (expected.n === 0) expect(actual?.n ?? 0).toBe(0);
              else {
                expect(actual!.n).toBe(expected.n);
                expect(actual!.mean).toBeCloseTo(expected.mean, 12);
                if (expected.n > 1) expect(actual!.sd).toBeCloseTo(expected.sd, 11);
              }
            }
            const expectedEnps = nps(mine.map((r) => r.enps ?? Number.NaN));
            expect(s.enps!.n).toBe(expectedEnps.n);
            if (expectedEnps.n > 0) expect(s.enps!.score).toBeCloseTo(expectedEnps.score, 12);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  const hierarchyArbitrary = fc
    .integer({ min: 2, max: 8 })
    .chain((count) =>
      fc.record({
        parents: fc.tuple(...Array.from({ length: count }, (_, i) => fc.integer({ min: -1, max: i - 1 }))),
        cells: fc.array(
          fc.record({
            unit: fc.integer({ min: 0, max: count - 1 }),
            period: fc.constantFrom('2026-Q1', '2026-Q2', '2026-Q3'),
            size: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 12 })),
            b2b: fc.integer({ min: 0, max: 12 }),
          }),
          { minLength: 1, maxLength: 16 },
        ),
      }),
    )
    .map(({ parents, cells }) => {
      const units: Unit[] = parents.map((p, i) => ({ id: `u${i}`, name: `u${i}`, ...(p >= 0 ? { parentId: `u${p}` } : {}) }));
      const rows: EmployeeRow[] = [];
      const segment: boolean[] = [];
      for (const cell of cells) {
        for (let i = 0; i < cell.size; i++) {
          rows.push({ unit: `u${cell.unit}`, period: cell.period, items: { a: 1 + (i % 5) }, enps: i % 11 });
          segment.push(i < cell.b2b);
        }
      }
      return { units, rows, segment };
    });

  it('property: in every shown parent slice, hidden children pool 0 or ≥ k respondents (raw own rows included)', () => {
    fc.assert(
      fc.property(hierarchyArbitrary, ({ units, rows }) => {
        const result = aggregateEmployees(employeeTable(rows, ['a']), units, { minEmployees: K });
        for (const slice of result.slices) {
          if (isSuppressed(slice)) continue;
          expect(slice.n).toBeGreaterThanOrEqual(K);
          const children = units.filter((u) => u.parentId === slice.unit);
          if (children.length === 0) continue;
          let shown = 0;
          for (const child of children) {
            const cell = find(result, child.id, slice.period);
            if (cell && !isSuppressed(cell)) shown += cell.n;
          }
          // Hidden children plus the parent's own rows (never shown): what subtraction would give.
          const pooled = slice.n - shown;
          expect(pooled === 0 || pooled >= K).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('property: a filtered slice never differs from its unfiltered slice by 1..k−1 respondents', () => {
    fc.assert(
      fc.property(hierarchyArbitrary, ({ units, rows, segment }) => {
        const table = employeeTable(rows, ['a']);
        const all = aggregateEmployees(table, units);
        const b2b = aggregateEmployees(table, units, { filter: (row) => segment[row]! });
        for (const slice of b2b.slices) {
          if (isSuppressed(slice)) continue;
          expect(slice.n).toBeGreaterThanOrEqual(K);
          const whole = find(all, slice.unit, slice.period);
          if (!whole || isSuppressed(whole)) continue;
          const complement = whole.n - slice.n;
          expect(complement === 0 || complement >= K).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('resolveUnits()', () => {
  it('adds unknown data units as roots and cuts parent cycles', () => {
    const warnings: string[] = [];
    const hierarchy = resolveUnits(
      [{ id: 'a', name: 'a', parentId: 'b' }, { id: 'b', name: 'b', parentId: 'a' }, { id: 'c', name: 'c', parentId: 'zz' }],
      ['a', 'd'],
      warnings as never,
    );
    expect(hierarchy.units.map((u) => u.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(Array.from(hierarchy.parent).filter((p) => p === -1).length).toBe(3);
    expect(warnings).toEqual(['unknown-units-added', 'unit-hierarchy-cycle']);
  });

  it('names levels from the shape of the tree unless declared', () => {
    const hierarchy = resolveUnits(site.concat([{ id: 'R', name: 'R' }]).map((u) => (u.id === 'S' ? { ...u, parentId: 'R' } : u)), []);
    expect(Object.fromEntries(hierarchy.units.map((u) => [u.id, u.level]))).toEqual({ S: 'site', A: 'team', B: 'team', C: 'team', R: 'region' });
  });
});

describe('aggregateCustomers()', () => {
  const rows = [
    ...Array.from({ length: 12 }, (_, i) => ({ unit: 'A', period: '2026-02-10', nps: i < 6 ? 10 : 3, csat: 5, ces: 2, fcr: i % 2, segment: i < 4 ? 'B2B' : 'B2C' })),
    ...Array.from({ length: 4 }, () => ({ unit: 'B', period: '2026-04-01', nps: 9, csat: 4, ces: null, fcr: 1, segment: 'B2B' })),
  ];

  it('shows n always and withholds metrics below minCustomers', () => {
    const result = aggregateCustomers(customerTable(rows), site);
    const a = result.slices.find((s) => s.unit === 'A' && s.period === '2026-Q1')!;
    expect(a.n).toBe(12);
    expect(a.nps!.score).toBe(50 - 50);
    expect(a.csat!.score).toBe(100);
    expect(a.csat!.definition).toBe('top2');
    expect(a.fcr!.score).toBe(50);
    const b = result.slices.find((s) => s.unit === 'B' && s.period === '2026-Q2')!;
    expect(b.n).toBe(4);
    expect(b.nps).toBeNull();
    const s = result.slices.find((x) => x.unit === 'S' && x.period === 'all')!;
    expect(s.n).toBe(16);
    expect(s.nps!.n).toBe(16);
    expect(s.ces!.n).toBe(12);
  });

  it('filters by segment', () => {
    const result = aggregateCustomers(customerTable(rows), site, { filter: { segment: 'B2B' }, minCustomers: 1 });
    expect(result.slices.find((x) => x.unit === 'S' && x.period === 'all')!.n).toBe(8);
  });
});
