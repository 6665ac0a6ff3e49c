/**
 * Linkage (DESIGN §4): employee and customer aggregates joined on the same unit and period,
 * then correlated metric by metric. Only shown aggregates take part (a suppressed employee
 * slice or an empty customer slice drops the row), so linked views obey the same floors.
 * Every result is a unit-level association: it says nothing about individuals and nothing
 * about cause.
 *
 * @module
 */

import type { EmployeeTable } from '../model/types.ts';
import { MISSING_CODE } from '../model/types.ts';
import { CUSTOMER_METRICS, ENGAGEMENT, ENPS } from './aggregate.ts';
import type { CustomerAggregation, CustomerMetric, EmployeeAggregation, UnitLevel } from './aggregate.ts';
import { PairwiseCorrelator, RankedColumn } from './correlation.ts';
import { engagementScores } from './metrics.ts';
import type { Interval } from './metrics.ts';
import { adjustPValues } from './multiple-comparisons.ts';
import { ALL_PERIODS, comparePeriods, periodRange, toPeriod } from './periods.ts';
import { iccOfGroups } from './reliability.ts';

/** Caption every linkage view carries (DESIGN §4). */
export const LINKAGE_CAPTION = 'unit-level association';

export interface LinkOptions {
  /** Units linked: `team` (default), `site` or `region` (see `AggregatedUnit.level`). */
  level?: UnitLevel;
  /**
   * `all` (default): one row per unit, all periods pooled; `each`: one row per unit and period,
   * over the consecutive periods of both sides; or a list of periods.
   */
  periods?: 'all' | 'each' | readonly string[];
  /** `enps`, `engagement` and item ids; default: every employee metric. */
  employeeMetrics?: readonly string[];
  /** Default: every customer metric present. */
  customerMetrics?: readonly CustomerMetric[];
}

/**
 * Employee and customer values on a unit × period grid (row = unit · periods.length + period).
 * Each side's value is NaN where that side is withheld, empty or below its floor; `linked`
 * marks the rows where both sides are shown, the rows correlations use.
 */
export interface LinkedUnits {
  level: UnitLevel;
  units: string[];
  /** `['all']` for pooled periods, else the period axis. */
  periods: string[];
  employee: Map<string, Float64Array>;
  customer: Map<string, Float64Array>;
  /** Respondents per row (NaN where the employee slice is withheld or empty). */
  employeeN: Float64Array;
  /** Customer answers per row (NaN where none). */
  customerN: Float64Array;
  linked: Uint8Array;
  /** Number of linked rows. */
  n: number;
}

function axisOf(employees: EmployeeAggregation, customers: CustomerAggregation, periods: LinkOptions['periods']): string[] {
  if (periods === undefined || periods === 'all') return [ALL_PERIODS];
  if (periods !== 'each') return [...periods];
  if (employees.granularity !== customers.granularity) {
    throw new RangeError(`Cannot link ${employees.granularity} employee periods with ${customers.granularity} customer periods.`);
  }
  const ends = [...employees.periods, ...customers.periods].sort(comparePeriods);
  return ends.length === 0 ? [] : periodRange(ends[0]!, ends[ends.length - 1]!);
}

/** Column of each axis period in an aggregation (its all-periods column for `all`), −1 when absent. */
function columnsOf(aggregationPeriods: readonly string[], axis: readonly string[]): Int32Array {
  const position = new Map(aggregationPeriods.map((period, i) => [period, i]));
  position.set(ALL_PERIODS, aggregationPeriods.length);
  return Int32Array.from(axis, (period) => position.get(period) ?? -1);
}

/**
 * Joins employee and customer aggregates per unit of one level and per period. Rows exist for
 * every unit of the level known to both sides; `linked` marks those where both are shown.
 */
