import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { createAnalyticsClient } from '../../worker/client.ts';
import type { AnalyticsClient } from '../../worker/client.ts';
import { changeChannelName } from '../../worker/change-channel.ts';
import type { AnalysisRequest } from '../../worker/analytics-api.ts';
import type { AnalysisResult } from '../../analytics/analyze.ts';
import { DEFAULT_DB_NAME } from '../../store/database-name.ts';
import { LocaleController } from '../shared/locale-controller.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import type { WorkspaceSelection, WorkspaceState } from '../shared/workspace-context.ts';
import { SymDataChangeEvent, SymSelectEvent } from '../shared/events.ts';
import { defineElement } from '../shared/define.ts';

/**
 * @summary Owns one local workspace: its IndexedDB database, its analytics worker and the active
 * selection, and provides them to every `sym-*` element inside it.
 *
 * @slot - The views of this workspace.
 * @csspart status - The loading, empty or error message.
 * @cssproperty --sym-color-text - Text colour.
 * @event sym-data-change - Fresh analysis results are available.
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

  private client?: AnalyticsClient;
  private channel?: BroadcastChannel;
  private generation = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('sym-select', this.handleSelect);
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('sym-select', this.handleSelect);
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
    const base: Pick<WorkspaceState, 'status' | 'request' | 'selection'> = this.state ?? { status: 'loading', request: this.request, selection: {} };
    return {
      ...base,
      ...partial,
      select: (selection) => this.select(selection),
      refresh: () => this.refresh(),
    } as WorkspaceState;
  }

  private get request(): AnalysisRequest {
    return { granularity: this.granularity, minEmployees: this.minEmployees, minCustomers: this.minCustomers, lag: this.lag };
  }

  private async start(): Promise<void> {
    const generation = ++this.generation;
    try {
      const client = await createAnalyticsClient(this.database, { inThread: this.inThread });
      if (generation !== this.generation) return client.dispose();
      this.client = client;
      this.channel = new BroadcastChannel(changeChannelName(this.database));
      // Another view or tab changed the data: follow it without a reload.
      this.channel.addEventListener('message', () => void this.refresh());
      this.state = this.makeState({ client, status: 'loading' });
      if (this.sample) {
        const loaded = await client.api.loadSample({ onlyIfEmpty: true });
        if (!loaded.ok) return this.fail(loaded.error.message);
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

  /** Re-runs the analysis with the current thresholds and publishes it. */
  async refresh(): Promise<void> {
    const client = this.client;
    if (!client) return;
    const generation = this.generation;
    const [summary, analysis] = await Promise.all([client.api.summary(), client.api.analyze(this.request)]);
    if (generation !== this.generation) return;
    if (!summary.ok && summary.error.code === 'empty') {
      this.state = this.makeState({ status: 'empty', summary: undefined, analysis: undefined, request: this.request });
    } else if (!analysis.ok) {
      this.state = this.makeState({ status: 'error', error: analysis.error, request: this.request });
    } else {
      this.state = this.makeState({
        status: 'ready',
        summary: summary.ok ? summary.value : undefined,
        analysis: analysis.value,
        error: undefined,
        request: this.request,
      });
    }
    this.dispatchEvent(new SymDataChangeEvent(this.state.status));
  }

  private select(selection: WorkspaceSelection): void {
    this.state = this.makeState({ selection: { ...this.state.selection, ...selection } });
  }

  private handleSelect = (event: SymSelectEvent): void => {
    if (event.target !== this) this.select(event.detail);
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
