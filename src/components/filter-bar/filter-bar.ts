import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { AnalysisFilter, FilterFacets } from '../../analytics/filters.ts';
import { formatPeriod } from '../../i18n/format.ts';
import { LocaleController } from '../shared/locale-controller.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import type { WorkspaceState } from '../shared/workspace-context.ts';
import { defineElement } from '../shared/define.ts';
import { SymFilterChangeEvent } from './filter-change-event.ts';
import { activeFilterCount, choosePeriod, chooseUnit, chooseValue, unitChoices } from './filter-model.ts';
import { filterBarStyles } from './filter-bar.styles.ts';

const LEVEL_KEYS = { region: ['region', 'allRegions'], site: ['site', 'allSites'], team: ['team', 'allTeams'] } as const;

/**
 * @summary Filters for every view of a workspace: period range, unit (region > site > team),
 * customer segment and channel, and a reset. Employee figures are never recounted on a filter:
 * it only chooses which protected cells are shown (see `AnalyzeOptions.filter`).
 *
 * Inside a `<sym-workspace>` it reads the values present in the data and the active filter from
 * the workspace and re-runs its analysis; alone, set `.facets` and `.filter` and listen to
 * `sym-filter-change`.
 *
 * @fires sym-filter-change - The user changed a filter; `detail.filter` is the whole new filter.
 * @csspart base - The bar (a search landmark).
 * @csspart reset - The reset button.
 * @cssproperty --sym-filter-bar-background - Bar background.
 * @cssproperty --sym-color-border - Border colour.
 * @cssproperty --sym-color-focus - Focus ring colour.
 * @cssproperty --sym-color-muted - Colour of the privacy note.
 */
export class SymFilterBar extends LitElement {
  static override styles = filterBarStyles;

  private readonly locale = new LocaleController(this);

  /** Values each filter can take, when used outside a `<sym-workspace>`. */
  @property({ attribute: false }) facets?: FilterFacets;

  /** The active filter, when used outside a `<sym-workspace>`. */
  @property({ attribute: false }) filter: AnalysisFilter = {};

  /** Shows the heading "Filters" (off when the page already labels the bar). */
  @property({ type: Boolean, attribute: 'no-heading' }) noHeading = false;

  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace?: WorkspaceState;

  private get currentFacets(): FilterFacets | undefined {
    return this.facets ?? (this.workspace?.analysis?.facets as FilterFacets | undefined);
  }

  private get currentFilter(): AnalysisFilter {
    return (this.workspace?.filter as AnalysisFilter | undefined) ?? this.filter;
  }

  private apply(next: AnalysisFilter): void {
    this.filter = next;
    // An enclosing <sym-workspace> hears this and calls its `setFilter`.
    this.dispatchEvent(new SymFilterChangeEvent(next));
  }

  private handlePeriod(bound: 'periodFrom' | 'periodTo', event: Event): void {
    const axis = this.currentFacets?.periods ?? [];
    this.apply(choosePeriod(this.currentFilter, bound, (event.target as HTMLSelectElement).value, axis));
  }

  private handleUnit(depth: number, event: Event): void {
    this.apply(chooseUnit(this.currentFilter, this.currentFacets?.units ?? [], depth, (event.target as HTMLSelectElement).value));
  }

  private handleValue(key: 'segment' | 'channel', event: Event): void {
    this.apply(chooseValue(this.currentFilter, key, (event.target as HTMLSelectElement).value));
  }

  private handleReset(event: Event): void {
    event.preventDefault();
    this.apply({});
  }

  protected override render() {
    const t = this.locale.t.filters;
    const lang = this.locale.lang;
    const facets = this.currentFacets;
    const filter = this.currentFilter;
    if (!facets) return html`<div part="base" aria-busy="true"><p class="status" role="status">${this.locale.t.loading}</p></div>`;
    const axis = facets.periods;
    const from = filter.periodFrom ?? axis[0] ?? '';
    const to = filter.periodTo ?? axis[axis.length - 1] ?? '';
    const pending = this.workspace?.pending ?? false;
    const periodOptions = (selected: string) => axis.map((p) => html`<option value=${p} ?selected=${p === selected}>${formatPeriod(lang, p)}</option>`);
    return html`
      <form part="base" role="search" aria-labelledby=${this.noHeading ? nothing : 'filters-title'} aria-label=${this.noHeading ? t.title : nothing} @submit=${(e: Event) => e.preventDefault()} @reset=${this.handleReset}>
        ${this.noHeading ? nothing : html`<h2 id="filters-title">${t.title}</h2>`}
        <label>${t.periodFrom}
          <select name="periodFrom" .value=${from} @change=${(e: Event) => this.handlePeriod('periodFrom', e)}>${periodOptions(from)}</select>
        </label>
        <label>${t.periodTo}
          <select name="periodTo" .value=${to} @change=${(e: Event) => this.handlePeriod('periodTo', e)}>${periodOptions(to)}</select>
        </label>
        ${facets.units.length > 0 ? this.renderUnits(facets, filter) : nothing}
        ${facets.segments.length > 0 ? html`<label>${t.segment}
          <select name="segment" .value=${filter.segment?.[0] ?? ''} @change=${(e: Event) => this.handleValue('segment', e)}>
            <option value="" ?selected=${!filter.segment?.length}>${t.allSegments}</option>
            ${facets.segments.map((s) => html`<option value=${s} ?selected=${filter.segment?.[0] === s}>${s}</option>`)}
          </select></label>` : nothing}
        ${facets.channels.length > 0 ? html`<label>${t.channel}
          <select name="channel" .value=${filter.channel?.[0] ?? ''} @change=${(e: Event) => this.handleValue('channel', e)}>
            <option value="" ?selected=${!filter.channel?.length}>${t.allChannels}</option>
            ${facets.channels.map((c) => html`<option value=${c} ?selected=${filter.channel?.[0] === c}>${t.channelName(c)}</option>`)}
          </select></label>` : nothing}
        <button part="reset" type="reset">${t.reset}</button>
        <p class="status" role="status" aria-live="polite">${pending ? t.updating : t.active(activeFilterCount(filter))}</p>
        <p class="note">${t.privacyNote}</p>
      </form>
    `;
  }

  private renderUnits(facets: FilterFacets, filter: AnalysisFilter) {
    const t = this.locale.t.filters;
    const choices = unitChoices(facets.units, filter.units?.[0]);
    return html`<fieldset>
      <legend>${t.units}</legend>
      ${choices.map((choice) => {
        const [labelKey, allKey] = LEVEL_KEYS[choice.level as keyof typeof LEVEL_KEYS] ?? ['units', 'allTeams'];
        return html`<label>${t[labelKey]}
          <select name=${`unit-${choice.depth}`} .value=${choice.value} @change=${(e: Event) => this.handleUnit(choice.depth, e)}>
            <option value="" ?selected=${choice.value === ''}>${t[allKey]}</option>
            ${choice.options.map((u) => html`<option value=${u.id} ?selected=${u.id === choice.value}>${u.name}</option>`)}
          </select>
        </label>`;
      })}
    </fieldset>`;
  }
}

defineElement('sym-filter-bar', SymFilterBar);

declare global {
  interface HTMLElementTagNameMap {
    'sym-filter-bar': SymFilterBar;
  }
}

export { SymFilterChangeEvent };
