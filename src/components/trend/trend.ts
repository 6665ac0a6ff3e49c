import { html, svg, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { AnalysisResult } from '../../analytics/analyze.ts';
import type { Story } from '../../model/types.ts';
import type { Award, Kudos } from '../../recognition/types.ts';
import { LocaleController } from '../shared/locale-controller.ts';
import { OwnTaskElement } from '../shared/own-task.ts';
import { WidthController } from '../shared/width-controller.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import type { WorkspaceState } from '../shared/workspace-context.ts';
import { SymSelectEvent } from '../shared/events.ts';
import { formatMetric } from '../shared/metric-format.ts';
import { OVERALL_UNIT } from '../shared/analysis-view.ts';
import type { ExportCaption, ExportTable, ExportableView } from '../shared/chart-export.ts';
import { formatNumber, formatPercent, formatPeriod } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/translation.ts';
import { defineElement } from '../shared/define.ts';
import '../export-menu/export-menu.ts';
import { annotationSymbolPath, seriesSymbolPath, trendLayout } from './trend-layout.ts';
import type { PlacedAnnotation, PlacedTrendPoint, TrendGap, TrendLayout, TrendPanel } from './trend-layout.ts';
import { annotationsFromAwards, annotationsFromKudos, annotationsFromStories, customerTrendMetrics, employeeTrendMetrics, gapCounts, trendFromAnalysis } from './trend-view.ts';
import { ANNOTATION_KINDS, TREND_SIDES } from './trend.types.ts';
import type { TrendAnnotation, TrendData, TrendSeries, TrendSide } from './trend.types.ts';
import { trendStyles } from './trend.styles.ts';
import { placeholder, tableToggle } from '../shared/placeholders.ts';

/** A focusable mark: a row (annotations, employee, customer) and a position in it. */
type FocusRow = 'annotation' | TrendSide;
interface FocusKey { row: FocusRow; i: number }

const NET = new Set(['enps', 'nps']);
const PERCENT = new Set(['csat', 'fcr']);

/** Axis ticks with just the decimals that tell them apart. */
function formatTick(lang: Lang, metric: string, value: number, decimals: number): string {
  if (NET.has(metric)) return formatNumber(lang, value, decimals, true);
  if (PERCENT.has(metric)) return formatPercent(lang, value, decimals);
  return formatNumber(lang, value, decimals);
}

/**
 * @summary One employee metric and one customer metric over periods, for the organisation or
 * the selected unit: two aligned panels (employees above, customers below) sharing a time axis,
 * each with its own scale, line and 95% CI band. Periods below the anonymity or reliability
 * floor are hatched gaps labelled "fewer than N answers", never numbers. Stories, awards and
 * kudos are markers on their period (inside a workspace, its published stories, awards and recent
 * kudos). Arrow keys move
 * between periods (left/right) and between annotations, employees and customers (up/down); a
 * text summary and a data-table twin say the same in words and numbers.
 *
 * @csspart figure - The chart, legend and caption.
 * @csspart controls - The metric pickers, unit line and export menu.
 * @csspart plot - The SVG plot.
 * @csspart legend - The legend.
 * @csspart caption - The text summary.
 * @csspart table - The data table.
 * @cssproperty --sym-trend-employee-color - Employee series (solid line, circles).
 * @cssproperty --sym-trend-customer-color - Customer series (dashed line, squares).
 * @cssproperty --sym-trend-annotation-color - Story markers (diamonds) and annotation rules.
 * @cssproperty --sym-trend-award-color - Award markers (stars).
 * @cssproperty --sym-trend-kudos-color - Kudos markers (triangles).
 * @cssproperty --sym-trend-gap-color - Hatching of gaps.
 * @cssproperty --sym-color-text - Text colour.
 * @cssproperty --sym-color-muted - Axes and secondary text.
 * @cssproperty --sym-color-grid - Grid lines.
 * @cssproperty --sym-color-surface - Marker outlines and control backgrounds.
 * @cssproperty --sym-color-border - Control borders and gap outlines.
 * @cssproperty --sym-color-focus - Focus ring colour.
 * @fires sym-select - "Show the whole organisation" cleared the selected unit; `detail.unit` is undefined.
 * @fires sym-metric-change - A picker changed the metric; `detail`: `{ employee, customer }`.
 */
export class SymTrend extends OwnTaskElement implements ExportableView {
  static override styles = trendStyles;

  private readonly locale = new LocaleController(this);

  /** Chart width in CSS pixels; follows the container's width when 0. */
  @property({ type: Number }) width = 0;

  /** Chart height in CSS pixels. */
  @property({ type: Number }) height = 380;

  /** Employee metric: `engagement`, `enps` or an item id. */
  @property() employee = 'engagement';

  /** Customer metric: `nps`, `csat`, `ces` or `fcr`. */
  @property() customer = 'nps';

  /** Unit id; the workspace selection, else the whole organisation (`*`), when absent. */
  @property() unit?: string;

  /** The series to draw, ready-made. Takes precedence over `analysis` and the workspace. */
  @property({ attribute: false }) data?: TrendData;

  /** Analysis results to draw from when outside a workspace. */
  @property({ attribute: false }) analysis?: AnalysisResult;

  /** Annotations drawn in addition to the stories. */
  @property({ attribute: false }) annotations?: TrendAnnotation[];

  /** Stories whose published ones become annotations; inside a workspace, its stories by default. */
  @property({ attribute: false }) stories?: Story[];

  /** The enclosing `<sym-workspace>`'s state, when there is one. */
  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace?: WorkspaceState;

  private readonly measured = new WidthController(this, 640);
  @state() private focused?: FocusKey;
  @state() private showTable = false;
  /** Recognition of the workspace: published stories, awards and recent kudos. */
  @state() private recognition?: { stories: Story[]; awards: Award[]; kudos: Kudos[] };

  private layout?: TrendLayout;
  private trend?: TrendData;
  private recognitionFor?: unknown;

  private get source(): AnalysisResult | undefined {
    return this.analysis ?? this.workspace?.analysis;
  }

  private get selectedUnit(): string | undefined {
    return this.unit ?? this.workspace?.selection.unit;
  }

  override willUpdate(): void {
    this.loadRecognition();
    this.trend = this.computeTrend();
    const width = this.width || Math.max(300, this.measured.width);
    this.layout = this.trend ? trendLayout(this.trend, width, this.height) : undefined;
  }

  /** Stories, awards and kudos of the workspace, fetched again with each new analysis (an import, a refresh). */
  private loadRecognition(): void {
    const client = this.workspace?.client;
    const analysis = this.workspace?.analysis;
    if (!client || !analysis || analysis === this.recognitionFor) return;
    this.recognitionFor = analysis;
    const api = client.api;
    // A store without recognition records (or an older worker) leaves the chart without annotations, not broken.
    const settle = <T>(promise: Promise<T[]>) => promise.catch(() => [] as T[]);
    void Promise.all([settle(api.stories()), settle(api.listAwards()), settle(api.listKudos({ limit: 100 }))]).then(([stories, awards, kudos]) => {
      if (this.recognitionFor === analysis) this.recognition = { stories, awards, kudos };
    });
  }

  private computeTrend(): TrendData | undefined {
    if (this.data) return this.annotations && !this.data.annotations ? { ...this.data, annotations: this.annotations } : this.data;
    const analysis = this.source;
    if (!analysis) return undefined;
    const unit = this.selectedUnit;
    const recognition = this.recognition;
    const stories = this.stories ?? recognition?.stories;
    const annotations = (u: string | undefined) => [
      ...(this.annotations ?? []),
      ...(stories ? annotationsFromStories(stories, analysis, u) : []),
      ...(recognition ? annotationsFromAwards(recognition.awards, analysis, u) : []),
      ...(recognition ? annotationsFromKudos(recognition.kudos, analysis, u) : []),
    ];
    return trendFromAnalysis(analysis, this.employee, this.customer, unit, annotations(unit))
      ?? trendFromAnalysis(analysis, this.employee, this.customer, undefined, annotations(undefined));
  }

  // ---- focus and keyboard ----

  private rowTargets(row: FocusRow): { i: number; x: number }[] {
    const layout = this.layout;
    if (!layout) return [];
    if (row === 'annotation') return layout.annotations.map((a, i) => ({ i, x: a.cx }));
    return layout.xTicks.map((tick, i) => ({ i, x: tick.position }));
  }

  private get rows(): FocusRow[] {
    return (this.layout?.annotations.length ?? 0) > 0 ? ['annotation', ...TREND_SIDES] : [...TREND_SIDES];
  }

  /** The mark holding the roving tabindex: the last focused one, else the first employee period. */
  private get current(): FocusKey {
    const f = this.focused;
    if (f && this.rowTargets(f.row).some((t) => t.i === f.i)) return f;
    return { row: 'employee', i: 0 };
  }

  private isCurrent(row: FocusRow, i: number): boolean {
    const c = this.current;
    return c.row === row && c.i === i;
  }

  private handleKeydown(event: KeyboardEvent): void {
    const current = this.current;
    const targets = this.rowTargets(current.row);
    const position = targets.findIndex((t) => t.i === current.i);
    let next: FocusKey | undefined;
    switch (event.key) {
      case 'ArrowRight': next = targets[position + 1] && { row: current.row, i: targets[position + 1]!.i }; break;
      case 'ArrowLeft': next = targets[position - 1] && { row: current.row, i: targets[position - 1]!.i }; break;
      case 'Home': next = targets[0] && { row: current.row, i: targets[0].i }; break;
      case 'End': next = targets.length > 0 ? { row: current.row, i: targets[targets.length - 1]!.i } : undefined; break;
      case 'ArrowUp':
      case 'ArrowDown': {
        const rows = this.rows;
        const row = rows[rows.indexOf(current.row) + (event.key === 'ArrowUp' ? -1 : 1)];
        if (!row) break;
        // The nearest mark of the other row in x.
        const x = targets[position]?.x ?? 0;
        const nearest = [...this.rowTargets(row)].sort((a, b) => Math.abs(a.x - x) - Math.abs(b.x - x))[0];
        if (nearest) next = { row, i: nearest.i };
        break;
      }
      default: return;
    }
    event.preventDefault();
    if (!next) return;
    this.focused = next;
    const key = `${next.row}:${next.i}`;
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<SVGElement>(`.focus-target[data-key="${key}"]`)?.focus());
  }

  // ---- event handlers ----

  private pick(side: TrendSide, event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (side === 'employee') this.employee = value;
    else this.customer = value;
    this.dispatchEvent(new CustomEvent('sym-metric-change', { detail: { employee: this.employee, customer: this.customer }, bubbles: true, composed: true }));
  }

  private showOrganisation(): void {
    this.unit = undefined;
    this.dispatchEvent(new SymSelectEvent({ unit: undefined }));
    this.workspace?.select({ unit: undefined });
  }

  // ---- export ----

  /** The plot, for `<sym-export-menu>`. */
  exportSvg(): SVGSVGElement | undefined {
    return this.shadowRoot?.querySelector<SVGSVGElement>('svg[part="plot"]') ?? undefined;
  }

  /** Both series by period, raw numbers, gaps as their reason; annotations listed per period. */
  exportTable(): ExportTable | undefined {
    const trend = this.trend;
    if (!trend) return undefined;
    const t = this.locale.t;
    const employee = this.seriesName(trend.employee);
    const customer = this.seriesName(trend.customer);
    const columns = [t.period,
      t.trend.employeeHeading(employee), `${t.ciHeading} −`, `${t.ciHeading} +`, `${t.n} (${employee})`,
      t.trend.customerHeading(customer), `${t.ciHeading} −`, `${t.ciHeading} +`, `${t.n} (${customer})`,
      t.trend.annotationsHeading];
    const side = (series: TrendSeries, period: string) => {
      const p = series.points.find((q) => q.period === period);
      if (!p || p.value === null || !Number.isFinite(p.value)) return [t.trend.gap(p?.gap ?? 'no-data', series.threshold), null, null, null];
      return [p.value, p.ci?.[0] ?? null, p.ci?.[1] ?? null, p.n];
    };
    const placed = this.layout?.annotations ?? [];
    const rows = trend.periods.map((period) => [
      period, ...side(trend.employee, period), ...side(trend.customer, period),
      placed.filter((a) => a.period === period).flatMap((a) => a.items).map((a) => `${t.trend.annotationKind[a.kind]}${this.locale.lang === 'fr' ? ' : ' : ': '}${a.label}`).join(' | '),
    ]);
    return { columns, rows };
  }

  /** Title and unit of the chart; thresholds when the data came without a workspace. */
  exportCaption(): ExportCaption {
    const trend = this.trend;
    if (!trend) return {};
    const t = this.locale.t;
    const unit = this.unitName(trend);
    const caption: ExportCaption = {
      title: t.trend.chartLabel(this.seriesName(trend.employee), this.seriesName(trend.customer), unit),
      unit,
      thresholds: { minEmployees: trend.employee.threshold, minCustomers: trend.customer.threshold },
    };
    const analysis = this.source;
    if (analysis) caption.granularity = analysis.thresholds.granularity;
    return caption;
  }

  // ---- rendering ----

  private seriesName(series: TrendSeries): string {
    return series.label ?? this.locale.t.measureLabel(series.metric);
  }

  private unitName(trend: TrendData): string {
    return trend.unit === OVERALL_UNIT ? this.locale.t.trend.organisation : (trend.unitName ?? trend.unit);
  }

  protected override render() {
    const t = this.locale.t;
    const trend = this.trend;
    const layout = this.layout;
    if (!trend || !layout) {
      return placeholder(this.workspace?.status === 'loading' && !this.data && !this.analysis, t, t.trend.empty);
    }
    const employee = this.seriesName(trend.employee);
    const customer = this.seriesName(trend.customer);
    const unit = this.unitName(trend);
    return html`
      ${this.renderControls(trend, unit)}
      <figure part="figure">
        ${this.renderPlot(layout, trend, employee, customer, unit)}
        ${this.renderLegend(layout, trend, employee, customer)}
        <figcaption part="caption">
          ${trend.organisationMissing ? html`<span class="note">${t.trend.organisationMissing(unit)}</span>` : nothing}
          ${this.summary(trend, layout, employee, customer).map((sentence) => html`<span>${sentence}</span>`)}
          <span class="note">${t.trend.notCausal}</span>
        </figcaption>
      </figure>
      ${tableToggle(this.showTable, () => (this.showTable = !this.showTable), t)}
      ${this.showTable ? this.renderTable(trend, layout, employee, customer) : nothing}
    `;
  }

  private renderControls(trend: TrendData, unit: string) {
    const t = this.locale.t;
    const analysis = this.data ? undefined : this.source;
    const employeeOptions = analysis ? employeeTrendMetrics(analysis) : [];
    const customerOptions = analysis ? customerTrendMetrics(analysis) : [];
    const option = (id: string, selected: string) => html`<option value=${id} ?selected=${id === selected}>${t.measureLabel(id)}</option>`;
    const canReset = trend.unit !== OVERALL_UNIT && !trend.organisationMissing && this.workspace?.selection.unit !== undefined;
    return html`<div class="controls" part="controls">
      ${analysis ? html`
        <label>${t.trend.employeePicker}
          <select @change=${(e: Event) => this.pick('employee', e)}>${employeeOptions.map((id) => option(id, this.employee))}</select>
        </label>
        <label>${t.trend.customerPicker}
          <select @change=${(e: Event) => this.pick('customer', e)}>${customerOptions.map((id) => option(id, this.customer))}</select>
        </label>` : nothing}
      <span class="showing">${t.trend.showing(unit)}</span>
      ${canReset ? html`<button type="button" @click=${this.showOrganisation}>${t.trend.showOrganisation}</button>` : nothing}
      <sym-export-menu .target=${this} filename="trend"></sym-export-menu>
    </div>`;
  }

  private renderPlot(layout: TrendLayout, trend: TrendData, employee: string, customer: string, unit: string) {
    const t = this.locale.t;
    const lang = this.locale.lang;
    const { width, height, margin } = layout;
    const [top, bottom] = layout.panels;
    return html`
      <svg part="plot" width=${width} height=${height} viewBox="0 0 ${width} ${height}" role="group"
        aria-label=${t.trend.chartLabel(employee, customer, unit)} @keydown=${this.handleKeydown}>
        ${svg`
          <defs>
            <pattern id="sym-trend-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
            </pattern>
          </defs>
          ${layout.annotationRules.map((r) => svg`<line class="rule" aria-hidden="true" x1=${r.x} x2=${r.x} y1=${layout.laneY} y2=${bottom.bottom}></line>`)}
          ${this.renderPanel(top, trend.employee, employee)}
          <g class="axis" aria-hidden="true">
            <line x1=${margin.left} x2=${width - margin.right} y1=${layout.axisY} y2=${layout.axisY}></line>
            ${layout.xTicks.map((tick) => svg`<line x1=${tick.position} x2=${tick.position} y1=${layout.axisY} y2=${layout.axisY + 4}></line>`)}
            ${layout.xTicks.filter((tick) => tick.labelled).map((tick) => svg`<text x=${tick.position} y=${layout.axisY + 18} text-anchor="middle">${formatPeriod(lang, tick.period)}</text>`)}
          </g>
          ${this.renderPanel(bottom, trend.customer, customer)}
          ${layout.annotations.map((a, i) => this.renderAnnotation(a, i))}
        `}
      </svg>
    `;
  }

  private renderPanel(panel: TrendPanel, series: TrendSeries, name: string) {
    const t = this.locale.t;
    const lang = this.locale.lang;
    const { margin, width } = this.layout!;
    const title = panel.side === 'employee' ? t.trend.employeePanel(name) : t.trend.customerPanel(name);
    return svg`
      <g data-side=${panel.side}>
        <text class="panel-title" x=${margin.left} y=${panel.titleY} aria-hidden="true">${title}</text>
        <g class="grid" aria-hidden="true">
          ${panel.yTicks.map((tick) => svg`<line x1=${margin.left} x2=${width - margin.right} y1=${tick.position} y2=${tick.position}></line>`)}
        </g>
        <g class="ticks" aria-hidden="true">
          ${panel.yTicks.map((tick) => svg`<text x=${margin.left - 6} y=${tick.position + 4} text-anchor="end">${formatTick(lang, panel.metric, tick.value, panel.tickDecimals)}</text>`)}
        </g>
        <path class="band" d=${panel.band} aria-hidden="true"></path>
        <path class="line" d=${panel.line} aria-hidden="true"></path>
        <g class="whiskers" aria-hidden="true">
          ${panel.points.filter((p) => p.yLo !== p.yHi).map((p) => svg`<line class="whisker" x1=${p.cx} x2=${p.cx} y1=${p.yLo} y2=${p.yHi}></line>`)}
        </g>
        ${panel.gaps.map((gap) => this.renderGap(panel, gap, name))}
        ${panel.points.map((p) => this.renderPoint(p, series, name))}
      </g>
    `;
  }

  private renderPoint(p: PlacedTrendPoint, series: TrendSeries, name: string) {
    const t = this.locale.t;
    const lang = this.locale.lang;
    const label = t.trend.pointLabel({
      metric: name, period: formatPeriod(lang, p.period), value: formatMetric(lang, series.metric, p.value),
      lo: formatMetric(lang, series.metric, p.ci?.[0]), hi: formatMetric(lang, series.metric, p.ci?.[1]),
      n: formatNumber(lang, p.n), customers: p.side === 'customer',
    });
    return svg`<path class="point focus-target" data-key=${`${p.side}:${p.index}`} transform="translate(${p.cx} ${p.cy})"
      d=${seriesSymbolPath(p.side)} tabindex=${this.isCurrent(p.side, p.index) ? 0 : -1} role="img" aria-label=${label}
      @focus=${() => (this.focused = { row: p.side, i: p.index })}><title>${label}</title></path>`;
  }

  private renderGap(panel: TrendPanel, gap: TrendGap, name: string) {
    const t = this.locale.t;
    const reason = t.trend.gap(gap.reason, panel.threshold);
    const label = t.trend.gapLabel(name, formatPeriod(this.locale.lang, gap.period), reason);
    const middle = (panel.top + panel.bottom) / 2;
    return svg`<g class="gap" data-reason=${gap.reason}>
      <rect class="focus-target" data-key=${`${gap.side}:${gap.index}`} x=${gap.x} y=${panel.top} width=${gap.width} height=${panel.bottom - panel.top}
        tabindex=${this.isCurrent(gap.side, gap.index) ? 0 : -1} role="img" aria-label=${label}
        @focus=${() => (this.focused = { row: gap.side, i: gap.index })}><title>${label}</title></rect>
      ${gap.reason === 'no-data' ? nothing : svg`<text x=${gap.cx} y=${middle + 4} text-anchor="middle" aria-hidden="true">${t.trend.gapMark(panel.threshold)}</text>`}
    </g>`;
  }

  private renderAnnotation(a: PlacedAnnotation, i: number) {
    const t = this.locale.t;
    const kind = t.trend.annotationKind[a.kind];
    const period = formatPeriod(this.locale.lang, a.period);
    const [first] = a.items;
    const label = a.items.length === 1 && first
      ? t.trend.annotationLabel(kind, period, first.label)
      : t.trend.annotationGroupLabel(kind, a.items.length, period, a.items.slice(0, 3).map((item) => item.label));
    return svg`<g data-kind=${a.kind}>
      <path class="annotation focus-target" data-kind=${a.kind} data-key=${`annotation:${i}`} transform="translate(${a.cx} ${a.cy})"
        d=${annotationSymbolPath(a.kind)} tabindex=${this.isCurrent('annotation', i) ? 0 : -1} role="img" aria-label=${label}
        @focus=${() => (this.focused = { row: 'annotation', i })}><title>${label}</title></path>
      ${a.items.length > 1 ? svg`<text class="annotation-count" x=${a.cx + 6} y=${a.cy - 4} aria-hidden="true">${a.items.length}</text>` : nothing}
    </g>`;
  }

  private renderLegend(layout: TrendLayout, trend: TrendData, employee: string, customer: string) {
    const t = this.locale.t;
    const kinds = ANNOTATION_KINDS.filter((kind) => layout.annotations.some((a) => a.kind === kind));
    const threshold = trend.employee.threshold;
    return html`<ul class="legend" part="legend">
      ${TREND_SIDES.map((side) => html`<li>
        <svg width="26" height="12" viewBox="-13 -6 26 12" aria-hidden="true" data-side=${side}>
          ${svg`<line class="line" x1="-12" x2="12" y1="0" y2="0"></line><path class="point" d=${seriesSymbolPath(side, 40)}></path>`}
        </svg>${side === 'employee' ? t.trend.employeePanel(employee) : t.trend.customerPanel(customer)}</li>`)}
      <li><svg width="16" height="12" aria-hidden="true" data-side="employee">${svg`<rect class="band" width="16" height="12"></rect>`}</svg>${t.trend.legendBand}</li>
      <li><svg width="16" height="12" aria-hidden="true">${svg`
        <defs><pattern id="sym-trend-hatch-legend" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line class="hatch-line" x1="0" y1="0" x2="0" y2="4"></line></pattern></defs>
        <rect width="16" height="12" fill="url(#sym-trend-hatch-legend)"></rect>`}</svg>${t.trend.legendGap(threshold)}</li>
      ${kinds.map((kind) => html`<li>
        <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">${svg`<path class="annotation" data-kind=${kind} d=${annotationSymbolPath(kind, 70)}></path>`}</svg>
        ${t.trend.annotationKind[kind]}</li>`)}
    </ul>`;
  }

  /** Where each series went, what is hidden and why, how many annotations. */
  private summary(trend: TrendData, layout: TrendLayout, employee: string, customer: string): string[] {
    const t = this.locale.t;
    const lang = this.locale.lang;
    const sentences: string[] = [];
    for (const [series, name] of [[trend.employee, employee], [trend.customer, customer]] as const) {
      const values = series.points.filter((p) => p.value !== null && Number.isFinite(p.value));
      const first = values[0];
      const last = values[values.length - 1];
      sentences.push(first && last
        ? t.trend.seriesChange(name, formatMetric(lang, series.metric, first.value), formatPeriod(lang, first.period), formatMetric(lang, series.metric, last.value), formatPeriod(lang, last.period))
        : t.trend.seriesNoValue(name));
      const counts = gapCounts(series);
      for (const reason of ['below-threshold', 'complementary', 'few-customers'] as const) {
        if (counts[reason] > 0) sentences.push(t.trend.hiddenPeriods(name, counts[reason], t.trend.gap(reason, series.threshold)));
      }
    }
    sentences.push(t.trend.annotationCount(layout.annotations.reduce((sum, group) => sum + group.items.length, 0)));
    if (layout.unplaced.length > 0) sentences.push(t.trend.annotationsOutside(layout.unplaced.length));
    return sentences;
  }

  private renderTable(trend: TrendData, layout: TrendLayout, employee: string, customer: string) {
    const t = this.locale.t;
    const lang = this.locale.lang;
    const cell = (series: TrendSeries, period: string) => {
      const p = series.points.find((q) => q.period === period);
      if (!p || p.value === null || !Number.isFinite(p.value)) {
        return html`<td colspan="3" class="muted">${t.trend.gap(p?.gap ?? 'no-data', series.threshold)}</td>`;
      }
      return html`<td>${formatMetric(lang, series.metric, p.value)}</td>
        <td>${p.ci ? `${formatMetric(lang, series.metric, p.ci[0])} – ${formatMetric(lang, series.metric, p.ci[1])}` : '–'}</td>
        <td>${formatNumber(lang, p.n)}</td>`;
    };
    return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${t.dataTable}>
      <table part="table">
        <caption>${t.dataTable}</caption>
        <thead>
          <tr><td></td><th scope="colgroup" colspan="3">${t.trend.employeeHeading(employee)}</th><th scope="colgroup" colspan="3">${t.trend.customerHeading(customer)}</th><td></td></tr>
          <tr>
            <th scope="col">${t.period}</th>
            <th scope="col">${t.valueHeading}</th><th scope="col">${t.ciHeading}</th><th scope="col">${t.n}</th>
            <th scope="col">${t.valueHeading}</th><th scope="col">${t.ciHeading}</th><th scope="col">${t.n}</th>
            <th scope="col">${t.trend.annotationsHeading}</th>
          </tr>
        </thead>
        <tbody>
          ${trend.periods.map((period) => html`<tr>
            <th scope="row">${formatPeriod(lang, period)}</th>
            ${cell(trend.employee, period)}
            ${cell(trend.customer, period)}
            <td>${layout.annotations.filter((a) => a.period === period).flatMap((a) => a.items).map((a) => html`<div>${t.trend.annotationKind[a.kind]}${lang === 'fr' ? ' : ' : ': '}${a.label}</div>`)}</td>
          </tr>`)}
        </tbody>
      </table>
    </div>`;
  }
}

defineElement('sym-trend', SymTrend);

declare global {
  interface HTMLElementTagNameMap {
    'sym-trend': SymTrend;
  }
}
