import type { AnalysisResult, UnitSummary } from '../../analytics/analyze.ts';
import { quadrantOf } from '../../analytics/quadrants.ts';
import { periodUnit } from '../../analytics/packed-result.ts';
import type { ScatterData, ScatterPoint } from './chart-types.ts';
import type { LagChartData, LagCorrelation } from '../lag-chart/lag-chart.types.ts';
import type { CorrelationHeatmapData, UnitHeatmapData } from '../heatmap/heatmap.types.ts';
import type { DriversData } from '../drivers/drivers.types.ts';
import type { InsightsData } from '../insights/insights.types.ts';

/**
 * Adapters from the worker's analysis result to what each element draws. Pure functions: the
 * elements stay thin and tests reach these without a DOM.
 */

/** What `<sym-kpi>` shows. */
export interface KpiData {
  value: number;
  ci?: [number, number];
  n: number;
  /** The floor that applied: minEmployees or minCustomers. */
  threshold: number;
  /** Why no value is shown. */
  suppressed?: 'below-threshold' | 'complementary' | 'few-customers';
  previous?: { period: string; value: number };
  series: { period: string; value: number }[];
  period?: string;
  unitName?: string;
}

const EMPLOYEE_SIDE = new Set(['enps', 'engagement']);

/** The headline value and CI of an employee metric (`enps`, `engagement` or an item id) in a summary. */
export function employeeValue(summary: UnitSummary, metric: string): { value: number; ci: [number, number]; n: number } | undefined {
  const e = summary.employees;
  if (!e) return undefined;
  if (metric === 'enps') return e.enps ? { value: e.enps.score, ci: e.enps.ci, n: e.enps.n } : undefined;
  const mean = metric === 'engagement' ? e.engagement : e.items[metric];
  return mean ? { value: mean.mean, ci: mean.ci, n: mean.n } : undefined;
}

/** The headline value and CI of a customer metric (`nps`, `csat`, `ces`, `fcr`) in a summary. */
export function customerValue(summary: UnitSummary, metric: string): { value: number; ci: [number, number]; n: number } | undefined {
  const c = summary.customers;
  if (!c) return undefined;
  if (metric === 'nps' && c.nps) return { value: c.nps.score, ci: c.nps.ci, n: c.nps.n };
  if (metric === 'csat' && c.csat) return { value: c.csat.score, ci: c.csat.ci, n: c.csat.n };
  if (metric === 'ces' && c.ces) return { value: c.ces.mean, ci: c.ces.ci, n: c.ces.n };
  if (metric === 'fcr' && c.fcr) return { value: c.fcr.score, ci: c.fcr.ci, n: c.fcr.n };
  return undefined;
}

function metricValue(summary: UnitSummary, metric: string) {
  return EMPLOYEE_SIDE.has(metric) ? employeeValue(summary, metric) : customerValue(summary, metric);
}

/** Unit id of the organisation-wide total in analysis results (`AnalysisResult.organisation`). */
export const OVERALL_UNIT = '*';

/**
 * Whether the analysed data has answers for a measure. Results built by hand (stories, older
 * workers) may lack `measures`: then every measure counts as held.
 */
export function holdsMeasure(analysis: AnalysisResult, measure: string): boolean {
  const measures = analysis.measures as string[] | undefined;
  return !measures || measures.includes(measure);
}

/** A metric tile for one unit (the whole organisation when `unit` is absent), latest period first. */
export function kpiFromAnalysis(analysis: AnalysisResult, metric: string, unit?: string): KpiData | undefined {
  const isEmployee = EMPLOYEE_SIDE.has(metric);
  const threshold = isEmployee ? analysis.thresholds.minEmployees : analysis.thresholds.minCustomers;
  // The worker may hand the per-period lists over packed: decode only the unit shown.
  const series = analysis.periods.map((entry) => {
    const { period, organisation } = entry;
    const summary = unit === undefined || unit === OVERALL_UNIT ? organisation ?? undefined : periodUnit(entry, unit);
    return { period, summary, value: summary ? metricValue(summary, metric) : undefined };
  });
  const latest = [...series].reverse().find((s) => s.summary);
  if (!latest?.summary) return undefined;
  const index = series.indexOf(latest);
  const before = series[index - 1];
  const base = {
    n: latest.value?.n ?? 0,
    threshold,
    period: latest.period,
    unitName: unit && unit !== OVERALL_UNIT ? latest.summary.name : undefined,
    series: series.map((s) => ({ period: s.period, value: s.value?.value ?? Number.NaN })),
    previous: before?.value ? { period: before.period, value: before.value.value } : undefined,
  };
  if (!latest.value) {
    const suppressed = isEmployee ? (latest.summary.employeesSuppressed ?? 'below-threshold') : 'few-customers';
    return { ...base, value: Number.NaN, suppressed };
  }
  return { ...base, value: latest.value.value, ci: latest.value.ci };
}

/** Units of the linkage level placed by an employee metric against a customer metric, all periods pooled. */
export function scatterFromAnalysis(analysis: AnalysisResult, x: string, y: string): ScatterData {
  const level = analysis.thresholds.level;
  const raw: Omit<ScatterPoint, 'quadrant'>[] = [];
  for (const summary of analysis.units) {
    if (summary.level !== level) continue;
    const ex = employeeValue(summary, x);
    const cy = customerValue(summary, y);
    if (!ex || !cy || !Number.isFinite(ex.value) || !Number.isFinite(cy.value)) continue;
    raw.push({ id: summary.unit, name: summary.name, x: ex.value, y: cy.value, n: summary.employees?.n ?? ex.n });
  }
  const points = withQuadrants(raw, y === 'ces');
  const row = analysis.correlations.find((c) => c.employee === x && c.customer === y);
  return {
    xMetric: x,
    yMetric: y,
    points,
    correlation: row ? { r: row.pearson.r, ci: row.pearson.ci, p: row.pearson.p, pAdjusted: row.pAdjusted, n: row.n } : undefined,
  };
}

