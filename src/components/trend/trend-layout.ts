import { area, line, precisionFixed, scaleLinear, scalePoint, symbol, symbolCircle, symbolDiamond, symbolSquare, symbolStar, symbolTriangle } from 'd3';
import type { SymbolType } from 'd3';
import { periodGranularity, toPeriod } from '../../analytics/periods.ts';
import { ANNOTATION_KINDS } from './trend.types.ts';
import type { AnnotationKind, TrendAnnotation, TrendData, TrendGapReason, TrendPoint, TrendSeries, TrendSide } from './trend.types.ts';

export interface TrendMargins { top: number; right: number; bottom: number; left: number }

/** A period of a series with a value, placed on its panel. */
export interface PlacedTrendPoint extends TrendPoint {
  value: number;
  side: TrendSide;
  /** Position of the period on the time axis. */
  index: number;
  cx: number;
  cy: number;
  /** CI ends in pixels (equal to cy when there is no interval). */
  yLo: number;
  yHi: number;
}

/** A period of a series without a value: drawn as a hatched gap, never as a number. */
export interface TrendGap {
  side: TrendSide;
  period: string;
  index: number;
  reason: TrendGapReason;
  x: number;
  width: number;
  cx: number;
}

export interface TrendPanel {
  side: TrendSide;
  metric: string;
  threshold: number;
  top: number;
  bottom: number;
  /** Baseline of the panel title. */
  titleY: number;
  yTicks: { value: number; position: number }[];
  /** Decimals that tell the ticks apart. */
  tickDecimals: number;
  /** Line through consecutive values; broken at gaps. */
  line: string;
  /** 95% CI band; broken at gaps. */
  band: string;
  points: PlacedTrendPoint[];
  gaps: TrendGap[];
}

/**
 * The annotations of one kind in one period, drawn as one marker (with a count when several):
 * dozens of stories in a quarter stay readable, and the data table lists each of them.
 */
export interface PlacedAnnotation {
  kind: AnnotationKind;
  period: string;
  /** Position of the period on the time axis. */
  index: number;
  /** In date order. */
  items: TrendAnnotation[];
  cx: number;
  cy: number;
}

export interface TrendLayout {
  width: number;
  height: number;
  margin: TrendMargins;
  /** y of the shared time axis, between the two panels. */
  axisY: number;
  /** Every period; `labelled` is false for those whose label would collide (the latest is always labelled). */
  xTicks: { period: string; position: number; labelled: boolean }[];
  /** Distance between two periods. */
  step: number;
  panels: [TrendPanel, TrendPanel];
  annotations: PlacedAnnotation[];
  /** Periods with at least one annotation: a rule runs through both panels there. */
  annotationRules: { period: string; x: number }[];
  /** Annotations whose date falls outside the periods shown. */
  unplaced: TrendAnnotation[];
  laneY: number;
}

const LANE_HEIGHT = 24;
const TITLE_HEIGHT = 20;
const AXIS_BAND = 30;
const ANNOTATION_SPACING = 18;
/** Room a period label needs ("Q3 2026", "Sept 2026") at 11px. */
const LABEL_WIDTH = 58;

/** Marker shape per annotation kind, so kinds differ by shape as well as colour. */
export const ANNOTATION_SYMBOLS: Record<AnnotationKind, SymbolType> = { story: symbolDiamond, award: symbolStar, kudos: symbolTriangle };
/** Marker shape per series: circles for employees, squares for customers. */
export const SERIES_SYMBOLS: Record<TrendSide, SymbolType> = { employee: symbolCircle, customer: symbolSquare };

/** Path of a marker centred on 0,0, shared by the plot and the legend. */
export function annotationSymbolPath(kind: AnnotationKind, size = 90): string {
  return symbol(ANNOTATION_SYMBOLS[kind], size)() ?? '';
}

export function seriesSymbolPath(side: TrendSide, size = 48): string {
  return symbol(SERIES_SYMBOLS[side], size)() ?? '';
}

/** The period of the axis an annotation falls in, or undefined when outside the axis. */
export function annotationPeriod(date: string, periods: readonly string[]): string | undefined {
  const granularity = periods[0] === undefined ? null : periodGranularity(periods[0]);
  if (granularity === null) return undefined;
  const period = toPeriod(date.trim(), granularity);
  return period !== null && periods.includes(period) ? period : undefined;
}

const hasValue = (p: TrendPoint): p is TrendPoint & { value: number } => p.value !== null && Number.isFinite(p.value);
const hasCi = (p: TrendPoint): boolean => hasValue(p) && p.ci !== undefined && Number.isFinite(p.ci[0]) && Number.isFinite(p.ci[1]);

/** y scale of a panel: values and CI bounds, padded, nice; a flat series gets room around it. */
function panelScale(series: TrendSeries, top: number, bottom: number) {
  const values = series.points.filter(hasValue).flatMap((p) => (hasCi(p) ? [p.value, p.ci![0], p.ci![1]] : [p.value]));
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (values.length === 0) [lo, hi] = [0, 1];
  const pad = hi > lo ? (hi - lo) * 0.08 : Math.max(Math.abs(hi) * 0.05, 1);
  return scaleLinear().domain([lo - pad, hi + pad]).nice(4).range([bottom, top]);
}

