import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analytics/analyze.ts';
import type { AnalysisResult, UnitSummary } from '../../src/analytics/analyze.ts';
import { periodWindow, subtreeMask } from '../../src/analytics/filters.ts';
import { resolveUnits } from '../../src/analytics/aggregate.ts';
import { MISSING_CODE } from '../../src/model/types.ts';
import { syntheticDataset } from './aggregate.fixtures.ts';

const data = syntheticDataset({ teams: 80, teamsPerSite: 10, sitesPerRegion: 4, quarters: 6, seed: 11 });
const full = analyze(data.employees, data.customers, data.units, { granularity: 'quarter' });
const axis = full.facets.periods;

function cell(result: AnalysisResult, unit: string, period: string): UnitSummary | undefined {
  return result.periods.find((p) => p.period === period)?.units.find((u) => u.unit === unit);
}

describe('periodWindow() and subtreeMask()', () => {
  it('keeps the periods between the bounds, open ends included', () => {
    expect(periodWindow(axis, { periodFrom: '2024-Q2', periodTo: '2024-Q3' })).toEqual(['2024-Q2', '2024-Q3']);
    expect(periodWindow(axis, { periodFrom: '2025-Q1' })).toEqual(['2025-Q1', '2025-Q2']);
    expect(periodWindow(axis, {})).toEqual(axis);
  });

  it('selects whole subtrees and nothing for unknown ids', () => {
    const hierarchy = resolveUnits(data.units, []);
    const mask = subtreeMask(hierarchy, ['S1'])!;
    const kept = hierarchy.units.filter((_, u) => mask[u]).map((u) => u.id);
    expect(kept).toEqual(['S1', ...Array.from({ length: 10 }, (_, i) => `T${10 + i}`)]);
    expect(subtreeMask(hierarchy, ['nope'])!.every((x) => x === 0)).toBe(true);
    expect(subtreeMask(hierarchy, [])).toBeNull();
  });
});

