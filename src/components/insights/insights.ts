import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { LocaleController } from '../shared/locale-controller.ts';
import { OwnTaskElement } from '../shared/own-task.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import { insightsFromAnalysis } from '../shared/analysis-view.ts';
import type { WorkspaceState } from '../shared/workspace-context.ts';
import { formatNumber, formatP, formatPercent } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/translation.ts';
import { defineElement } from '../shared/define.ts';
import type { InsightsAreaStrings } from '../../i18n/areas/insights.ts';
import type { Insight, InsightsData } from './insights.types.ts';
import { DEFAULT_INSIGHT_LIMIT, orderInsights, showInsights } from './insights-order.ts';
import { insightsStyles } from './insights.styles.ts';
import { placeholder } from '../shared/placeholders.ts';

/** "p = 0.002", or "p < 0.001" below a thousandth (never "p = < 0.001"). */
function pClause(lang: Lang, p: number): string {
  const text = formatP(lang, p);
  return text.startsWith('<') ? `p ${text}` : `p = ${text}`;
}

/**
 * @summary The plain-language insights: one sentence per finding with its n, effect size and
 * 95% CI, strength and whether it survives Benjamini–Hochberg adjustment (non-significant
 * findings are listed and said to be so, never hidden), each followed by the "unit-level
 * association, not causation" caveat. A "How is this computed?" disclosure explains Pearson r,
 * the Fisher-z interval, the adjustment, the thresholds and the ICC(1)/ICC(2) reliability.
 *
 * The most useful come first, grouped under headings: significant linkages and lags (by the
 * CI bound nearest zero), key drivers, quadrants, reliability, then the non-significant effects
 * and the findings without an estimate. Only the first `limit` are shown until "Show all"; the
 * shortened list says how many it leaves out and how many of those are not significant.
 *
 * @csspart base - The whole list and disclosure.
 * @csspart list - A list of insights (one per group).
 * @csspart heading - A group heading.
 * @csspart toggle - The "Show all" / "Show fewer" button.
 * @csspart method - The "How is this computed?" disclosure.
 * @cssproperty --sym-insights-background - Background of an insight.
 * @cssproperty --sym-insights-significant-color - Accent and badge colour of a significant insight.
 * @cssproperty --sym-color-text - Text colour.
 * @cssproperty --sym-color-muted - Secondary text and the badge of a non-significant insight.
 * @cssproperty --sym-color-surface - Default background of an insight.
 * @cssproperty --sym-color-border - Borders.
 * @cssproperty --sym-color-grid - Rules of the reliability table.
 * @cssproperty --sym-color-focus - Focus ring colour.
 * @cssproperty --sym-radius - Corner radius of insights and the toggle button.
 */
export class SymInsights extends OwnTaskElement {
  static override styles = insightsStyles;

  private readonly locale = new LocaleController(this);

  /** Insights to state. */
  @property({ attribute: false }) data?: InsightsData;

  /** How many insights to show before "Show all"; 0 shows them all. */
  @property({ type: Number }) limit = DEFAULT_INSIGHT_LIMIT;

  /** The enclosing `<sym-workspace>`'s state, when there is one. */
  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace?: WorkspaceState;

  @state() private expanded = false;

  /** Ordering is cached per insights array: workspace updates (selection, pending) keep it. */
  private ordered?: { source: readonly Insight[]; insights: Insight[] };

  private get view(): InsightsData | undefined {
    const analysis = this.workspace?.analysis;
    return this.data ?? (analysis ? insightsFromAnalysis(analysis) : undefined);
  }

  private orderedInsights(view: InsightsData): Insight[] {
    if (this.ordered?.source !== view.insights) this.ordered = { source: view.insights, insights: orderInsights(view.insights) };
    return this.ordered.insights;
  }

  /** This area's strings, picked by language until they join the main catalog. */
  private get strings(): InsightsAreaStrings {
    return this.locale.t.insights;
  }

  private toggle(): void {
    // The button stays the same element in both states, so focus stays on it.
    this.expanded = !this.expanded;
  }

  protected override render() {
    const t = this.locale.t;
    const view = this.view;
    if (!view) {
      return placeholder(this.workspace?.status === 'loading', t, t.insightsEmpty);
    }
    return html`
      <section part="base" aria-label=${t.insightsLabel}>
        ${view.insights.length === 0 ? html`<p class="muted">${t.insightsEmpty}</p>` : this.renderList(view)}
        ${this.renderMethod(view)}
      </section>
    `;
  }

