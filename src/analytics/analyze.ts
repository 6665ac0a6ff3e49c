/**
 * The whole analysis behind `symmetry analyze` (DESIGN §5): aggregate both sides per unit and
 * period with the anonymity and reliability floors, link them, correlate, lag, rank drivers,
 * place units in quadrants, hold up the attention mirror and phrase insights as data.
 * The result is shaped as the CLI's JSON (`units`, `correlations`) plus extra fields;
 * `toJsonSafe` turns its NaN into null (reasons are kept beside them).
 *
 * @module
 */

import type { CustomerTable, EmployeeTable, PeriodGranularity, Unit } from '../model/types.ts';
import type { SuppressionReason } from './anonymity.ts';
import { CUSTOMER_METRICS, ENGAGEMENT, ENPS, aggregateCustomers, aggregateEmployees, isSuppressed, periodAxis } from './aggregate.ts';
import type { AggregationWarning, CustomerAggregation, CustomerSlice, EmployeeAggregation, EmployeeCell, UnitLevel } from './aggregate.ts';
import type { DriverResult, Insight } from './insights.ts';
import { ALPHA, buildInsights, keyDrivers } from './insights.ts';
import type { LagResult } from './lags.ts';
import { lagCorrelations } from './lags.ts';
import type { MetricReliability, PairCorrelation } from './linkage.ts';
import { LINKAGE_CAPTION, correlateLinked, linkUnits, linkedReliability } from './linkage.ts';
import type { CesResult, CsatResult, MeanResult, NpsResult, ProportionResult } from './metrics.ts';
import type { MirrorPair, MirrorResult } from './mirror.ts';
import { DEFAULT_MIRROR_PAIRS, attentionMirror } from './mirror.ts';
import { ALL_PERIODS } from './periods.ts';
import type { AnalysisFilter, FilterFacets } from './filters.ts';
import { columnValues, customersInWindow, employeesInWindow, linkableOnly, periodWindow, subtreeMask } from './filters.ts';
import type { QuadrantResult } from './quadrants.ts';
import { quadrants } from './quadrants.ts';

export interface AnalyzeOptions {
  /** Period granularity (default `quarter`). */
  granularity?: PeriodGranularity;
  /** Anonymity floor for employee aggregates (default 5). */
  minEmployees?: number;
  /** Reliability floor for customer metrics (default 10). */
  minCustomers?: number;
  /** Largest lag K in periods (default 1): lags −K..K. */
  lag?: number;
  /** Units linked (default `team`: the leaves when no levels are declared). */
  level?: UnitLevel;
  detractorMax?: 5 | 6;
  csatDefinition?: 'top2' | 'mean';
  /** Metric pair placed in quadrants (default engagement × NPS, or the first available). */
  quadrantPair?: { employee: string; customer: string };
  mirror?: readonly MirrorPair[];
  /**
   * What to show and link. Privacy-safe by construction (see `filters.ts`): `segment` and
   * `channel` filter customer answers only; `units` and the period range only choose which
   * cells of the full, already-suppressed employee table are shown and linked, and a unit's
   * figure over a period range is pooled from its shown period cells (withheld when any of
   * them is), so employee rows are never re-aggregated on a subset that a second filter could
   * be subtracted from.
   */
  filter?: AnalysisFilter;
}

/** Unit id of the organisation-wide summary (`AnalysisResult.organisation`). */
export const ORGANISATION_UNIT = '*';

/** Employee numbers of a unit over all periods, or in one period. */
export interface UnitEmployees {
  n: number;
  enps: NpsResult | null;
  engagement: MeanResult | null;
  items: Record<string, MeanResult | null>;
}

/** Customer numbers of a unit; metrics below the floor are null. */
export interface UnitCustomers {
  n: number;
  nps: NpsResult | null;
  csat: CsatResult | null;
  ces: CesResult | null;
  fcr: ProportionResult | null;
}

export interface UnitSummary {
  unit: string;
  name: string;
  parentId: string | null;
  level: UnitLevel;
  /** null when there are no responses or they are withheld (see `employeesSuppressed`). */
  employees: UnitEmployees | null;
  customers: UnitCustomers | null;
  /** Why `employees` is null although the unit has respondents. */
  employeesSuppressed?: SuppressionReason;
}

/** DESIGN §5 correlation row, plus the weighted correlation and per-method adjusted p. */
export type CorrelationRow = PairCorrelation;

