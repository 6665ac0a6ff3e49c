import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { LocaleController } from '../shared/locale-controller.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import type { WorkspaceState } from '../shared/workspace-context.ts';
import type { FilterFacets } from '../../analytics/filters.ts';
import { formatNumber } from '../../i18n/format.ts';
import type { MetricId } from '../../i18n/translation.ts';
import { defineElement } from '../shared/define.ts';
import { holdsMeasure } from '../shared/analysis-view.ts';
import '../filter-bar/filter-bar.ts';
import '../kpi/kpi.ts';
import '../scatter/scatter.ts';
import '../lag-chart/lag-chart.ts';
import '../heatmap/heatmap.ts';
import '../drivers/drivers.ts';
import '../insights/insights.ts';
import '../trend/trend.ts';
import '../mirror/mirror.ts';
import '../unit-table/unit-table.ts';
import '../export-menu/export-menu.ts';

const KPI_METRICS: MetricId[] = ['enps', 'engagement', 'nps', 'csat', 'ces', 'fcr'];
const CUSTOMER_METRICS = ['nps', 'csat', 'ces', 'fcr'] as const;

/**
 * @summary The default symmetry dashboard: metric tiles, the employee × customer scatter, lagged
 * effects, the correlation matrix, key drivers and plain-language insights. Place it inside a
 * `<sym-workspace>`.
 *
 * @csspart header - The dataset summary line.
 * @csspart filters - The filter bar.
 * @csspart highlight - The line naming the unit highlighted in every view.
 * @csspart kpis - The row of metric tiles.
 * @cssproperty --sym-dashboard-gap - Space between panels.
 * @cssproperty --sym-color-surface - Panel background.
 */
export class SymDashboard extends LitElement {
  static override styles = css`
    :host { display: block; --_gap: var(--sym-dashboard-gap, 1rem); }
    [part='kpis'] { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: var(--_gap); margin-bottom: var(--_gap); }
    .panels { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 30rem), 1fr)); gap: var(--_gap); }
    section.panel { background: var(--sym-color-surface, #fff); border: 1px solid var(--sym-color-border, #d0d7de); border-radius: var(--sym-radius, 8px); padding: 1rem; min-width: 0; }
    section.wide { grid-column: 1 / -1; }
    h2 { font-size: 1rem; margin: 0 0 0.5rem; }
    [part='header'] { margin: 0 0 var(--_gap); color: var(--sym-color-muted, #57606a); font-size: 0.9rem; }
    label { font-size: 0.85rem; margin-inline-end: 0.75rem; }
    select { font: inherit; font-size: 0.85rem; }
    [part='filters'] { margin-bottom: var(--_gap); }
    [part='highlight'] { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; margin: 0 0 var(--_gap); font-size: 0.9rem; }
    [part='highlight'] button { font: inherit; font-size: 0.85rem; }
    .panels[aria-busy='true'], [part='kpis'][aria-busy='true'] { opacity: 0.7; transition: opacity 0.2s; }
    @media (prefers-reduced-motion: reduce) { .panels, [part='kpis'] { transition: none; } }
    @media (prefers-color-scheme: dark) {
      section.panel { background: var(--sym-color-surface, #161b22); border-color: var(--sym-color-border, #30363d); }
      [part='header'] { color: var(--sym-color-muted, #9198a1); }
    }
  `;

  private readonly locale = new LocaleController(this);

  /** Customer metric on the scatter's y axis and the drivers' outcome. */
  @property() customer: (typeof CUSTOMER_METRICS)[number] = 'nps';

  /** Employee metric on the scatter's x axis and the lag chart. */
  @property() employee = 'engagement';

  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace?: WorkspaceState;