  private renderList(view: InsightsData) {
    const a = this.strings;
    const ordered = this.orderedInsights(view);
    const shown = showInsights(ordered, this.expanded ? 0 : this.limit);
    const collapsible = showInsights(ordered, this.limit).hidden > 0;
    return html`
      <div id="insights-list" class="groups">
        ${shown.groups.map((group) => html`
          ${shown.grouped ? html`<h3 part="heading" class="group-heading">${a.sectionHeading[group.section]}</h3>` : nothing}
          <ol part="list">${group.insights.map((insight) => this.renderInsight(view, insight))}</ol>`)}
      </div>
      ${shown.hidden > 0 ? html`<p class="more muted">${a.notShown(shown.hidden, shown.hiddenNotSignificant)}</p>` : nothing}
      ${collapsible
        ? html`<button type="button" part="toggle" class="toggle" aria-controls="insights-list" aria-expanded=${this.expanded ? 'true' : 'false'}
            @click=${this.toggle}>${this.expanded ? a.showFewer : a.showAll(shown.total)}</button>`
        : nothing}
    `;
  }

  private renderInsight(view: InsightsData, insight: Insight) {
    const t = this.locale.t;
    const estimable = Number.isFinite(insight.effect.r);
    return html`<li class="insight" ?data-significant=${estimable && insight.significant} data-kind=${insight.kind}>
      ${estimable ? html`<span class="badge">${insight.significant ? t.significantBadge : t.notSignificantBadge}</span>` : nothing}
      <p class="sentence">${this.sentence(view, insight)}</p>
      <p class="caveat">${t.unitLevelCaveat}</p>
    </li>`;
  }

  /** The finding in words: an effect with n, CI and adjusted p; or reliability; or why there is no estimate. */
  private sentence(view: InsightsData, insight: Insight): string {
    const t = this.locale.t;
    const lang = this.locale.lang;
    const employee = t.measureLabel(insight.employee);
    const customer = insight.customer === null ? undefined : t.measureLabel(insight.customer);
    if (insight.reliability) {
      const { icc1, icc2, reliable } = insight.reliability;
      return t.insightReliability({ metric: employee, icc1: formatNumber(lang, icc1, 2), icc2: formatNumber(lang, icc2, 2), reliable });
    }
    if (!Number.isFinite(insight.effect.r) || customer === undefined) return t.insightNoEstimate({ kind: insight.kind, employee, customer });
    const [lo, hi] = insight.effect.ci;
    const sentence = t.insightSentence({
      kind: insight.kind,
      employee,
      customer,
      direction: insight.direction,
      lag: insight.lag,
      unitKind: view.unitKind ?? 'unit',
      granularity: view.granularity ?? 'period',
      r: formatNumber(lang, insight.effect.r, 2),
      ci: Number.isFinite(lo) && Number.isFinite(hi) ? { lo: formatNumber(lang, lo, 2), hi: formatNumber(lang, hi, 2) } : undefined,
      n: formatNumber(lang, insight.n),
      strength: insight.strength,
      significant: insight.significant,
      p: pClause(lang, insight.pAdjusted),
      driver: insight.driver && { share: formatPercent(lang, insight.driver.rescaled, 0), rSquared: formatNumber(lang, insight.driver.rSquared, 2) },
    });
    return insight.quadrants ? `${sentence} ${t.insightQuadrantCounts(insight.quadrants)}` : sentence;
  }

  private renderMethod(view: InsightsData) {
    const t = this.locale.t;
    const lang = this.locale.lang;
    const reliability = view.reliability ?? [];
    return html`
      <details part="method">
        <summary>${t.howComputed}</summary>
        <p>${t.methodPearson}</p>
        <p>${t.methodFisher}</p>
        <p>${t.methodBh}</p>
        <p>${t.methodStrength}</p>
        ${view.thresholds ? html`<p>${t.methodThresholds(view.thresholds.minEmployees, view.thresholds.minCustomers)}</p>` : nothing}
        <p>${t.unitLevelCaveat}</p>
        ${reliability.length > 0 ? html`
          <h3>${t.reliabilityHeading}</h3>
          <p>${t.reliabilityIntro}</p>
          <table>
            <thead><tr><th scope="col">${t.metricHeading}</th><th scope="col">${t.icc1Heading}</th><th scope="col">${t.icc2Heading}</th></tr></thead>
            <tbody>
              ${reliability.map((m) => html`<tr>
                <th scope="row">${t.measureLabel(m.metric)}</th>
                <td>${formatNumber(lang, m.icc1, 2)}</td>
                <td>${formatNumber(lang, m.icc2, 2)}</td>
              </tr>`)}
            </tbody>
          </table>` : nothing}
      </details>
    `;
  }
}

defineElement('sym-insights', SymInsights);

declare global {
  interface HTMLElementTagNameMap {
    'sym-insights': SymInsights;
  }
}