export interface AnalysisResult {
  units: UnitSummary[];
  correlations: CorrelationRow[];
  /** Per period (in the filter's range), the units with data in it and the organisation's summary. */
  periods: { period: string; units: UnitSummary[]; organisation: UnitSummary | null }[];
  /**
   * The whole organisation (unit `*`) over the periods shown: a published cell like any other,
   * protected by the same suppression (it sits above the roots, so it cannot expose a hidden
   * root by subtraction). Unit filters do not change it; segment and channel filter its
   * customer side. Null when a unit of the data is itself called `*`.
   */
  organisation: UnitSummary | null;
  /** The filter applied (echoed), and the values each filter can take in this dataset. */
  filter: AnalysisFilter;
  facets: FilterFacets;
  lags: LagResult[];
  drivers: DriverResult[];
  /** ICC(1), ICC(2) per employee metric over the linked units. */
  reliability: Record<string, MetricReliability>;
  quadrants: QuadrantResult;
  mirror: MirrorResult;
  insights: Insight[];
  thresholds: {
    granularity: PeriodGranularity;
    minEmployees: number;
    minCustomers: number;
    lag: number;
    level: UnitLevel;
    detractorMax: 5 | 6;
    csatDefinition: 'top2' | 'mean';
    alpha: number;
    /** Correlations over units with all periods pooled; lags over units × periods. */
    linkage: 'units, all periods pooled';
    caption: typeof LINKAGE_CAPTION;
  };
  /** Linked units (both sides shown). */
  linkedUnits: number;
  /**
   * Measures the data holds (a column with at least one answer): `enps`, `engagement` and the
   * item ids for employees, `nps`, `csat`, `ces`, `fcr` for customers. A view tells a measure the
   * export lacks from one hidden for too few answers.
   */
  measures: string[];
  warnings: AggregationWarning[];
}

/**
 * The unit list both aggregations share: declared units (or the flat union of ids) plus unknown
 * ids, under the organisation unit `*` (unless the data uses that id itself). The organisation
 * is an ordinary published root for the suppression engine, so its totals are protected
 * together with the roots below it.
 */
function sharedUnits(employees: EmployeeTable, customers: CustomerTable, units: readonly Unit[] | undefined, warnings: AggregationWarning[]): { list: Unit[]; organisation: boolean } {
  const list: Unit[] = units ? [...units] : [];
  const known = new Set(list.map((u) => u.id));
  let added = false;
  for (const id of [...employees.unit.values, ...customers.unit.values]) {
    if (known.has(id)) continue;
    known.add(id);
    list.push({ id, name: id });
    added = true;
  }
  if (added && units !== undefined) warnings.push('unknown-units-added');
  if (known.has(ORGANISATION_UNIT)) return { list, organisation: false };
  const rooted = list.map((unit) => (unit.parentId === undefined || unit.parentId === unit.id || !known.has(unit.parentId) ? { ...unit, parentId: ORGANISATION_UNIT } : unit));
  rooted.push({ id: ORGANISATION_UNIT, name: 'Organisation' });
  return { list: rooted, organisation: true };
}

function employeeSummary(cell: EmployeeCell | undefined): { employees: UnitEmployees | null; employeesSuppressed?: SuppressionReason } {
  if (!cell) return { employees: null };
  if (isSuppressed(cell)) return { employees: null, employeesSuppressed: cell.reason };
  return { employees: { n: cell.n, enps: cell.enps, engagement: cell.engagement, items: cell.items } };
}

function customerSummary(cell: CustomerSlice | undefined): UnitCustomers | null {
  return cell ? { n: cell.n, nps: cell.nps, csat: cell.csat, ces: cell.ces, fcr: cell.fcr } : null;
}

interface Summaries {
  units: Map<string, UnitSummary[]>;
  organisation: Map<string, UnitSummary>;
}

/** Unit summaries per period (and `all`) of the units `shown` lets through, plus the organisation's. */
function summaries(employees: EmployeeAggregation, customers: CustomerAggregation, shown: Uint8Array | null, hasOrganisation: boolean): Summaries {
  const byPeriod = new Map<string, UnitSummary[]>();
  const organisation = new Map<string, UnitSummary>();
  const employeeCells = new Map<string, EmployeeCell>();
  for (const cell of employees.slices) employeeCells.set(`${cell.unit}\u0000${cell.period}`, cell);
  const customerCells = new Map<string, CustomerSlice>();
  for (const cell of customers.slices) customerCells.set(`${cell.unit}\u0000${cell.period}`, cell);
  for (const period of [ALL_PERIODS, ...employees.periods]) {
    const list: UnitSummary[] = [];
    employees.hierarchy.units.forEach((unit, u) => {
      const isOrganisation = hasOrganisation && unit.id === ORGANISATION_UNIT;
      if (!isOrganisation && shown && !shown[u]) return;
      const key = `${unit.id}\u0000${period}`;
      const employee = employeeCells.get(key);
      const customer = customerCells.get(key);
      if (period !== ALL_PERIODS && !employee && !customer) return;
      const parentId = hasOrganisation && unit.parentId === ORGANISATION_UNIT ? null : unit.parentId;
      const summary: UnitSummary = { unit: unit.id, name: unit.name, parentId, level: unit.level, ...employeeSummary(employee), customers: customerSummary(customer) };
      if (isOrganisation) organisation.set(period, summary);
      else list.push(summary);
    });
    byPeriod.set(period, list);
  }
  return { units: byPeriod, organisation };
}

