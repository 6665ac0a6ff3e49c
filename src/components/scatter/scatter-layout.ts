import { area, line, quadtree, scaleLinear, scaleSqrt, symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, extent, max } from 'd3';
import type { Quadtree, ScaleLinear, SymbolType } from 'd3';
import { linearFit } from '../../analytics/regression.ts';
import { studentTQuantile } from '../../analytics/distributions.ts';
import type { ScatterPoint } from '../shared/chart-types.ts';
import type { QuadrantId } from '../../i18n/translation.ts';

export interface ScatterMargins { top: number; right: number; bottom: number; left: number }

export interface PlacedPoint extends ScatterPoint {
  cx: number;
  cy: number;
  r: number;
  symbolPath: string;
}

export interface ScatterLayout {
  width: number;
  height: number;
  margin: ScatterMargins;
  xTicks: { value: number; position: number }[];
  yTicks: { value: number; position: number }[];
  points: PlacedPoint[];
  regressionPath?: string;
  bandPath?: string;
  /** Where the quadrant dividers (the means, z = 0) fall. */
  xDivider?: number;
  yDivider?: number;
  /** The scales every mark (SVG, canvas, trajectories) is placed with. */
  xScale: ScaleLinear<number, number>;
  yScale: ScaleLinear<number, number>;
}

export interface ScatterLayoutOptions {
  margin?: ScatterMargins;
  /** Extra positions the axes must cover (per-period trajectory steps), not drawn as points. */
  domainPoints?: readonly { x: number; y: number }[];
}

/** The shape of each quadrant, so colour is never the only channel. */
export const QUADRANT_SYMBOLS: Record<QuadrantId, SymbolType> = {
  virtuous: symbolCircle,
  fragile: symbolTriangle,
  untapped: symbolSquare,
  critical: symbolDiamond,
};

function paddedDomain(values: number[]): [number, number] {
  const [lo, hi] = extent(values) as [number, number];
  if (lo === undefined || hi === undefined) return [0, 1];
  const pad = lo === hi ? Math.abs(lo) * 0.1 || 1 : (hi - lo) * 0.06;
  return [lo - pad, hi + pad];
}

/** Scales, ticks, point positions, regression line and its 95% band: all geometry, no DOM. */
export function scatterLayout(points: ScatterPoint[], width: number, height: number, options: ScatterLayoutOptions = {}): ScatterLayout {
  const margin = options.margin ?? { top: 16, right: 16, bottom: 44, left: 56 };
  const finite = points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  const extra = options.domainPoints ?? [];
  const x = scaleLinear().domain(paddedDomain([...finite.map((p) => p.x), ...extra.map((p) => p.x)])).nice().range([margin.left, width - margin.right]);
  const y = scaleLinear().domain(paddedDomain([...finite.map((p) => p.y), ...extra.map((p) => p.y)])).nice().range([height - margin.bottom, margin.top]);
  const radius = scaleSqrt().domain([0, max(finite, (p) => p.n) ?? 1]).range([2.5, finite.length > 500 ? 5 : 9]);
  const placed = finite.map((p) => {
    const r = radius(p.n);
    const symbolPath = symbol(QUADRANT_SYMBOLS[p.quadrant ?? 'virtuous'], Math.PI * r * r)() ?? '';
    return { ...p, cx: x(p.x), cy: y(p.y), r, symbolPath };
  });
  const layout: ScatterLayout = {
    width, height, margin,
    xTicks: x.ticks(Math.max(2, Math.floor(width / 90))).map((value) => ({ value, position: x(value) })),
    yTicks: y.ticks(Math.max(2, Math.floor(height / 60))).map((value) => ({ value, position: y(value) })),
    points: placed,
    xScale: x,
    yScale: y,
  };
  const fit = linearFit(finite.map((p) => p.x), finite.map((p) => p.y));
  if (!fit.reason) {
    const [x0, x1] = x.domain() as [number, number];
    // The band of `confidenceBand` (regression.ts), with its t quantile computed once, not per sample.
    const t = studentTQuantile(0.975, fit.n - 2);
    const samples = Array.from({ length: 41 }, (_, i) => x0 + ((x1 - x0) * i) / 40).map((at) => {
      const yHat = fit.intercept + fit.slope * at;
      const half = t * fit.residualSe * Math.sqrt(1 / fit.n + (at - fit.xMean) ** 2 / fit.sxx);
      return { at, fit: yHat, lo: yHat - half, hi: yHat + half };
    });
    const clampY = (v: number) => Math.max(margin.top, Math.min(height - margin.bottom, y(v)));
    layout.regressionPath = line<(typeof samples)[number]>().x((s) => x(s.at)).y((s) => clampY(s.fit))(samples) ?? undefined;
    layout.bandPath = area<(typeof samples)[number]>().x((s) => x(s.at)).y0((s) => clampY(s.lo)).y1((s) => clampY(s.hi))(samples) ?? undefined;
    layout.xDivider = x(fit.xMean);
    layout.yDivider = y(finite.reduce((sum, p) => sum + p.y, 0) / finite.length);
  }
  return layout;
}

/** Finds the point nearest a position in chart coordinates, within `radius`: click hit-testing on the canvas. */
export class PointFinder<P extends { cx: number; cy: number }> {
  private readonly tree: Quadtree<P>;

  constructor(points: readonly P[]) {
    this.tree = quadtree<P>().x((p) => p.cx).y((p) => p.cy).addAll([...points]);
  }

  find(x: number, y: number, radius: number): P | undefined {
    return this.tree.find(x, y, radius);
  }
}
