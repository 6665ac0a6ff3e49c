import { beforeAll, describe, expect, it } from 'vitest';
import { filterUnitRows, foldName, nextSort, paginate, sortUnitRows, unitTableFromAnalysis } from '../../src/components/unit-table/unit-table-model.ts';
import type { UnitCell, UnitRow } from '../../src/components/unit-table/unit-table.types.ts';
import { analyze } from '../../src/analytics/analyze.ts';
import type { AnalysisResult } from '../../src/analytics/analyze.ts';
import { generateSampleDataset } from '../../src/model/sample-dataset.ts';

const value = (v: number, n = 20): UnitCell => ({ kind: 'value', value: v, n });
const hidden: UnitCell = { kind: 'suppressed', reason: 'below-threshold' };
const row = (id: string, name: string, engagement: UnitCell, extra: Partial<UnitRow> = {}): UnitRow => ({
  id, name, parentId: null, level: 'team', respondents: engagement.kind === 'value' ? engagement.n : null, customers: 40,
  cells: { enps: { kind: 'missing' }, engagement, nps: value(10), csat: value(80), ces: value(3), fcr: value(70) },
  ...extra,
});

const rows: UnitRow[] = [
  row('a', 'Équipe Accueil', value(3.9), { quadrant: 'virtuous' }),
  row('b', 'équipe Business', hidden),
  row('c', 'Back office', value(3.1), { quadrant: 'critical', level: 'site' }),
  row('d', 'Chat', value(3.5)),
  row('e', 'accueil Lyon', value(3.5), { quadrant: 'fragile' }),
];

describe('unit table filtering', () => {
  it('matches names without regard to accents or case', () => {
    expect(foldName('  Équipe ÀCCUEIL ')).toBe('equipe accueil');
    expect(filterUnitRows(rows, { text: 'equipe' }).map((r) => r.id)).toEqual(['a', 'b']);
    expect(filterUnitRows(rows, { text: 'ACCUEIL' }).map((r) => r.id)).toEqual(['a', 'e']);
  });

  it('filters by quadrant (or units not placed) and by level, together with the text', () => {
    expect(filterUnitRows(rows, { quadrant: 'critical' }).map((r) => r.id)).toEqual(['c']);
    expect(filterUnitRows(rows, { quadrant: 'none' }).map((r) => r.id)).toEqual(['b', 'd']);
    expect(filterUnitRows(rows, { level: 'site' }).map((r) => r.id)).toEqual(['c']);
    expect(filterUnitRows(rows, { text: 'accueil', quadrant: 'fragile' }).map((r) => r.id)).toEqual(['e']);
    expect(filterUnitRows(rows, { text: '', quadrant: '', level: '' })).toHaveLength(5);
  });
});

describe('unit table sorting', () => {
  it('sorts names in the reader’s collation', () => {
    expect(sortUnitRows(rows, { key: 'name', direction: 'ascending' }, 'fr').map((r) => r.id)).toEqual(['e', 'c', 'd', 'a', 'b']);
  });

  it('keeps suppressed cells last in both directions and breaks ties by name', () => {
    expect(sortUnitRows(rows, { key: 'engagement', direction: 'descending' }).map((r) => r.id)).toEqual(['a', 'e', 'd', 'c', 'b']);
    expect(sortUnitRows(rows, { key: 'engagement', direction: 'ascending' }).map((r) => r.id)).toEqual(['c', 'e', 'd', 'a', 'b']);
    expect(sortUnitRows(rows, { key: 'respondents', direction: 'ascending' }).at(-1)!.id).toBe('b');
  });

  it('orders quadrants virtuous, fragile, untapped, critical, then units not placed', () => {
    expect(sortUnitRows(rows, { key: 'quadrant', direction: 'ascending' }).map((r) => r.id)).toEqual(['a', 'e', 'c', 'd', 'b']);
  });

  it('flips the direction on the same column, and starts numbers best-first', () => {
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'name')).toEqual({ key: 'name', direction: 'descending' });
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'nps')).toEqual({ key: 'nps', direction: 'descending' });
    expect(nextSort({ key: 'nps', direction: 'descending' }, 'level')).toEqual({ key: 'level', direction: 'ascending' });
  });
});

describe('paginate', () => {
  it('slices pages and clamps the page number', () => {
    const items = Array.from({ length: 450 }, (_, i) => i);
    expect(paginate(items, 0, 200)).toMatchObject({ page: 0, pages: 3, start: 0 });
    expect(paginate(items, 2, 200).rows).toHaveLength(50);
    expect(paginate(items, 9, 200).page).toBe(2);
    expect(paginate(items, -1, 200).rows[0]).toBe(0);
    expect(paginate([], 0, 200)).toMatchObject({ rows: [], page: 0, pages: 1 });
  });
});

describe('unitTableFromAnalysis', () => {
  let analysis: AnalysisResult;
  beforeAll(() => {
    const sample = generateSampleDataset({ scale: 0.3 });
    analysis = analyze(sample.employees, sample.customers, sample.units);
  });

  it('lists every unit with its metrics and n, and the quadrant of placed units', () => {
    const table = unitTableFromAnalysis(analysis);
    expect(table.rows).toHaveLength(analysis.units.length);
    expect(table.minEmployees).toBe(5);
    const placed = new Map(analysis.quadrants.points.map((p) => [p.unit, p.quadrant]));
    for (const r of table.rows) expect(r.quadrant).toBe(placed.get(r.id));
    const first = analysis.units.find((u) => u.employees?.engagement && u.customers?.nps)!;
    const r = table.rows.find((x) => x.id === first.unit)!;
    expect(r.cells.engagement).toEqual({ kind: 'value', value: first.employees!.engagement!.mean, n: first.employees!.engagement!.n });
    expect(r.cells.nps).toEqual({ kind: 'value', value: first.customers!.nps!.score, n: first.customers!.nps!.n });
    expect(r.respondents).toBe(first.employees!.n);
  });

  it('gives suppressed units a reason and no number, not even their size', () => {
    const period = analysis.periods.find((p) => p.units.some((u) => u.employeesSuppressed))!;
    const table = unitTableFromAnalysis(analysis, period.period);
    const suppressed = period.units.filter((u) => u.employeesSuppressed);
    expect(suppressed.length).toBeGreaterThan(0);
    for (const s of suppressed) {
      const r = table.rows.find((x) => x.id === s.unit)!;
      expect(r.cells.engagement).toEqual({ kind: 'suppressed', reason: s.employeesSuppressed });
      expect(r.cells.enps).toEqual({ kind: 'suppressed', reason: s.employeesSuppressed });
      expect(r.respondents).toBeNull();
      expect(JSON.stringify(r.cells.engagement)).not.toMatch(/\d/);
    }
    const fewCustomers = period.units.find((u) => u.customers && u.customers.n < 10 && !u.customers.nps);
    if (fewCustomers) expect(table.rows.find((x) => x.id === fewCustomers.unit)!.cells.nps).toEqual({ kind: 'suppressed', reason: 'few-customers' });
  });
});
