import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ORGANISATION_UNIT, analyze } from '../../src/analytics/analyze.ts';
import type { AnalysisResult, UnitSummary } from '../../src/analytics/analyze.ts';
import type { Unit } from '../../src/model/types.ts';
import { customerTable, employeeTable, syntheticDataset } from './aggregate.fixtures.ts';
import type { CustomerRow, EmployeeRow } from './aggregate.fixtures.ts';
import { LinearAttacker } from './linear-attacker.ts';

const K = 5;
const QUARTERS = ['2026-Q1', '2026-Q2', '2026-Q3'];

/** Every employee figure an analysis shows, with the period it covers ('all' for totals). */
function shownCells(result: AnalysisResult): { unit: string; period: string; summary: UnitSummary }[] {
  const cells = result.units.map((summary) => ({ unit: summary.unit, period: 'all', summary }));
  if (result.organisation) cells.push({ unit: ORGANISATION_UNIT, period: 'all', summary: result.organisation });
  for (const { period, units, organisation } of result.periods) {
    for (const summary of units) cells.push({ unit: summary.unit, period, summary });
    if (organisation) cells.push({ unit: ORGANISATION_UNIT, period, summary: organisation });
  }
  return cells;
}

describe('organisation-wide summary', () => {
  const data = syntheticDataset({ teams: 60, teamsPerSite: 10, sitesPerRegion: 3, quarters: 4 });
  const result = analyze(data.employees, data.customers, data.units, { granularity: 'quarter' });

  it('publishes the whole organisation overall and per period, outside the unit list', () => {
    expect(result.organisation).toMatchObject({ unit: ORGANISATION_UNIT, parentId: null });
    expect(result.units.some((u) => u.unit === ORGANISATION_UNIT)).toBe(false);
    expect(result.units.filter((u) => u.level === 'region').every((u) => u.parentId === null)).toBe(true);
    let respondents = 0;
    for (let row = 0; row < data.employees.length; row++) if (data.employees.unit.codes[row] !== 0xffffffff) respondents++;
    expect(result.organisation!.employees!.n).toBe(respondents);
    expect(result.organisation!.customers!.n).toBe(data.customers.length);
    expect(result.periods).toHaveLength(4);
    for (const { organisation } of result.periods) expect(organisation?.customers?.n).toBe(data.customers.length / 4);
  });

  it('is never linked: correlations and quadrants see the same units as before', () => {
    expect(result.linkedUnits).toBe(result.units.filter((u) => u.level === 'team' && u.employees && u.customers).length);
    expect(result.quadrants.points.some((p) => p.unit === ORGANISATION_UNIT)).toBe(false);
    const regional = analyze(data.employees, data.customers, data.units, { level: 'region' });
    expect(regional.linkedUnits).toBeLessThanOrEqual(2);
  });

  it('hides the other root when showing the total would expose a small root by subtraction', () => {
    const rows: EmployeeRow[] = [
      ...Array.from({ length: 3 }, () => ({ unit: 'A', period: '2026-Q1', items: { x: 4 }, enps: 9 })),
      ...Array.from({ length: 20 }, () => ({ unit: 'B', period: '2026-Q1', items: { x: 3 }, enps: 7 })),
    ];
    const customers = customerTable([{ unit: 'A', period: '2026-Q1', nps: 9 }, { unit: 'B', period: '2026-Q1', nps: 5 }]);
    const small = analyze(employeeTable(rows, ['x']), customers, undefined);
    const a = small.units.find((u) => u.unit === 'A')!;
    const b = small.units.find((u) => u.unit === 'B')!;
    expect(a.employees).toBeNull();
    expect(a.employeesSuppressed).toBe('below-threshold');
    // Organisation (23) − B (20) would give A's 3 respondents.
    expect(small.organisation!.employees !== null && b.employees !== null).toBe(false);
  });

  it('property: with the organisation shown, no group of 1..k−1 is recoverable from any shown figures', () => {
    const arbitrary = fc
      .integer({ min: 1, max: 6 })
      .chain((size) => fc.record({
        parent: fc.tuple(...Array.from({ length: size }, (_, i) => fc.integer({ min: -1, max: i - 1 }))),
        periods: fc.integer({ min: 1, max: 3 }),
        counts: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 12 })), { minLength: size * 3, maxLength: size * 3 }),
      }));
    fc.assert(
      fc.property(arbitrary, ({ parent, periods: P, counts }) => {
        const U = parent.length;
        const units: Unit[] = parent.map((p, u) => ({ id: `U${u}`, name: `U${u}`, ...(p >= 0 ? { parentId: `U${p}` } : {}) }));
        const own = (u: number, p: number) => counts[u * 3 + p]!;
        const rows: EmployeeRow[] = [];
        const customerRows: CustomerRow[] = [];
        for (let u = 0; u < U; u++) {
          for (let p = 0; p < P; p++) {
            for (let i = 0; i < own(u, p); i++) rows.push({ unit: `U${u}`, period: QUARTERS[p]!, items: { x: 1 + ((u + i) % 5) }, enps: (u * 3 + i) % 11 });
            customerRows.push({ unit: `U${u}`, period: QUARTERS[p]!, nps: 8 });
          }
        }
        if (rows.length === 0) return;
        const result = analyze(employeeTable(rows, ['x']), customerTable(customerRows), units, { granularity: 'quarter' });
        const inSubtree = (root: number, w: number) => {
          for (let v = w; v >= 0; v = parent[v]!) if (v === root) return true;
          return false;
        };
        const atoms = U * P;
        const cellVector = (unit: string, column: number | 'all') => {
          const v = new Float64Array(atoms);
          const root = unit === ORGANISATION_UNIT ? -1 : Number(unit.slice(1));
          for (let w = 0; w < U; w++) {
            if (root >= 0 && !inSubtree(root, w)) continue;
            for (let p = 0; p < P; p++) if (column === 'all' || column === p) v[w * P + p] = 1;
          }
          return v;
        };
        const count = (v: Float64Array) => v.reduce((sum, x, i) => sum + x * own(Math.floor(i / P), i % P), 0);
        const attacker = new LinearAttacker(atoms);
        const columnOf = (period: string) => (period === 'all' ? 'all' : QUARTERS.indexOf(period));
        for (const { unit, period, summary } of shownCells(result)) {
          if (summary.employees) {
            const v = cellVector(unit, columnOf(period));
            expect(summary.employees.n).toBe(count(v));
            attacker.learn(v);
          } else if (!summary.employeesSuppressed) {
            attacker.learn(cellVector(unit, columnOf(period))); // known to be empty
          }
        }
        // Cells absent from a period's list are known to be empty too.
        for (const { period, units: listed } of result.periods) {
          for (let u = 0; u < U; u++) if (!listed.some((s) => s.unit === `U${u}`)) attacker.learn(cellVector(`U${u}`, columnOf(period)));
        }
        const groups: Float64Array[] = [];
        for (let u = 0; u < U; u++) {
          for (const column of [...Array.from({ length: P }, (_, p) => p), 'all' as const]) {
            groups.push(cellVector(`U${u}`, column));
            const ownRows = new Float64Array(atoms);
            for (let p = 0; p < P; p++) if (column === 'all' || column === p) ownRows[u * P + p] = 1;
            groups.push(ownRows);
          }
        }
        for (const group of groups) {
          const n = count(group);
          if (n > 0 && n < K) expect(attacker.knows(group), `a group of ${n} is recoverable`).toBe(false);
        }
      }),
      { numRuns: Number(process.env.ANONYMITY_RUNS ?? 150) },
    );
  });
});
