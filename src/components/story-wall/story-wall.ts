import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { consume } from '@lit/context';
import { LocaleController } from '../shared/locale-controller.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import type { WorkspaceState } from '../shared/workspace-context.ts';
import { defineElement } from '../shared/define.ts';
import type { AnalysisResult } from '../../analytics/analyze.ts';
import type { PeriodGranularity, Story } from '../../model/types.ts';
import { parseStoryFeed } from '../../recognition/story-feed.ts';
import type { FeedProblem, PublishedStory } from '../../recognition/story-feed.ts';
import type { RecognitionDisplayStrings } from '../../i18n/areas/recognition-display.ts';
import { formatPeriod } from '../../i18n/format.ts';
import '../story-card/story-card.ts';
import { filterChoices, filterStories } from './story-wall-filter.ts';
import type { StoryWallFilter } from './story-wall-filter.ts';
import { storyWallStyles } from './story-wall.styles.ts';

/** Fired when the user changes a filter of the wall (the wall's own, not the workspace's analysis filter). */
export class SymStoryFilterChangeEvent extends CustomEvent<StoryWallFilter> {
  constructor(filter: StoryWallFilter) {
    super('sym-story-filter-change', { detail: filter, bubbles: true, composed: true });
  }
}

/** Problems listed in full before "… and n more". */
const SHOWN_PROBLEMS = 8;

type LoadError = { kind: 'fetch'; detail: string } | { kind: 'invalid'; problems: FeedProblem[] };

/**
 * @summary Published recognition stories as a grid or an accessible carousel (WAI-ARIA APG
 * carousel: rotation, previous and next controls first; the slides' live region is off while
 * they rotate). Rotation pauses on hover and while focus is inside, and never starts by itself
 * when the reader prefers reduced motion. Filters by unit, value and period. Stories come from
 * the `stories` property, a JSON export at `src` (validated; problems are listed), or the
 * enclosing `<sym-workspace>`.
 *
 * @fires sym-story-filter-change - A filter of the wall changed. `detail`: `{ unit?, value?, period? }`.
 *   Not `sym-filter-change`: that one filters the workspace's analysis.
 * @csspart filters - The filter controls.
 * @csspart grid - The grid of cards.
 * @csspart carousel - The carousel.
 * @csspart controls - The carousel's buttons.
 * @csspart error - The loading or validation error.
 * @cssproperty --sym-story-wall-min-card - Smallest card width in the grid.
 * @cssproperty --sym-story-wall-gap - Space between cards.
 * @cssproperty --sym-story-wall-error-background - Background of the error box.
 * @cssproperty --sym-color-text - Text colour.
 * @cssproperty --sym-color-muted - Secondary text.
 * @cssproperty --sym-color-border - Control borders.
 * @cssproperty --sym-color-surface - Control background.
 * @cssproperty --sym-color-focus - Focus ring colour.
 * @cssproperty --sym-color-negative - Error border.
 */
export class SymStoryWall extends LitElement {
  static override styles = storyWallStyles;

  private readonly locale = new LocaleController(this);

  /** Stories to show (only published ones are); takes precedence over `src` and the workspace. */
  @property({ attribute: false }) stories?: readonly Story[];

  /** URL of a story export (`symmetry-insights-stories`, version 1), e.g. on a public page. */
  @property() src?: string;

  /** Grid of cards or one story at a time. */
  @property({ reflect: true }) mode: 'grid' | 'carousel' = 'grid';

  /** Milliseconds between slides while the carousel rotates. */
  @property({ type: Number }) interval = 7000;

  /** How story dates are grouped for the period filter. */
  @property() granularity: PeriodGranularity = 'quarter';

  /** Unit id filter. */
  @property() unit = '';

  /** Value filter. */
  @property() value = '';

  /** Period filter (e.g. `2025-Q3`). */
  @property() period = '';

  /** Shows each card's share buttons (image, HTML snippet). */
  @property({ type: Boolean }) shareable = false;

  /** Display names of units, when the stories do not carry them. */
  @property({ attribute: false }) units?: readonly { id: string; name: string }[];

  /** Analysis for the linked metrics' values on the cards; the workspace's when absent. */
  @property({ attribute: false }) analysis?: AnalysisResult;

  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace?: WorkspaceState;

  @state() private loaded?: readonly Story[];
  @state() private loading = false;
  @state() private error?: LoadError;
  @state() private index = 0;
  /** The reader's choice: rotate or not. Starts off when reduced motion is preferred. */
  @state() private rotating = true;
  @state() private hovered = false;
  @state() private focusedInside = false;

  private reducedMotion?: MediaQueryList;
  private timer?: ReturnType<typeof setInterval>;
  private request?: AbortController;
  private workspaceKey?: unknown;

