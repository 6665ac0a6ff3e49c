import type { AnalysisResult, UnitSummary } from '../../analytics/analyze.ts';
import type { Story } from '../../model/types.ts';
import type { Award, Kudos } from '../../recognition/types.ts';
import { OVERALL_UNIT, customerValue, employeeValue } from '../shared/analysis-view.ts';
import type { TrendAnnotation, TrendData, TrendGapReason, TrendPoint, TrendSeries } from './trend.types.ts';

/** Customer metrics the trend can draw, in picker order. */
export const CUSTOMER_TREND_METRICS = ['nps', 'csat', 'ces', 'fcr'] as const;

/** Employee metrics present in the results: engagement, eNPS, then the items. */
export function employeeTrendMetrics(analysis: AnalysisResult): string[] {
  const items = new Set<string>();
  for (const u of analysis.units) for (const id of Object.keys(u.employees?.items ?? {})) items.add(id);
  const hasEnps = analysis.units.some((u) => u.employees?.enps);
  return ['engagement', ...(hasEnps ? ['enps'] : []), ...items];
}

/** Customer metrics with a value for at least one unit. */
export function customerTrendMetrics(analysis: AnalysisResult): string[] {
  return CUSTOMER_TREND_METRICS.filter((metric) => analysis.units.some((u) => customerValue(u, metric) !== undefined));
}

function employeePoint(period: string, summary: UnitSummary | undefined, metric: string): TrendPoint {
  if (!summary) return { period, value: null, n: 0, gap: 'no-data' };
  if (!summary.employees) return { period, value: null, n: 0, gap: summary.employeesSuppressed ?? 'no-data' };
  const v = employeeValue(summary, metric);
  if (!v || !Number.isFinite(v.value)) return { period, value: null, n: 0, gap: 'no-data' };
  return { period, value: v.value, ci: v.ci, n: v.n };
}

function customerPoint(period: string, summary: UnitSummary | undefined, metric: string, minCustomers: number): TrendPoint {
  const customers = summary?.customers;
  if (!summary || !customers) return { period, value: null, n: 0, gap: 'no-data' };
  const v = customerValue(summary, metric);
  if (!v || !Number.isFinite(v.value)) return { period, value: null, n: 0, gap: customers.n > 0 && customers.n < minCustomers ? 'few-customers' : 'no-data' };
  return { period, value: v.value, ci: v.ci, n: v.n };
}

/** The organisation's summary sits beside the units (`organisation` fields), or among them in older results. */
interface OrganisationFields {
  organisation?: UnitSummary | null;
}

function summaryIn(entry: { units: UnitSummary[] } & OrganisationFields, unit: string): UnitSummary | undefined {
  if (unit === OVERALL_UNIT && entry.organisation) return entry.organisation;
  return entry.units.find((u) => u.unit === unit);
}

/**
 * The unit a trend shows: the one asked for, else the organisation total (`*`). When the results
 * carry no organisation total, the single top-level unit stands in, or the first one, and
 * `organisationMissing` says so.
 */
export function trendUnit(analysis: AnalysisResult, unit: string | undefined): { id: string; name: string; organisationMissing: boolean } | undefined {
  const wanted = unit ?? OVERALL_UNIT;
  const whole = analysis as AnalysisResult & OrganisationFields;
  const periods = analysis.periods as ({ units: UnitSummary[] } & OrganisationFields)[];
  const found = summaryIn(whole, wanted) ?? periods.map((p) => summaryIn(p, wanted)).find((s) => s !== undefined);
  if (found) return { id: wanted, name: found.name, organisationMissing: false };
  if (wanted !== OVERALL_UNIT) return undefined;
  const root = analysis.units.find((u) => u.parentId === null) ?? analysis.units[0];
  return root ? { id: root.unit, name: root.name, organisationMissing: true } : undefined;
}

/** One employee and one customer metric of a unit (the organisation by default) over every period. */
export function trendFromAnalysis(analysis: AnalysisResult, employee: string, customer: string, unit?: string, annotations?: TrendAnnotation[]): TrendData | undefined {
  const shown = trendUnit(analysis, unit);
  if (!shown || analysis.periods.length === 0) return undefined;
  const { minEmployees, minCustomers } = analysis.thresholds;
  const employeeSeries: TrendSeries = { metric: employee, threshold: minEmployees, points: [] };
  const customerSeries: TrendSeries = { metric: customer, threshold: minCustomers, points: [] };
  for (const entry of analysis.periods as ({ period: string; units: UnitSummary[] } & OrganisationFields)[]) {
    const summary = summaryIn(entry, shown.id);
    employeeSeries.points.push(employeePoint(entry.period, summary, employee));
    customerSeries.points.push(customerPoint(entry.period, summary, customer, minCustomers));
  }
  return {
    periods: analysis.periods.map((p) => p.period),
    employee: employeeSeries,
    customer: customerSeries,
    unit: shown.id,
    unitName: shown.id === OVERALL_UNIT ? undefined : shown.name,
    organisationMissing: shown.organisationMissing || undefined,
    annotations,
  };
}

/** Whether `unit` is `ancestor` or sits below it in the hierarchy of the results. */
function within(unit: string, ancestor: string, parents: Map<string, string | null>): boolean {
  const seen = new Set<string>();
  for (let current: string | null | undefined = unit; current; current = parents.get(current)) {
    if (current === ancestor) return true;
    if (seen.has(current)) return false;
    seen.add(current);
  }
  return false;
}

/** Keeps what belongs to `unit` or the units below it; everything for the organisation. */
function ofUnit<T extends { unit: string }>(items: readonly T[], analysis: AnalysisResult | undefined, unit: string | undefined): T[] {
  if (unit === undefined || unit === OVERALL_UNIT) return [...items];
  const parents = new Map((analysis?.units ?? []).map((u) => [u.unit, u.parentId]));
  return items.filter((item) => within(item.unit, unit, parents));
}

/**
 * Published stories as annotations on the date they were written. With a unit other than the
 * organisation, only the stories of that unit and the units below it.
 */
export function annotationsFromStories(stories: readonly Story[], analysis?: AnalysisResult, unit?: string): TrendAnnotation[] {
  return ofUnit(stories.filter((s) => s.status === 'published'), analysis, unit)
    .map((s) => ({ date: s.createdAt, label: s.title, kind: 'story' as const }));
}

/** Awards as annotations on the period they reward. */
export function annotationsFromAwards(awards: readonly Award[], analysis?: AnalysisResult, unit?: string): TrendAnnotation[] {
  return ofUnit(awards, analysis, unit).map((a) => ({ date: a.period, label: `${a.nominee}: ${a.reason}`, kind: 'award' as const }));
}

/** Kudos as annotations on the date they were given. */
export function annotationsFromKudos(kudos: readonly Kudos[], analysis?: AnalysisResult, unit?: string): TrendAnnotation[] {
  return ofUnit(kudos, analysis, unit).map((k) => ({ date: k.createdAt, label: `${k.from} → ${k.to}: ${k.message}`, kind: 'kudos' as const }));
}

/** Counts of gaps per reason in a series, for the summary. */
export function gapCounts(series: TrendSeries): Record<TrendGapReason, number> {
  const counts: Record<TrendGapReason, number> = { 'below-threshold': 0, complementary: 0, 'few-customers': 0, 'no-data': 0 };
  for (const p of series.points) if (p.value === null || !Number.isFinite(p.value)) counts[p.gap ?? 'no-data']++;
  return counts;
}
