import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { createAnalyticsClient } from '../../worker/client.ts';
import type { AnalyticsClient } from '../../worker/client.ts';
import { changeChannelName } from '../../worker/change-channel.ts';
import type { AnalysisRequest } from '../../worker/analytics-api.ts';
import type { AnalysisResult } from '../../analytics/analyze.ts';
import type { AnalysisFilter, FilterFacets } from '../../analytics/filters.ts';
import { isFiltering } from '../../analytics/filters.ts';
import { unpackPeriods } from '../../analytics/packed-result.ts';
import { numberFormat } from '../../i18n/format.ts';
import { DEFAULT_DB_NAME } from '../../store/database-name.ts';
import { LocaleController } from '../shared/locale-controller.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import type { WorkspaceSelection, WorkspaceState } from '../shared/workspace-context.ts';
import { SymDataChangeEvent, SymSelectEvent } from '../shared/events.ts';
import type { SymFilterChangeEvent } from '../filter-bar/filter-change-event.ts';
import { isInSubtrees } from '../filter-bar/filter-model.ts';
import { defineElement } from '../shared/define.ts';

/**
 * @summary Owns one local workspace: its IndexedDB database, its analytics worker and the active
 * selection, and provides them to every `sym-*` element inside it.
 *
 * @slot - The views of this workspace.
 * @csspart status - The loading, empty or error message.
 * @cssproperty --sym-color-text - Text colour.
 * @event sym-data-change - Fresh analysis results are available.
 * @event sym-filter-change - Listened to: any element inside (such as `<sym-filter-bar>`) asks for a new filter (`detail.filter`); the analysis re-runs.
 */
export class SymWorkspace extends LitElement {
  static override styles = css`
    :host { display: block; color: var(--sym-color-text, #1f2328); font-family: var(--sym-font-family, system-ui, sans-serif); }
    [part='status'] { padding: var(--sym-space-m, 1rem); }
    [part='status'][data-kind='error'] { color: var(--sym-color-danger, #b42318); }
  `;

  private readonly locale = new LocaleController(this);

  /** IndexedDB database name: two workspaces with different names never share data. */
  @property() database = DEFAULT_DB_NAME;

  /** Loads the built-in sample dataset when the workspace is empty. */
  @property({ type: Boolean }) sample = false;

  /** Period granularity of the analysis. */
  @property() granularity: 'month' | 'quarter' | 'year' = 'quarter';

  /** Anonymity floor: employee metrics of smaller groups are hidden. */
  @property({ attribute: 'min-employees', type: Number }) minEmployees = 5;

  /** Reliability floor for customer metrics. */
  @property({ attribute: 'min-customers', type: Number }) minCustomers = 10;

  /** Largest lag, in periods, of the lagged correlations. */
  @property({ type: Number }) lag = 2;

  /** Runs the analytics in-thread instead of in a worker (for environments without module workers). */
  @property({ attribute: 'in-thread', type: Boolean }) inThread = false;

  @provide({ context: workspaceContext })
  @state()
  state: WorkspaceState = this.makeState({ status: 'loading' });

  /** Quiet time before a filter change re-runs the analysis, in ms. */
  @property({ attribute: 'filter-delay', type: Number }) filterDelay = 150;

