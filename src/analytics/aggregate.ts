/**
 * Aggregation of survey rows per unit and period (DESIGN §3–4): one pass over the columnar
 * rows into per-group accumulators (counts, histograms and Welford moments in typed arrays),
 * then a roll-up through the unit hierarchy that merges the accumulators exactly, so a parent's
 * numbers are those of the raw rows of all its descendants (plus its own), never a mean of means.
 *
 * Employee slices go through the anonymity rules of `anonymity.ts` (primary and complementary
 * suppression, for the slice and again for every metric on its own n); a suppressed slice
 * carries no number, not even its n. Customer metrics below `minCustomers` answers are withheld
 * as unreliable; customer n is shown. Raw rows never appear in the outputs.
 *
 * @module
 */

import type { CategoricalColumn, CustomerTable, EmployeeTable, PeriodGranularity, Unit } from '../model/types.ts';
import { MISSING_CODE } from '../model/types.ts';
import { CELL_SHOWN, rollUpCounts, suppressSmallGroups, suppressionReason } from './anonymity.ts';
import type { SuppressionReason } from './anonymity.ts';
import { cesFromCounts, csatFromCounts, meanFromMoments, npsFromCounts, proportionFromCounts } from './metrics.ts';
import type { AnswerScale, CesResult, CsatResult, MeanResult, NpsResult, ProportionResult } from './metrics.ts';
import { ALL_PERIODS, comparePeriods, periodRange, toPeriod } from './periods.ts';

/** Level of a unit in the region > site > team hierarchy. */
export type UnitLevel = 'region' | 'site' | 'team';

/** A unit as the aggregation sees it, with its resolved place in the hierarchy. */
export interface AggregatedUnit {
  id: string;
  name: string;
  /** null for a root (also when the declared parent is unknown or closes a cycle). */
  parentId: string | null;
  /** Declared `attributes.level`, else `team` for a leaf, `site` above leaves only, `region` higher. */
  level: UnitLevel;
  depth: number;
  attributes?: Unit['attributes'];
}

/** The units of an analysis, indexed. */
export interface UnitHierarchy {
  units: AggregatedUnit[];
  /** Index of each unit's parent, −1 for roots. */
  parent: Int32Array;
  index: Map<string, number>;
}

/** Problems in the rows that did not stop the aggregation (no counts: they could single people out). */
export type AggregationWarning = 'rows-without-unit' | 'rows-without-period' | 'unknown-units-added' | 'unit-hierarchy-cycle';

/** A slice whose numbers are withheld for anonymity: it says only that it has fewer than k, or protects one that has. */
export interface SuppressedSlice {
  unit: string;
  period: string;
  suppressed: true;
  reason: SuppressionReason;
}

/** Employee metrics of a unit in a period (or over all periods, `period: 'all'`). */
export interface EmployeeSlice {
  unit: string;
  period: string;
  /** Respondents. */
  n: number;
  /** eNPS; null when withheld for anonymity (its own n below k, or recoverable). */
  enps: NpsResult | null;
  /** Mean over respondents of each one's mean item answer; null when withheld. */
  engagement: MeanResult | null;
  /** Per item id (null-prototype record): mean, sd, n and t interval, or null when withheld. */
  items: Record<string, MeanResult | null>;
}

export type EmployeeCell = EmployeeSlice | SuppressedSlice;

/** Customer metrics of a unit in a period (or `all`). Metrics with fewer than `minCustomers` answers are null. */
export interface CustomerSlice {
  unit: string;
  period: string;
  /** Answers (rows) in the slice, shown whatever its size: customers are not protected by a floor. */
  n: number;
  nps: NpsResult | null;
  csat: CsatResult | null;
  ces: CesResult | null;
  fcr: ProportionResult | null;
}

interface AggregationBase {
  granularity: PeriodGranularity;
  /** Period axis, consecutive; cells index `unit * (periods.length + 1) + period`, the last column being all periods. */
  periods: string[];
  hierarchy: UnitHierarchy;
  /**
   * Columnar view for linkage: per metric, the value of every cell, NaN where withheld or empty.
   * Only shown numbers are in it.
   */
  values: Map<string, Float64Array>;
  /** n of every cell, NaN where withheld (employees) or empty. */
  n: Float64Array;
  warnings: AggregationWarning[];
}

