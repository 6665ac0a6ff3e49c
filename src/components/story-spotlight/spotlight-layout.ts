import { extent, line, scalePoint, scaleLinear } from 'd3';
import type { AnalysisResult, UnitSummary } from '../../analytics/analyze.ts';
import { comparePeriods, toPeriod } from '../../analytics/periods.ts';
import type { Story } from '../../model/types.ts';

/**
 * The numbers around a story: its unit's eNPS and NPS per period, a few periods before and
 * after the story's own, with the reason wherever a value is withheld. Pure: d3 computes the
 * scales and paths, the element renders them.
 */

/** The two lines of the spotlight. */
export const SPOTLIGHT_METRICS = ['enps', 'nps'] as const;
export type SpotlightMetric = (typeof SPOTLIGHT_METRICS)[number];

/** Why a period has no value: the anonymity floor, complementary suppression, the customer floor, or no answers. */
export type GapReason = 'below-threshold' | 'complementary' | 'few-customers' | 'no-data';

export interface SpotlightPoint {
  period: string;
  /** null where the value is withheld or missing; `reason` says why. */
  value: number | null;
  reason?: GapReason;
}

export interface SpotlightSeries {
  metric: SpotlightMetric;
  points: SpotlightPoint[];
}

/** What `<sym-story-spotlight>` draws. */
export interface SpotlightData {
  unit: string;
  unitName: string;
  /** The period the story falls in, at the analysis's granularity. */
  storyPeriod: string;
  periods: string[];
  series: SpotlightSeries[];
  thresholds: { minEmployees: number; minCustomers: number };
}

function employeePoint(period: string, summary: UnitSummary | undefined): SpotlightPoint {
  if (!summary) return { period, value: null, reason: 'no-data' };
  const enps = summary.employees?.enps;
  if (enps && Number.isFinite(enps.score)) return { period, value: enps.score };
  if (summary.employeesSuppressed) return { period, value: null, reason: summary.employeesSuppressed };
  return { period, value: null, reason: 'no-data' };
}

function customerPoint(period: string, summary: UnitSummary | undefined): SpotlightPoint {
  const customers = summary?.customers;
  if (!customers || customers.n === 0) return { period, value: null, reason: 'no-data' };
  if (customers.nps && Number.isFinite(customers.nps.score)) return { period, value: customers.nps.score };
  return { period, value: null, reason: 'few-customers' };
}

/**
 * The unit's eNPS and NPS from `window` periods before the story's period to `window` after
 * (fewer at the edges of the data). Undefined when the analysis has no period for the story.
 */
export function spotlightFromAnalysis(analysis: AnalysisResult, story: Story, window = 3): SpotlightData | undefined {
  const granularity = analysis.thresholds.granularity;
  const storyPeriod = toPeriod(story.createdAt.slice(0, 10), granularity);
  if (!storyPeriod) return undefined;
  const all = analysis.periods.map((p) => p.period).sort(comparePeriods);
  if (all.length === 0) return undefined;
  // The story may fall after the last period with data: anchor on the nearest one before it.
  let anchor = all.indexOf(storyPeriod);
  if (anchor < 0) {
    anchor = all.filter((p) => comparePeriods(p, storyPeriod) < 0).length - 1;
    if (anchor < 0) anchor = 0;
  }
  const periods = all.slice(Math.max(0, anchor - window), anchor + window + 1);
  const byPeriod = new Map(analysis.periods.map((p) => [p.period, p.units.find((u) => u.unit === story.unit)]));
  const unitName = analysis.units.find((u) => u.unit === story.unit)?.name ?? story.unit;
  return {
    unit: story.unit,
    unitName,
    storyPeriod,
    periods,
    series: [
      { metric: 'enps', points: periods.map((p) => employeePoint(p, byPeriod.get(p))) },
      { metric: 'nps', points: periods.map((p) => customerPoint(p, byPeriod.get(p))) },
    ],
    thresholds: { minEmployees: analysis.thresholds.minEmployees, minCustomers: analysis.thresholds.minCustomers },
  };
}

/** The last value before the story's period and the last one after it, per metric. */
export function beforeAndAfter(series: SpotlightSeries, storyPeriod: string): { before?: SpotlightPoint; after?: SpotlightPoint } {
  const shown = series.points.filter((p) => p.value !== null);
  const before = shown.filter((p) => comparePeriods(p.period, storyPeriod) < 0).at(-1);
  const after = shown.filter((p) => comparePeriods(p.period, storyPeriod) > 0).at(-1);
  return { ...(before ? { before } : {}), ...(after ? { after } : {}) };
}

export interface PlacedPoint extends SpotlightPoint {
  metric: SpotlightMetric;
  x: number;
  y: number;
}

export interface SpotlightLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  xTicks: { period: string; x: number }[];
  yTicks: { value: number; y: number }[];
  zeroY: number | undefined;
  storyX: number | undefined;
  series: { metric: SpotlightMetric; path: string; points: PlacedPoint[] }[];
  /** Periods where a line breaks, with the reasons, for the markers under the axis. */
  gaps: { metric: SpotlightMetric; period: string; x: number; reason: GapReason }[];
}

/** Scales and paths: undefined values break the lines (`line.defined`), never bridged. */
export function spotlightLayout(data: SpotlightData, width: number, height: number): SpotlightLayout {
  const margin = { top: 16, right: 16, bottom: 44, left: 44 };
  const x = scalePoint<string>().domain(data.periods).range([margin.left, width - margin.right]).padding(0.3);
  const values = data.series.flatMap((s) => s.points.map((p) => p.value).filter((v): v is number => v !== null));
  const [lo, hi] = values.length > 0 ? (extent(values) as [number, number]) : [-10, 10];
  const y = scaleLinear().domain([Math.max(-100, lo - 10), Math.min(100, hi + 10)]).nice().range([height - margin.bottom, margin.top]);
  const [d0, d1] = y.domain() as [number, number];
  const series = data.series.map((s) => {
    const points: PlacedPoint[] = s.points.map((p) => ({ ...p, metric: s.metric, x: x(p.period) ?? 0, y: p.value === null ? Number.NaN : y(p.value) }));
    const path = line<PlacedPoint>().defined((p) => p.value !== null).x((p) => p.x).y((p) => p.y)(points) ?? '';
    return { metric: s.metric, path, points: points.filter((p) => p.value !== null) };
  });
  const gaps = data.series.flatMap((s) => s.points
    .filter((p): p is SpotlightPoint & { reason: GapReason } => p.value === null && p.reason !== undefined)
    .map((p) => ({ metric: s.metric, period: p.period, x: x(p.period) ?? 0, reason: p.reason })));
  return {
    width, height, margin,
    xTicks: data.periods.map((period) => ({ period, x: x(period) ?? 0 })),
    yTicks: y.ticks(5).map((value) => ({ value, y: y(value) })),
    zeroY: d0 < 0 && d1 > 0 ? y(0) : undefined,
    storyX: x(data.storyPeriod),
    series,
    gaps,
  };
}
