/**
 * Filters of an analysis (period range, unit subtrees, customer segment and channel) that keep
 * the anonymity guarantee of `anonymity.ts`.
 *
 * ## Why filtering never re-aggregates employee rows
 *
 * Two filtered views of the same respondents can be subtracted: the pooled eNPS of Q1–Q3 minus
 * that of Q1–Q2 is Q3, and if Q3 was hidden because it had 3 respondents, it is disclosed.
 * Suppressing each filtered table on its own cannot prevent that, because the attacker holds
 * several of them. So:
 *
 * - **Segment and channel** are attributes of customer answers: they filter customer rows only.
 *   Customer metrics carry a reliability floor, not an anonymity one, and employee numbers do
 *   not change with them.
 * - **Units** (subtrees) and **periods** (a range) only choose which cells of the full,
 *   already-protected unit × period table are shown and linked. A unit's figure over a period
 *   range is pooled from the shown period cells of that unit, and only when every one of them
 *   with respondents is shown; otherwise it is withheld. Every employee number of a filtered
 *   result is therefore a function of numbers the unfiltered result publishes, and nothing two
 *   filters show can be combined into more than the unfiltered table already tells.
 *
 * @module
 */

import type { CategoricalColumn, CustomerTable, PeriodGranularity } from '../model/types.ts';
import { MISSING_CODE } from '../model/types.ts';
import { ENGAGEMENT, ENPS, isSuppressed } from './aggregate.ts';
import type { CustomerAggregation, EmployeeAggregation, EmployeeCell, EmployeeSlice, UnitHierarchy } from './aggregate.ts';
import type { MeanResult, NpsResult } from './metrics.ts';
import { meanFromMoments, npsFromCounts } from './metrics.ts';
import { ALL_PERIODS, comparePeriods, toPeriod } from './periods.ts';

/** What an analysis is restricted to. Every field is optional; empty lists mean "no restriction". */
export interface AnalysisFilter {
  /** First period shown (inclusive), of the analysis granularity. */
  periodFrom?: string;
  /** Last period shown (inclusive). */
  periodTo?: string;
  /** Unit ids whose subtrees are shown and linked. */
  units?: string[];
  /** Customer segments kept (customer rows only). */
  segment?: string[];
  /** Customer channels kept (customer rows only). */
  channel?: string[];
}

/** The values a filter can take in a dataset: for building pickers. */
export interface FilterFacets {
  /** The full period axis, in order. */
  periods: string[];
  /** Every unit of the hierarchy, parents before children. */
  units: { id: string; name: string; parentId: string | null; level: string }[];
  segments: string[];
  channels: string[];
}

/** True when the filter restricts anything. */
export function isFiltering(filter: AnalysisFilter | undefined): boolean {
  if (!filter) return false;
  return Boolean(filter.periodFrom || filter.periodTo || filter.units?.length || filter.segment?.length || filter.channel?.length);
}

/** The periods of `axis` between `periodFrom` and `periodTo` (inclusive; open ends keep the axis ends). */
export function periodWindow(axis: readonly string[], filter: AnalysisFilter | undefined): string[] {
  const from = filter?.periodFrom;
  const to = filter?.periodTo;
  return axis.filter((period) => (!from || comparePeriods(period, from) >= 0) && (!to || comparePeriods(period, to) <= 0));
}

/**
 * Units in the subtrees of `ids` (1 = kept), or null when `ids` is empty (keep everything).
 * Unknown ids select nothing.
 */
export function subtreeMask(hierarchy: UnitHierarchy, ids: readonly string[] | undefined): Uint8Array | null {
  if (!ids || ids.length === 0) return null;
  const selected = new Uint8Array(hierarchy.units.length);
  for (const id of ids) {
    const u = hierarchy.index.get(id);
    if (u !== undefined) selected[u] = 1;
  }
  const keep = new Uint8Array(hierarchy.units.length);
  for (let u = 0; u < keep.length; u++) {
    for (let w = u; w >= 0; w = hierarchy.parent[w]!) {
      if (selected[w]) {
        keep[u] = 1;
        break;
      }
    }
  }
  return keep;
}