/** The last full employee aggregation per table: filtering re-runs `analyze` with the same table and floors. */
const employeeCache = new WeakMap<EmployeeTable, { units: readonly Unit[] | undefined; key: string; aggregation: EmployeeAggregation }>();

/** The full, suppressed employee table, reused while the table, units and options are the same (results are never mutated). */
function protectedEmployees(
  table: EmployeeTable, units: readonly Unit[] | undefined, unitList: Unit[],
  options: { granularity: PeriodGranularity; minEmployees: number; detractorMax: 5 | 6; periods: string[] },
): EmployeeAggregation {
  const key = JSON.stringify(options);
  const cached = employeeCache.get(table);
  if (cached && cached.units === units && cached.key === key) return cached.aggregation;
  const aggregation = aggregateEmployees(table, unitList, options);
  employeeCache.set(table, { units, key, aggregation });
  return aggregation;
}

/**
 * Runs the full analysis. Without `units`, each distinct unit id of either table is a flat unit.
 * Undefined statistics are NaN with a reason; pass the result through `toJsonSafe` for JSON.
 */
export function analyze(employeeTable: EmployeeTable, customerTable: CustomerTable, units: readonly Unit[] | undefined, options: AnalyzeOptions = {}): AnalysisResult {
  const granularity = options.granularity ?? 'quarter';
  const minEmployees = options.minEmployees ?? 5;
  const minCustomers = options.minCustomers ?? 10;
  const maxLag = options.lag ?? 1;
  const level = options.level ?? 'team';
  const detractorMax = options.detractorMax ?? 6;
  const csatDefinition = options.csatDefinition ?? 'top2';
  const filter = options.filter ?? {};
  const warnings: AggregationWarning[] = [];
  const { list: unitList, organisation: hasOrganisation } = sharedUnits(employeeTable, customerTable, units, warnings);
  const periods = periodAxis([employeeTable.period, customerTable.period], granularity);
  const window = periodWindow(periods, filter);

  // Employees: suppressed once on the full table; filters only pick among its published cells.
  const fullEmployees = protectedEmployees(employeeTable, units, unitList, { granularity, minEmployees, detractorMax, periods });
  const employees = employeesInWindow(fullEmployees, window);
  // Customers: no anonymity floor, so their rows may be filtered by period, segment and channel.
  const customerRows = window.length === periods.length ? customerTable : customersInWindow(customerTable, window, granularity);
  const customerFilter = { ...(filter.segment?.length ? { segment: filter.segment } : {}), ...(filter.channel?.length ? { channel: filter.channel } : {}) };
  const customers = aggregateCustomers(customerRows, unitList, { granularity, minCustomers, csatDefinition, periods: window, filter: customerFilter });
  for (const warning of [...fullEmployees.warnings, ...customers.warnings]) if (!warnings.includes(warning)) warnings.push(warning);

  // The organisation and the units outside the chosen subtrees are shown but never linked.
  const shown = subtreeMask(employees.hierarchy, filter.units);
  const linkable = shown ? Uint8Array.from(shown) : new Uint8Array(employees.hierarchy.units.length).fill(1);
  const organisationIndex = hasOrganisation ? employees.hierarchy.index.get(ORGANISATION_UNIT) : undefined;
  if (organisationIndex !== undefined) linkable[organisationIndex] = 0;
  const linkEmployees = linkableOnly(employees, linkable);
  const linkCustomers = linkableOnly(customers, linkable);

  const linked = linkUnits(linkEmployees, linkCustomers, { level, periods: 'all' });
  // ICC reads respondent rows, so it groups them by full-table cells (all shown when linked),
  // never by a period window's pooled cells.
  const reliabilityEmployees = employees === fullEmployees ? linkEmployees : linkableOnly(fullEmployees, linkable);
  const reliabilityLinks = employees === fullEmployees ? linked : linkUnits(reliabilityEmployees, linkCustomers, { level, periods: 'all' });
  const reliability = linkedReliability(employeeTable, reliabilityEmployees, reliabilityLinks);
  const linkage = correlateLinked(linked, { reliability });

  const panel = linkUnits(linkEmployees, linkCustomers, { level, periods: 'each' });
  const lags: LagResult[] = [];
  for (const employee of linked.employee.keys()) {
    for (const customer of linked.customer.keys()) lags.push(lagCorrelations(panel, { employee, customer, maxLag }));
  }
  const drivers = [...linked.customer.keys()].map((customer) => keyDrivers(linked, customer));

  const defaultEmployee = linked.employee.has(ENGAGEMENT) ? ENGAGEMENT : linked.employee.has(ENPS) ? ENPS : [...linked.employee.keys()][0] ?? ENGAGEMENT;
  const defaultCustomer = linked.customer.has('nps') ? 'nps' : [...linked.customer.keys()][0] ?? CUSTOMER_METRICS[0];
  const quadrantResult = quadrants(linked, options.quadrantPair ?? { employee: defaultEmployee, customer: defaultCustomer });
  const mirror = attentionMirror(linked, options.mirror ?? DEFAULT_MIRROR_PAIRS);
  const insights = buildInsights({ linkage, lags, drivers, quadrants: quadrantResult, reliability });

  const byPeriod = summaries(employees, customers, shown, hasOrganisation);
  const facets: FilterFacets = {
    periods,
    units: fullEmployees.hierarchy.units
      .filter((unit) => unit.id !== ORGANISATION_UNIT || !hasOrganisation)
      .sort((a, b) => a.depth - b.depth)
      .map((unit) => ({ id: unit.id, name: unit.name, parentId: unit.parentId === ORGANISATION_UNIT && hasOrganisation ? null : unit.parentId, level: unit.level })),
    segments: columnValues(customerTable.segment),
    channels: columnValues(customerTable.channel),
  };
  return {
    units: byPeriod.units.get(ALL_PERIODS) ?? [],
    correlations: linkage.pairs,
    periods: employees.periods.map((period) => ({ period, units: byPeriod.units.get(period) ?? [], organisation: byPeriod.organisation.get(period) ?? null })),
    organisation: hasOrganisation ? byPeriod.organisation.get(ALL_PERIODS) ?? null : null,
    filter: { ...filter },
    facets,
    lags,
    drivers,
    reliability,
    quadrants: quadrantResult,
    mirror,
    insights,
    thresholds: {
      granularity, minEmployees, minCustomers, lag: maxLag, level, detractorMax, csatDefinition, alpha: ALPHA,
      linkage: 'units, all periods pooled', caption: LINKAGE_CAPTION,
    },
    linkedUnits: linked.n,
    measures: measuresOf(employeeTable, customerTable),
    warnings,
  };
}