function placePanel(side: TrendSide, series: TrendSeries, periods: readonly string[], x: (p: string) => number, step: number, top: number, bottom: number, titleY: number): TrendPanel {
  const y = panelScale(series, top, bottom);
  const ticks = y.ticks(bottom - top > 120 ? 4 : 3);
  const clamp = (v: number) => Math.max(top, Math.min(bottom, y(v)));
  const byPeriod = new Map(series.points.map((p) => [p.period, p]));
  // One entry per axis period: a period missing from the series is a gap too.
  const ordered = periods.map((period): TrendPoint => byPeriod.get(period) ?? { period, value: null, n: 0, gap: 'no-data' });
  const points: PlacedTrendPoint[] = [];
  const gaps: TrendGap[] = [];
  ordered.forEach((p, index) => {
    const cx = x(p.period);
    if (hasValue(p)) {
      const ci = hasCi(p) ? p.ci! : undefined;
      points.push({ ...p, side, index, cx, cy: y(p.value), yLo: ci ? clamp(ci[0]) : y(p.value), yHi: ci ? clamp(ci[1]) : y(p.value) });
    } else {
      gaps.push({ side, period: p.period, index, reason: p.gap ?? 'no-data', x: cx - step / 2 + 2, width: Math.max(2, step - 4), cx });
    }
  });
  const linePath = line<TrendPoint>().defined(hasValue).x((p) => x(p.period)).y((p) => y(p.value as number))(ordered) ?? '';
  const bandPath = area<TrendPoint>().defined(hasCi).x((p) => x(p.period)).y0((p) => clamp(p.ci![0])).y1((p) => clamp(p.ci![1]))(ordered) ?? '';
  return {
    side, metric: series.metric, threshold: series.threshold, top, bottom, titleY,
    yTicks: ticks.map((value) => ({ value, position: y(value) })),
    tickDecimals: ticks.length > 1 ? precisionFixed(Math.abs(ticks[1]! - ticks[0]!)) : 0,
    line: linePath, band: bandPath, points, gaps,
  };
}

/**
 * Geometry of the trend chart, no DOM: an annotation lane on top, the employee panel, the
 * shared time axis, the customer panel. Each panel has its own scale, a CI band and a line
 * broken at gaps (suppressed or missing periods).
 */
export function trendLayout(data: TrendData, width: number, height: number, margin: TrendMargins = { top: 8, right: 16, bottom: 12, left: 56 }): TrendLayout {
  const periods = data.periods;
  const xScale = scalePoint<string>().domain(periods).range([margin.left, width - margin.right]).padding(0.5);
  const x = (period: string) => xScale(period) ?? margin.left;
  const step = xScale.step() || width - margin.left - margin.right;
  const annotations = data.annotations ?? [];
  const lane = annotations.length > 0 ? LANE_HEIGHT : 0;
  const laneY = margin.top + lane / 2;
  const inner = height - margin.top - margin.bottom - lane - 2 * TITLE_HEIGHT - AXIS_BAND;
  const panelHeight = Math.max(40, inner / 2);
  const employeeTop = margin.top + lane + TITLE_HEIGHT;
  const employeeBottom = employeeTop + panelHeight;
  const customerTop = employeeBottom + AXIS_BAND + TITLE_HEIGHT;
  const customerBottom = customerTop + panelHeight;
  const panels: [TrendPanel, TrendPanel] = [
    placePanel('employee', data.employee, periods, x, step, employeeTop, employeeBottom, employeeTop - 7),
    placePanel('customer', data.customer, periods, x, step, customerTop, customerBottom, customerTop - 7),
  ];
  const placed: PlacedAnnotation[] = [];
  const unplaced: TrendAnnotation[] = [];
  const perPeriod = new Map<string, TrendAnnotation[]>();
  for (const annotation of annotations) {
    const period = annotationPeriod(annotation.date, periods);
    if (period === undefined) unplaced.push(annotation);
    else perPeriod.set(period, [...(perPeriod.get(period) ?? []), annotation]);
  }
  const labelEvery = Math.max(1, Math.ceil(LABEL_WIDTH / step));
  const rules: { period: string; x: number }[] = [];
  periods.forEach((period, index) => {
    const list = (perPeriod.get(period) ?? []).sort((a, b) => a.date.localeCompare(b.date));
    if (list.length === 0) return;
    rules.push({ period, x: x(period) });
    const groups = ANNOTATION_KINDS.map((kind) => ({ kind, items: list.filter((a) => a.kind === kind) })).filter((g) => g.items.length > 0);
    // One marker per kind, side by side within the period.
    const spacing = Math.min(ANNOTATION_SPACING, (step - 6) / Math.max(1, groups.length - 1));
    groups.forEach((group, i) => placed.push({ ...group, period, index, cx: x(period) + (i - (groups.length - 1) / 2) * spacing, cy: laneY }));
  });
  return {
    width, height: customerBottom + margin.bottom, margin,
    axisY: employeeBottom,
    xTicks: periods.map((period, i) => ({ period, position: x(period), labelled: (periods.length - 1 - i) % labelEvery === 0 })),
    step, panels, annotations: placed, annotationRules: rules, unplaced, laneY,
  };
}