/** Distinct non-empty values of an optional categorical column, sorted. */
export function columnValues(column: CategoricalColumn | undefined): string[] {
  if (!column) return [];
  const used = new Uint8Array(column.values.length);
  for (const code of column.codes) if (code !== MISSING_CODE) used[code] = 1;
  return column.values.filter((_, i) => used[i]).sort();
}

/** The customer rows whose period falls in `window` (customer answers carry no anonymity floor). */
export function customersInWindow(table: CustomerTable, window: readonly string[], granularity: PeriodGranularity): CustomerTable {
  const wanted = new Set(window);
  const inWindow = Uint8Array.from(table.period.values, (value) => {
    const period = toPeriod(value, granularity);
    return period !== null && wanted.has(period) ? 1 : 0;
  });
  const rows: number[] = [];
  for (let row = 0; row < table.length; row++) {
    const code = table.period.codes[row]!;
    if (code !== MISSING_CODE && inWindow[code]) rows.push(row);
  }
  if (rows.length === table.length) return table;
  const pick = (column: Float64Array | undefined) => (column ? Float64Array.from(rows, (row) => column[row]!) : undefined);
  const pickCategorical = (column: CategoricalColumn | undefined): CategoricalColumn | undefined =>
    column ? { codes: Uint32Array.from(rows, (row) => column.codes[row]!), values: column.values } : undefined;
  const out: CustomerTable = { kind: 'customers', length: rows.length, unit: pickCategorical(table.unit)!, period: pickCategorical(table.period)! };
  const optional = { customer: table.customer ? rows.map((row) => table.customer![row]!) : undefined, nps: pick(table.nps), csat: pick(table.csat), ces: pick(table.ces), fcr: pick(table.fcr),
    channel: pickCategorical(table.channel), segment: pickCategorical(table.segment), comment: table.comment ? rows.map((row) => table.comment![row]!) : undefined };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(out, { [key]: value });
  return out;
}

/** Pools independent means: exact n, mean and M2 from each part's n, mean and sd (Chan et al. 1979). */
function poolMeans(parts: readonly MeanResult[]): MeanResult {
  let n = 0;
  let sum = 0;
  for (const part of parts) {
    if (part.n === 0) continue;
    n += part.n;
    sum += part.n * part.mean;
  }
  if (n === 0) return meanFromMoments(0, Number.NaN, Number.NaN);
  const mean = sum / n;
  let m2 = 0;
  for (const part of parts) {
    if (part.n === 0) continue;
    const within = part.n > 1 ? part.sd * part.sd * (part.n - 1) : 0;
    m2 += within + part.n * (part.mean - mean) ** 2;
  }
  return meanFromMoments(n, mean, m2);
}

function poolNps(parts: readonly NpsResult[], detractorMax: 5 | 6): NpsResult {
  const histogram = new Float64Array(11);
  for (const part of parts) part.histogram.forEach((count, answer) => (histogram[answer]! += count));
  return npsFromCounts(histogram, 0, detractorMax);
}

/**
 * A unit's figure over several periods, pooled from its published period cells only. Withheld
 * (reason `complementary`) when any part with respondents is withheld; a metric is withheld
 * when it is withheld in any part. Undefined when no part has respondents.
 */
export function poolShownCells(unit: string, parts: readonly (EmployeeCell | undefined)[], itemIds: readonly string[], detractorMax: 5 | 6): EmployeeCell | undefined {
  const present = parts.filter((cell): cell is EmployeeCell => cell !== undefined);
  if (present.length === 0) return undefined;
  if (present.some((cell) => isSuppressed(cell))) return { unit, period: ALL_PERIODS, suppressed: true, reason: 'complementary' };
  const shown = present as EmployeeSlice[];
  const all = <T>(pick: (cell: EmployeeSlice) => T | null): T[] | null => {
    const values: T[] = [];
    for (const cell of shown) {
      const value = pick(cell);
      if (value === null) return null;
      values.push(value);
    }
    return values;
  };
  const enpsParts = all((cell) => cell.enps);
  const engagementParts = all((cell) => cell.engagement);
  const items = Object.create(null) as Record<string, MeanResult | null>;
  for (const id of itemIds) {
    const itemParts = all((cell) => cell.items[id] ?? null);
    items[id] = itemParts ? poolMeans(itemParts) : null;
  }
  return {
    unit,
    period: ALL_PERIODS,
    n: shown.reduce((sum, cell) => sum + cell.n, 0),
    enps: enpsParts ? poolNps(enpsParts, detractorMax) : null,
    engagement: engagementParts ? poolMeans(engagementParts) : null,
    items,
  };
}

