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
}

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
  /** Per period, the units with data in it. */
  periods: { period: string; units: UnitSummary[] }[];
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
  warnings: AggregationWarning[];
}

/** The unit list both aggregations share: declared units (or the flat union of ids) plus unknown ids. */
function sharedUnits(employees: EmployeeTable, customers: CustomerTable, units: readonly Unit[] | undefined, warnings: AggregationWarning[]): Unit[] {
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
  return list;
}

function employeeSummary(cell: EmployeeCell | undefined): { employees: UnitEmployees | null; employeesSuppressed?: SuppressionReason } {
  if (!cell) return { employees: null };
  if (isSuppressed(cell)) return { employees: null, employeesSuppressed: cell.reason };
  return { employees: { n: cell.n, enps: cell.enps, engagement: cell.engagement, items: cell.items } };
}

function customerSummary(cell: CustomerSlice | undefined): UnitCustomers | null {
  return cell ? { n: cell.n, nps: cell.nps, csat: cell.csat, ces: cell.ces, fcr: cell.fcr } : null;
}

function summaries(employees: EmployeeAggregation, customers: CustomerAggregation): Map<string, UnitSummary[]> {
  const byPeriod = new Map<string, UnitSummary[]>();
  const employeeCells = new Map<string, EmployeeCell>();
  for (const cell of employees.slices) employeeCells.set(`${cell.unit}\u0000${cell.period}`, cell);
  const customerCells = new Map<string, CustomerSlice>();
  for (const cell of customers.slices) customerCells.set(`${cell.unit}\u0000${cell.period}`, cell);
  for (const period of [ALL_PERIODS, ...employees.periods]) {
    const list: UnitSummary[] = [];
    for (const unit of employees.hierarchy.units) {
      const key = `${unit.id}\u0000${period}`;
      const employee = employeeCells.get(key);
      const customer = customerCells.get(key);
      if (period !== ALL_PERIODS && !employee && !customer) continue;
      list.push({ unit: unit.id, name: unit.name, parentId: unit.parentId, level: unit.level, ...employeeSummary(employee), customers: customerSummary(customer) });
    }
    byPeriod.set(period, list);
  }
  return byPeriod;
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
  const warnings: AggregationWarning[] = [];
  const unitList = sharedUnits(employeeTable, customerTable, units, warnings);
  const periods = periodAxis([employeeTable.period, customerTable.period], granularity);

  const employees = aggregateEmployees(employeeTable, unitList, { granularity, minEmployees, detractorMax, periods });
  const customers = aggregateCustomers(customerTable, unitList, { granularity, minCustomers, csatDefinition, periods });
  for (const warning of [...employees.warnings, ...customers.warnings]) if (!warnings.includes(warning)) warnings.push(warning);

  const linked = linkUnits(employees, customers, { level, periods: 'all' });
  const reliability = linkedReliability(employeeTable, employees, linked);
  const linkage = correlateLinked(linked, { reliability });

  const panel = linkUnits(employees, customers, { level, periods: 'each' });
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

  const byPeriod = summaries(employees, customers);
  return {
    units: byPeriod.get(ALL_PERIODS) ?? [],
    correlations: linkage.pairs,
    periods: employees.periods.map((period) => ({ period, units: byPeriod.get(period) ?? [] })),
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
    warnings,
  };
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
