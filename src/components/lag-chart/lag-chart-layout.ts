import { extent, line, scaleLinear, scalePoint, symbol, symbolCircle, symbolSquare } from 'd3';
import type { SymbolType } from 'd3';
import { LAG_DIRECTIONS } from './lag-chart.types.ts';
import type { LagCorrelation, LagDirection } from './lag-chart.types.ts';

export interface LagMargins { top: number; right: number; bottom: number; left: number }

/** A lag with an estimate, placed on the plot. */
export interface PlacedLag extends LagCorrelation {
  cx: number;
  cy: number;
  /** Error-bar ends: the CI bounds, clamped to the plot. */
  yLo: number;
  yHi: number;
  significant: boolean;
}

export interface LagSeries {
  direction: LagDirection;
  /** Line through the estimable lags, broken where a lag has no estimate. */
  path: string;
  points: PlacedLag[];
}

export interface LagLayout {
  width: number;
  height: number;
  margin: LagMargins;
  xTicks: { k: number; position: number }[];
  yTicks: { value: number; position: number }[];
  zeroY: number;
  series: LagSeries[];
}

/** Results with adjusted p below this are marked significant. */
export const LAG_ALPHA = 0.05;

/** Shape per direction, so the series differ by shape and dash as well as by colour. */
export const LAG_SYMBOLS: Record<LagDirection, SymbolType> = { 'ex-to-cx': symbolCircle, 'cx-to-ex': symbolSquare };

export function isEstimable(lag: LagCorrelation): boolean {
  return Number.isFinite(lag.r);
}

/** Path of a direction's marker centred on 0,0, shared by the plot and the legend. */
export function lagSymbolPath(direction: LagDirection, size = 64): string {
  return symbol(LAG_SYMBOLS[direction], size)() ?? '';
}

/** Scales, ticks, dodged points with CI bars and series lines: all geometry, no DOM. */
export function lagLayout(lags: LagCorrelation[], width: number, height: number, margin: LagMargins = { top: 20, right: 16, bottom: 44, left: 52 }): LagLayout {
  const ks = [...new Set(lags.map((l) => l.k))].sort((a, b) => a - b);
  const x = scalePoint<number>().domain(ks).range([margin.left, width - margin.right]).padding(0.5);
  const estimable = lags.filter(isEstimable);
  const values = estimable.flatMap((l) => [l.r, ...l.ci.filter(Number.isFinite)]);
  const [lo = 0, hi = 0] = extent([0, ...values]);
  const pad = Math.max(0.05, (hi - lo) * 0.08);
  const y = scaleLinear().domain([Math.max(-1, lo - pad), Math.min(1, hi + pad)]).nice().range([height - margin.bottom, margin.top]);
  const clampY = (v: number) => Math.max(margin.top, Math.min(height - margin.bottom, y(v)));
  // Both directions share each k, so they sit side by side instead of on top of each other.
  const dodge = Math.min(8, x.step() / 6);
  const series = LAG_DIRECTIONS.map((direction, d) => {
    const offset = (d === 0 ? -1 : 1) * dodge;
    const own = lags.filter((l) => l.direction === direction).sort((a, b) => a.k - b.k);
    const points = own.filter(isEstimable).map((l) => ({
      ...l,
      cx: (x(l.k) ?? 0) + offset,
      cy: y(l.r),
      yLo: Number.isFinite(l.ci[0]) ? clampY(l.ci[0]) : y(l.r),
      yHi: Number.isFinite(l.ci[1]) ? clampY(l.ci[1]) : y(l.r),
      significant: l.pAdjusted < LAG_ALPHA,
    }));
    const path = line<LagCorrelation>()
      .defined(isEstimable)
      .x((l) => (x(l.k) ?? 0) + offset)
      .y((l) => y(l.r))(own) ?? '';
    return { direction, path, points };
  });
  return {
    width, height, margin,
    xTicks: ks.map((k) => ({ k, position: x(k) ?? 0 })),
    yTicks: y.ticks(Math.max(2, Math.floor(height / 50))).map((value) => ({ value, position: y(value) })),
    zeroY: y(0),
    series,
  };
}
