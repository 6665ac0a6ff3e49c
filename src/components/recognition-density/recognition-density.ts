import { LitElement, html, css, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { consume } from '@lit/context';
import type { Unit } from '../../model/types.ts';
import type { DensityCell, DensityLinkage } from '../../recognition/density.ts';
import { formatNumber, formatP, formatPeriod } from '../../i18n/format.ts';
import { LocaleController } from '../shared/locale-controller.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import type { WorkspaceState } from '../shared/workspace-context.ts';
import { defineElement } from '../shared/define.ts';
import { recognitionFormStyles } from '../story-composer/recognition-form.styles.ts';
import { densityPeriods, densityRows } from './density-table.ts';

/**
 * @summary Recognition density beside the numbers: published stories, awards and kudos per 10
 * employees of each team and period, and its correlation with eNPS and NPS over teams ×
 * periods (n, Pearson r, 95% CI, p and p adjusted across the two), captioned as a unit-level
 * association, not causation.
 *
 * Inside `<sym-workspace>` the worker computes the density and its correlation with the eNPS
 * and NPS of the workspace's analysis (suppressed cells stay out); the element only renders.
 * Alone, set `.cells` and `.linkage` (`densityLinkage(cells, analysis)` from the recognition API).
 *
 * @csspart base - The element.
 * @csspart correlations - The correlation table and its caption.
 * @csspart caption - The unit-level, not-causation caption.
 * @csspart table - The per-team table.
 * @cssprop --sym-color-surface - Background.
 * @cssprop --sym-color-text - Text colour.
 * @cssprop --sym-color-border - Table rules.
 * @cssprop --sym-color-muted - Captions and undefined values.
 * @cssprop --sym-density-bar - The density bar beside each team's figure.
 */
export class SymRecognitionDensity extends LitElement {
  static override styles = [recognitionFormStyles, css`
    td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; }
    caption { text-align: start; font-weight: 600; padding-bottom: 0.3rem; }
    [part='caption'] { font-size: 0.85rem; color: var(--_muted); font-style: italic; }
    .bar { display: inline-block; height: 0.6rem; margin-inline-start: 0.4rem; background: var(--sym-density-bar, var(--_accent)); border-radius: 2px; vertical-align: middle; }
    .table-wrap { overflow-x: auto; }
  `];

  // Bar widths go through styleMap (CSSOM), which a strict CSP allows, unlike style attributes.
  private readonly locale = new LocaleController(this);

  /** Period of the per-team table; the latest when absent. */
  @property() period?: string;

  /** Density cells when used without a workspace. */
  @property({ attribute: false }) cells?: DensityCell[];

  /** Correlations of `.cells` with eNPS and NPS, when used without a workspace. */
  @property({ attribute: false }) linkage?: DensityLinkage[];

  /** Team names by id; inside a workspace, its units. */
  @property({ attribute: false }) units?: Unit[];

  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace?: WorkspaceState;

  @state() private workspaceCells?: DensityCell[];
  @state() private workspaceLinkage?: DensityLinkage[];
  @state() private workspaceUnits: Unit[] = [];
  @state() private error?: string;

  private loadedFor?: unknown;
  private loads = 0;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    const ws = this.workspace;
    // A new analysis (filter, granularity, import, decision) changes the periods and the counts.
    if (changed.has('workspace') && ws?.client && ws.analysis !== this.loadedFor && ws.status !== 'loading') {
      this.loadedFor = ws.analysis;
      void this.load();
    }
  }

  /** Reloads the density and its linkage from the worker, for the request of the workspace's analysis. */
  async load(): Promise<void> {
    const ws = this.workspace;
    const client = ws?.client;
    if (!client || !ws) return;
    const load = ++this.loads;
    try {
      const [view, units] = await Promise.all([client.api.recognitionDensityView(ws.request), client.api.units()]);
      // An answer for an analysis the workspace has since replaced is dropped.
      if (load !== this.loads) return;
      if (!view.ok) {
        this.error = view.error.message;
        return;
      }
      this.workspaceCells = view.value.cells;
      this.workspaceLinkage = view.value.linkage;
      this.workspaceUnits = units;
      this.error = undefined;
    } catch (error) {
      if (load === this.loads) this.error = error instanceof Error ? error.message : String(error);
    }
  }

  private get shownCells(): DensityCell[] | undefined {
    return this.cells ?? this.workspaceCells;
  }

  // Standalone cells go with standalone linkage only: the worker's linkage is of its own cells.
  private get shownLinkage(): DensityLinkage[] | undefined {
    return this.linkage ?? (this.cells ? undefined : this.workspaceLinkage);
  }

  protected override render() {
    const t = this.locale.t;
    const cells = this.shownCells;
    const loading = !cells && !this.error && (!!this.workspace?.client || this.workspace?.status === 'loading');
    const error = this.error ?? (this.workspace?.status === 'error' && !this.cells ? this.workspace.error?.message : undefined);
    return html`
      <section part="base" aria-labelledby="heading" aria-busy=${loading ? 'true' : 'false'}>
        <h2 id="heading">${t.recognition.densityHeading}</h2>
        <p class="hint">${t.recognition.densityIntro}</p>
        ${error
          ? html`<p class="status" data-kind="error" role="alert">${t.recognition.loadFailed(error)}</p>`
          : loading
            ? html`<p class="muted">${t.loading}</p>`
            : !cells || cells.every((c) => c.stories + c.awards + c.kudos === 0)
              ? html`<p class="muted" data-empty>${t.recognition.densityEmpty}</p>`
              : html`${this.renderCorrelations()}${this.renderTable(cells)}`}
      </section>
    `;
  }

  private renderCorrelations() {
    const t = this.locale.t;
    const lang = this.locale.lang;
    const linkage = this.shownLinkage;
    if (!linkage) return html`<p class="muted" data-no-analysis>${t.recognition.densityNoAnalysis}</p>`;
    const row = (l: DensityLinkage) => {
      const p = l.pearson;
      const label = t.metric[l.metric];
      if (!Number.isFinite(p.r)) {
        return html`<tr data-metric=${l.metric}><th scope="row">${t.recognition.densityWith(label)}</th><td class="num">${formatNumber(lang, p.n)}</td>
          <td colspan="4" class="muted">${t.recognition.densityUndefined(p.n)}</td></tr>`;
      }
      return html`<tr data-metric=${l.metric}>
        <th scope="row">${t.recognition.densityWith(label)}</th>
        <td class="num">${formatNumber(lang, p.n)}</td>
        <td class="num">${formatNumber(lang, p.r, 2, true)}</td>
        <td class="num">${Number.isFinite(p.ci[0]) && Number.isFinite(p.ci[1]) ? t.recognition.densityCiRange(formatNumber(lang, p.ci[0], 2, true), formatNumber(lang, p.ci[1], 2, true)) : '–'}</td>
        <td class="num">${formatP(lang, p.p)}</td>
        <td class="num">${formatP(lang, l.pAdjusted)}</td>
      </tr>`;
    };
    return html`<div part="correlations">
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="correlations-caption"><table>
        <caption id="correlations-caption">${t.recognition.densityCorrelationHeading}</caption>
        <thead><tr>
          <th scope="col"><span class="visually-hidden">${t.recognition.densityCorrelationHeading}</span></th>
          <th scope="col" class="num">${t.recognition.densityPairs}</th><th scope="col" class="num">${t.recognition.densityR}</th>
          <th scope="col" class="num">${t.recognition.densityCi}</th><th scope="col" class="num">p</th><th scope="col" class="num">${t.recognition.densityPAdjusted}</th>
        </tr></thead>
        <tbody>${linkage.map(row)}</tbody>
      </table></div>
      <p part="caption">${t.recognition.densityCaption}</p>
    </div>`;
  }

  private renderTable(cells: DensityCell[]) {
    const t = this.locale.t;
    const lang = this.locale.lang;
    const periods = densityPeriods(cells);
    const period = this.period && periods.includes(this.period) ? this.period : periods[periods.length - 1];
    if (!period) return nothing;
    const rows = densityRows(cells, this.units ?? this.workspaceUnits, period);
    const max = Math.max(0, ...rows.map((r) => (Number.isFinite(r.density) ? r.density : 0)));
    return html`
      ${periods.length > 1
        ? html`<div class="field"><label for="period">${t.recognition.periodLabel}</label>
            <select id="period" @change=${(e: Event) => (this.period = (e.target as HTMLSelectElement).value)}>
              ${periods.map((p) => html`<option value=${p} ?selected=${p === period}>${formatPeriod(lang, p)}</option>`)}
            </select></div>`
        : nothing}
      <div class="table-wrap" part="table" tabindex="0" role="region" aria-labelledby="table-caption">
        <table>
          <caption id="table-caption">${t.recognition.densityTableCaption(formatPeriod(lang, period))}</caption>
          <thead><tr>
            <th scope="col">${t.unit}</th><th scope="col" class="num">${t.recognition.densityStories}</th><th scope="col" class="num">${t.recognition.densityAwards}</th>
            <th scope="col" class="num">${t.recognition.densityKudos}</th><th scope="col" class="num">${t.recognition.densityHeadcount}</th><th scope="col" class="num">${t.recognition.densityPer10}</th>
          </tr></thead>
          <tbody>${rows.map((r) => html`<tr data-unit=${r.unit}>
            <th scope="row">${r.name}</th>
            <td class="num">${formatNumber(lang, r.stories)}</td><td class="num">${formatNumber(lang, r.awards)}</td><td class="num">${formatNumber(lang, r.kudos)}</td>
            <td class="num">${formatNumber(lang, r.headcount)}</td>
            <td class="num">${formatNumber(lang, r.density, 1)}${Number.isFinite(r.density) && max > 0
              ? html`<span class="bar" aria-hidden="true" style=${styleMap({ width: `${(3 * r.density) / max}rem` })}></span>`
              : nothing}</td>
          </tr>`)}</tbody>
        </table>
      </div>`;
  }
}

defineElement('sym-recognition-density', SymRecognitionDensity);

declare global {
  interface HTMLElementTagNameMap {
    'sym-recognition-density': SymRecognitionDensity;
  }
}