export interface EmployeeAggregation extends AggregationBase {
  kind: 'employees';
  minEmployees: number;
  detractorMax: 5 | 6;
  itemIds: string[];
  /** Unit × period slices with respondents, units in hierarchy order, periods in order, then `all`. */
  slices: EmployeeCell[];
}

export interface CustomerAggregation extends AggregationBase {
  kind: 'customers';
  minCustomers: number;
  csatDefinition: 'top2' | 'mean';
  slices: CustomerSlice[];
}

export interface EmployeeAggregateOptions {
  granularity?: PeriodGranularity;
  /** Smallest group whose numbers may be shown (k, default 5). */
  minEmployees?: number;
  /** Keeps only the rows for which it returns true; slices whose complement is below k are withheld. */
  filter?: (row: number) => boolean;
  /** eNPS detractor cut-off: 6 (default) or 5. */
  detractorMax?: 5 | 6;
  /** Period axis to use (consecutive, of `granularity`); by default the span of the data. */
  periods?: readonly string[];
}

export interface CustomerAggregateOptions {
  granularity?: PeriodGranularity;
  /** Fewest answers for a customer metric to be shown (default 10). */
  minCustomers?: number;
  /** Keeps only rows of these segments and/or channels. */
  filter?: { segment?: string | readonly string[]; channel?: string | readonly string[] };
  csatDefinition?: 'top2' | 'mean';
  /** Declared CES scale (default 1–7). */
  cesScale?: AnswerScale;
  periods?: readonly string[];
}

/** Metric key of the eNPS in `values` and in linkage. */
export const ENPS = 'enps';
/** Metric key of the engagement index in `values` and in linkage. */
export const ENGAGEMENT = 'engagement';
/** Customer metric keys. */
export const CUSTOMER_METRICS = ['nps', 'csat', 'ces', 'fcr'] as const;
export type CustomerMetric = (typeof CUSTOMER_METRICS)[number];

// ---------------------------------------------------------------------------
// Hierarchy

/**
 * Resolves the unit list into an indexed forest. Without `units`, every id of `dataUnitIds`
 * becomes a flat unit. Ids present in the data but not in `units` are added as roots; unknown
 * parents make roots; a parent chain that loops is cut where the loop closes.
 */
export function resolveUnits(units: readonly Unit[] | undefined, dataUnitIds: Iterable<string>, warnings: AggregationWarning[] = []): UnitHierarchy {
  const declared: Unit[] = [];
  const index = new Map<string, number>();
  for (const unit of units ?? []) {
    if (index.has(unit.id)) continue;
    index.set(unit.id, declared.length);
    declared.push(unit);
  }
  let added = false;
  for (const id of dataUnitIds) {
    if (index.has(id)) continue;
    index.set(id, declared.length);
    declared.push({ id, name: id });
    added = true;
  }
  if (added && units !== undefined) warnings.push('unknown-units-added');

  const count = declared.length;
  const parent = new Int32Array(count).fill(-1);
  declared.forEach((unit, u) => {
    const p = unit.parentId === undefined ? undefined : index.get(unit.parentId);
    if (p !== undefined && p !== u) parent[u] = p;
  });
  // Cut cycles: walk each chain; a unit met twice on one walk loses its parent link.
  const state = new Uint8Array(count); // 0 new, 1 on the current walk, 2 done
  for (let start = 0; start < count; start++) {
    const walk: number[] = [];
    let u = start;
    while (u >= 0 && state[u] === 0) {
      state[u] = 1;
      walk.push(u);
      u = parent[u]!;
    }
    if (u >= 0 && state[u] === 1) {
      parent[walk[walk.length - 1]!] = -1;
      if (!warnings.includes('unit-hierarchy-cycle')) warnings.push('unit-hierarchy-cycle');
    }
    for (const w of walk) state[w] = 2;
  }

  const depth = new Int32Array(count).fill(-1);
  const depthOf = (u: number): number => {
    if (depth[u]! >= 0) return depth[u]!;
    const chain: number[] = [];
    let w = u;
    while (w >= 0 && depth[w]! < 0) {
      chain.push(w);
      w = parent[w]!;
    }
    let d = w >= 0 ? depth[w]! : -1;
    for (let i = chain.length - 1; i >= 0; i--) depth[chain[i]!] = ++d;
    return depth[u]!;
  };
  const height = new Int32Array(count);
  for (let u = 0; u < count; u++) {
    depthOf(u);
    let h = 0;
    for (let w = parent[u]!; w >= 0; w = parent[w]!) height[w] = Math.max(height[w]!, ++h);
  }
  const resolved: AggregatedUnit[] = declared.map((unit, u) => {
    const level: UnitLevel = unit.attributes?.level ?? (height[u] === 0 ? 'team' : height[u] === 1 ? 'site' : 'region');
    return {
      id: unit.id,
      name: unit.name,
      parentId: parent[u]! >= 0 ? declared[parent[u]!]!.id : null,
      level,
      depth: depth[u]!,
      ...(unit.attributes ? { attributes: unit.attributes } : {}),
    };
  });
  return { units: resolved, parent, index };
}

