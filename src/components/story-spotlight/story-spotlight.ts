import { LitElement, html, svg, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { symbol, symbolCircle, symbolSquare } from 'd3';
import { LocaleController } from '../shared/locale-controller.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import type { WorkspaceState } from '../shared/workspace-context.ts';
import { defineElement } from '../shared/define.ts';
import { formatMetric } from '../shared/metric-format.ts';
import type { AnalysisResult } from '../../analytics/analyze.ts';
import type { Story } from '../../model/types.ts';
import { formatPeriod } from '../../i18n/format.ts';
import type { RecognitionDisplayStrings } from '../../i18n/areas/recognition-display.ts';
import '../story-card/story-card.ts';
import { SPOTLIGHT_METRICS, beforeAndAfter, spotlightFromAnalysis, spotlightLayout } from './spotlight-layout.ts';
import type { GapReason, PlacedPoint, SpotlightData, SpotlightLayout, SpotlightMetric } from './spotlight-layout.ts';
import { storySpotlightStyles } from './story-spotlight.styles.ts';
import { tableToggle } from '../shared/placeholders.ts';
import { StoredDataController } from '../shared/stored-data-controller.ts';
import type { AnalyticsClient } from '../../worker/client.ts';

const SYMBOLS: Record<SpotlightMetric, string> = {
  enps: symbol(symbolCircle, 56)() ?? '',
  nps: symbol(symbolSquare, 56)() ?? '',
};

/**
 * @summary "The story behind the number": a story beside its unit's eNPS and NPS, a few periods
 * before and after the story's period. Withheld periods break the lines and are listed with
 * the reason (anonymity floor, customer floor, no answers); a data table repeats every value.
 * The lines differ by dash and marker shape, not colour alone. Arrow keys move between points.
 *
 * @csspart card - The story card.
 * @csspart figure - The legend, chart and caption.
 * @csspart plot - The SVG chart.
 * @csspart table - The data table.
 * @cssproperty --sym-spotlight-enps-color - eNPS line (solid, filled circles).
 * @cssproperty --sym-spotlight-nps-color - NPS line (dashed, hollow squares).
 * @cssproperty --sym-spotlight-story-color - The story's period marker.
 * @cssproperty --sym-color-text - Text colour.
 * @cssproperty --sym-color-muted - Axes and secondary text.
 * @cssproperty --sym-color-grid - Grid lines.
 * @cssproperty --sym-color-surface - Background of hollow markers and the button.
 * @cssproperty --sym-color-border - Button border.
 * @cssproperty --sym-color-focus - Focus ring colour.
 */
export class SymStorySpotlight extends LitElement {
  static override styles = storySpotlightStyles;

  private readonly locale = new LocaleController(this);

  constructor() {
    super();
    // The story named by `storyId` is read again when the stored stories change.
    new StoredDataController(this, (client) => this.loadStory(client), () => this.storyId);
  }

  /** The story to put in the spotlight. */
  @property({ attribute: false }) story?: Story;

  /** Inside a workspace: the id of the story to show, when `story` is not set. */
  @property({ attribute: 'story-id' }) storyId?: string;

  /** Analysis with the unit's numbers per period; the workspace's when absent. */
  @property({ attribute: false }) analysis?: AnalysisResult;

  /** The numbers to draw, when given directly (overrides `analysis`). */
  @property({ attribute: false }) data?: SpotlightData;

  /** Periods shown on each side of the story's period. */
  @property({ type: Number, attribute: 'periods-around' }) periodsAround = 3;

  /** Chart width in CSS pixels. */
  @property({ type: Number }) width = 420;

  /** Chart height in CSS pixels. */
  @property({ type: Number }) height = 240;

  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace?: WorkspaceState;

  @state() private showTable = false;
  @state() private focused?: { metric: SpotlightMetric; period: string };
  @state() private loadedStory?: Story;

  private layout?: SpotlightLayout;
  private view?: SpotlightData;

  private get strings(): RecognitionDisplayStrings {
    return this.locale.t.recognitionDisplay;
  }

  private get currentStory(): Story | undefined {
    return this.story ?? this.loadedStory;
  }

  override willUpdate(): void {
    const story = this.currentStory;
    const analysis = this.analysis ?? this.workspace?.analysis;
    this.view = this.data ?? (story && analysis ? spotlightFromAnalysis(analysis, story, this.periodsAround) : undefined);
    this.layout = this.view ? spotlightLayout(this.view, this.width, this.height) : undefined;
  }

  /** The published story `storyId` names. */
  private async loadStory(client: AnalyticsClient): Promise<void> {
    const id = this.storyId;
    if (this.story || !id) return;
    const stories = await client.api.stories();
    if (id === this.storyId) this.loadedStory = stories.find((s) => s.id === id && s.status === 'published');
  }

  private metricName(metric: SpotlightMetric): string {
    return this.locale.t.metric[metric];
  }

  private reason(reason: GapReason): string {
    const strings = this.strings;
    const thresholds = this.view?.thresholds ?? { minEmployees: 5, minCustomers: 10 };
    switch (reason) {
      case 'below-threshold': return strings.reasonBelowThreshold(thresholds.minEmployees);
      case 'complementary': return strings.reasonComplementary;
      case 'few-customers': return strings.reasonFewCustomers(thresholds.minCustomers);
      case 'no-data': return strings.reasonNoData;
    }
  }

  /** Every drawn point, eNPS then NPS, in period order. */
  private get points(): PlacedPoint[] {
    return this.layout?.series.flatMap((s) => s.points) ?? [];
  }

  private get focusedPoint(): PlacedPoint | undefined {
    const all = this.points;
    return all.find((p) => p.metric === this.focused?.metric && p.period === this.focused.period) ?? all[0];
  }

  private handleKeydown(event: KeyboardEvent): void {
    const current = this.focusedPoint;
    const series = this.layout?.series;
    if (!current || !series) return;
    const own = series.find((s) => s.metric === current.metric)!.points;
    const index = own.findIndex((p) => p.period === current.period);
    let next: PlacedPoint | undefined;
    switch (event.key) {
      case 'ArrowRight': next = own[index + 1]; break;
      case 'ArrowLeft': next = own[index - 1]; break;
      case 'Home': next = own[0]; break;
      case 'End': next = own.at(-1); break;
      case 'ArrowUp':
      case 'ArrowDown': {
        const other = series.find((s) => s.metric !== current.metric)!.points;
        next = [...other].sort((a, b) => Math.abs(a.x - current.x) - Math.abs(b.x - current.x))[0];
        break;
      }
      default: return;
    }
    event.preventDefault();
    if (!next) return;
    this.focused = { metric: next.metric, period: next.period };
    const key = `${next.metric}:${next.period}`;
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<SVGElement>(`.point[data-key="${key}"]`)?.focus());
  }

  protected override render() {
    const strings = this.strings;
    const story = this.currentStory;
    if (!story) {
      return this.workspace?.status === 'loading' || (this.storyId && this.workspace?.client)
        ? html`<p class="muted" aria-busy="true">${this.locale.t.loading}</p>`
        : html`<p class="muted">${strings.spotlightEmpty}</p>`;
    }
    const view = this.view;
    const layout = this.layout;
    return html`<section aria-labelledby="heading">
      <div class="heading" id="heading" role="heading" aria-level="2">${strings.spotlightLabel}</div>
      <sym-story-card part="card" compact heading-level="3" .story=${story} .analysis=${this.analysis ?? this.workspace?.analysis}></sym-story-card>
      ${view && layout ? this.renderFigure(view, layout) : html`<p class="muted">${strings.spotlightNoTrend}</p>`}
    </section>`;
  }

  private renderFigure(view: SpotlightData, layout: SpotlightLayout) {
    const strings = this.strings;
    const lang = this.locale.lang;
    const storyPeriod = formatPeriod(lang, view.storyPeriod);
    return html`<figure part="figure">
      <ul class="legend">
        ${SPOTLIGHT_METRICS.map((metric) => html`<li>
          <svg class="swatch" data-metric=${metric} width="28" height="14" viewBox="-14 -7 28 14" aria-hidden="true">
            ${svg`<line x1="-13" x2="13" y1="0" y2="0"></line><path d=${symbol(metric === 'enps' ? symbolCircle : symbolSquare, 40)() ?? ''}></path>`}
          </svg>${this.metricName(metric)}</li>`)}
      </ul>
      ${this.renderPlot(view, layout)}
      <figcaption>
        ${view.series.map((s) => {
          const { before, after } = beforeAndAfter(s, view.storyPeriod);
          return html`<p class="summary">${strings.trendSummary({
            metric: this.metricName(s.metric),
            ...(before ? { before: formatMetric(lang, s.metric, before.value), beforePeriod: formatPeriod(lang, before.period) } : {}),
            ...(after ? { after: formatMetric(lang, s.metric, after.value), afterPeriod: formatPeriod(lang, after.period) } : {}),
          })}</p>`;
        })}
        <p class="caveat">${strings.storyMarker(storyPeriod)}. ${strings.notCausal}</p>
        ${layout.gaps.length > 0 ? html`<div class="gaps">${strings.gapsHeading}
          <ul>${layout.gaps.map((g) => html`<li>${strings.gap({ metric: this.metricName(g.metric), period: formatPeriod(lang, g.period), reason: this.reason(g.reason) })}</li>`)}</ul>
        </div>` : nothing}
      </figcaption>
      ${tableToggle(this.showTable, () => (this.showTable = !this.showTable), this.locale.t)}
      ${this.showTable ? this.renderTable(view) : nothing}
    </figure>`;
  }

  private renderPlot(view: SpotlightData, layout: SpotlightLayout) {
    const strings = this.strings;
    const lang = this.locale.lang;
    const { width, height, margin } = layout;
    const focused = this.focusedPoint;
    const bottom = height - margin.bottom;
    return html`<svg part="plot" width=${width} height=${height} viewBox="0 0 ${width} ${height}" role="group"
      aria-label=${strings.spotlightChart(view.unitName)} @keydown=${this.handleKeydown}>
      ${svg`
        <g class="grid" aria-hidden="true">
          ${layout.yTicks.map((tick) => svg`<line x1=${margin.left} x2=${width - margin.right} y1=${tick.y} y2=${tick.y}></line>`)}
        </g>
        ${layout.zeroY !== undefined ? svg`<line class="zero" aria-hidden="true" x1=${margin.left} x2=${width - margin.right} y1=${layout.zeroY} y2=${layout.zeroY}></line>` : nothing}
        <g class="axis" aria-hidden="true">
          <line x1=${margin.left} x2=${width - margin.right} y1=${bottom} y2=${bottom}></line>
          ${layout.xTicks.map((tick) => svg`<text x=${tick.x} y=${bottom + 15} text-anchor="middle">${formatPeriod(lang, tick.period)}</text>`)}
          ${layout.yTicks.map((tick) => svg`<text x=${margin.left - 6} y=${tick.y + 4} text-anchor="end">${formatMetric(lang, 'nps', tick.value)}</text>`)}
        </g>
        ${layout.storyX !== undefined ? svg`<g aria-hidden="true">
          <line class="story-line" x1=${layout.storyX} x2=${layout.storyX} y1=${margin.top} y2=${bottom}></line>
          <text class="story-label" x=${layout.storyX} y=${margin.top - 4} text-anchor="middle">${strings.storyMarker(formatPeriod(lang, view.storyPeriod))}</text>
        </g>` : nothing}
        ${layout.gaps.map((g) => svg`<text class="gap-mark" aria-hidden="true" data-metric=${g.metric} x=${g.x} y=${bottom + (g.metric === 'enps' ? 28 : 39)} text-anchor="middle">${this.metricName(g.metric)} –</text>`)}
        ${layout.series.map((s) => svg`<g data-metric=${s.metric}>
          <path class="line" d=${s.path} aria-hidden="true"></path>
          ${s.points.map((p) => {
            const label = strings.pointLabel({ metric: this.metricName(p.metric), period: formatPeriod(lang, p.period), value: formatMetric(lang, p.metric, p.value) });
            return svg`<path class="point" data-key=${`${p.metric}:${p.period}`} transform="translate(${p.x} ${p.y})" d=${SYMBOLS[p.metric]}
              tabindex=${p === focused ? 0 : -1} role="img" aria-label=${label}
              @focus=${() => (this.focused = { metric: p.metric, period: p.period })}><title>${label}</title></path>`;
          })}
        </g>`)}
      `}
    </svg>`;
  }

  private renderTable(view: SpotlightData) {
    const strings = this.strings;
    const lang = this.locale.lang;
    const cell = (metric: SpotlightMetric, period: string) => {
      const point = view.series.find((s) => s.metric === metric)?.points.find((p) => p.period === period);
      if (!point || point.value === null) return html`<td class="muted">${this.reason(point?.reason ?? 'no-data')}</td>`;
      return html`<td>${formatMetric(lang, metric, point.value)}</td>`;
    };
    return html`<div class="table-wrap"><table part="table">
      <caption>${this.locale.t.dataTable}</caption>
      <thead><tr><th scope="col">${strings.periodHeading}</th>${SPOTLIGHT_METRICS.map((m) => html`<th scope="col">${this.metricName(m)}</th>`)}</tr></thead>
      <tbody>
        ${view.periods.map((period) => html`<tr class=${period === view.storyPeriod ? 'story-row' : ''}>
          <th scope="row">${formatPeriod(lang, period)}${period === view.storyPeriod ? html` (${strings.storyPeriodCell})` : nothing}</th>
          ${SPOTLIGHT_METRICS.map((m) => cell(m, period))}
        </tr>`)}
      </tbody>
    </table></div>`;
  }
}

defineElement('sym-story-spotlight', SymStorySpotlight);

declare global {
  interface HTMLElementTagNameMap {
    'sym-story-spotlight': SymStorySpotlight;
  }
}