function hasAnswer(column: ArrayLike<number> | undefined): boolean {
  if (!column) return false;
  for (let i = 0; i < column.length; i++) if (Number.isFinite(column[i])) return true;
  return false;
}

/** The measures with at least one answer in the tables (see AnalysisResult.measures). */
function measuresOf(employees: EmployeeTable, customers: CustomerTable): string[] {
  const items = employees.itemIds.filter((_, i) => hasAnswer(employees.items[i]));
  const measures = [...(hasAnswer(employees.enps) ? [ENPS] : []), ...(items.length > 0 ? [ENGAGEMENT] : []), ...items];
  for (const metric of CUSTOMER_METRICS) if (hasAnswer(customers[metric])) measures.push(metric);
  return measures;
}

/** JSON-ready value: NaN and ±Infinity become null, typed arrays arrays, Maps objects. */
export type JsonSafe = null | boolean | number | string | JsonSafe[] | { [key: string]: JsonSafe };

/**
 * Converts a result for JSON: non-finite numbers become null (the `reason` fields beside them
 * stay), typed arrays become arrays and Maps null-prototype objects; `undefined` fields are dropped.
 */
export function toJsonSafe(value: unknown): JsonSafe {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return Array.from(value as unknown as ArrayLike<number>, (x) => toJsonSafe(x));
  if (Array.isArray(value)) return value.map((x) => toJsonSafe(x));
  const out = Object.create(null) as { [key: string]: JsonSafe };
  const entries: Iterable<[unknown, unknown]> = value instanceof Map ? value.entries() : Object.entries(value as object);
  for (const [key, item] of entries) {
    if (item === undefined || typeof item === 'function') continue;
    out[String(key)] = toJsonSafe(item);
  }
  return out;
}