// ---------------------------------------------------------------------------
// Periods

/** Maps each dictionary code of a period column to a period of `granularity` (null if it cannot be bucketed). */
function bucketDictionary(column: CategoricalColumn, granularity: PeriodGranularity): (string | null)[] {
  return column.values.map((value) => toPeriod(value, granularity));
}

/**
 * The consecutive period axis spanning the period columns of some tables: from the earliest
 * to the latest period present, gaps included (lags count steps in time).
 */
export function periodAxis(columns: readonly CategoricalColumn[], granularity: PeriodGranularity): string[] {
  let first: string | null = null;
  let last: string | null = null;
  for (const column of columns) {
    for (const period of bucketDictionary(column, granularity)) {
      if (period === null) continue;
      if (first === null || comparePeriods(period, first) < 0) first = period;
      if (last === null || comparePeriods(period, last) > 0) last = period;
    }
  }
  return first === null || last === null ? [] : periodRange(first, last);
}

/** Column index of each dictionary code on the axis; P (the no-period column) when off the axis. */
function periodCodes(column: CategoricalColumn, granularity: PeriodGranularity, axis: readonly string[]): Int32Array {
  const position = new Map(axis.map((period, i) => [period, i]));
  return Int32Array.from(bucketDictionary(column, granularity), (period) => (period === null ? axis.length : position.get(period) ?? axis.length));
}

function unitCodes(column: CategoricalColumn, hierarchy: UnitHierarchy): Int32Array {
  return Int32Array.from(column.values, (id) => hierarchy.index.get(id) ?? -1);
}

// ---------------------------------------------------------------------------
// Accumulators

/** n, mean and M2 per group (Welford 1962), merged exactly (Chan, Golub & LeVeque 1979). */
class Moments {
  readonly n: Float64Array;
  readonly mean: Float64Array;
  readonly m2: Float64Array;

  constructor(size: number) {
    this.n = new Float64Array(size);
    this.mean = new Float64Array(size);
    this.m2 = new Float64Array(size);
  }

  add(group: number, value: number): void {
    const n = ++this.n[group]!;
    const delta = value - this.mean[group]!;
    this.mean[group]! += delta / n;
    this.m2[group]! += delta * (value - this.mean[group]!);
  }

  /** Merges `from`'s group `source` into this accumulator's group `target`. */
  merge(target: number, from: Moments, source: number): void {
    const nb = from.n[source]!;
    if (nb === 0) return;
    const na = this.n[target]!;
    const n = na + nb;
    const delta = from.mean[source]! - this.mean[target]!;
    this.mean[target]! += (delta * nb) / n;
    this.m2[target]! += from.m2[source]! + (delta * delta * na * nb) / n;
    this.n[target] = n;
  }

  result(group: number): MeanResult {
    return meanFromMoments(this.n[group]!, this.mean[group]!, this.m2[group]!);
  }
}

/**
 * Merge plan from own-row groups (unit × (periods + no-period)) to published cells
 * (unit × (periods + all)): subtrees bottom-up, then every column into the all-periods column.
 */