/** Quadrants by z-scores on both axes (customer effort negated: lower is better). */
function withQuadrants(points: Omit<ScatterPoint, 'quadrant'>[], customerLowerIsBetter: boolean): ScatterPoint[] {
  if (points.length < 3) return points;
  const stats = (values: number[]) => {
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1));
    return { mean, sd };
  };
  const sx = stats(points.map((p) => p.x));
  const sy = stats(points.map((p) => p.y));
  if (!(sx.sd > 0 && sy.sd > 0)) return points;
  const sign = customerLowerIsBetter ? -1 : 1;
  return points.map((p) => ({ ...p, quadrant: quadrantOf((p.x - sx.mean) / sx.sd, (sign * (p.y - sy.mean)) / sy.sd) }));
}

/** Lagged correlations of one pair, split into the two directions the chart draws. */
export function lagsFromAnalysis(analysis: AnalysisResult, employee: string, customer: string): LagChartData | undefined {
  const result = analysis.lags.find((l) => l.employee === employee && l.customer === customer) ?? analysis.lags[0];
  if (!result) return undefined;
  const lags: LagCorrelation[] = [];
  for (const lag of result.lags) {
    const base = { r: lag.r, ci: lag.ci, n: lag.n, p: lag.p, pAdjusted: lag.pAdjusted };
    if (lag.lag >= 0) lags.push({ ...base, k: lag.lag, direction: 'ex-to-cx' });
    if (lag.lag <= 0) lags.push({ ...base, k: -lag.lag, direction: 'cx-to-ex' });
  }
  return { employeeMetric: result.employee, customerMetric: result.customer, lags };
}

/** The employee × customer correlation matrix with BH-adjusted p. */
export function correlationMatrixFromAnalysis(analysis: AnalysisResult): CorrelationHeatmapData {
  const rows = [...new Set(analysis.correlations.map((c) => c.employee))];
  const columns = [...new Set(analysis.correlations.map((c) => c.customer))];
  return {
    mode: 'correlations',
    rows,
    columns,
    cells: analysis.correlations.map((c) => ({ row: c.employee, column: c.customer, r: c.pearson.r, n: c.n, p: c.pearson.p, pAdjusted: c.pAdjusted })),
  };
}

/** Units of one level × employee items, each with its difference from the parent unit. */
export function unitItemsFromAnalysis(analysis: AnalysisResult, level = analysis.thresholds.level, parent?: string): UnitHeatmapData {
  const byId = new Map(analysis.units.map((u) => [u.unit, u]));
  const units = analysis.units.filter((u) => u.level === level && (parent === undefined || u.parentId === parent));
  const items = [...new Set(analysis.units.flatMap((u) => (u.employees ? Object.keys(u.employees.items) : [])))];
  const metrics = ['engagement', ...items];
  const cells = units.flatMap((u) => metrics.map((item) => {
    const value = employeeValue(u, item)?.value;
    const parentSummary = u.parentId ? byId.get(u.parentId) : undefined;
    const parentValue = parentSummary ? employeeValue(parentSummary, item)?.value : undefined;
    const shown = value !== undefined && Number.isFinite(value);
    return {
      unit: u.unit,
      item,
      value: shown ? value : null,
      delta: shown && parentValue !== undefined && Number.isFinite(parentValue) ? value - parentValue : null,
      suppressed: u.employeesSuppressed !== undefined,
    };
  }));
  return { mode: 'units', units: units.map((u) => ({ id: u.unit, name: u.name })), items: metrics, cells, threshold: analysis.thresholds.minEmployees };
}

/** Key drivers of one customer outcome; the refusal is passed through when there are too few units. */
export function driversFromAnalysis(analysis: AnalysisResult, outcome: string): DriversData | undefined {
  const result = analysis.drivers.find((d) => d.customer === outcome) ?? analysis.drivers[0];
  if (!result) return undefined;
  const driverCount = Math.max(result.drivers.length, 1);
  return {
    outcome: result.customer,
    n: result.n,
    rSquared: result.rSquared,
    drivers: result.drivers.map((d) => ({ id: d.employee, rawWeight: d.raw, rescaled: d.rescaled, r: d.r })),
    refused: result.refused ? { reason: 'too-few-units', needed: Math.max(30, 10 * driverCount), n: result.n } : undefined,
  };
}

/** Insights with the reliability of each employee metric and the floors that applied. */
export function insightsFromAnalysis(analysis: AnalysisResult): InsightsData {
  return {
    insights: analysis.insights,
    reliability: Object.entries(analysis.reliability).map(([metric, r]) => ({ metric, icc1: r.icc1, icc2: r.icc2 })),
    thresholds: { minEmployees: analysis.thresholds.minEmployees, minCustomers: analysis.thresholds.minCustomers },
    unitKind: analysis.thresholds.level === 'team' ? 'team' : analysis.thresholds.level === 'site' ? 'site' : 'unit',
    granularity: analysis.thresholds.granularity,
  };
}