/**
 * The employee aggregation seen through a period window: period cells are the published cells
 * of the full table; the all-periods column is the full table's when the window is the whole
 * axis, else pooled by `poolShownCells`. Never reads respondent rows.
 */
export function employeesInWindow(full: EmployeeAggregation, window: readonly string[]): EmployeeAggregation {
  const sameAxis = window.length === full.periods.length && window.every((period, i) => period === full.periods[i]);
  if (sameAxis) return full;
  const U = full.hierarchy.units.length;
  const fullWidth = full.periods.length + 1;
  const width = window.length + 1;
  const fullColumn = new Map(full.periods.map((period, i) => [period, i]));
  const byCell = new Map<number, EmployeeCell>();
  for (const cell of full.slices) {
    const u = full.hierarchy.index.get(cell.unit)!;
    const c = cell.period === ALL_PERIODS ? full.periods.length : fullColumn.get(cell.period)!;
    byCell.set(u * fullWidth + c, cell);
  }
  const slices: EmployeeCell[] = [];
  for (let u = 0; u < U; u++) {
    const parts: (EmployeeCell | undefined)[] = [];
    for (const period of window) {
      const cell = byCell.get(u * fullWidth + fullColumn.get(period)!);
      parts.push(cell);
      if (cell) slices.push(cell);
    }
    const pooled = poolShownCells(full.hierarchy.units[u]!.id, parts, full.itemIds, full.detractorMax);
    if (pooled) slices.push(pooled);
  }
  const windowColumn = new Map(window.map((period, i) => [period, i]));
  const n = new Float64Array(U * width).fill(Number.NaN);
  const values = new Map<string, Float64Array>();
  for (const key of full.values.keys()) values.set(key, new Float64Array(U * width).fill(Number.NaN));
  for (const cell of slices) {
    if (isSuppressed(cell)) continue;
    const u = full.hierarchy.index.get(cell.unit)!;
    const index = u * width + (cell.period === ALL_PERIODS ? window.length : windowColumn.get(cell.period)!);
    n[index] = cell.n;
    const enps = values.get(ENPS);
    if (enps && cell.enps) enps[index] = cell.enps.score;
    const engagement = values.get(ENGAGEMENT);
    if (engagement && cell.engagement) engagement[index] = cell.engagement.mean;
    for (const id of full.itemIds) {
      const column = values.get(id);
      const item = cell.items[id];
      if (column && item && id !== ENPS && id !== ENGAGEMENT) column[index] = item.mean;
    }
  }
  return { ...full, periods: [...window], slices, values, n };
}

/**
 * A copy whose linkage columns (`values`, `n`) are NaN outside `keep`: those units are neither
 * linked nor correlated. Slices are left as they are.
 */
export function linkableOnly<A extends EmployeeAggregation | CustomerAggregation>(aggregation: A, keep: Uint8Array): A {
  const width = aggregation.periods.length + 1;
  const mask = (column: Float64Array): Float64Array => {
    const out = Float64Array.from(column);
    for (let u = 0; u < keep.length; u++) if (!keep[u]) out.fill(Number.NaN, u * width, (u + 1) * width);
    return out;
  };
  const values = new Map<string, Float64Array>();
  for (const [key, column] of aggregation.values) values.set(key, mask(column));
  return { ...aggregation, values, n: mask(aggregation.n) };
}
