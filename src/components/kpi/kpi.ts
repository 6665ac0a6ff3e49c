import { html, svg, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { line, scaleLinear, extent } from 'd3';
import { LocaleController } from '../shared/locale-controller.ts';
import { OwnTaskElement } from '../shared/own-task.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import type { WorkspaceState } from '../shared/workspace-context.ts';
import { formatMetric, formatMetricDelta, higherIsBetter } from '../shared/metric-format.ts';
import { formatPeriod } from '../../i18n/format.ts';
import type { MetricId } from '../../i18n/translation.ts';
import { holdsMeasure, kpiFromAnalysis } from '../shared/analysis-view.ts';
import type { KpiData } from '../shared/analysis-view.ts';
import type { AnalysisResult } from '../../analytics/analyze.ts';
import { defineElement } from '../shared/define.ts';
import { kpiStyles } from './kpi.styles.ts';

/**
 * @summary A metric tile: value, 95% CI, change vs the previous period, sparkline and n. A
 * value hidden by the anonymity floor reads "fewer than 5 answers", never a number.
 *
 * @csspart base - The tile.
 * @csspart value - The headline number.
 * @csspart sparkline - The trend line.
 * @cssproperty --sym-kpi-background - Tile background.
 * @cssproperty --sym-kpi-accent - Sparkline colour.
 * @cssproperty --sym-color-positive - Colour of a favourable change.
 * @cssproperty --sym-color-negative - Colour of an unfavourable change.
 */
export class SymKpi extends OwnTaskElement {
  static override styles = kpiStyles;

  private readonly locale = new LocaleController(this);

  /** Which metric the tile shows. */
  @property() metric: MetricId = 'enps';

  /**
   * Unit id; when absent, the unit selected in the workspace (clicked in any chart), else the
   * single unit of the workspace's filter, else the whole organisation.
   */
  @property() unit?: string;

  /** Data to show when used outside a `<sym-workspace>`. */
  @property({ attribute: false }) data?: KpiData;

  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace?: WorkspaceState;

  /** The unit shown from the workspace (see `unit`); undefined for the whole organisation. */
  private get shownUnit(): string | undefined {
    // Results built by hand (stories, older workers) may lack `filter`.
    const filtered = (this.workspace?.analysis?.filter as AnalysisResult['filter'] | undefined)?.units;
    return this.unit ?? this.workspace?.selection.unit ?? (filtered?.length === 1 ? filtered[0] : undefined);
  }

  private viewCache?: { analysis: AnalysisResult; metric: MetricId; unit: string | undefined; view: KpiData | undefined };

  /** Recomputed only when the analysis, metric or unit change, not on every workspace update. */
  private get view(): KpiData | undefined {
    if (this.data) return this.data;
    const analysis = this.workspace?.analysis;
    if (!analysis) return undefined;
    const unit = this.shownUnit;
    const cache = this.viewCache;
    if (cache && cache.analysis === analysis && cache.metric === this.metric && cache.unit === unit) return cache.view;
    const view = kpiFromAnalysis(analysis, this.metric, unit);
    this.viewCache = { analysis, metric: this.metric, unit, view };
    return view;
  }

  protected override render() {
    const t = this.locale.t;
    const lang = this.locale.lang;
    const view = this.view;
    const label = t.metric[this.metric];
    const analysis = this.data ? undefined : this.workspace?.analysis;
    if (analysis && !holdsMeasure(analysis, this.metric)) {
      return html`<section part="base" aria-label=${label}><h3>${label}</h3><p class="muted" part="value">${t.measureAbsent(label)}</p></section>`;
    }
    if (!view) {
      const loading = this.workspace?.status === 'loading';
      return html`<section part="base" aria-label=${label} aria-busy=${loading ? 'true' : 'false'}><h3>${label}</h3>
        <p class="muted">${loading ? t.loading : t.noAnswers}</p></section>`;
    }
    // From a workspace, a tile without a unit stands for the whole organisation: say so.
    const unitName = view.unitName ?? (this.data ? undefined : t.filters.organisation);
    return html`
      <section part="base" aria-label=${`${label}${unitName ? `, ${unitName}` : ''}`} aria-busy=${this.workspace?.pending ? 'true' : 'false'}>
        <h3 title=${t.metricDescription[this.metric]}>${label}</h3>
        ${unitName ? html`<p class="unit">${unitName}${view.period ? html` · ${formatPeriod(lang, view.period)}` : nothing}</p>` : nothing}
        ${view.suppressed ? this.renderSuppressed(view) : this.renderValue(view)}
      </section>
    `;
  }

  private renderSuppressed(view: KpiData) {
    const t = this.locale.t;
    return html`<p class="suppressed" part="value">${view.suppressed === 'few-customers' ? t.fewCustomers(view.threshold) : t.suppressed(view.threshold)}</p>`;
  }

  private renderValue(view: KpiData) {
    const t = this.locale.t;
    const lang = this.locale.lang;
    const delta = view.previous !== undefined && Number.isFinite(view.previous.value) ? view.value - view.previous.value : undefined;
    const good = delta === undefined || delta === 0 ? undefined : (delta > 0) === higherIsBetter(this.metric);
    return html`
      <p class="value" part="value">${formatMetric(lang, this.metric, view.value)}</p>
      ${view.ci ? html`<p class="ci">${t.confidenceInterval(formatMetric(lang, this.metric, view.ci[0]), formatMetric(lang, this.metric, view.ci[1]))}</p>` : nothing}
      <p class="delta" data-trend=${good === undefined ? 'flat' : good ? 'good' : 'bad'}>
        ${delta === undefined
          ? t.noPrevious
          : html`<span aria-hidden="true">${delta > 0 ? '▲' : delta < 0 ? '▼' : '■'}</span>
              ${t.deltaVsPrevious(formatMetricDelta(lang, this.metric, delta), formatPeriod(lang, view.previous!.period))}`}
      </p>
      ${this.renderSparkline(view)}
      <p class="n">${this.metric === 'enps' || this.metric === 'engagement' ? t.respondents(view.n) : t.customers(view.n)}</p>
    `;
  }

  private renderSparkline(view: KpiData) {
    const points = view.series.filter((p) => Number.isFinite(p.value));
    if (points.length < 2) return nothing;
    const lang = this.locale.lang;
    const width = 120;
    const height = 32;
    const x = scaleLinear().domain([0, view.series.length - 1]).range([2, width - 2]);
    const [lo, hi] = extent(points, (p) => p.value) as [number, number];
    const y = scaleLinear().domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi]).range([height - 3, 3]);
    const path = line<{ value: number; index: number }>()
      .defined((p) => Number.isFinite(p.value))
      .x((p) => x(p.index))
      .y((p) => y(p.value))(view.series.map((p, index) => ({ value: p.value, index })));
    const description = view.series.map((p) => `${formatPeriod(lang, p.period)}: ${formatMetric(lang, this.metric, p.value)}`).join(', ');
    return html`<svg part="sparkline" viewBox="0 0 ${width} ${height}" width=${width} height=${height} role="img" aria-label=${description}>
      ${svg`<path d=${path ?? ''} fill="none" stroke="var(--sym-kpi-accent, var(--sym-color-accent, #0969da))" stroke-width="2" stroke-linejoin="round"></path>`}
    </svg>`;
  }
}

defineElement('sym-kpi', SymKpi);

declare global {
  interface HTMLElementTagNameMap {
    'sym-kpi': SymKpi;
  }
}