export function linkUnits(employees: EmployeeAggregation, customers: CustomerAggregation, options: LinkOptions = {}): LinkedUnits {
  const level = options.level ?? 'team';
  const periods = axisOf(employees, customers, options.periods);
  const employeeColumns = columnsOf(employees.periods, periods);
  const customerColumns = columnsOf(customers.periods, periods);
  const employeeWidth = employees.periods.length + 1;
  const customerWidth = customers.periods.length + 1;

  const unitPairs: [number, number][] = [];
  employees.hierarchy.units.forEach((unit, e) => {
    if (unit.level !== level) return;
    const c = customers.hierarchy.index.get(unit.id);
    if (c !== undefined) unitPairs.push([e, c]);
  });
  const rows = unitPairs.length * periods.length;
  const employeeMetrics = options.employeeMetrics ?? [...employees.values.keys()];
  const customerMetrics = options.customerMetrics ?? CUSTOMER_METRICS.filter((m) => customers.values.has(m));

  const employeeN = new Float64Array(rows).fill(Number.NaN);
  const customerN = new Float64Array(rows).fill(Number.NaN);
  const employeeCell = new Int32Array(rows).fill(-1);
  const customerCell = new Int32Array(rows).fill(-1);
  const linked = new Uint8Array(rows);
  let n = 0;
  unitPairs.forEach(([e, c], u) => {
    for (let t = 0; t < periods.length; t++) {
      const row = u * periods.length + t;
      if (employeeColumns[t]! >= 0) {
        employeeCell[row] = e * employeeWidth + employeeColumns[t]!;
        employeeN[row] = employees.n[employeeCell[row]!]!;
      }
      if (customerColumns[t]! >= 0) {
        customerCell[row] = c * customerWidth + customerColumns[t]!;
        customerN[row] = customers.n[customerCell[row]!]!;
      }
      if (employeeN[row]! > 0 && customerN[row]! > 0) {
        linked[row] = 1;
        n++;
      }
    }
  });
  const gather = (source: Float64Array | undefined, cells: Int32Array): Float64Array => {
    const out = new Float64Array(cells.length).fill(Number.NaN);
    if (source !== undefined) for (let row = 0; row < cells.length; row++) if (cells[row]! >= 0) out[row] = source[cells[row]!]!;
    return out;
  };
  const employee = new Map<string, Float64Array>();
  for (const metric of employeeMetrics) employee.set(metric, gather(employees.values.get(metric), employeeCell));
  const customer = new Map<string, Float64Array>();
  for (const metric of customerMetrics) customer.set(metric, gather(customers.values.get(metric), customerCell));
  return {
    level,
    units: unitPairs.map(([e]) => employees.hierarchy.units[e]!.id),
    periods,
    employee,
    customer,
    employeeN,
    customerN,
    linked,
    n,
  };
}

/** A linked row as a plain record, for tables and exports. */
export interface LinkedRecord {
  unit: string;
  period: string;
  employeeN: number;
  customerN: number;
  employee: Record<string, number>;
  customer: Record<string, number>;
}

/** The linked rows (both sides shown) as records. */
export function linkedRecords(linked: LinkedUnits): LinkedRecord[] {
  const records: LinkedRecord[] = [];
  const P = linked.periods.length;
  for (let row = 0; row < linked.linked.length; row++) {
    if (!linked.linked[row]) continue;
    const employee = Object.create(null) as Record<string, number>;
    const customer = Object.create(null) as Record<string, number>;
    for (const [metric, values] of linked.employee) employee[metric] = values[row]!;
    for (const [metric, values] of linked.customer) customer[metric] = values[row]!;
    records.push({
      unit: linked.units[Math.floor(row / P)]!,
      period: linked.periods[row % P]!,
      employeeN: linked.employeeN[row]!,
      customerN: linked.customerN[row]!,
      employee,
      customer,
    });
  }
  return records;
}

/** Values of the linked rows only, in row order. */
export function linkedColumn(linked: LinkedUnits, values: Float64Array): Float64Array {
  const out = new Float64Array(linked.n);
  let j = 0;
  for (let row = 0; row < values.length; row++) if (linked.linked[row]) out[j++] = values[row]!;
  return out;
}

/**
 * Weight of a linked row in the weighted correlation: 1/(1/nₑ + 1/n꜀), the harmonic combination
 * of both sides' counts, so a unit counts as much as its thinner side can support (a unit mean's
 * sampling variance falls as 1/n on each side).
 */
export function linkWeights(linked: LinkedUnits): Float64Array {
  const weights = new Float64Array(linked.n);
  let j = 0;
  for (let row = 0; row < linked.linked.length; row++) {
    if (linked.linked[row]) weights[j++] = 1 / (1 / linked.employeeN[row]! + 1 / linked.customerN[row]!);
  }
  return weights;
}

