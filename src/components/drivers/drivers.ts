import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { repeat } from 'lit/directives/repeat.js';
import { consume } from '@lit/context';
import { max, scaleLinear } from 'd3';
import { LocaleController } from '../shared/locale-controller.ts';
import { OwnTaskElement } from '../shared/own-task.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import { driversFromAnalysis } from '../shared/analysis-view.ts';
import type { WorkspaceState } from '../shared/workspace-context.ts';
import { formatNumber, formatPercent } from '../../i18n/format.ts';
import { defineElement } from '../shared/define.ts';
import type { Driver, DriversData } from './drivers.types.ts';
import { driversStyles } from './drivers.styles.ts';
import { placeholder, tableToggle } from '../shared/placeholders.ts';

/** A driver placed as a bar: its rank, label and width in percent of the track. */
interface PlacedDriver extends Driver {
  name: string;
  rank: number;
  width: number;
}

/**
 * @summary Key drivers of an outcome: horizontal bars of Johnson's relative weights (percent of
 * R², summing to 100) sorted from largest, each with its plain correlation as signed text
 * ("r = +0.31"); negative correlations also get a striped bar. R² is stated in the caption. When
 * there are too few units the analysis is refused in words and no bar is drawn. Arrow keys move
 * between drivers.
 *
 * @csspart figure - The bars and caption.
 * @csspart bars - The group of bars.
 * @csspart caption - The text summary.
 * @csspart refusal - The sentence explaining why no analysis is shown.
 * @csspart table - The data table.
 * @cssproperty --sym-drivers-bar-color - Bar colour for a driver correlated positively with the outcome.
 * @cssproperty --sym-drivers-negative-color - Striped bar colour for a negatively correlated driver.
 * @cssproperty --sym-drivers-track-color - Bar track background.
 * @cssproperty --sym-color-text - Text colour.
 * @cssproperty --sym-color-muted - Secondary text.
 * @cssproperty --sym-color-grid - Rules of the data table.
 * @cssproperty --sym-color-surface - Button background.
 * @cssproperty --sym-color-border - Borders.
 * @cssproperty --sym-color-focus - Focus ring colour.
 */
export class SymDrivers extends OwnTaskElement {
  static override styles = driversStyles;

  private readonly locale = new LocaleController(this);

  /** Customer outcome whose drivers are drawn inside a workspace. */
  @property() outcome = 'nps';

  /** Key-driver results to draw; when absent, the enclosing workspace's results. */
  @property({ attribute: false }) data?: DriversData;

  /** The enclosing `<sym-workspace>`'s state, when there is one. */
  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace?: WorkspaceState;

  @state() private focusIndex = 0;
  @state() private showTable = false;

  private placed: PlacedDriver[] = [];

  private get view(): DriversData | undefined {
    const analysis = this.workspace?.analysis;
    return this.data ?? (analysis ? driversFromAnalysis(analysis, this.outcome) : undefined);
  }

  override willUpdate(): void {
    const view = this.view;
    const t = this.locale.t;
    const drivers = view && !view.refused ? [...view.drivers].sort((a, b) => b.rescaled - a.rescaled) : [];
    // The largest weight spans the track, so small differences between the top drivers stay visible.
    const width = scaleLinear().domain([0, max(drivers, (d) => d.rescaled) || 1]).range([0, 100]).clamp(true);
    this.placed = drivers.map((d, i) => ({ ...d, name: d.label ?? t.measureLabel(d.id), rank: i + 1, width: width(Math.max(0, d.rescaled)) }));
    this.focusIndex = Math.min(this.focusIndex, Math.max(0, this.placed.length - 1));
  }

  private handleKeydown(event: KeyboardEvent): void {
    const last = this.placed.length - 1;
    if (last < 0) return;
    const moves: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1, Home: -Infinity, End: Infinity };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const step = moves[event.key]!;
    const next = Number.isFinite(step) ? this.focusIndex + step : step < 0 ? 0 : last;
    this.focusIndex = Math.max(0, Math.min(last, next));
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>(`.bar-row[data-index="${this.focusIndex}"]`)?.focus());
  }

  protected override render() {
    const t = this.locale.t;
    const view = this.view;
    if (!view) {
      return placeholder(this.workspace?.status === 'loading', t, t.driversEmpty);
    }
    const outcome = view.outcomeLabel ?? t.measureLabel(view.outcome);
    if (view.refused) {
      return html`<section aria-label=${t.driversLabel(outcome)}>
        <p class="refusal" part="refusal">${t.driversRefused(view.refused.n, view.refused.needed)}</p>
      </section>`;
    }
    if (this.placed.length === 0) return html`<p class="muted">${t.driversEmpty}</p>`;
    return html`
      <figure part="figure">
        ${this.renderBars(outcome)}
        <figcaption part="caption">
          ${this.summary(view, outcome)}
          <span class="note">${t.driversMethod}</span>
          <span class="caveat">${t.unitLevelCaveat}</span>
        </figcaption>
      </figure>
      ${tableToggle(this.showTable, () => (this.showTable = !this.showTable), t)}
      ${this.showTable ? this.renderTable() : nothing}
    `;
  }

  private summary(view: DriversData, outcome: string): string {
    const t = this.locale.t;
    const lang = this.locale.lang;
    const top = this.placed[0];
    return t.driversSummary({
      outcome,
      rSquared: formatNumber(lang, view.rSquared, 2),
      n: view.n,
      top: top && { label: top.name, share: formatPercent(lang, top.rescaled, 0) },
    });
  }

  private renderBars(outcome: string) {
    const t = this.locale.t;
    const lang = this.locale.lang;
    return html`
      <div class="bars" part="bars" role="group" aria-label=${t.driversLabel(outcome)} @keydown=${this.handleKeydown}>
        ${repeat(this.placed, (d) => d.id, (d, i) => {
          const share = formatPercent(lang, d.rescaled, 1);
          const r = formatNumber(lang, d.r, 2, true);
          return html`<div class="bar-row" data-index=${i} data-sign=${d.r < 0 ? 'negative' : 'positive'}
            role="img" tabindex=${i === this.focusIndex ? 0 : -1} aria-label=${t.driverBar({ label: d.name, share, r, rank: d.rank })}
            @focus=${() => (this.focusIndex = i)}>
            <span class="label">${d.name}</span>
            <span class="track"><span class="bar" style=${styleMap({ '--_width': `${d.width}%` })}></span></span>
            <span class="numbers">${share}<span class="r">r = ${r}</span></span>
          </div>`;
        })}
      </div>
    `;
  }

  private renderTable() {
    const t = this.locale.t;
    const lang = this.locale.lang;
    return html`
      <table part="table">
        <caption>${t.dataTable}</caption>
        <thead><tr>
          <th scope="col">${t.driverHeading}</th><th scope="col">${t.relativeWeightHeading}</th>
          <th scope="col">${t.rawWeightHeading}</th><th scope="col">${t.correlationHeading}</th>
        </tr></thead>
        <tbody>
          ${this.placed.map((d) => html`<tr>
            <th scope="row">${d.name}</th>
            <td>${formatPercent(lang, d.rescaled, 1)}</td>
            <td>${formatNumber(lang, d.rawWeight, 3)}</td>
            <td>${formatNumber(lang, d.r, 2, true)}</td>
          </tr>`)}
        </tbody>
      </table>
    `;
  }
}

defineElement('sym-drivers', SymDrivers);

declare global {
  interface HTMLElementTagNameMap {
    'sym-drivers': SymDrivers;
  }
}