interface RollUp {
  width: number; // P + 1 own columns (last = no period)
  cells: number; // U × (P + 1) published (last = all)
  /** Pairs (target subtree group, source subtree group) in merge order, over U × (P + 1) own layout. */
  order: Int32Array;
}

function rollUpPlan(parent: Int32Array, periodCount: number): RollUp {
  const width = periodCount + 1;
  const unitCount = parent.length;
  // Bottom-up order: deeper units first.
  const depth = new Int32Array(unitCount);
  for (let u = 0; u < unitCount; u++) for (let w = parent[u]!; w >= 0; w = parent[w]!) depth[u]!++;
  const units = Array.from({ length: unitCount }, (_, u) => u).sort((a, b) => depth[b]! - depth[a]!);
  const order: number[] = [];
  for (const u of units) {
    const p = parent[u]!;
    if (p < 0) continue;
    for (let c = 0; c < width; c++) order.push(p * width + c, u * width + c);
  }
  return { width, cells: unitCount * width, order: Int32Array.from(order) };
}

/** Applies a roll-up to per-group additive arrays with `stride` values per group (counts, histograms). */
function rollUpAdditive(plan: RollUp, own: Float64Array, stride: number): Float64Array {
  const cells = own.slice();
  const { order } = plan;
  for (let i = 0; i < order.length; i += 2) {
    const target = order[i]! * stride;
    const source = order[i + 1]! * stride;
    for (let j = 0; j < stride; j++) cells[target + j]! += cells[source + j]!;
  }
  // Published layout, in place: periods stay, the no-period column becomes the all-periods total.
  const unitWidth = plan.width * stride;
  const allOffset = unitWidth - stride;
  for (let base = 0; base < cells.length; base += unitWidth) {
    for (let j = 0; j < stride; j++) {
      let total = 0;
      for (let c = j; c <= allOffset + j; c += stride) total += cells[base + c]!;
      cells[base + allOffset + j] = total;
    }
  }
  return cells;
}

/** Sum of `length` counts from `offset`: the n of the metric computed from them. */
function countTotal(cells: Float64Array, offset: number, length: number): number {
  let total = 0;
  for (let i = 0; i < length; i++) total += cells[offset + i]!;
  return total;
}

function rollUpMoments(plan: RollUp, own: Moments): Moments {
  const subtree = new Moments(plan.cells);
  for (let g = 0; g < plan.cells; g++) subtree.merge(g, own, g);
  const { order, width } = plan;
  for (let i = 0; i < order.length; i += 2) subtree.merge(order[i]!, subtree, order[i + 1]!);
  const published = new Moments(plan.cells);
  const units = plan.cells / width;
  for (let u = 0; u < units; u++) {
    const all = u * width + width - 1;
    for (let c = 0; c < width; c++) {
      if (c < width - 1) published.merge(u * width + c, subtree, u * width + c);
      published.merge(all, subtree, u * width + c);
    }
  }
  return published;
}

function nullRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

// ---------------------------------------------------------------------------
// Employees

/**
 * Aggregates employee responses per unit × period and per unit over all periods, for every
 * unit of the hierarchy (leaves and their ancestors), with anonymity suppression.
 */