export interface PairCorrelation {
  employee: string;
  customer: string;
  /** Linked rows where both metrics have a value. */
  n: number;
  pearson: { r: number; p: number; ci: Interval; reason?: string };
  spearman: { rho: number; p: number; reason?: string };
  kendall: { tau: number; p: number; reason?: string };
  /** Pearson weighted by `linkWeights`. */
  weighted: { r: number; p: number; ci: Interval; effectiveN: number; reason?: string };
  /** Benjamini–Hochberg adjusted Pearson p, across every pair reported together. */
  pAdjusted: number;
  /** BH-adjusted p of each method, each adjusted across the pairs (one family per method). */
  pAdjustedByMethod: { pearson: number; spearman: number; kendall: number; weighted: number };
}

/** ICC(1) and ICC(2) of an employee metric from respondents grouped by linked unit (and period). */
export interface MetricReliability {
  icc1: number;
  icc2: number;
  /** Groups (linked rows) and respondents used. */
  groups: number;
  n: number;
  /** k = n / groups, the mean group size of ICC(1) (DESIGN §4). */
  meanGroupSize: number;
  reason?: string;
}

export interface LinkageResult {
  caption: typeof LINKAGE_CAPTION;
  level: UnitLevel;
  periods: string[];
  /** Linked rows. */
  n: number;
  pairs: PairCorrelation[];
  /** Per employee metric, when the respondent-level table was given. */
  reliability?: Record<string, MetricReliability>;
}

/**
 * Benjamini–Hochberg across the finite p-values; NaN p-values (undefined correlations) stay NaN
 * and do not count as tests (as in R's `p.adjust`).
 */
export function adjustFinite(p: readonly number[]): number[] {
  return Array.from(adjustPValues(p, 'bh'));
}

function withReason<T extends object>(value: T, reason: string | undefined): T & { reason?: string } {
  return reason === undefined ? value : { ...value, reason };
}

/**
 * Correlates every employee metric with every customer metric over the linked rows: Pearson
 * (Fisher-z CI), Spearman, Kendall tau-b and weighted Pearson, with BH adjustment across all
 * the pairs reported together (`pAdjusted` on Pearson; `pAdjustedByMethod` per method).
 */
export function correlateLinked(
  linked: LinkedUnits,
  options: { employeeMetrics?: readonly string[]; customerMetrics?: readonly string[]; reliability?: Record<string, MetricReliability> } = {},
): LinkageResult {
  const employeeMetrics = options.employeeMetrics ?? [...linked.employee.keys()];
  const customerMetrics = options.customerMetrics ?? [...linked.customer.keys()];
  const weights = linkWeights(linked);
  // Each metric's linked rows are gathered and sorted once; every pair it takes part in then
  // ranks its complete rows by a linear walk (Spearman, Kendall), and nothing is copied per pair.
  const columns = new Map<string, RankedColumn>();
  const column = (side: Map<string, Float64Array>, key: string, metric: string): RankedColumn => {
    let ranked = columns.get(key);
    if (!ranked) {
      const source = side.get(metric);
      ranked = new RankedColumn(source ? linkedColumn(linked, source) : new Float64Array(linked.n).fill(Number.NaN));
      columns.set(key, ranked);
    }
    return ranked;
  };
  const correlator = new PairwiseCorrelator(linked.n);
  const pairs: Omit<PairCorrelation, 'pAdjusted' | 'pAdjustedByMethod'>[] = [];
  for (const employeeMetric of employeeMetrics) {
    const x = column(linked.employee, `e:${employeeMetric}`, employeeMetric);
    for (const customerMetric of customerMetrics) {
      const y = column(linked.customer, `c:${customerMetric}`, customerMetric);
      const { pearson: p, spearman: s, kendall: k, weighted } = correlator.correlate(x, y, weights);
      const w8 = weighted!;
      pairs.push({
        employee: employeeMetric,
        customer: customerMetric,
        n: p.n,
        pearson: withReason({ r: p.r, p: p.p, ci: [p.ci[0], p.ci[1]] as Interval }, p.reason),
        spearman: withReason({ rho: s.rho, p: s.p }, s.reason),
        kendall: withReason({ tau: k.tau, p: k.p }, k.reason),
        weighted: withReason({ r: w8.r, p: w8.p, ci: [w8.ci[0], w8.ci[1]] as Interval, effectiveN: w8.effectiveN }, w8.reason),
      });
    }
  }
  const adjusted = {
    pearson: adjustFinite(pairs.map((pair) => pair.pearson.p)),
    spearman: adjustFinite(pairs.map((pair) => pair.spearman.p)),
    kendall: adjustFinite(pairs.map((pair) => pair.kendall.p)),
    weighted: adjustFinite(pairs.map((pair) => pair.weighted.p)),
  };
  return {
    caption: LINKAGE_CAPTION,
    level: linked.level,
    periods: linked.periods,
    n: linked.n,
    pairs: pairs.map((pair, i) => ({
      ...pair,
      pAdjusted: adjusted.pearson[i]!,
      pAdjustedByMethod: { pearson: adjusted.pearson[i]!, spearman: adjusted.spearman[i]!, kendall: adjusted.kendall[i]!, weighted: adjusted.weighted[i]! },
    })),
    ...(options.reliability ? { reliability: options.reliability } : {}),
  };
}

