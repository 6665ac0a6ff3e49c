import { html, svg, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { consume } from '@lit/context';
import { LocaleController } from '../shared/locale-controller.ts';
import { OwnTaskElement } from '../shared/own-task.ts';
import { WidthController } from '../shared/width-controller.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import { lagsFromAnalysis } from '../shared/analysis-view.ts';
import type { WorkspaceState } from '../shared/workspace-context.ts';
import { formatNumber, formatP } from '../../i18n/format.ts';
import { defineElement } from '../shared/define.ts';
import { LAG_ALPHA, isEstimable, lagLayout, lagSymbolPath } from './lag-chart-layout.ts';
import type { LagLayout, PlacedLag } from './lag-chart-layout.ts';
import { LAG_DIRECTIONS } from './lag-chart.types.ts';
import type { LagChartData, LagCorrelation, LagDirection } from './lag-chart.types.ts';
import { lagChartStyles } from './lag-chart.styles.ts';
import { placeholder, tableToggle } from '../shared/placeholders.ts';

/**
 * @summary Correlation between an employee and a customer metric at lags k = 0..K, in both
 * directions (employee → customer and customer → employee), with 95% CI error bars, a zero
 * line, n per lag and a "*" on lags significant after Benjamini–Hochberg adjustment. The
 * directions differ by marker shape, line dash and legend label, not by colour alone. A text
 * summary names the strongest lag; a data-table twin lists every lag. Arrow keys move between
 * lags (left/right) and directions (up/down).
 *
 * @csspart figure - The legend, chart and caption.
 * @csspart legend - The series legend.
 * @csspart plot - The SVG plot.
 * @csspart caption - The text summary.
 * @csspart table - The data table.
 * @cssproperty --sym-lag-ex-color - Colour of the employee → customer series (solid line, filled circles).
 * @cssproperty --sym-lag-cx-color - Colour of the customer → employee series (dashed line, hollow squares).
 * @cssproperty --sym-color-text - Text colour.
 * @cssproperty --sym-color-muted - Secondary text, axes and zero line.
 * @cssproperty --sym-color-grid - Grid lines.
 * @cssproperty --sym-color-surface - Background behind hollow markers and the button.
 * @cssproperty --sym-color-border - Button border.
 * @cssproperty --sym-color-focus - Focus ring colour.
 */
export class SymLagChart extends OwnTaskElement {
  static override styles = lagChartStyles;

  private readonly locale = new LocaleController(this);

  /** Chart width in CSS pixels; the chart follows its container's width when 0. */
  @property({ type: Number }) width = 0;

  /** Chart height in CSS pixels. */
  @property({ type: Number }) height = 300;

  /** Employee metric whose lags are drawn inside a workspace. */
  @property() employee = 'engagement';

  /** Customer metric whose lags are drawn inside a workspace. */
  @property() customer = 'nps';

  /** Lagged correlations to draw; when absent, the enclosing workspace's results. */
  @property({ attribute: false }) data?: LagChartData;

  /** The enclosing `<sym-workspace>`'s state, when there is one. */
  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace?: WorkspaceState;

  private readonly measured = new WidthController(this, 560);
  @state() private focused?: { direction: LagDirection; k: number };
  @state() private showTable = false;

  private layout?: LagLayout;

  private get view(): LagChartData | undefined {
    const analysis = this.workspace?.analysis;
    return this.data ?? (analysis ? lagsFromAnalysis(analysis, this.employee, this.customer) : undefined);
  }

  override willUpdate(): void {
    const view = this.view;
    const width = this.width || Math.max(280, this.measured.width);
    this.layout = view && view.lags.length > 0 ? lagLayout(view.lags, width, this.height) : undefined;
  }

  /** The point holding the roving tabindex: the last focused one, else the first drawn. */
  private get focusedPoint(): PlacedLag | undefined {
    const series = this.layout?.series ?? [];
    const all = series.flatMap((s) => s.points);
    return all.find((p) => p.direction === this.focused?.direction && p.k === this.focused.k) ?? all[0];
  }

  private handleKeydown(event: KeyboardEvent): void {
    const current = this.focusedPoint;
    const series = this.layout?.series;
    if (!current || !series) return;
    const own = series.find((s) => s.direction === current.direction)!.points;
    const index = own.findIndex((p) => p.k === current.k);
    let next: PlacedLag | undefined;
    switch (event.key) {
      case 'ArrowRight': next = own[index + 1]; break;
      case 'ArrowLeft': next = own[index - 1]; break;
      case 'Home': next = own[0]; break;
      case 'End': next = own[own.length - 1]; break;
      case 'ArrowUp':
      case 'ArrowDown': {
        // The other direction, at the same lag or the nearest one it has.
        const other = series.find((s) => s.direction !== current.direction)!.points;
        next = [...other].sort((a, b) => Math.abs(a.k - current.k) - Math.abs(b.k - current.k))[0];
        break;
      }
      default: return;
    }
    event.preventDefault();
    if (!next) return;
    this.focused = { direction: next.direction, k: next.k };
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<SVGElement>(`.point[data-key="${next.direction}:${next.k}"]`)?.focus());
  }

  protected override render() {
    const t = this.locale.t;
    const view = this.view;
    if (!view) {
      return placeholder(this.workspace?.status === 'loading', t, t.lagEmpty);
    }
    const employee = view.employeeLabel ?? t.measureLabel(view.employeeMetric);
    const customer = view.customerLabel ?? t.measureLabel(view.customerMetric);
    const layout = this.layout;
    if (!layout) return html`<p class="muted">${t.lagEmpty}</p>`;
    return html`
      <figure part="figure">
        ${this.renderLegend()}
        ${this.renderPlot(layout, employee, customer)}
        <figcaption part="caption">
          ${this.summary(view, employee, customer)}
          <span class="note">${t.significanceNote}</span>
          <span class="caveat">${t.unitLevelCaveat}</span>
        </figcaption>
      </figure>
      ${tableToggle(this.showTable, () => (this.showTable = !this.showTable), t)}
      ${this.showTable ? this.renderTable(view) : nothing}
    `;
  }

  /** Names the strongest lag by |r|, whether it survives adjustment, and how many lags do. */
  private summary(view: LagChartData, employee: string, customer: string): string {
    const t = this.locale.t;
    const lang = this.locale.lang;
    const estimable = view.lags.filter(isEstimable);
    const strongest = [...estimable].sort((a, b) => Math.abs(b.r) - Math.abs(a.r))[0];
    if (!strongest) return t.lagNoEstimate(employee, customer);
    return t.lagSummary({
      employee, customer,
      direction: t.lagDirection[strongest.direction],
      k: strongest.k,
      r: formatNumber(lang, strongest.r, 2),
      lo: formatNumber(lang, strongest.ci[0], 2),
      hi: formatNumber(lang, strongest.ci[1], 2),
      n: strongest.n,
      significant: strongest.pAdjusted < LAG_ALPHA,
      significantCount: estimable.filter((l) => l.pAdjusted < LAG_ALPHA).length,
      estimable: estimable.length,
    });
  }

  private renderLegend() {
    const t = this.locale.t;
    return html`<ul class="legend" part="legend">
      ${LAG_DIRECTIONS.map((direction) => html`<li>
        <svg class="swatch" data-direction=${direction} width="28" height="14" viewBox="-14 -7 28 14" aria-hidden="true">
          ${svg`<line x1="-13" x2="13" y1="0" y2="0"></line><path d=${lagSymbolPath(direction, 40)}></path>`}
        </svg>
        <span>${t.lagDirection[direction]} <span class="detail">(${t.lagDirectionDetail[direction]})</span></span>
      </li>`)}
    </ul>`;
  }

  private renderPlot(layout: LagLayout, employee: string, customer: string) {
    const t = this.locale.t;
    const lang = this.locale.lang;
    const { width, height, margin } = layout;
    const focused = this.focusedPoint;
    return html`
      <svg part="plot" width=${width} height=${height} viewBox="0 0 ${width} ${height}" role="group"
        aria-label=${t.lagChartLabel(employee, customer)} @keydown=${this.handleKeydown}>
        ${svg`
          <g class="grid" aria-hidden="true">
            ${layout.yTicks.map((tick) => svg`<line x1=${margin.left} x2=${width - margin.right} y1=${tick.position} y2=${tick.position}></line>`)}
          </g>
          <line class="zero" aria-hidden="true" x1=${margin.left} x2=${width - margin.right} y1=${layout.zeroY} y2=${layout.zeroY}></line>
          <g class="axis" aria-hidden="true">
            <line x1=${margin.left} x2=${width - margin.right} y1=${height - margin.bottom} y2=${height - margin.bottom}></line>
            ${layout.xTicks.map((tick) => svg`<text x=${tick.position} y=${height - margin.bottom + 16} text-anchor="middle">${tick.k}</text>`)}
            ${layout.yTicks.map((tick) => svg`<text x=${margin.left - 6} y=${tick.position + 4} text-anchor="end">${formatNumber(lang, tick.value, 1)}</text>`)}
            <text class="axis-label" x=${(margin.left + width - margin.right) / 2} y=${height - 6} text-anchor="middle">${t.lagAxis}</text>
            <text class="axis-label" transform="translate(14 ${(margin.top + height - margin.bottom) / 2}) rotate(-90)" text-anchor="middle">${t.correlationAxis}</text>
          </g>
          ${layout.series.map((series) => svg`
            <g data-direction=${series.direction}>
              <path class="series" d=${series.path} aria-hidden="true"></path>
              ${series.points.map((p) => svg`
                <g aria-hidden="true">
                  <line class="ci" x1=${p.cx} x2=${p.cx} y1=${p.yLo} y2=${p.yHi}></line>
                  <line class="ci" x1=${p.cx - 3} x2=${p.cx + 3} y1=${p.yLo} y2=${p.yLo}></line>
                  <line class="ci" x1=${p.cx - 3} x2=${p.cx + 3} y1=${p.yHi} y2=${p.yHi}></line>
                  ${p.significant ? svg`<text class="sig" x=${p.cx} y=${p.yHi - 4} text-anchor="middle">*</text>` : nothing}
                </g>`)}
              ${repeat(series.points, (p) => p.k, (p) => {
                const label = this.pointLabel(p);
                return svg`<path class="point" data-key=${`${p.direction}:${p.k}`}
                  transform="translate(${p.cx} ${p.cy})" d=${lagSymbolPath(p.direction)}
                  tabindex=${p === focused ? 0 : -1} role="img" aria-label=${label}
                  @focus=${() => (this.focused = { direction: p.direction, k: p.k })}>
                  <title>${label}</title>
                </path>`;
              })}
            </g>`)}
        `}
      </svg>
    `;
  }

  private pointLabel(p: LagCorrelation): string {
    const t = this.locale.t;
    const lang = this.locale.lang;
    return t.lagPointLabel({
      direction: t.lagDirection[p.direction], k: p.k,
      r: formatNumber(lang, p.r, 2), lo: formatNumber(lang, p.ci[0], 2), hi: formatNumber(lang, p.ci[1], 2),
      n: p.n, p: formatP(lang, p.pAdjusted), significant: p.pAdjusted < LAG_ALPHA,
    });
  }

  private renderTable(view: LagChartData) {
    const t = this.locale.t;
    const lang = this.locale.lang;
    const rows = [...view.lags].sort((a, b) => LAG_DIRECTIONS.indexOf(a.direction) - LAG_DIRECTIONS.indexOf(b.direction) || a.k - b.k);
    return html`
      <div class="table-wrap">
        <table part="table">
          <caption>${t.dataTable}</caption>
          <thead><tr>
            <th scope="col">${t.directionHeading}</th><th scope="col">${t.lagHeading}</th><th scope="col">${t.correlationHeading}</th>
            <th scope="col">${t.ciHeading}</th><th scope="col">${t.n}</th><th scope="col">${t.adjustedP}</th>
          </tr></thead>
          <tbody>
            ${rows.map((l) => html`<tr>
              <th scope="row">${t.lagDirection[l.direction]}</th>
              <td>${l.k}</td>
              ${isEstimable(l)
                ? html`<td>${formatNumber(lang, l.r, 2)}${l.pAdjusted < LAG_ALPHA ? '*' : ''}</td>
                    <td>${formatNumber(lang, l.ci[0], 2)} – ${formatNumber(lang, l.ci[1], 2)}</td>`
                : html`<td colspan="2" class="muted">${t.lagTooFewPairs}</td>`}
              <td>${formatNumber(lang, l.n)}</td>
              <td>${isEstimable(l) ? formatP(lang, l.pAdjusted) : '–'}</td>
            </tr>`)}
          </tbody>
        </table>
      </div>
    `;
  }
}

defineElement('sym-lag-chart', SymLagChart);

declare global {
  interface HTMLElementTagNameMap {
    'sym-lag-chart': SymLagChart;
  }
}