  /**
   * The panels below the scatter join one task after the first results are painted: rendering
   * and laying out every chart at once blocks the main thread for ~100 ms.
   */
  @state() private allPanels = false;
  private panelsScheduled = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.panelsScheduled = false;
  }

  /** Employee measures to pick from: engagement, eNPS, then the items, as far as the data holds them. */
  private employeeChoices(state: WorkspaceState): string[] {
    const items = Object.keys(state.analysis?.units.find((u) => u.employees)?.employees?.items ?? {});
    return ['engagement', 'enps', ...items].filter((m) => this.holds(state, m));
  }

  private customerChoices(state: WorkspaceState): (typeof CUSTOMER_METRICS)[number][] {
    return CUSTOMER_METRICS.filter((m) => this.holds(state, m));
  }

  private holds(state: WorkspaceState, measure: string): boolean {
    return !state.analysis || holdsMeasure(state.analysis, measure);
  }

  protected override willUpdate(): void {
    // A measure the data lacks would leave every chart empty: show the first one it has instead.
    const state = this.workspace;
    if (state?.status !== 'ready') return;
    if (!this.holds(state, this.customer)) this.customer = this.customerChoices(state)[0] ?? this.customer;
    if (!this.holds(state, this.employee)) this.employee = this.employeeChoices(state)[0] ?? this.employee;
  }

  protected override updated(): void {
    if (this.allPanels || this.panelsScheduled || this.workspace?.status !== 'ready') return;
    this.panelsScheduled = true;
    requestAnimationFrame(() => setTimeout(() => {
      if (this.panelsScheduled) this.allPanels = true;
    }, 0));
  }

  private handleCustomerChange(event: Event): void {
    this.customer = (event.target as HTMLSelectElement).value as SymDashboard['customer'];
  }

  private handleEmployeeChange(event: Event): void {
    this.employee = (event.target as HTMLSelectElement).value;
  }

  private clearHighlight(): void {
    this.workspace?.select({ unit: undefined });
  }

  private renderHighlight(state: WorkspaceState) {
    const unit = state.selection.unit;
    if (!unit) return null;
    const t = this.locale.t.filters;
    const facets = state.analysis?.facets as FilterFacets | undefined;
    const name = facets?.units.find((u) => u.id === unit)?.name ?? unit;
    return html`<p part="highlight" role="status">${t.highlighted(name)} <button type="button" @click=${this.clearHighlight}>${t.clearHighlight}</button></p>`;
  }

  protected override render() {
    const t = this.locale.t;
    const lang = this.locale.lang;
    const state = this.workspace;
    if (!state || state.status !== 'ready') return html``;
    const summary = state.summary;
    const employeeMetrics = this.employeeChoices(state);
    return html`
      ${summary ? html`<p part="header">${t.datasetSummary(summary.units, formatNumber(lang, summary.employeeResponses), formatNumber(lang, summary.customerAnswers))}</p>` : null}
      <sym-filter-bar part="filters"></sym-filter-bar>
      ${this.renderHighlight(state)}
      <div part="kpis" aria-busy=${state.pending ? 'true' : 'false'}>${KPI_METRICS.map((metric) => html`<sym-kpi metric=${metric}></sym-kpi>`)}</div>
      <div class="panels" aria-busy=${state.pending ? 'true' : 'false'}>
        <section class="panel wide" aria-labelledby="scatter-title">
          <h2 id="scatter-title">${t.dashboardScatterTitle}</h2>
          <label>${t.employeeAxis}
            <select @change=${this.handleEmployeeChange} .value=${this.employee}>
              ${employeeMetrics.map((m) => html`<option value=${m} ?selected=${m === this.employee}>${t.measureLabel(m)}</option>`)}
            </select>
          </label>
          <label>${t.customerAxis}
            <select @change=${this.handleCustomerChange} .value=${this.customer}>
              ${this.customerChoices(state).map((m) => html`<option value=${m} ?selected=${m === this.customer}>${t.metric[m]}</option>`)}
            </select>
          </label>
          <sym-export-menu filename="scatter"><sym-scatter x=${this.employee} y=${this.customer}></sym-scatter></sym-export-menu>
        </section>
        ${this.allPanels ? this.renderLowerPanels() : nothing}
      </div>
    `;
  }

  private renderLowerPanels() {
    const t = this.locale.t;
    return html`
        <section class="panel" aria-labelledby="lag-title">
          <h2 id="lag-title">${t.dashboardLagTitle}</h2>
          <sym-export-menu filename="lags"><sym-lag-chart employee=${this.employee} customer=${this.customer}></sym-lag-chart></sym-export-menu>
        </section>
        <section class="panel" aria-labelledby="drivers-title">
          <h2 id="drivers-title">${t.dashboardDriversTitle(t.metric[this.customer])}</h2>
          <sym-export-menu filename="drivers"><sym-drivers outcome=${this.customer}></sym-drivers></sym-export-menu>
        </section>
        <section class="panel wide" aria-labelledby="matrix-title">
          <h2 id="matrix-title">${t.dashboardMatrixTitle}</h2>
          <sym-export-menu filename="correlations"><sym-heatmap mode="correlations"></sym-heatmap></sym-export-menu>
        </section>
        <section class="panel wide" aria-labelledby="trend-title">
          <h2 id="trend-title">${t.dashboardTrendTitle}</h2>
          <sym-trend employee=${this.employee} customer=${this.customer}></sym-trend>
        </section>
        <section class="panel wide" aria-labelledby="mirror-title">
          <h2 id="mirror-title">${t.dashboardMirrorTitle}</h2>
          <sym-mirror></sym-mirror>
        </section>
        <section class="panel wide" aria-labelledby="units-title">
          <h2 id="units-title">${t.dashboardUnitsTitle}</h2>
          <sym-unit-table page-size="25"></sym-unit-table>
        </section>
        <section class="panel wide" aria-labelledby="insights-title">
          <h2 id="insights-title">${t.dashboardInsightsTitle}</h2>
          <sym-insights></sym-insights>
        </section>
    `;
  }
}

defineElement('sym-dashboard', SymDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'sym-dashboard': SymDashboard;
  }
}
