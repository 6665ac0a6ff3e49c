import type { QuadrantId } from '../../i18n/translation.ts';
import type { PlacedPoint, ScatterLayout } from './scatter-layout.ts';

/** Colours the canvas paints with, read from the element's resolved custom properties. */
export interface CanvasPalette {
  fill: Record<QuadrantId | 'none', string>;
  grid: string;
}

const FALLBACK: CanvasPalette = {
  fill: { virtuous: '#0969da', none: '#0969da', fragile: '#bc4c00', untapped: '#8250df', critical: '#cf222e' },
  grid: '#eaeef2',
};

/**
 * Reads the palette from custom properties set on `source` by the stylesheet, so themes
 * (`--sym-*`, dark mode) reach the canvas the same way they reach the SVG marks.
 */
export function readPalette(source: Element): CanvasPalette {
  const style = getComputedStyle(source);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    fill: {
      virtuous: read('--point-virtuous', FALLBACK.fill.virtuous),
      none: read('--point-virtuous', FALLBACK.fill.none),
      fragile: read('--point-fragile', FALLBACK.fill.fragile),
      untapped: read('--point-untapped', FALLBACK.fill.untapped),
      critical: read('--point-critical', FALLBACK.fill.critical),
    },
    grid: read('--grid', FALLBACK.grid),
  };
}

/**
 * Paints the grid and the points of `layout` on `canvas`, sized for its rendered box and the
 * device pixel ratio. Coordinates come from the layout (its d3 scales), scaled to the box.
 * The `skip` unit is left out: the element draws the selected unit as an SVG mark on top.
 */
export function drawScatterCanvas(canvas: HTMLCanvasElement, layout: ScatterLayout, palette: CanvasPalette, dpr: number, skip?: string): void {
  const box = canvas.getBoundingClientRect();
  const cssWidth = box.width || layout.width;
  const cssHeight = box.height || layout.height;
  const width = Math.max(1, Math.round(cssWidth * dpr));
  const height = Math.max(1, Math.round(cssHeight * dpr));
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const sx = width / layout.width;
  const sy = height / layout.height;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, width, height);
  ctx.setTransform(sx, 0, 0, sy, 0, 0);

  // The grid sits under the points, as it does in the SVG rendering.
  ctx.strokeStyle = palette.grid;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const tick of layout.yTicks) {
    ctx.moveTo(layout.margin.left, tick.position);
    ctx.lineTo(layout.width - layout.margin.right, tick.position);
  }
  ctx.stroke();

  const groups = new Map<QuadrantId | 'none', PlacedPoint[]>();
  for (const p of layout.points) {
    if (p.id === skip) continue;
    const key = p.quadrant ?? 'none';
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(p);
  }
  // Filled translucent marks without outlines: on a software-rasterised canvas, outlining
  // 20,000 marks doubles the paint time, and the overlap shading already separates them.
  const shapes = new Map<string, Path2D>();
  ctx.globalAlpha = 0.75;
  for (const [quadrant, points] of groups) {
    ctx.fillStyle = palette.fill[quadrant];
    for (const p of points) {
      let shape = shapes.get(p.symbolPath);
      if (!shape) shapes.set(p.symbolPath, (shape = new Path2D(p.symbolPath)));
      ctx.setTransform(sx, 0, 0, sy, p.cx * sx, p.cy * sy);
      ctx.fill(shape);
    }
  }
  ctx.globalAlpha = 1;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
}
