import type { AnalysisResult, UnitSummary } from '../../analytics/analyze.ts';
import type { UnitLevel } from '../../analytics/aggregate.ts';
import type { QuadrantId } from '../../i18n/translation.ts';
import { customerValue, employeeValue } from '../shared/analysis-view.ts';
import type { SortState, UnitCell, UnitMetric, UnitRow, UnitSortKey, UnitTableData, UnitTableFilter } from './unit-table.types.ts';
import { UNIT_METRICS } from './unit-table.types.ts';
import { foldAccents } from '../../model/fold-text.ts';

const EMPLOYEE_METRICS: ReadonlySet<UnitMetric> = new Set(['enps', 'engagement']);
const LEVEL_ORDER: Record<UnitLevel, number> = { region: 0, site: 1, team: 2 };
const QUADRANT_ORDER: Record<QuadrantId, number> = { virtuous: 0, fragile: 1, untapped: 2, critical: 3 };

function cellOf(summary: UnitSummary, metric: UnitMetric, minCustomers: number): UnitCell {
  if (EMPLOYEE_METRICS.has(metric)) {
    if (!summary.employees) return summary.employeesSuppressed ? { kind: 'suppressed', reason: summary.employeesSuppressed } : { kind: 'missing' };
    const v = employeeValue(summary, metric);
    return v && Number.isFinite(v.value) ? { kind: 'value', value: v.value, n: v.n } : { kind: 'missing' };
  }
  const customers = summary.customers;
  if (!customers) return { kind: 'missing' };
  const v = customerValue(summary, metric);
  if (v && Number.isFinite(v.value)) return { kind: 'value', value: v.value, n: v.n };
  return customers.n > 0 && customers.n < minCustomers ? { kind: 'suppressed', reason: 'few-customers' } : { kind: 'missing' };
}

/**
 * One row per unit of the results (all periods pooled, or one period), every metric with its n,
 * suppressed cells with their reason and no number, and the unit's quadrant when it was placed.
 */
export function unitTableFromAnalysis(analysis: AnalysisResult, period?: string): UnitTableData {
  const summaries = period === undefined ? analysis.units : (analysis.periods.find((p) => p.period === period)?.units ?? []);
  const quadrant = new Map(analysis.quadrants.points.map((p) => [p.unit, p.quadrant]));
  const { minEmployees, minCustomers } = analysis.thresholds;
  const rows = summaries.map((s): UnitRow => {
    const cells = Object.fromEntries(UNIT_METRICS.map((m) => [m, cellOf(s, m, minCustomers)])) as Record<UnitMetric, UnitCell>;
    return {
      id: s.unit, name: s.name, parentId: s.parentId, level: s.level,
      ...(period === undefined && quadrant.has(s.unit) ? { quadrant: quadrant.get(s.unit)! } : {}),
      // A suppressed group's size is itself withheld.
      respondents: s.employees ? s.employees.n : null,
      customers: s.customers ? s.customers.n : null,
      cells,
    };
  });
  return { rows, minEmployees, minCustomers, period };
}

/** Lower case without accents, for matching "equipe" against "Équipe". */
export function foldName(text: string): string {
  return foldAccents(text).trim();
}

/** Rows whose name contains the text (accent- and case-insensitive), in the quadrant and level asked. */
export function filterUnitRows(rows: readonly UnitRow[], filter: UnitTableFilter): UnitRow[] {
  const text = foldName(filter.text ?? '');
  return rows.filter((row) =>
    (text === '' || foldName(row.name).includes(text) || foldName(row.id).includes(text))
    && (!filter.quadrant || (filter.quadrant === 'none' ? row.quadrant === undefined : row.quadrant === filter.quadrant))
    && (!filter.level || row.level === filter.level));
}

/** The sortable value of a row for a key; undefined sorts last in both directions. */
function sortValue(row: UnitRow, key: UnitSortKey): number | string | undefined {
  switch (key) {
    case 'name': return row.name;
    case 'level': return LEVEL_ORDER[row.level];
    case 'quadrant': return row.quadrant === undefined ? undefined : QUADRANT_ORDER[row.quadrant];
    case 'respondents': return row.respondents ?? undefined;
    case 'customers': return row.customers ?? undefined;
    default: {
      const cell = row.cells[key];
      return cell.kind === 'value' ? cell.value : undefined;
    }
  }
}

/**
 * Sorts rows by a column. Rows without a value (suppressed, missing) stay at the end whatever the
 * direction, so hiding a number never moves a unit to the top; ties keep name order.
 */
export function sortUnitRows(rows: readonly UnitRow[], sort: SortState, lang: string = 'en'): UnitRow[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = sortValue(a, sort.key);
    const vb = sortValue(b, sort.key);
    if (va === undefined || vb === undefined) {
      if (va !== vb) return va === undefined ? 1 : -1;
    } else {
      const order = typeof va === 'string' && typeof vb === 'string' ? collator.compare(va, vb) : (va as number) - (vb as number);
      if (order !== 0) return sign * order;
    }
    return collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
  });
}

/** The next sort after activating a column header: a new column sorts in its natural direction, the same column flips. */
export function nextSort(current: SortState, key: UnitSortKey): SortState {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  // Names and levels read A→Z; numbers read best first.
  return { key, direction: key === 'name' || key === 'level' || key === 'quadrant' ? 'ascending' : 'descending' };
}

/** One page of rows; the page is clamped to the last one. */
export function paginate<T>(rows: readonly T[], page: number, pageSize: number): { rows: T[]; page: number; pages: number; start: number } {
  const size = Math.max(1, Math.floor(pageSize));
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  const start = current * size;
  return { rows: rows.slice(start, start + size), page: current, pages, start };
}