  private readonly onMotionChange = (event: MediaQueryListEvent) => {
    if (event.matches) this.rotating = false;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
    if (this.reducedMotion.matches) this.rotating = false;
    this.reducedMotion.addEventListener?.('change', this.onMotionChange);
    // Back in the document after a move: resume where the reader left it.
    if (this.hasUpdated) this.syncTimer();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.reducedMotion?.removeEventListener?.('change', this.onMotionChange);
    this.stopTimer();
    this.request?.abort();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('src') && !this.stories) void this.loadFeed();
    if (changed.has('workspace') && !this.stories && !this.src) void this.loadFromWorkspace();
    if (changed.has('unit') || changed.has('value') || changed.has('period') || changed.has('stories')) this.index = 0;
    if (changed.has('interval')) this.stopTimer();
  }

  override updated(): void {
    this.syncTimer();
  }

  /** Published stories from the property, the feed or the workspace. */
  private get published(): Story[] {
    const source = this.stories ?? this.loaded ?? [];
    return source.filter((s) => s.status === 'published');
  }

  private get shown(): Story[] {
    return filterStories(this.published, { unit: this.unit, value: this.value, period: this.period }, this.granularity);
  }

  private get strings(): RecognitionDisplayStrings {
    return this.locale.t.recognitionDisplay;
  }

  private unitName = (id: string): string => {
    const fromFeed = (this.stories ?? this.loaded ?? []).find((s) => s.unit === id && (s as PublishedStory).unitName) as PublishedStory | undefined;
    return this.units?.find((u) => u.id === id)?.name
      ?? fromFeed?.unitName
      ?? (this.analysis ?? this.workspace?.analysis)?.units.find((u) => u.unit === id)?.name
      ?? id;
  };

  private async loadFeed(): Promise<void> {
    this.request?.abort();
    this.loaded = undefined;
    this.error = undefined;
    if (!this.src) return;
    const request = new AbortController();
    this.request = request;
    this.loading = true;
    try {
      const response = await fetch(this.src, { signal: request.signal, credentials: 'omit' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const result = parseStoryFeed(await response.text());
      if (request.signal.aborted) return;
      if (result.ok) this.loaded = result.feed.stories;
      else this.error = { kind: 'invalid', problems: result.problems };
    } catch (error) {
      if (request.signal.aborted) return;
      this.error = { kind: 'fetch', detail: error instanceof Error ? error.message : String(error) };
    } finally {
      if (this.request === request) this.loading = false;
    }
  }

  private async loadFromWorkspace(): Promise<void> {
    const workspace = this.workspace;
    const client = workspace?.client;
    // Reload when the workspace's data changes (new analysis after an import), not on every selection.
    const key = workspace?.analysis ?? workspace?.summary;
    if (!client || workspace.status !== 'ready' || (this.workspaceKey === key && this.loaded)) return;
    this.workspaceKey = key;
    this.loading = true;
    try {
      const stories = await client.api.stories();
      this.loaded = stories.filter((s) => s.status === 'published');
    } catch (error) {
      this.error = { kind: 'fetch', detail: error instanceof Error ? error.message : String(error) };
    } finally {
      this.loading = false;
    }
  }

  /** Whether the carousel advances by itself right now. */
  private get autoRotating(): boolean {
    return this.mode === 'carousel' && this.rotating && !this.hovered && !this.focusedInside && this.shown.length > 1;
  }

  private syncTimer(): void {
    if (this.autoRotating && !this.timer) {
      this.timer = setInterval(() => this.step(1), Math.max(1000, this.interval));
    } else if (!this.autoRotating) {
      this.stopTimer();
    }
  }

  private stopTimer(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  private step(delta: number): void {
    const count = this.shown.length;
    if (count === 0) return;
    this.index = (((this.index + delta) % count) + count) % count;
  }

  private setFilter(key: keyof StoryWallFilter, value: string): void {
    this[key] = value;
    this.dispatchEvent(new SymStoryFilterChangeEvent({ unit: this.unit || undefined, value: this.value || undefined, period: this.period || undefined }));
  }

  private clearFilters(): void {
    this.unit = '';
    this.value = '';
    this.period = '';
    this.dispatchEvent(new SymStoryFilterChangeEvent({}));
  }

  private handleFocusIn(event: FocusEvent): void {
    // Focus on the rotation control itself does not pause: the reader is about to choose.
    const target = event.composedPath()[0] as Element | undefined;
    this.focusedInside = !target?.classList?.contains('rotation');
  }

  private handleFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (!next || !this.shadowRoot!.contains(next)) this.focusedInside = false;
  }

  protected override render() {
    const strings = this.strings;
    if (this.error) return this.renderError(this.error);
    if (this.loading && !this.loaded) return html`<p class="muted" aria-busy="true">${strings.loadingStories}</p>`;
    if (!this.stories && !this.loaded && this.workspace?.status === 'loading') return html`<p class="muted" aria-busy="true">${strings.loadingStories}</p>`;
    const published = this.published;
    if (published.length === 0) return html`<p class="muted">${strings.wallEmpty}</p>`;
    const shown = this.shown;
    return html`
      ${this.renderFilters(published, shown.length)}
      ${shown.length === 0
        ? html`<p class="muted">${strings.wallNoMatch}</p>`
        : this.mode === 'carousel' ? this.renderCarousel(shown) : this.renderGrid(shown)}
    `;
  }

  private renderError(error: LoadError) {
    const strings = this.strings;
    if (error.kind === 'fetch') return html`<div class="error" part="error" role="alert"><p>${strings.feedFetchFailed(error.detail)}</p></div>`;
    const shown = error.problems.slice(0, SHOWN_PROBLEMS);
    const more = error.problems.length - shown.length;
    return html`<div class="error" part="error" role="alert">
      <p>${strings.feedInvalid}</p>
      <ul>${shown.map((p) => html`<li>${strings.feedProblem(p.code, p.path, p.detail)}</li>`)}</ul>
      ${more > 0 ? html`<span>${strings.moreProblems(more)}</span>` : nothing}
    </div>`;
  }

  private renderFilters(published: Story[], shownCount: number) {
    const strings = this.strings;
    const lang = this.locale.lang;
    const choices = filterChoices(published, this.granularity, this.unitName);
    const valueLabel = (v: string) => (Object.prototype.hasOwnProperty.call(strings.valueLabel, v) ? strings.valueLabel[v] as string : v);
    const select = (key: keyof StoryWallFilter, label: string, options: { value: string; label: string }[]) => html`
      <label>${label}
        <select data-filter=${key} @change=${(e: Event) => this.setFilter(key, (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!this[key]}>${strings.all}</option>
          ${options.map((o) => html`<option value=${o.value} ?selected=${this[key] === o.value}>${o.label}</option>`)}
        </select>
      </label>`;
    const filtered = Boolean(this.unit || this.value || this.period);
    return html`<div class="filters" part="filters" role="group" aria-label=${strings.filters}>
      ${select('unit', strings.filterUnit, choices.units.map((u) => ({ value: u.id, label: u.name })))}
      ${select('value', strings.filterValue, choices.values.map((v) => ({ value: v, label: valueLabel(v) })))}
      ${select('period', strings.filterPeriod, choices.periods.map((p) => ({ value: p, label: formatPeriod(lang, p) })))}
      ${filtered ? html`<button type="button" class="clear" @click=${this.clearFilters}>${strings.clearFilters}</button>` : nothing}
      <p class="count" role="status">${strings.storyCount(shownCount, published.length)}</p>
    </div>`;
  }

  private renderCard(story: Story) {
    return html`<sym-story-card ?compact=${!this.shareable} heading-level="3" .story=${story} .analysis=${this.analysis ?? this.workspace?.analysis}
      unit-name=${this.unitName(story.unit)}></sym-story-card>`;
  }

  private renderGrid(shown: Story[]) {
    return html`<ul class="grid" part="grid" aria-label=${this.strings.wallLabel}>
      ${repeat(shown, (s) => s.id, (s) => html`<li>${this.renderCard(s)}</li>`)}
    </ul>`;
  }

  private renderCarousel(shown: Story[]) {
    const strings = this.strings;
    const index = Math.min(this.index, shown.length - 1);
    const story = shown[index] as Story;
    const auto = this.autoRotating;
    return html`<section class="carousel" part="carousel" aria-roledescription="carousel" aria-label=${strings.wallLabel}
      @mouseenter=${() => (this.hovered = true)} @mouseleave=${() => (this.hovered = false)}
      @focusin=${this.handleFocusIn} @focusout=${this.handleFocusOut}>
      <div class="controls" part="controls">
        <button type="button" class="rotation" @click=${() => (this.rotating = !this.rotating)}>
          <span aria-hidden="true">${this.rotating ? '❚❚' : '▶'}</span><span class="visually-hidden">${this.rotating ? strings.pause : strings.play}</span>
        </button>
        <button type="button" class="previous" aria-controls="slides" @click=${() => this.step(-1)}>
          <span aria-hidden="true">‹</span><span class="visually-hidden">${strings.previous}</span>
        </button>
        <button type="button" class="next" aria-controls="slides" @click=${() => this.step(1)}>
          <span aria-hidden="true">›</span><span class="visually-hidden">${strings.next}</span>
        </button>
        <span class="position" aria-hidden="true">${strings.slideLabel(index + 1, shown.length)}</span>
      </div>
      <div id="slides" class="slides" aria-live=${auto ? 'off' : 'polite'} aria-atomic="false">
        ${repeat([story], (s) => s.id, (s) => html`<div class="slide" role="group" aria-roledescription="slide"
          aria-label=${strings.slideLabel(index + 1, shown.length)} data-id=${s.id}>${this.renderCard(s)}</div>`)}
      </div>
    </section>`;
  }
}

defineElement('sym-story-wall', SymStoryWall);

declare global {
  interface HTMLElementTagNameMap {
    'sym-story-wall': SymStoryWall;
  }
  interface GlobalEventHandlersEventMap {
    'sym-story-filter-change': SymStoryFilterChangeEvent;
  }
}