export function aggregateEmployees(table: EmployeeTable, units: readonly Unit[] | undefined, options: EmployeeAggregateOptions = {}): EmployeeAggregation {
  const granularity = options.granularity ?? 'quarter';
  const k = options.minEmployees ?? 5;
  const detractorMax = options.detractorMax ?? 6;
  const warnings: AggregationWarning[] = [];
  const hierarchy = resolveUnits(units, table.unit.values, warnings);
  const periods = options.periods ? [...options.periods] : periodAxis([table.period], granularity);
  const P = periods.length;
  const U = hierarchy.units.length;
  const width = P + 1;
  const groups = U * width;
  const unitOf = unitCodes(table.unit, hierarchy);
  const periodOf = periodCodes(table.period, granularity, periods);
  const itemCount = table.items.length;

  const count = new Float64Array(groups);
  const unfilteredCount = options.filter ? new Float64Array(groups) : count;
  const enpsHistogram = new Float64Array(groups * 11);
  const engagement = new Moments(groups);
  const items = Array.from({ length: itemCount }, () => new Moments(groups));
  const { enps } = table;
  let withoutUnit = false;
  let withoutPeriod = false;
  for (let row = 0; row < table.length; row++) {
    const unitCode = table.unit.codes[row]!;
    const u = unitCode === MISSING_CODE ? -1 : unitOf[unitCode]!;
    if (u < 0) {
      withoutUnit = true;
      continue;
    }
    const periodCode = table.period.codes[row]!;
    const p = periodCode === MISSING_CODE ? P : periodOf[periodCode]!;
    const group = u * width + p;
    if (options.filter) {
      unfilteredCount[group]!++;
      if (!options.filter(row)) continue;
    }
    if (p === P) withoutPeriod = true;
    count[group]!++;
    if (enps) {
      const answer = enps[row]!;
      if (Number.isInteger(answer) && answer >= 0 && answer <= 10) enpsHistogram[group * 11 + answer]!++;
    }
    let answered = 0;
    let sum = 0;
    for (let j = 0; j < itemCount; j++) {
      const value = table.items[j]![row]!;
      if (!Number.isFinite(value)) continue;
      answered++;
      sum += value;
      items[j]!.add(group, value);
    }
    if (answered > 0) engagement.add(group, sum / answered);
  }
  if (withoutUnit) warnings.push('rows-without-unit');
  if (withoutPeriod) warnings.push('rows-without-period');

  // Anonymity: the slice (respondents), then each metric on its own n.
  const parent = hierarchy.parent;
  let alsoSensitive: Uint8Array | undefined;
  if (options.filter) {
    const whole = rollUpCounts(parent, P, unfilteredCount);
    const part = rollUpCounts(parent, P, count);
    alsoSensitive = new Uint8Array(whole.length);
    for (let i = 0; i < whole.length; i++) {
      const complement = whole[i]! - part[i]!;
      if (part[i]! > 0 && complement > 0 && complement < k) alsoSensitive[i] = 1;
    }
  }
  const slice = suppressSmallGroups({ parent, periodCount: P, ownCounts: count, minCount: k, ...(alsoSensitive ? { alsoSensitive } : {}) });
  const sliceHidden = Uint8Array.from(slice.status, (status) => (status === CELL_SHOWN ? 0 : 1));
  const metricStatus = (ownN: Float64Array): Uint8Array => {
    let same = true;
    for (let g = 0; g < groups && same; g++) same = ownN[g] === count[g];
    if (same) return slice.status;
    return suppressSmallGroups({ parent, periodCount: P, ownCounts: ownN, minCount: k, alreadyHidden: sliceHidden }).status;
  };
  const enpsOwnN = new Float64Array(groups);
  for (let g = 0; g < groups; g++) for (let a = 0; a <= 10; a++) enpsOwnN[g]! += enpsHistogram[g * 11 + a]!;
  const enpsStatus = enps ? metricStatus(enpsOwnN) : null;
  const engagementStatus = itemCount > 0 ? metricStatus(engagement.n) : null;
  const itemStatus = items.map((moments) => metricStatus(moments.n));

  const plan = rollUpPlan(parent, P);
  const enpsCells = rollUpAdditive(plan, enpsHistogram, 11);
  const engagementCells = rollUpMoments(plan, engagement);
  const itemCells = items.map((moments) => rollUpMoments(plan, moments));

  const values = new Map<string, Float64Array>();
  const enpsValues = new Float64Array(groups).fill(Number.NaN);
  const engagementValues = new Float64Array(groups).fill(Number.NaN);
  const itemValues = table.itemIds.map(() => new Float64Array(groups).fill(Number.NaN));
  if (enps) values.set(ENPS, enpsValues);
  if (itemCount > 0) values.set(ENGAGEMENT, engagementValues);
  table.itemIds.forEach((id, j) => {
    if (!values.has(id)) values.set(id, itemValues[j]!);
  });
  const nValues = new Float64Array(groups).fill(Number.NaN);

  const slices: EmployeeCell[] = [];
  for (let u = 0; u < U; u++) {
    const unit = hierarchy.units[u]!.id;
    for (let c = 0; c < width; c++) {
      const cell = u * width + c;
      const n = slice.counts[cell]!;
      if (n === 0) continue;
      const period = c === P ? ALL_PERIODS : periods[c]!;
      const reason = suppressionReason(slice.status[cell]!);
      if (reason !== null) {
        slices.push({ unit, period, suppressed: true, reason });
        continue;
      }
      nValues[cell] = n;
      const enpsResult = enpsStatus && enpsStatus[cell] === CELL_SHOWN ? npsFromCounts(enpsCells, cell * 11, detractorMax) : null;
      if (enpsResult) enpsValues[cell] = enpsResult.score;
      const engagementResult = engagementStatus && engagementStatus[cell] === CELL_SHOWN ? engagementCells.result(cell) : null;
      if (engagementResult) engagementValues[cell] = engagementResult.mean;
      const itemResults = nullRecord<MeanResult | null>();
      table.itemIds.forEach((id, j) => {
        const result = itemStatus[j]![cell] === CELL_SHOWN ? itemCells[j]!.result(cell) : null;
        itemResults[id] = result;
        if (result) itemValues[j]![cell] = result.mean;
      });
      slices.push({ unit, period, n, enps: enpsResult, engagement: engagementResult, items: itemResults });
    }
  }
  return {
    kind: 'employees', granularity, minEmployees: k, detractorMax, periods, hierarchy, itemIds: [...table.itemIds], slices, values, n: nValues, warnings,
  };
}

