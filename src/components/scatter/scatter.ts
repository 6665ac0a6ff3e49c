import { html, svg, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { consume } from '@lit/context';
import { LocaleController } from '../shared/locale-controller.ts';
import { OwnTaskElement } from '../shared/own-task.ts';
import { WidthController } from '../shared/width-controller.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import type { WorkspaceState } from '../shared/workspace-context.ts';
import { SymSelectEvent } from '../shared/events.ts';
import { formatMetric } from '../shared/metric-format.ts';
import { formatNumber, formatPClause, formatPeriod } from '../../i18n/format.ts';
import type { MetricId, QuadrantId } from '../../i18n/translation.ts';
import { scatterFromAnalysis } from '../shared/analysis-view.ts';
import type { ScatterData, ScatterPoint } from '../shared/chart-types.ts';
import type { AnalysisResult } from '../../analytics/analyze.ts';
import { PointFinder, scatterLayout } from './scatter-layout.ts';
import type { PlacedPoint, ScatterLayout } from './scatter-layout.ts';
import { drawScatterCanvas, readPalette } from './scatter-canvas.ts';
import { placeTrajectory, trajectoriesFromAnalysis, trajectoryExtentPoints } from './scatter-trajectories.ts';
import type { PlacedTrajectory, UnitTrajectory } from './scatter-trajectories.ts';
import type { ScatterAreaStrings } from '../../i18n/areas/scatter.ts';
import { defineElement } from '../shared/define.ts';
import { scatterStyles } from './scatter.styles.ts';
import { placeholder, tableToggle } from '../shared/placeholders.ts';

const QUADRANT_CORNERS: { id: QuadrantId; anchor: 'start' | 'end'; top: boolean; right: boolean }[] = [
  { id: 'untapped', anchor: 'end', top: false, right: true },
  { id: 'virtuous', anchor: 'end', top: true, right: true },
  { id: 'fragile', anchor: 'start', top: true, right: false },
  { id: 'critical', anchor: 'start', top: false, right: false },
];

/** Beyond this many units, all trajectories at once are a tangle: only a selected unit's is drawn. */
const MAX_TRAJECTORIES = 40;
/** Beyond this many drawn trajectories, end labels would overlap: the table carries the periods. */
const MAX_LABELLED_TRAJECTORIES = 12;
/** Click tolerance around a canvas point, in chart pixels. */
const HIT_SLOP = 4;
/** Table rows rendered per page: 20,000 rows at once block the page for well over a second. */
const TABLE_PAGE = 500;

/**
 * @summary Units placed by an employee metric (x) against a customer metric (y), with the
 * regression line and its 95% band, the four quadrants, point size by respondents, a text
 * summary and a data-table twin. Arrow keys move between units; Enter selects one.
 * Above `canvas-threshold` units the points are painted on a canvas (axes, band, line and the
 * focused and selected marks stay SVG). "Show trajectories" draws each unit's path over the periods.
 *
 * @csspart figure - The chart and its caption.
 * @csspart plot - The SVG plot.
 * @csspart caption - The text summary.
 * @csspart table - The data table.
 * @csspart canvas - The canvas the points are painted on above `canvas-threshold` units.
 * @csspart trajectories-toggle - The "Show trajectories" button.
 * @cssproperty --sym-scatter-point-color - Point fill.
 * @cssproperty --sym-scatter-band-color - Confidence band fill.
 * @cssproperty --sym-scatter-line-color - Regression line colour.
 * @cssproperty --sym-scatter-trajectory-color - Trajectory paths, arrowheads and period labels.
 * @cssproperty --sym-quadrant-fragile - Fill of fragile units (also --sym-quadrant-untapped, --sym-quadrant-critical).
 * @cssproperty --sym-color-focus - Focus ring colour.
 * @event sym-select - A unit was chosen; `detail.unit` is its id.
 */
export class SymScatter extends OwnTaskElement {
  static override styles = scatterStyles;

  private readonly locale = new LocaleController(this);

  /** Employee metric on the x axis: `engagement`, `enps` or an item id. */
  @property() x = 'engagement';

  /** Customer metric on the y axis: `nps`, `csat`, `ces` or `fcr`. */
  @property() y = 'nps';

  /** Chart width in CSS pixels; the chart follows its container's width when 0. */
  @property({ type: Number }) width = 0;

  /** Chart height in CSS pixels. */
  @property({ type: Number }) height = 320;

  /** Data to draw when used outside a `<sym-workspace>`. */
  @property({ attribute: false }) data?: ScatterData;

  /** Above this many points, they are painted on a canvas instead of one SVG mark each. */
  @property({ type: Number, attribute: 'canvas-threshold' }) canvasThreshold = 5000;

  /**
   * Per-period positions of units when used outside a `<sym-workspace>` (inside one they come
   * from the analysis). Enables the "Show trajectories" toggle.
   */
  @property({ attribute: false }) trajectories?: UnitTrajectory[];

  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace?: WorkspaceState;

  private readonly measured = new WidthController(this, 560);
  @state() private focusIndex = 0;
  @state() private showTable = false;
  @state() private showTrajectories = false;
  @state() private tableRows = TABLE_PAGE;

  private layout?: ScatterLayout;
  private sorted?: PlacedPoint[];
  private finder?: PointFinder<PlacedPoint>;

  private viewCache?: { analysis: AnalysisResult; x: string; y: string; view: ScatterData };
  private trajectoryCache?: { analysis: AnalysisResult; x: string; y: string; key: string; trajectories: UnitTrajectory[] };
  private layoutInputs?: { view: ScatterData; width: number; height: number; extent?: UnitTrajectory[] };
  private drawn?: { layout: ScatterLayout; selected?: string; width: number; height: number; dpr: number };
  private canvasObserver?: ResizeObserver;
  private observedCanvas?: HTMLCanvasElement;
  private dprQuery?: MediaQueryList;
  private schemeQuery?: MediaQueryList;

  /** Recomputed only when the analysis or the axes change, not on every workspace update (selection, pending). */
  private get view(): ScatterData | undefined {
    if (this.data) return this.data;
    const analysis = this.workspace?.analysis;
    if (!analysis) return undefined;
    const cache = this.viewCache;
    if (cache && cache.analysis === analysis && cache.x === this.x && cache.y === this.y) return cache.view;
    const view = scatterFromAnalysis(analysis, this.x, this.y);
    this.viewCache = { analysis, x: this.x, y: this.y, view };
    return view;
  }

  /**
   * The trajectories the chart may draw. From the analysis only once asked for, as that decodes
   * the per-period lists; with more units than can be drawn, only the selected unit's is decoded.
   */
  private get allTrajectories(): UnitTrajectory[] | undefined {
    if (this.trajectories) return this.trajectories;
    const analysis = this.workspace?.analysis;
    if (!analysis || analysis.periods.length < 2 || !this.showTrajectories) return undefined;
    const ids = this.view?.points.map((p) => p.id) ?? [];
    const selected = this.selectedUnit;
    const limited = ids.length > MAX_TRAJECTORIES;
    const key = limited ? `one:${selected ?? ''}` : 'all';
    const cache = this.trajectoryCache;
    if (cache && cache.analysis === analysis && cache.x === this.x && cache.y === this.y && cache.key === key) return cache.trajectories;
    const wanted = limited ? (selected !== undefined && ids.includes(selected) ? [selected] : []) : ids;
    const trajectories = trajectoriesFromAnalysis(analysis, this.x, this.y, wanted);
    this.trajectoryCache = { analysis, x: this.x, y: this.y, key, trajectories };
    return trajectories;
  }

  /** Units that could have a trajectory: too many of them and only a selected one is drawn. */
  private get trajectoryCandidates(): number {
    return this.trajectories ? this.trajectories.length : this.view?.points.length ?? 0;
  }

  private get trajectoriesAvailable(): boolean {
    return this.trajectories ? this.trajectories.length > 0 : (this.workspace?.analysis?.periods.length ?? 0) >= 2;
  }

  /** The trajectories drawn: the selected unit's when one is selected, else all of them unless there are too many. */
  private get shownTrajectories(): UnitTrajectory[] {
    const all = this.showTrajectories ? this.allTrajectories ?? [] : [];
    const selected = this.selectedUnit;
    if (selected !== undefined) {
      const one = all.filter((t) => t.id === selected);
      if (one.length > 0) return one;
    }
    return this.trajectoryCandidates > MAX_TRAJECTORIES ? [] : all;
  }

  private get selectedUnit(): string | undefined {
    return this.workspace?.selection.unit;
  }

  private get useCanvas(): boolean {
    return (this.layout?.points.length ?? 0) > this.canvasThreshold;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.canvasObserver = new ResizeObserver(() => requestAnimationFrame(() => this.paint()));
    this.watchPixelRatio();
    // The canvas palette comes from the stylesheet, which switches with the colour scheme.
    this.schemeQuery = window.matchMedia('(prefers-color-scheme: dark)');
    this.schemeQuery.addEventListener('change', this.onSchemeChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.canvasObserver?.disconnect();
    this.canvasObserver = undefined;
    this.observedCanvas = undefined;
    this.dprQuery?.removeEventListener('change', this.onPixelRatioChange);
    this.dprQuery = undefined;
    this.schemeQuery?.removeEventListener('change', this.onSchemeChange);
    this.schemeQuery = undefined;
  }

  override willUpdate(): void {
    const view = this.view;
    const width = this.width || Math.max(280, this.measured.width);
    // Axes make room for every trajectory that may be drawn, so selecting one of few units does not rescale the chart.
    const extent = this.showTrajectories ? this.allTrajectories : undefined;
    const last = this.layoutInputs;
    if (view && last && last.view === view && last.width === width && last.height === this.height && last.extent === extent) return;
    this.layout = view ? scatterLayout(view.points, width, this.height, { domainPoints: extent ? trajectoryExtentPoints(extent) : undefined }) : undefined;
    this.layoutInputs = view ? { view, width, height: this.height, extent } : undefined;
    this.sorted = this.layout ? [...this.layout.points].sort((a, b) => a.x - b.x || a.y - b.y) : undefined;
    this.finder = undefined;
  }

  override updated(): void {
    const canvas = this.shadowRoot?.querySelector('canvas') ?? undefined;
    if (canvas !== this.observedCanvas) {
      if (this.observedCanvas) this.canvasObserver?.unobserve(this.observedCanvas);
      if (canvas) this.canvasObserver?.observe(canvas);
      this.observedCanvas = canvas;
      this.drawn = undefined;
    }
    this.paint();
  }

  /** Repaints the canvas when the layout, the selection, its size or the pixel ratio changed. */
  private paint(): void {
    const canvas = this.shadowRoot?.querySelector('canvas');
    const layout = this.layout;
    if (!canvas || !layout || !this.useCanvas) return;
    const box = canvas.getBoundingClientRect();
    const dpr = window.devicePixelRatio || 1;
    const selected = this.selectedUnit;
    const last = this.drawn;
    if (last && last.layout === layout && last.selected === selected && last.width === box.width && last.height === box.height && last.dpr === dpr) return;
    drawScatterCanvas(canvas, layout, readPalette(canvas), dpr, selected);
    this.drawn = { layout, selected, width: box.width, height: box.height, dpr };
  }

  private readonly onSchemeChange = (): void => {
    this.drawn = undefined;
    this.paint();
  };

  private readonly onPixelRatioChange = (): void => {
    this.watchPixelRatio();
    this.paint();
  };

  /** A change of devicePixelRatio (zoom, moving to another screen) fires no resize: watch it with a media query. */
  private watchPixelRatio(): void {
    this.dprQuery?.removeEventListener('change', this.onPixelRatioChange);
    this.dprQuery = window.matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
    this.dprQuery.addEventListener('change', this.onPixelRatioChange);
  }

  private get strings(): ScatterAreaStrings {
    return this.locale.t.scatter;
  }

  private handleKeydown(event: KeyboardEvent): void {
    const points = this.sortedPoints();
    if (points.length === 0) return;
    const moves: Record<string, number> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, Home: -Infinity, End: Infinity };
    if (event.key in moves) {
      event.preventDefault();
      const step = moves[event.key]!;
      const next = Number.isFinite(step) ? this.focusIndex + step : step < 0 ? 0 : points.length - 1;
      this.focusIndex = Math.max(0, Math.min(points.length - 1, next));
      void this.updateComplete.then(() => this.shadowRoot?.querySelector<SVGElement>(`[data-index="${this.focusIndex}"]`)?.focus());
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(points[this.focusIndex]!);
    }
  }

  private select(point: ScatterPoint): void {
    const unit = this.selectedUnit === point.id ? undefined : point.id;
    // The enclosing <sym-workspace> hears the event and publishes the selection to every view.
    this.dispatchEvent(new SymSelectEvent({ unit }));
  }

  /** On the canvas, a click selects the nearest point within reach of the pointer. */
  private handlePlotClick(event: MouseEvent): void {
    const layout = this.layout;
    if (!layout || !this.useCanvas) return;
    const plot = event.currentTarget as SVGSVGElement;
    const box = plot.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return;
    // The SVG may be scaled down to fit its container: go back to chart coordinates.
    const x = ((event.clientX - box.left) * layout.width) / box.width;
    const y = ((event.clientY - box.top) * layout.height) / box.height;
    this.finder ??= new PointFinder(this.sortedPoints());
    const maxR = layout.points.reduce((m, p) => Math.max(m, p.r), 0);
    const hit = this.finder.find(x, y, maxR + HIT_SLOP);
    if (!hit) return;
    this.focusIndex = this.sortedPoints().indexOf(hit);
    this.select(hit);
    // Arrow keys carry on from the unit clicked, as they do from a clicked SVG mark.
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<SVGElement>(`[data-index="${this.focusIndex}"]`)?.focus());
  }

  /** Points in reading order along x, the order arrow keys follow. */
  private sortedPoints(): PlacedPoint[] {
    return this.sorted ?? [];
  }

  protected override render() {
    const t = this.locale.t;
    const view = this.view;
    const layout = this.layout;
    if (!view) return placeholder(this.workspace?.status === 'loading', t, this.strings.empty);
    // The layout waits for the element's width.
    if (!layout) return placeholder(true, t, this.strings.empty);
    const lang = this.locale.lang;
    const xLabel = view.xLabel ?? t.metric[view.xMetric as MetricId] ?? view.xMetric;
    const yLabel = view.yLabel ?? t.metric[view.yMetric as MetricId] ?? view.yMetric;
    const c = view.correlation;
    const summary = c && Number.isFinite(c.r)
      ? t.scatterSummary(formatNumber(lang, c.r, 2), formatNumber(lang, c.ci[0], 2), formatNumber(lang, c.ci[1], 2), c.n, formatPClause(lang, c.pAdjusted ?? c.p))
      : t.notEnoughUnits(layout.points.length);
    const shown = this.shownTrajectories;
    const placed = shown.map((trajectory) => placeTrajectory(trajectory, layout.xScale, layout.yScale));
    return html`
      <figure part="figure">
        ${this.renderPlot(layout, view, xLabel, yLabel, placed)}
        <figcaption part="caption">
          ${view.period ? html`<strong>${formatPeriod(lang, view.period)}.</strong> ` : nothing}${summary}
          ${this.showTrajectories ? html`<span class="trajectory-note">${this.trajectorySentence(shown)}</span>` : nothing}
          <span class="caveat">${t.unitLevelCaveat}</span>
        </figcaption>
      </figure>
      <div class="controls">
        ${tableToggle(this.showTable, () => (this.showTable = !this.showTable), t)}
        ${this.trajectoriesAvailable ? html`<button class="table-toggle" part="trajectories-toggle" aria-pressed=${this.showTrajectories}
          @click=${() => (this.showTrajectories = !this.showTrajectories)}>${this.strings.showTrajectories}</button>` : nothing}
      </div>
      ${this.showTable ? this.renderTable(view, xLabel, yLabel, shown) : nothing}
    `;
  }

  /** The text alternative of the drawn trajectories: what is shown, over which periods, and what a gap means. */
  private trajectorySentence(shown: UnitTrajectory[]): string {
    const s = this.strings;
    const lang = this.locale.lang;
    const candidates = this.trajectoryCandidates;
    if (shown.length === 0) {
      const selected = this.view?.points.find((p) => p.id === this.selectedUnit);
      if (selected) return s.trajectoryUnavailable(selected.name);
      return candidates > MAX_TRAJECTORIES ? s.trajectoriesTooMany(candidates) : s.trajectoriesNone;
    }
    const periods = shown[0]!.steps.map((step) => step.period);
    return `${s.trajectoriesSummary(shown.length, periods.length, formatPeriod(lang, periods[0] ?? ''), formatPeriod(lang, periods[periods.length - 1] ?? ''))} ${s.gapNote}`;
  }

  private pointLabel(p: PlacedPoint, view: ScatterData, xLabel: string, yLabel: string): string {
    const t = this.locale.t;
    const lang = this.locale.lang;
    return `${p.name}: ${xLabel} ${formatMetric(lang, view.xMetric, p.x)}, ${yLabel} ${formatMetric(lang, view.yMetric, p.y)}, ${t.respondents(p.n)}${p.quadrant ? `, ${t.quadrant[p.quadrant]}` : ''}`;
  }

  private renderPlot(layout: ScatterLayout, view: ScatterData, xLabel: string, yLabel: string, trajectories: PlacedTrajectory[]) {
    const t = this.locale.t;
    const lang = this.locale.lang;
    const { width, height, margin } = layout;
    const points = this.sortedPoints();
    const focusIndex = Math.min(this.focusIndex, Math.max(0, points.length - 1));
    const canvas = this.useCanvas;
    const label = t.scatterLabel(xLabel, yLabel, points.length);
    return html`
      <div class="plot-frame">
        ${canvas ? html`<canvas part="canvas" aria-hidden="true"></canvas>` : nothing}
        <svg part="plot" width=${width} height=${height} viewBox="0 0 ${width} ${height}" role="group"
        aria-label=${canvas ? `${label}. ${this.strings.canvasNote(formatNumber(lang, points.length))}` : label}
        @keydown=${this.handleKeydown} @click=${this.handlePlotClick}>
        ${svg`
          ${canvas ? nothing : svg`<g class="grid" aria-hidden="true">
            ${layout.yTicks.map((tick) => svg`<line x1=${margin.left} x2=${width - margin.right} y1=${tick.position} y2=${tick.position}></line>`)}
          </g>`}
          ${layout.xDivider !== undefined ? svg`
            <g class="quadrants" aria-hidden="true">
              <line x1=${layout.xDivider} x2=${layout.xDivider} y1=${margin.top} y2=${height - margin.bottom}></line>
              <line x1=${margin.left} x2=${width - margin.right} y1=${layout.yDivider} y2=${layout.yDivider}></line>
              ${QUADRANT_CORNERS.map((q) => svg`<text class="quadrant-label" text-anchor=${q.anchor}
                x=${q.right ? width - margin.right - 4 : margin.left + 4} y=${q.top ? margin.top + 12 : height - margin.bottom - 6}>${t.quadrant[q.id]}</text>`)}
            </g>` : nothing}
          ${layout.bandPath ? svg`<path class="band" d=${layout.bandPath} aria-hidden="true"></path>` : nothing}
          ${layout.regressionPath ? svg`<path class="fit" d=${layout.regressionPath} aria-hidden="true"></path>` : nothing}
          <g class="axis" aria-hidden="true">
            <line x1=${margin.left} x2=${width - margin.right} y1=${height - margin.bottom} y2=${height - margin.bottom}></line>
            ${layout.xTicks.map((tick) => svg`<text x=${tick.position} y=${height - margin.bottom + 16} text-anchor="middle">${formatMetric(lang, view.xMetric, tick.value)}</text>`)}
            ${layout.yTicks.map((tick) => svg`<text x=${margin.left - 6} y=${tick.position + 4} text-anchor="end">${formatMetric(lang, view.yMetric, tick.value)}</text>`)}
            <text class="axis-label" x=${(margin.left + width - margin.right) / 2} y=${height - 6} text-anchor="middle">${xLabel}</text>
            <text class="axis-label" transform="translate(14 ${(margin.top + height - margin.bottom) / 2}) rotate(-90)" text-anchor="middle">${yLabel}</text>
          </g>
          ${canvas ? nothing : svg`<g class="points">
            ${repeat(points, (p) => p.id, (p, i) => svg`
              <path class="point" data-index=${i} data-quadrant=${p.quadrant ?? 'none'}
                ?data-selected=${p.id === this.selectedUnit}
                transform="translate(${p.cx} ${p.cy})" d=${p.symbolPath}
                tabindex=${i === focusIndex ? 0 : -1} role="img"
                aria-label=${this.pointLabel(p, view, xLabel, yLabel)}
                @click=${() => { this.focusIndex = i; this.select(p); }}
                @focus=${() => (this.focusIndex = i)}>
                <title>${p.name}</title>
              </path>`)}
          </g>`}
          ${trajectories.length > 0 ? this.renderTrajectories(trajectories) : nothing}
          ${canvas ? this.renderOverlay(points, focusIndex, view, xLabel, yLabel) : nothing}
        `}
      </svg>
      </div>
    `;
  }

  /**
   * On the canvas, only the focused and the selected units get SVG marks: the focus ring and the
   * roving tabindex stay real, and the mark is what screen readers hear.
   */
  private renderOverlay(points: PlacedPoint[], focusIndex: number, view: ScatterData, xLabel: string, yLabel: string) {
    const focused = points[focusIndex];
    const selectedIndex = this.selectedUnit === undefined ? -1 : points.findIndex((p) => p.id === this.selectedUnit);
    const selected = selectedIndex >= 0 && selectedIndex !== focusIndex ? points[selectedIndex] : undefined;
    return svg`<g class="points overlay">
      ${selected ? svg`<path class="point" data-index=${selectedIndex} data-quadrant=${selected.quadrant ?? 'none'} data-selected
        transform="translate(${selected.cx} ${selected.cy})" d=${selected.symbolPath} tabindex="-1" role="img"
        aria-label=${this.pointLabel(selected, view, xLabel, yLabel)}><title>${selected.name}</title></path>` : nothing}
      ${focused ? svg`<path class="point" data-index=${focusIndex} data-quadrant=${focused.quadrant ?? 'none'}
        ?data-selected=${focused.id === this.selectedUnit}
        transform="translate(${focused.cx} ${focused.cy})" d=${focused.symbolPath} tabindex="0" role="img"
        aria-label=${this.pointLabel(focused, view, xLabel, yLabel)}><title>${focused.name}</title></path>` : nothing}
    </g>`;
  }

  private renderTrajectories(trajectories: PlacedTrajectory[]) {
    const lang = this.locale.lang;
    const labelled = trajectories.length <= MAX_LABELLED_TRAJECTORIES;
    // Decorative: the caption sentence and the per-period table rows carry the same facts.
    return svg`<g class="trajectories" aria-hidden="true">
      <defs>
        <marker id="trajectory-arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto" markerUnits="userSpaceOnUse">
          <path class="arrowhead" d="M0,1L9,5L0,9z"></path>
        </marker>
      </defs>
      ${trajectories.map((tr) => svg`<g class="trajectory" data-unit=${tr.id}>
        ${tr.paths.map((d) => svg`<path class="trajectory-path" d=${d} marker-mid="url(#trajectory-arrow)" marker-end="url(#trajectory-arrow)"></path>`)}
        ${tr.runs.filter((run) => run.length === 1).map(([step]) => svg`<circle class="trajectory-dot" cx=${step!.cx} cy=${step!.cy} r="2.5"></circle>`)}
        ${labelled && tr.first ? svg`<text class="trajectory-label" x=${tr.first.cx + 5} y=${tr.first.cy - 5}>${formatPeriod(lang, tr.first.period)}</text>` : nothing}
        ${labelled && tr.last && tr.last !== tr.first ? svg`<text class="trajectory-label end" x=${tr.last.cx + 5} y=${tr.last.cy - 5}>${formatPeriod(lang, tr.last.period)}</text>` : nothing}
      </g>`)}
    </g>`;
  }

  private renderTable(view: ScatterData, xLabel: string, yLabel: string, trajectories: UnitTrajectory[]) {
    const t = this.locale.t;
    const s = this.strings;
    const lang = this.locale.lang;
    const byUnit = new Map(trajectories.map((tr) => [tr.id, tr]));
    return html`
      <table part="table">
        <caption>${t.dataTable}</caption>
        <thead><tr><th scope="col">${t.unit}</th><th scope="col">${xLabel}</th><th scope="col">${yLabel}</th><th scope="col">${t.n}</th><th scope="col">${t.quadrantHeading}</th></tr></thead>
        <tbody>
          ${view.points.slice(0, this.tableRows).map((p) => html`<tr>
            <th scope="row">${p.name}</th>
            <td>${formatMetric(lang, view.xMetric, p.x)}</td>
            <td>${formatMetric(lang, view.yMetric, p.y)}</td>
            <td>${formatNumber(lang, p.n)}</td>
            <td>${p.quadrant ? t.quadrant[p.quadrant] : '–'}</td>
          </tr>
          ${byUnit.get(p.id)?.steps.map((step) => html`<tr class="period-row">
            <th scope="row">${s.periodRow(p.name, formatPeriod(lang, step.period))}</th>
            <td>${step.x === null ? s.notShown : formatMetric(lang, view.xMetric, step.x)}</td>
            <td>${step.y === null ? s.notShown : formatMetric(lang, view.yMetric, step.y)}</td>
            <td>${step.x === null ? '–' : formatNumber(lang, step.n)}</td>
            <td>–</td>
          </tr>`) ?? nothing}`)}
        </tbody>
      </table>
      ${view.points.length > this.tableRows ? html`<button class="table-toggle more-rows" @click=${() => (this.tableRows += TABLE_PAGE)}>
        ${s.moreRows(formatNumber(lang, this.tableRows), formatNumber(lang, view.points.length))}</button>` : nothing}
    `;
  }
}

defineElement('sym-scatter', SymScatter);

declare global {
  interface HTMLElementTagNameMap {
    'sym-scatter': SymScatter;
  }
}
