import { describe, expect, it } from 'vitest';
import { aggregateCustomers, aggregateEmployees } from '../../src/analytics/aggregate.ts';
import { pearson } from '../../src/analytics/correlation.ts';
import { correlateLinked, linkUnits, linkWeights, linkedRecords, linkedReliability } from '../../src/analytics/linkage.ts';
import { adjustPValues } from '../../src/analytics/multiple-comparisons.ts';
import type { Unit } from '../../src/model/types.ts';
import { customerTable, employeeTable, linkedFixture } from './aggregate.fixtures.ts';
import type { CustomerRow, EmployeeRow } from './aggregate.fixtures.ts';

function employees(unit: string, period: string, count: number, answer: number): EmployeeRow[] {
  return Array.from({ length: count }, (_, i) => ({ unit, period, items: { a: answer, b: 1 + ((i + answer) % 5) }, enps: Math.min(10, 2 * answer) }));
}
function customers(unit: string, period: string, count: number, csat: number): CustomerRow[] {
  return Array.from({ length: count }, (_, i) => ({ unit, period, nps: i % 11, csat, ces: 1 + (i % 7), fcr: i % 2 }));
}

describe('linkUnits()', () => {
  const units: Unit[] = ['A', 'B', 'C', 'D'].map((id) => ({ id, name: id }));
  const e = employeeTable([...employees('A', '2026-Q1', 6, 4), ...employees('B', '2026-Q1', 3, 2), ...employees('D', '2026-Q1', 7, 3)], ['a', 'b']);
  const c = customerTable([...customers('A', '2026-Q1', 12, 5), ...customers('B', '2026-Q1', 12, 3), ...customers('C', '2026-Q1', 12, 4), ...customers('D', '2026-Q1', 4, 4)]);
  const employeeAggregation = aggregateEmployees(e, units);
  const customerAggregation = aggregateCustomers(c, units);

  it('links a unit only where both sides are shown', () => {
    const linked = linkUnits(employeeAggregation, customerAggregation, { employeeMetrics: ['a'], customerMetrics: ['csat'] });
    expect(linked.units).toEqual(['A', 'B', 'C', 'D']);
    expect(Array.from(linked.linked)).toEqual([1, 0, 0, 1]); // B withheld (3 respondents), C has no employees
    const records = linkedRecords(linked);
    expect(records.map((r) => [r.unit, r.employee.a, r.customerN])).toEqual([['A', 4, 12], ['D', 3, 4]]);
    // D has 4 answers: linked (the customer slice is shown) but its CSAT is below the floor.
    expect(records[1]!.customer.csat).toBeNaN();
    expect(Number.isNaN(linked.employee.get('a')![1]!)).toBe(true);
  });

  it('links per period over the consecutive period axis', () => {
    const linked = linkUnits(employeeAggregation, customerAggregation, { periods: 'each' });
    expect(linked.periods).toEqual(['2026-Q1']);
    expect(linked.n).toBe(2);
  });

  it('links at a higher level of the hierarchy', () => {
    const tree: Unit[] = [{ id: 'S', name: 'S', attributes: { level: 'site' } }, ...units.map((u) => ({ ...u, parentId: 'S' }))];
    const linked = linkUnits(aggregateEmployees(e, tree), aggregateCustomers(c, tree), { level: 'site' });
    expect(linked.units).toEqual(['S']);
    expect(linked.n).toBe(1);
    expect(linked.employeeN[0]).toBe(16);
  });

  it('weights a row by the harmonic combination of both sides', () => {
    const linked = linkUnits(employeeAggregation, customerAggregation);
    expect(Array.from(linkWeights(linked))).toEqual([1 / (1 / 6 + 1 / 12), 1 / (1 / 7 + 1 / 4)]);
  });

  it('computes ICC(1), ICC(2) from respondents of linked units only', () => {
    const linked = linkUnits(employeeAggregation, customerAggregation);
    const reliability = linkedReliability(e, employeeAggregation, linked, ['a', 'b']);
    // Item a is constant within units and differs between them: all variance is between units.
    expect(reliability.a!.icc1).toBeCloseTo(1, 12);
    expect(Object.keys(reliability)).toEqual(['a', 'b']);
  });
});

describe('correlateLinked()', () => {
  const linked = linkedFixture({
    units: Array.from({ length: 12 }, (_, i) => `u${i}`),
    employee: {
      engagement: [3.1, 3.5, 2.9, 4.2, 3.8, 3.3, 4.0, 2.7, 3.6, 3.9, 3.0, 4.4],
      enps: [10, -5, 20, 35, 15, 0, 40, -20, 25, 5, -10, 50],
    },
    customer: {
      nps: [12, 20, 5, 44, 30, 18, 41, 2, 25, 35, 8, 52],
      ces: [4, 3.5, 4.2, 2.1, 3, 3.8, 2.4, 4.6, 3.3, 2.9, 4.1, 1.9],
      fcr: [70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70],
    },
  });

  it('reports every pair with all methods and BH across the pairs shown together', () => {
    const result = correlateLinked(linked);
    expect(result.caption).toBe('unit-level association');
    expect(result.pairs.map((p) => `${p.employee}×${p.customer}`)).toEqual([
      'engagement×nps', 'engagement×ces', 'engagement×fcr', 'enps×nps', 'enps×ces', 'enps×fcr',
    ]);
    const first = result.pairs[0]!;
    const direct = pearson(linked.employee.get('engagement')!, linked.customer.get('nps')!);
    expect(first.pearson.r).toBe(direct.r);
    expect(first.n).toBe(12);
    expect(first.spearman.rho).toBeGreaterThan(0.8);
    expect(first.kendall.tau).toBeGreaterThan(0.6);
    expect(first.weighted.r).toBeCloseTo(direct.r, 12); // equal weights
    // FCR is constant: NaN with a reason, left out of the BH family.
    const constant = result.pairs[2]!;
    expect(constant.pearson.r).toBeNaN();
    expect(constant.pearson.reason).toBe('constant-input');
    expect(constant.pAdjusted).toBeNaN();
    const finite = result.pairs.filter((p) => Number.isFinite(p.pearson.p));
    const expected = adjustPValues(finite.map((p) => p.pearson.p), 'bh');
    finite.forEach((p, i) => expect(p.pAdjusted).toBeCloseTo(expected[i]!, 15));
    for (const p of finite) expect(p.pAdjustedByMethod.pearson).toBe(p.pAdjusted);
  });
});
