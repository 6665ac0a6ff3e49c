import { LitElement, html, svg, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { consume } from '@lit/context';
import { LocaleController } from '../shared/locale-controller.ts';
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
import { scatterLayout } from './scatter-layout.ts';
import type { ScatterLayout } from './scatter-layout.ts';
import { defineElement } from '../shared/define.ts';
import { scatterStyles } from './scatter.styles.ts';

const QUADRANT_CORNERS: { id: QuadrantId; anchor: 'start' | 'end'; top: boolean; right: boolean }[] = [
  { id: 'untapped', anchor: 'end', top: false, right: true },
  { id: 'virtuous', anchor: 'end', top: true, right: true },
  { id: 'fragile', anchor: 'start', top: true, right: false },
  { id: 'critical', anchor: 'start', top: false, right: false },
];

/**
 * @summary Units placed by an employee metric (x) against a customer metric (y), with the
 * regression line and its 95% band, the four quadrants, point size by respondents, a text
 * summary and a data-table twin. Arrow keys move between units; Enter selects one.
 *
 * @csspart figure - The chart and its caption.
 * @csspart plot - The SVG plot.
 * @csspart caption - The text summary.
 * @csspart table - The data table.
 * @cssproperty --sym-scatter-point-color - Point fill.
 * @cssproperty --sym-scatter-band-color - Confidence band fill.
 * @cssproperty --sym-scatter-line-color - Regression line colour.
 * @cssproperty --sym-color-focus - Focus ring colour.
 * @event sym-select - A unit was chosen; `detail.unit` is its id.
 */
export class SymScatter extends LitElement {
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

  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace?: WorkspaceState;

  private readonly measured = new WidthController(this, 560);
  @state() private focusIndex = 0;
  @state() private showTable = false;

  private layout?: ScatterLayout;

  private viewCache?: { analysis: AnalysisResult; x: string; y: string; view: ScatterData };
  private layoutInputs?: { view: ScatterData; width: number; height: number };

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

  private get selectedUnit(): string | undefined {
    return this.workspace?.selection.unit;
  }

  override willUpdate(): void {
    const view = this.view;
    const width = this.width || Math.max(280, this.measured.width);
    const last = this.layoutInputs;
    if (view && last && last.view === view && last.width === width && last.height === this.height) return;
    this.layout = view ? scatterLayout(view.points, width, this.height) : undefined;
    this.layoutInputs = view ? { view, width, height: this.height } : undefined;
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

  /** Points in reading order along x, the order arrow keys follow. */
  private sortedPoints() {
    return [...(this.layout?.points ?? [])].sort((a, b) => a.x - b.x || a.y - b.y);
  }

  protected override render() {
    const t = this.locale.t;
    const view = this.view;
    const layout = this.layout;
    if (!view || !layout) return html`<p class="muted" aria-busy="true">${t.loading}</p>`;
    const lang = this.locale.lang;
    const xLabel = view.xLabel ?? t.metric[view.xMetric as MetricId] ?? view.xMetric;
    const yLabel = view.yLabel ?? t.metric[view.yMetric as MetricId] ?? view.yMetric;
    const c = view.correlation;
    const summary = c && Number.isFinite(c.r)
      ? t.scatterSummary(formatNumber(lang, c.r, 2), formatNumber(lang, c.ci[0], 2), formatNumber(lang, c.ci[1], 2), c.n, formatPClause(lang, c.pAdjusted ?? c.p))
      : t.notEnoughUnits(layout.points.length);
    return html`
      <figure part="figure">
        ${this.renderPlot(layout, view, xLabel, yLabel)}
        <figcaption part="caption">
          ${view.period ? html`<strong>${formatPeriod(lang, view.period)}.</strong> ` : nothing}${summary}
          <span class="caveat">${t.unitLevelCaveat}</span>
        </figcaption>
      </figure>
      <button class="table-toggle" aria-expanded=${this.showTable} @click=${() => (this.showTable = !this.showTable)}>
        ${this.showTable ? t.hideTable : t.showTable}
      </button>
      ${this.showTable ? this.renderTable(view, xLabel, yLabel) : nothing}
    `;
  }

  private renderPlot(layout: ScatterLayout, view: ScatterData, xLabel: string, yLabel: string) {
    const t = this.locale.t;
    const lang = this.locale.lang;
    const { width, height, margin } = layout;
    const points = this.sortedPoints();
    const focusIndex = Math.min(this.focusIndex, Math.max(0, points.length - 1));
    return html`
      <svg part="plot" width=${width} height=${height} viewBox="0 0 ${width} ${height}" role="group"
        aria-label=${t.scatterLabel(xLabel, yLabel, points.length)} @keydown=${this.handleKeydown}>
        ${svg`
          <g class="grid" aria-hidden="true">
            ${layout.yTicks.map((tick) => svg`<line x1=${margin.left} x2=${width - margin.right} y1=${tick.position} y2=${tick.position}></line>`)}
          </g>
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
          <g class="points">
            ${repeat(points, (p) => p.id, (p, i) => svg`
              <path class="point" data-index=${i} data-quadrant=${p.quadrant ?? 'none'}
                ?data-selected=${p.id === this.selectedUnit}
                transform="translate(${p.cx} ${p.cy})" d=${p.symbolPath}
                tabindex=${i === focusIndex ? 0 : -1} role="img"
                aria-label=${`${p.name}: ${xLabel} ${formatMetric(lang, view.xMetric, p.x)}, ${yLabel} ${formatMetric(lang, view.yMetric, p.y)}, ${t.respondents(p.n)}${p.quadrant ? `, ${t.quadrant[p.quadrant]}` : ''}`}
                @click=${() => { this.focusIndex = i; this.select(p); }}
                @focus=${() => (this.focusIndex = i)}>
                <title>${p.name}</title>
              </path>`)}
          </g>
        `}
      </svg>
    `;
  }

  private renderTable(view: ScatterData, xLabel: string, yLabel: string) {
    const t = this.locale.t;
    const lang = this.locale.lang;
    return html`
      <table part="table">
        <caption>${t.dataTable}</caption>
        <thead><tr><th scope="col">${t.unit}</th><th scope="col">${xLabel}</th><th scope="col">${yLabel}</th><th scope="col">${t.n}</th><th scope="col">${t.quadrantHeading}</th></tr></thead>
        <tbody>
          ${view.points.map((p) => html`<tr>
            <th scope="row">${p.name}</th>
            <td>${formatMetric(lang, view.xMetric, p.x)}</td>
            <td>${formatMetric(lang, view.yMetric, p.y)}</td>
            <td>${formatNumber(lang, p.n)}</td>
            <td>${p.quadrant ? t.quadrant[p.quadrant] : '–'}</td>
          </tr>`)}
        </tbody>
      </table>
    `;
  }
}

defineElement('sym-scatter', SymScatter);

declare global {
  interface HTMLElementTagNameMap {
    'sym-scatter': SymScatter;
  }
}
