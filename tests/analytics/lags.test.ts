import { describe, expect, it } from 'vitest';
import { aggregateCustomers, aggregateEmployees } from '../../src/analytics/aggregate.ts';
import { lagCorrelations } from '../../src/analytics/lags.ts';
import { linkUnits } from '../../src/analytics/linkage.ts';
import { customerTable, employeeTable, linkedFixture, seededRandom } from './aggregate.fixtures.ts';
import type { CustomerRow, EmployeeRow } from './aggregate.fixtures.ts';

describe('lagCorrelations()', () => {
  it('pairs EX(t) with CX(t + k): r = 1 at lag 1 when customers repeat employees one period later', () => {
    const random = seededRandom(3);
    const units = Array.from({ length: 15 }, (_, i) => `u${i}`);
    const periods = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1'];
    const employee: number[] = [];
    const customer: number[] = [];
    for (let u = 0; u < units.length; u++) {
      const ex = periods.map(() => random());
      employee.push(...ex);
      customer.push(random(), ...ex.slice(0, -1)); // CX(t + 1) = EX(t)
    }
    const panel = linkedFixture({ units, periods, employee: { engagement: employee }, customer: { nps: customer } });
    const result = lagCorrelations(panel, { employee: 'engagement', customer: 'nps', maxLag: 2 });
    expect(result.lags.map((l) => l.lag)).toEqual([-2, -1, 0, 1, 2]);
    const lag1 = result.lags.find((l) => l.lag === 1)!;
    expect(lag1.r).toBeCloseTo(1, 12);
    expect(lag1.n).toBe(15 * 4);
    expect(lag1.direction).toBe('employee-leads');
    expect(result.lags.find((l) => l.lag === -2)!.n).toBe(15 * 3);
    expect(result.lags.find((l) => l.lag === -1)!.direction).toBe('customer-leads');
    for (const lag of result.lags) if (lag.lag !== 1) expect(Math.abs(lag.r)).toBeLessThan(0.5);
    // BH over the family of five lags: the adjusted p is never below the raw p.
    for (const lag of result.lags) expect(lag.pAdjusted).toBeGreaterThanOrEqual(lag.p);
  });

  it('works end to end from rows, each side only where shown', () => {
    // Item a of team u in quarter t equals the CES customers give it in quarter t + 1.
    const random = seededRandom(11);
    const quarters = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'];
    const employeeRows: EmployeeRow[] = [];
    const customerRows: CustomerRow[] = [];
    for (let u = 0; u < 12; u++) {
      const level = quarters.map(() => 1 + Math.floor(random() * 5));
      quarters.forEach((period, t) => {
        for (let i = 0; i < 6; i++) employeeRows.push({ unit: `u${u}`, period, items: { a: level[t]! } });
        const ces = t === 0 ? 4 : level[t - 1]!;
        for (let i = 0; i < 10; i++) customerRows.push({ unit: `u${u}`, period, ces });
      });
    }
    const e = aggregateEmployees(employeeTable(employeeRows, ['a'], false), undefined);
    const c = aggregateCustomers(customerTable(customerRows), undefined);
    const panel = linkUnits(e, c, { periods: 'each' });
    const result = lagCorrelations(panel, { employee: 'a', customer: 'ces', maxLag: 1 });
    const lag1 = result.lags.find((l) => l.lag === 1)!;
    expect(lag1.n).toBe(12 * 3);
    expect(lag1.r).toBeCloseTo(1, 12);
  });

  it('is NaN with a reason when a metric is missing', () => {
    const panel = linkedFixture({ units: ['a', 'b', 'c'], periods: ['2026', '2027'], employee: { x: [1, 2, 3, 4, 5, 6] }, customer: { nps: [1, 2, 3, 4, 5, 6] } });
    const result = lagCorrelations(panel, { employee: 'nope', customer: 'nps', maxLag: 1 });
    expect(result.lags.every((l) => Number.isNaN(l.r) && l.reason === 'too-few-pairs')).toBe(true);
  });
});
