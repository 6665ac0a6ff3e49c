import { describe, expect, it } from 'vitest';
import { aggregateCustomers, aggregateEmployees, periodAxis } from '../../src/analytics/aggregate.ts';
import { analyze, toJsonSafe } from '../../src/analytics/analyze.ts';
import { buildInsights, keyDrivers } from '../../src/analytics/insights.ts';
import { lagCorrelations } from '../../src/analytics/lags.ts';
import { correlateLinked, linkUnits } from '../../src/analytics/linkage.ts';
import { syntheticDataset } from './aggregate.fixtures.ts';

describe('analyze()', () => {
  const data = syntheticDataset({ teams: 120, teamsPerSite: 10, sitesPerRegion: 4, quarters: 6 });
  const result = analyze(data.employees, data.customers, data.units, { granularity: 'quarter', lag: 1 });

  it('is shaped as the CLI JSON of DESIGN §5', () => {
    const json = JSON.parse(JSON.stringify(toJsonSafe(result))) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['units', 'correlations', 'periods', 'lags', 'drivers', 'reliability', 'quadrants', 'mirror', 'insights', 'thresholds']));
    const units = json.units as Record<string, unknown>[];
    expect(units).toHaveLength(data.units.length);
    const team = units.find((u) => u.unit === 'T0')!;
    expect(Object.keys(team.employees as object)).toEqual(['n', 'enps', 'engagement', 'items']);
    expect(Object.keys(team.customers as object)).toEqual(['n', 'nps', 'csat', 'ces', 'fcr']);
    const correlation = (json.correlations as Record<string, Record<string, unknown>>[])[0]!;
    expect(correlation).toMatchObject({ employee: expect.any(String), customer: expect.any(String), n: expect.any(Number), pAdjusted: expect.any(Number) });
    expect(Object.keys(correlation.pearson!)).toEqual(expect.arrayContaining(['r', 'p', 'ci']));
    expect(Object.keys(correlation.spearman!)).toEqual(['rho', 'p']);
    expect(Object.keys(correlation.kendall!)).toEqual(['tau', 'p']);
    expect((json.correlations as unknown[]).length).toBe(7 * 4); // (enps, engagement, 5 items) × 4
    expect(json.thresholds).toMatchObject({ minEmployees: 5, minCustomers: 10, granularity: 'quarter', lag: 1 });
  });

  it('links teams and finds the lag built into the synthetic data', () => {
    expect(result.linkedUnits).toBeGreaterThan(100);
    const family = result.lags.find((l) => l.employee === 'engagement' && l.customer === 'nps')!;
    const lead = family.lags.find((l) => l.lag === 1)!;
    const follow = family.lags.find((l) => l.lag === -1)!;
    expect(lead.r).toBeGreaterThan(follow.r);
    expect(lead.pAdjusted).toBeLessThan(0.05);
  });

  it('never shows an employee slice under the floor, in totals or periods', () => {
    for (const unit of [...result.units, ...result.periods.flatMap((p) => p.units)]) {
      if (unit.employees) expect(unit.employees.n).toBeGreaterThanOrEqual(5);
      else if (unit.employeesSuppressed) expect(['below-threshold', 'complementary']).toContain(unit.employeesSuppressed);
    }
  });

  it('turns NaN into null and keeps the reason', () => {
    const json = toJsonSafe({ r: Number.NaN, ci: [Number.NaN, 0.5], reason: 'constant-input', w: new Float64Array([1, Number.POSITIVE_INFINITY]), m: new Map([['a', 1]]) });
    expect(json).toEqual({ r: null, ci: [null, 0.5], reason: 'constant-input', w: [1, null], m: { a: 1 } });
    expect(JSON.stringify(toJsonSafe(result))).not.toMatch(/NaN|Infinity/);
  });

  it('lists the measures the data holds, leaving out a column without answers and one not exported', () => {
    expect(result.measures).toEqual(['enps', 'engagement', ...data.employees.itemIds, 'nps', 'csat', 'ces', 'fcr']);
    const customers = { ...data.customers, ces: new Float64Array(data.customers.length).fill(Number.NaN), fcr: undefined };
    const employees = { ...data.employees, enps: undefined };
    expect(analyze(employees, customers, data.units).measures).toEqual(['engagement', ...data.employees.itemIds, 'nps', 'csat']);
  });

  it('derives flat units from the unit columns when none are given', () => {
    const flat = analyze(data.employees, data.customers, undefined);
    expect(flat.units.every((u) => u.parentId === null && u.level === 'team')).toBe(true);
    expect(flat.units).toHaveLength(120);
  });
});

describe('scale', () => {
  // Speed is measured by `npm run bench` (section b), not asserted here.
  it('analyses 2,000 teams × 8 quarters (linkage, 3 methods, lags, drivers, BH)', () => {
    const data = syntheticDataset({ teams: 2000, quarters: 8, respondents: 8, customers: 15 });
    const periods = periodAxis([data.employees.period, data.customers.period], 'quarter');
    const employees = aggregateEmployees(data.employees, data.units, { periods });
    const customers = aggregateCustomers(data.customers, data.units, { periods });
    const linked = linkUnits(employees, customers, { periods: 'all' });
    const linkage = correlateLinked(linked);
    const panel = linkUnits(employees, customers, { periods: 'each' });
    const lags = [];
    for (const e of linked.employee.keys()) for (const c of linked.customer.keys()) lags.push(lagCorrelations(panel, { employee: e, customer: c, maxLag: 1 }));
    const drivers = [...linked.customer.keys()].map((c) => keyDrivers(linked, c));
    buildInsights({ linkage, lags, drivers });
    const full = analyze(data.employees, data.customers, data.units);
    expect(linkage.pairs).toHaveLength(28);
    expect(lags).toHaveLength(28);
    expect(full.correlations).toHaveLength(28);
    expect(full.periods).toHaveLength(8);
  }, 60_000);
});