/**
 * ICC(1) and ICC(2) of each employee metric (DESIGN §4: one-way ANOVA of respondents within
 * units), from the respondent-level table, grouping respondents by the linked row they belong
 * to: their unit's ancestor at the linkage level, and their period when linking per period.
 * Only linked rows count, so no withheld slice takes part. Run in the worker: it reads raw rows.
 */
export function linkedReliability(table: EmployeeTable, employees: EmployeeAggregation, linked: LinkedUnits, metrics?: readonly string[]): Record<string, MetricReliability> {
  const { hierarchy } = employees;
  const P = linked.periods.length;
  // Linked-unit index of every hierarchy unit (its ancestor at the level), −1 if none.
  const linkedIndex = new Map(linked.units.map((id, i) => [id, i]));
  const groupUnit = new Int32Array(hierarchy.units.length).fill(-1);
  hierarchy.units.forEach((_, u) => {
    for (let w = u; w >= 0; w = hierarchy.parent[w]!) {
      const index = linkedIndex.get(hierarchy.units[w]!.id);
      if (index !== undefined) {
        groupUnit[u] = index;
        break;
      }
    }
  });
  const unitOfCode = Int32Array.from(table.unit.values, (id) => {
    const u = hierarchy.index.get(id);
    return u === undefined ? -1 : groupUnit[u]!;
  });
  const pooled = P === 1 && linked.periods[0] === ALL_PERIODS;
  const axis = new Map(linked.periods.map((period, i) => [period, i]));
  const periodOfCode = Int32Array.from(table.period.values, (value) => {
    if (pooled) return 0;
    const period = toPeriod(value, employees.granularity);
    return period === null ? -1 : axis.get(period) ?? -1;
  });
  // Group of a respondent = its linked row (unit × period), −1 when it is not linked.
  const groups = new Int32Array(table.length);
  for (let row = 0; row < table.length; row++) {
    const unitCode = table.unit.codes[row]!;
    const periodCode = table.period.codes[row]!;
    const u = unitCode === MISSING_CODE ? -1 : unitOfCode[unitCode]!;
    const t = pooled ? 0 : periodCode === MISSING_CODE ? -1 : periodOfCode[periodCode]!;
    const group = u >= 0 && t >= 0 ? u * P + t : -1;
    groups[row] = group >= 0 && linked.linked[group] ? group : -1;
  }
  const wanted = metrics ?? [...linked.employee.keys()];
  const out = Object.create(null) as Record<string, MetricReliability>;
  let engagement: Float64Array | undefined;
  for (const metric of wanted) {
    let values: ArrayLike<number> | undefined;
    if (metric === ENPS) values = table.enps;
    else if (metric === ENGAGEMENT) values = engagement ??= engagementScores(table.items, table.length);
    else {
      const j = table.itemIds.indexOf(metric);
      values = j >= 0 ? table.items[j] : undefined;
    }
    if (!values) continue;
    const result = iccOfGroups(values, groups, linked.linked.length);
    out[metric] = withReason({ icc1: result.icc1, icc2: result.icc2, groups: result.groups, n: result.n, meanGroupSize: result.meanGroupSize }, result.reason);
  }
  return out;
}