describe('analyze() with a filter', () => {
  it('lists the facets each filter can take', () => {
    expect(axis).toEqual(data.periods);
    expect(full.facets.units).toHaveLength(data.units.length);
    expect(full.facets.units[0]).toMatchObject({ id: 'R0', parentId: null, level: 'region' });
    expect(full.facets.segments.length).toBeGreaterThan(0);
  });

  it('segment and channel filter customer answers only: employee numbers do not move', () => {
    const segment = full.facets.segments[0]!;
    const filtered = analyze(data.employees, data.customers, data.units, { filter: { segment: [segment] } });
    const employees = (r: AnalysisResult) => [r.units, ...r.periods.map((p) => p.units)].flat().map((u) => [u.unit, u.employees, u.employeesSuppressed]);
    expect(employees(filtered)).toEqual(employees(full));
    expect(filtered.organisation!.employees).toEqual(full.organisation!.employees);
    const code = data.customers.segment!.values.indexOf(segment);
    let answers = 0;
    for (let row = 0; row < data.customers.length; row++) if (data.customers.segment!.codes[row] === code) answers++;
    expect(filtered.organisation!.customers!.n).toBe(answers);
    expect(filtered.organisation!.customers!.n).toBeLessThan(full.organisation!.customers!.n);
    expect(filtered.filter).toEqual({ segment: [segment] });
  });

  it('a unit filter shows and links the subtree only, with the full table’s numbers', () => {
    const filtered = analyze(data.employees, data.customers, data.units, { filter: { units: ['R0'] } });
    const inR0 = new Set(['R0', 'S0', 'S1', 'S2', 'S3', ...Array.from({ length: 40 }, (_, i) => `T${i}`)]);
    expect(filtered.units.every((u) => inR0.has(u.unit))).toBe(true);
    expect(filtered.units).toHaveLength(inR0.size);
    for (const unit of filtered.units) expect(unit).toEqual(full.units.find((u) => u.unit === unit.unit));
    expect(filtered.linkedUnits).toBeLessThanOrEqual(40);
    expect(filtered.linkedUnits).toBeGreaterThan(30);
    expect(filtered.quadrants.points.every((p) => inR0.has(p.unit))).toBe(true);
    expect(filtered.organisation).toEqual(full.organisation);
  });

  it('a period range shows the published period cells unchanged', () => {
    const filtered = analyze(data.employees, data.customers, data.units, { filter: { periodFrom: '2024-Q2', periodTo: '2024-Q4' } });
    expect(filtered.periods.map((p) => p.period)).toEqual(['2024-Q2', '2024-Q3', '2024-Q4']);
    for (const { period, units } of filtered.periods) {
      for (const unit of units) expect(unit.employees).toEqual(cell(full, unit.unit, period)?.employees ?? null);
    }
  });

  it('pools a unit over a period range exactly when every part is shown', () => {
    const window = ['2024-Q2', '2024-Q3', '2024-Q4'];
    const filtered = analyze(data.employees, data.customers, data.units, { filter: { periodFrom: window[0], periodTo: window[2] } });
    const team = filtered.units.find((u) => u.level === 'team' && u.employees)!;
    const code = data.employees.unit.values.indexOf(team.unit);
    const periodCodes = new Set(window.map((p) => data.employees.period.values.indexOf(p)));
    const engagement: number[] = [];
    const histogram = new Array<number>(11).fill(0);
    for (let row = 0; row < data.employees.length; row++) {
      if (data.employees.unit.codes[row] !== code || !periodCodes.has(data.employees.period.codes[row]!)) continue;
      const answers = data.employees.items.map((column) => column[row]!).filter(Number.isFinite);
      if (answers.length) engagement.push(answers.reduce((s, x) => s + x, 0) / answers.length);
      const e = data.employees.enps![row]!;
      if (Number.isFinite(e)) histogram[e]!++;
    }
    const mean = engagement.reduce((s, x) => s + x, 0) / engagement.length;
    const sd = Math.sqrt(engagement.reduce((s, x) => s + (x - mean) ** 2, 0) / (engagement.length - 1));
    expect(team.employees!.engagement!.n).toBe(engagement.length);
    expect(team.employees!.engagement!.mean).toBeCloseTo(mean, 12);
    expect(team.employees!.engagement!.sd).toBeCloseTo(sd, 12);
    expect(team.employees!.enps!.histogram).toEqual(histogram);
  });

  it('two period ranges never difference into a hidden cell', () => {
    // For every range and unit: a pooled figure is shown only if every period cell it pools is
    // shown in the unfiltered result, so the difference of two ranges is a sum of shown cells.
    let hiddenInside = 0;
    for (let i = 0; i < axis.length; i++) {
      for (let j = i; j < axis.length; j++) {
        const window = axis.slice(i, j + 1);
        const filtered = analyze(data.employees, data.customers, data.units, { filter: { periodFrom: axis[i], periodTo: axis[j] } });
        if (window.length === axis.length) {
          // The whole axis is the full table's own protected total column.
          expect(filtered.units).toEqual(full.units);
          continue;
        }
        for (const unit of filtered.units) {
          const parts = window.map((period) => cell(full, unit.unit, period)).filter((s): s is UnitSummary => s !== undefined);
          if (unit.employees) {
            expect(parts.every((s) => s.employees !== null)).toBe(true);
            expect(unit.employees.n).toBe(parts.reduce((sum, s) => sum + s.employees!.n, 0));
          } else if (parts.some((s) => s.employeesSuppressed)) {
            hiddenInside++;
            expect(unit.employeesSuppressed).toBeDefined();
          }
        }
      }
    }
    expect(hiddenInside).toBeGreaterThan(0);
  }, 30_000);

  it('a small quarter cannot be recovered as the difference of Q1–Q3 and Q1–Q2', () => {
    const hidden = full.periods.slice(1).flatMap(({ period, units }) => units.filter((u) => u.level === 'team' && u.employeesSuppressed === 'below-threshold').map((u) => ({ unit: u.unit, period })));
    expect(hidden.length).toBeGreaterThan(0);
    for (const { unit, period } of hidden.slice(0, 4)) {
      const index = axis.indexOf(period);
      const longer = analyze(data.employees, data.customers, data.units, { filter: { periodFrom: axis[0], periodTo: period, units: [unit] } });
      const shorter = analyze(data.employees, data.customers, data.units, { filter: { periodFrom: axis[0], periodTo: axis[index - 1], units: [unit] } });
      const a = longer.units.find((u) => u.unit === unit)!;
      const b = shorter.units.find((u) => u.unit === unit);
      // Both shown would give the hidden quarter as their difference.
      expect(a.employees !== null && b?.employees != null).toBe(false);
      if (index < axis.length - 1) expect(a.employeesSuppressed).toBe('complementary');
    }
  }, 30_000);

  it('withholds empty selections without failing', () => {
    const none = analyze(data.employees, data.customers, data.units, { filter: { units: ['unknown'], periodFrom: '2030-Q1' } });
    expect(none.units).toEqual([]);
    expect(none.periods).toEqual([]);
    expect(none.linkedUnits).toBe(0);
    expect(MISSING_CODE).toBe(0xffffffff);
  });
});