  private client?: AnalyticsClient;
  private channel?: BroadcastChannel;
  private generation = 0;
  /** The latest analysis request (as JSON): an answer to another request is stale. */
  private latestRequest = '';
  /** Number of the last refresh whose answer was shown: older answers never replace newer ones. */
  private shownTicket = 0;
  private tickets = 0;
  /** The summary right after this element stored the sample: its own change notice is no news. */
  private sampleLoad?: Promise<string | undefined>;
  private filterTimer?: ReturnType<typeof setTimeout>;
  private filter: AnalysisFilter = {};

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('sym-select', this.handleSelect);
    this.addEventListener('sym-filter-change', this.handleFilterChange);
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('sym-select', this.handleSelect);
    this.removeEventListener('sym-filter-change', this.handleFilterChange);
    clearTimeout(this.filterTimer);
    this.channel?.close();
    this.client?.dispose();
    this.client = undefined;
    this.generation++;
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    const analysisInputs = ['granularity', 'minEmployees', 'minCustomers', 'lag'];
    if (this.client && analysisInputs.some((p) => changed.has(p) && changed.get(p) !== undefined)) void this.refresh();
  }

  private makeState(partial: Partial<WorkspaceState>): WorkspaceState {
    const base: Pick<WorkspaceState, 'status' | 'request' | 'selection' | 'filter' | 'pending' | 'revision'> = this.state ?? { status: 'loading', request: this.request, selection: {}, filter: {}, pending: false, revision: 0 };
    return {
      ...base,
      ...partial,
      select: (selection) => this.select(selection),
      setFilter: (filter) => this.setFilter(filter),
      refresh: () => this.refresh(),
    } as WorkspaceState;
  }

  private get request(): AnalysisRequest {
    const request: AnalysisRequest = { granularity: this.granularity, minEmployees: this.minEmployees, minCustomers: this.minCustomers, lag: this.lag };
    return isFiltering(this.filter) ? { ...request, filter: this.filter } : request;
  }

  private async start(): Promise<void> {
    const generation = ++this.generation;
    try {
      const client = await createAnalyticsClient(this.database, { inThread: this.inThread });
      performance.mark('sym-workspace:client-created');
      if (generation !== this.generation) return client.dispose();
      this.client = client;
      this.channel = new BroadcastChannel(changeChannelName(this.database));
      // Another view or tab changed the data: follow it without a reload.
      this.channel.addEventListener('message', () => void this.handleDataChanged());
      this.state = this.makeState({ client, status: 'loading' });
      this.warmUpFormats();
      if (this.sample) {
        const load = client.api.loadSample({ onlyIfEmpty: true });
        this.sampleLoad = load.then((result) => (result.ok ? JSON.stringify(result.value) : undefined));
        const loaded = await load;
        if (!loaded.ok) return this.fail(loaded.error.message);
        performance.mark('sym-workspace:sample-loaded');
      }
      await this.refresh();
    } catch (error) {
      this.fail(error instanceof Error ? error.message : String(error));
    }
  }

  private fail(message: string): void {
    this.state = this.makeState({ status: 'error', error: { message, code: 'internal' } });
    this.dispatchEvent(new SymDataChangeEvent('error'));
  }

  /**
   * The first Intl.NumberFormat of a page loads ICU data (~50 ms here): do it while the worker
   * computes, so it does not lengthen the first render.
   */
  private warmUpFormats(): void {
    const warm = () => {
      numberFormat(this.locale.lang, { minimumFractionDigits: 0, maximumFractionDigits: 0, signDisplay: 'auto' }).format(1);
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 500 });
    else setTimeout(warm, 0);
  }

  /** Re-runs the analysis with the current thresholds and filter and publishes it; stale answers are dropped. */
  async refresh(): Promise<void> {
    const client = this.client;
    if (!client) return;
    clearTimeout(this.filterTimer);
    const generation = this.generation;
    const ticket = ++this.tickets;
    const request = this.request;
    const key = JSON.stringify(request);
    this.latestRequest = key;
    if (this.state.status === 'ready' && !this.state.pending) this.state = this.makeState({ pending: true });
    const [summary, analysis] = await Promise.all([client.api.summary(), client.api.analyze(request, { pack: true })]);
    performance.mark('sym-workspace:analysis-received');
    // Render in a task of its own, not in the one that received (and deserialised) the result.
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Dropped: answers to a request the user has since changed (filters), or overtaken by a newer answer.
    if (generation !== this.generation || key !== this.latestRequest || ticket < this.shownTicket) return;
    this.shownTicket = ticket;
    if (!summary.ok && summary.error.code === 'empty') {
      this.state = this.makeState({ status: 'empty', summary: undefined, analysis: undefined, request, pending: false });
    } else if (!analysis.ok) {
      this.state = this.makeState({ status: 'error', error: analysis.error, request, pending: false });
    } else {
      this.state = this.makeState({
        status: 'ready',
        summary: summary.ok ? summary.value : undefined,
        analysis: unpackPeriods(analysis.value),
        error: undefined,
        request,
        pending: false,
      });
    }
    this.dispatchEvent(new SymDataChangeEvent(this.state.status));
  }

  /**
   * Another view, tab or the worker wrote (this element's own sample load included): views that
   * read stored records reload; re-analyse, unless it is the notice of this element's own sample load.
   */
  private async handleDataChanged(): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.state = this.makeState({ revision: this.state.revision + 1 });
    if (this.sampleLoad) {
      const loaded = await this.sampleLoad;
      this.sampleLoad = undefined;
      const now = await client.api.summary();
      if (loaded !== undefined && now.ok && JSON.stringify(now.value) === loaded) return;
    }
    await this.refresh();
  }

  private select(selection: WorkspaceSelection): void {
    this.state = this.makeState({ selection: { ...this.state.selection, ...selection } });
  }

  /** Replaces the filter at once in the state (so pickers follow) and re-analyses after a quiet time. */
  setFilter(filter: AnalysisFilter): void {
    this.filter = { ...filter };
    const units = filter.units ?? [];
    const selected = this.state.selection.unit;
    // A highlighted unit outside the new subtrees would point at nothing.
    const outside = selected !== undefined && units.length > 0 && !isInSubtrees((this.state.analysis?.facets as FilterFacets | undefined)?.units ?? [], selected, units);
    const selection = outside ? { ...this.state.selection, unit: undefined } : this.state.selection;
    this.state = this.makeState({ filter: this.filter, selection, pending: this.state.status === 'ready' });
    clearTimeout(this.filterTimer);
    this.filterTimer = setTimeout(() => void this.refresh(), this.filterDelay);
  }

  private handleSelect = (event: SymSelectEvent): void => {
    if (event.target !== this) this.select(event.detail);
  };

  private handleFilterChange = (event: SymFilterChangeEvent): void => {
    if (event.target !== this) this.setFilter(event.detail.filter);
  };

  protected override render() {
    const t = this.locale.t;
    const { status, error } = this.state;
    return html`
      ${status === 'loading'
        ? html`<p part="status" role="status">${this.sample ? t.loadingSample : t.loading}</p>`
        : status === 'empty'
          ? html`<p part="status" role="status">${t.emptyWorkspace}</p>`
          : status === 'error'
            ? html`<p part="status" data-kind="error" role="alert">${t.errorPrefix} ${error?.message}</p>`
            : null}
      <slot></slot>
    `;
  }
}

defineElement('sym-workspace', SymWorkspace);

declare global {
  interface HTMLElementTagNameMap {
    'sym-workspace': SymWorkspace;
  }
}

export { SymSelectEvent };
export type { AnalysisResult };