// ---------------------------------------------------------------------------
// Customers

function allowedCodes(column: CategoricalColumn | undefined, wanted: string | readonly string[] | undefined): Uint8Array | null {
  if (wanted === undefined) return null;
  const set = new Set(typeof wanted === 'string' ? [wanted] : wanted);
  return Uint8Array.from(column?.values ?? [], (value) => (set.has(value) ? 1 : 0));
}

/**
 * Aggregates customer feedback per unit × period and per unit over all periods, for every unit
 * of the hierarchy. Metrics with fewer than `minCustomers` answers are null (reliability floor).
 */
export function aggregateCustomers(table: CustomerTable, units: readonly Unit[] | undefined, options: CustomerAggregateOptions = {}): CustomerAggregation {
  const granularity = options.granularity ?? 'quarter';
  const floor = options.minCustomers ?? 10;
  const csatDefinition = options.csatDefinition ?? 'top2';
  const cesScale = options.cesScale ?? { min: 1, max: 7 };
  const cesWidth = cesScale.max - cesScale.min + 1;
  const warnings: AggregationWarning[] = [];
  const hierarchy = resolveUnits(units, table.unit.values, warnings);
  const periods = options.periods ? [...options.periods] : periodAxis([table.period], granularity);
  const P = periods.length;
  const U = hierarchy.units.length;
  const width = P + 1;
  const groups = U * width;
  const unitOf = unitCodes(table.unit, hierarchy);
  const periodOf = periodCodes(table.period, granularity, periods);
  const segments = allowedCodes(table.segment, options.filter?.segment);
  const channels = allowedCodes(table.channel, options.filter?.channel);

  const count = new Float64Array(groups);
  const npsHistogram = new Float64Array(groups * 11);
  const csatHistogram = new Float64Array(groups * 5);
  const cesHistogram = new Float64Array(groups * cesWidth);
  const fcrCounts = new Float64Array(groups * 2); // resolved, answered
  const { nps, csat, ces, fcr } = table;
  // Columns in locals: the loop's stores into the histograms would otherwise make V8 reload them.
  const unitColumn = table.unit.codes;
  const periodColumn = table.period.codes;
  const segmentColumn = table.segment?.codes;
  const channelColumn = table.channel?.codes;
  const rows = table.length;
  let withoutUnit = false;
  let withoutPeriod = false;
  for (let row = 0; row < rows; row++) {
    if (segments) {
      const code = segmentColumn?.[row] ?? MISSING_CODE;
      if (code === MISSING_CODE || !segments[code]) continue;
    }
    if (channels) {
      const code = channelColumn?.[row] ?? MISSING_CODE;
      if (code === MISSING_CODE || !channels[code]) continue;
    }
    const unitCode = unitColumn[row]!;
    const u = unitCode === MISSING_CODE ? -1 : unitOf[unitCode]!;
    if (u < 0) {
      withoutUnit = true;
      continue;
    }
    const periodCode = periodColumn[row]!;
    const p = periodCode === MISSING_CODE ? P : periodOf[periodCode]!;
    if (p === P) withoutPeriod = true;
    const group = u * width + p;
    count[group]!++;
    if (nps) {
      const answer = nps[row]!;
      if (Number.isInteger(answer) && answer >= 0 && answer <= 10) npsHistogram[group * 11 + answer]!++;
    }
    if (csat) {
      const answer = csat[row]!;
      if (Number.isInteger(answer) && answer >= 1 && answer <= 5) csatHistogram[group * 5 + answer - 1]!++;
    }
    if (ces) {
      const answer = ces[row]!;
      if (Number.isInteger(answer) && answer >= cesScale.min && answer <= cesScale.max) cesHistogram[group * cesWidth + answer - cesScale.min]!++;
    }
    if (fcr) {
      const answer = fcr[row]!;
      if (answer === 1 || answer === 0) {
        fcrCounts[group * 2]! += answer;
        fcrCounts[group * 2 + 1]!++;
      }
    }
  }
  if (withoutUnit) warnings.push('rows-without-unit');
  if (withoutPeriod) warnings.push('rows-without-period');

  const plan = rollUpPlan(hierarchy.parent, P);
  const counts = rollUpAdditive(plan, count, 1);
  const npsCells = rollUpAdditive(plan, npsHistogram, 11);
  const csatCells = rollUpAdditive(plan, csatHistogram, 5);
  const cesCells = rollUpAdditive(plan, cesHistogram, cesWidth);
  const fcrCells = rollUpAdditive(plan, fcrCounts, 2);

  const values = new Map<string, Float64Array>();
  const npsValues = new Float64Array(groups).fill(Number.NaN);
  const csatValues = new Float64Array(groups).fill(Number.NaN);
  const cesValues = new Float64Array(groups).fill(Number.NaN);
  const fcrValues = new Float64Array(groups).fill(Number.NaN);
  if (nps) values.set('nps', npsValues);
  if (csat) values.set('csat', csatValues);
  if (ces) values.set('ces', cesValues);
  if (fcr) values.set('fcr', fcrValues);
  const nValues = new Float64Array(groups).fill(Number.NaN);

  const slices: CustomerSlice[] = [];
  for (let u = 0; u < U; u++) {
    const unit = hierarchy.units[u]!.id;
    for (let c = 0; c < width; c++) {
      const cell = u * width + c;
      const n = counts[cell]!;
      if (n === 0) continue;
      nValues[cell] = n;
      // A metric below the reliability floor is null; its n (the sum of its counts) decides
      // before the interval is computed, which most cells of a sparse export skip.
      const shown: CustomerSlice = {
        unit,
        period: c === P ? ALL_PERIODS : periods[c]!,
        n,
        nps: nps && countTotal(npsCells, cell * 11, 11) >= floor ? npsFromCounts(npsCells, cell * 11) : null,
        csat: csat && countTotal(csatCells, cell * 5, 5) >= floor ? csatFromCounts(csatCells, cell * 5, csatDefinition) : null,
        ces: ces && countTotal(cesCells, cell * cesWidth, cesWidth) >= floor ? cesFromCounts(cesCells, cell * cesWidth, cesScale) : null,
        fcr: fcr && fcrCells[cell * 2 + 1]! >= floor ? proportionFromCounts(fcrCells[cell * 2]!, fcrCells[cell * 2 + 1]!) : null,
      };
      if (shown.nps) npsValues[cell] = shown.nps.score;
      if (shown.csat) csatValues[cell] = shown.csat.score;
      if (shown.ces) cesValues[cell] = shown.ces.mean;
      if (shown.fcr) fcrValues[cell] = shown.fcr.score;
      slices.push(shown);
    }
  }
  return { kind: 'customers', granularity, minCustomers: floor, csatDefinition, periods, hierarchy, slices, values, n: nValues, warnings };
}

/** True when an employee cell is withheld. */
export function isSuppressed(cell: EmployeeCell): cell is SuppressedSlice {
  return 'suppressed' in cell;
}
