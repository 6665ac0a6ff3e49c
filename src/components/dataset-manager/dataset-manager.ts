import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { consume } from '@lit/context';
import type { ErrorData } from '../../worker/api-types.ts';
import { changeChannelName } from '../../worker/change-channel.ts';
import type { AnalyticsClient } from '../../worker/client.ts';
import type { CsvTable, ExportedFile } from '../../worker/dataset-methods.ts';
import type { ErasureLogEntry } from '../../store/erasure.ts';
import { DEFAULT_DB_NAME } from '../../store/database-name.ts';
import { SAMPLE_DATASET_NAME } from '../../model/sample-dataset-name.ts';
import { numberFormat } from '../../i18n/format.ts';
import { LocaleController } from '../shared/locale-controller.ts';
import { StoredDataController } from '../shared/stored-data-controller.ts';
import { workspaceContext, type WorkspaceState } from '../shared/workspace-context.ts';
import { defineElement } from '../shared/define.ts';
import {
  csvTables, datasetFacts, datasetView, erasureLogRows, erasureSentence, errorSentence, focusAfterDelete, nameProblem, problemSentence,
  type DatasetView,
} from './dataset-manager-model.ts';
import { datasetManagerStyles } from './dataset-manager.styles.ts';
import { SymDatasetChangeEvent } from './dataset-manager.types.ts';

type SubjectKind = 'respondent' | 'customer';

/** A failed request: its headline and its problems as sentences. */
interface Failure {
  message: string;
  problems: string[];
  total: number;
}

/** The erasure form: filled in, then confirmed in a second step. */
interface ErasureForm {
  kind: SubjectKind;
  id: string;
  names: string;
  step: 'form' | 'confirm';
  idProblem?: string;
}

const EMPTY_ERASURE: ErasureForm = { kind: 'respondent', id: '', names: '', step: 'form' };

/**
 * @summary Manages the data stored in the browser: lists the datasets (kind, source file, import
 * date, rows, encoding) with Rename, Delete and Export as CSV; erases one respondent or customer
 * everywhere (GDPR) after a confirm step, with a log that keeps when and how much but never who;
 * exports the whole workspace as a JSON bundle and restores one, listing every problem of a file
 * it refuses. Every destructive step asks for confirmation inside the element. The list follows
 * changes made by other views and tabs.
 *
 * Inside `<sym-workspace>` it uses the workspace's client and change channel; elsewhere, give it
 * a `client` (and the `database` name, so that it hears about changes).
 *
 * @fires sym-dataset-change - A dataset was renamed or deleted, a person erased or a bundle restored; `detail` is `{ action, id? }`.
 * @csspart dataset - One dataset of the list.
 * @csspart confirm - An inline confirmation step (delete, erase, restore).
 * @csspart status - The polite status line.
 * @csspart error - A failed request: its sentence and problems (role=alert).
 * @csspart erasure-result - What an erasure changed.
 * @csspart erasure-log - The table of past erasures.
 * @cssproperty --sym-color-text - Text colour.
 * @cssproperty --sym-color-muted - Secondary text.
 * @cssproperty --sym-color-surface - Background of the dataset cards and controls.
 * @cssproperty --sym-color-border - Borders.
 * @cssproperty --sym-color-accent - Primary buttons.
 * @cssproperty --sym-color-on-accent - Text on the accent colour.
 * @cssproperty --sym-color-danger - Destructive buttons, errors, confirmation steps.
 * @cssproperty --sym-color-on-danger - Text on the danger colour.
 * @cssproperty --sym-color-success - Results.
 * @cssproperty --sym-color-focus - Focus ring colour.
 */
export class SymDatasetManager extends LitElement {
  static override styles = datasetManagerStyles;

  private readonly locale = new LocaleController(this);

  /** Analytics client to manage; when absent, the enclosing workspace's. */
  @property({ attribute: false }) client?: AnalyticsClient;

  /** Database whose change channel to follow when used standalone (with `client`, outside a workspace). */
  @property() database?: string;

  /** The enclosing `<sym-workspace>`'s state, when there is one. */
  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace?: WorkspaceState;

  /** The stored datasets, newest first; `undefined` until the first answer. */
  @state() private datasets?: DatasetView[];
  @state() private log: ErasureLogEntry[] = [];
  @state() private busy = false;
  @state() private status: { text: string; kind: 'info' | 'success' } = { text: '', kind: 'info' };
  @state() private failure?: Failure;
  @state() private renaming?: { id: string; value: string; problem?: string };
  @state() private confirmingDelete?: string;
  @state() private erasure: ErasureForm = { ...EMPTY_ERASURE };
  @state() private erasureResult?: string;
  @state() private restoreFile?: File;
  @state() private csvTable: CsvTable = 'units';

  private loadedClient?: AnalyticsClient;
  private channel?: BroadcastChannel;
  private channelName?: string;
  /** Number of the latest list request: older answers are dropped. */
  private generation = 0;
  private latest: Promise<void> = Promise.resolve();

  private get activeClient(): AnalyticsClient | undefined {
    return this.client ?? this.workspace?.client;
  }

  // Lifecycle

  constructor() {
    super();
    // Inside a workspace, the list is read again when the workspace's stored data changes.
    new StoredDataController(this, () => this.reload());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Standalone and moved back into the page: read the list afresh and listen again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.channel?.close();
    this.channel = undefined;
    this.channelName = undefined;
    this.loadedClient = undefined;
  }

  protected override updated(): void {
    // Standalone (a `client` and no workspace): this element follows the data itself.
    if (this.workspace !== undefined || this.client === undefined) return;
    if (this.client !== this.loadedClient) {
      this.loadedClient = this.client;
      void this.reload();
    }
    this.listen();
  }

  /** Follows the database's change channel, so that imports and other tabs refresh the list. */
  private listen(): void {
    const name = changeChannelName(this.database ?? DEFAULT_DB_NAME);
    if (name === this.channelName || typeof BroadcastChannel === 'undefined') return;
    this.channel?.close();
    this.channelName = name;
    this.channel = new BroadcastChannel(name);
    this.channel.addEventListener('message', () => void this.reload());
  }

  /**
   * Reads the datasets and the erasure log again. An answer overtaken by a newer request is
   * dropped, and its caller waits for the newer one, so that what follows sees the latest list.
   */
  /** A dataset's name; the sample's in the page's language while it keeps its stored name. */
  private nameOf(dataset: { name: string; sourceFile: string }): string {
    const sample = dataset.name === SAMPLE_DATASET_NAME && dataset.sourceFile.startsWith('sample:');
    return sample ? this.locale.t.storage.manager.sampleName : dataset.name;
  }

  async reload(): Promise<void> {
    const client = this.activeClient;
    if (client === undefined) return;
    const generation = ++this.generation;
    const request = this.read(client, generation);
    this.latest = request;
    let current = request;
    await current;
    while (this.latest !== current) {
      current = this.latest;
      await current;
    }
  }

  private async read(client: AnalyticsClient, generation: number): Promise<void> {
    try {
      const [records, log] = await Promise.all([client.api.datasets(), client.api.erasureLog()]);
      if (generation !== this.generation) return;
      this.datasets = records.map(datasetView);
      this.log = log.ok ? log.value : [];
      const tables = csvTables(this.datasets);
      if (!tables.includes(this.csvTable)) this.csvTable = tables[0] as CsvTable;
    } catch (error) {
      if (generation !== this.generation) return;
      this.datasets ??= [];
      this.fail({ message: error instanceof Error ? error.message : String(error), code: 'internal' });
    }
  }

  // Event handlers

  private startRename(dataset: DatasetView): void {
    this.confirmingDelete = undefined;
    this.renaming = { id: dataset.id, value: this.nameOf(dataset) };
    void this.moveFocus('#rename-input', true);
  }

  private cancelRename(): void {
    const id = this.renaming?.id;
    this.renaming = undefined;
    if (id !== undefined) void this.focusDatasetButton(id, 'rename');
  }

  private async saveRename(event: Event): Promise<void> {
    event.preventDefault();
    const renaming = this.renaming;
    const client = this.activeClient;
    if (renaming === undefined || client === undefined || this.busy) return;
    const problem = nameProblem(this.locale.t, this.locale.lang, renaming.value);
    if (problem !== undefined) {
      this.renaming = { ...renaming, problem };
      await this.moveFocus('#rename-input');
      return;
    }
    const result = await this.run(() => client.api.renameDataset(renaming.id, renaming.value));
    if (!result) return this.moveFocus('#rename-input');
    this.renaming = undefined;
    this.say(this.locale.t.storage.manager.renamed(result.name), 'success');
    this.dispatchEvent(new SymDatasetChangeEvent({ action: 'rename', id: renaming.id }));
    await this.reload();
    await this.focusDatasetButton(renaming.id, 'rename');
  }

  private startDelete(id: string): void {
    this.renaming = undefined;
    this.confirmingDelete = id;
    // Cancel first: a stray Enter must not delete.
    void this.moveFocus(`[part="confirm"][data-id="${CSS.escape(id)}"] [data-action="cancel"]`);
  }

  private cancelDelete(): void {
    const id = this.confirmingDelete;
    this.confirmingDelete = undefined;
    if (id !== undefined) void this.focusDatasetButton(id, 'delete');
  }

  private async confirmDelete(dataset: DatasetView): Promise<void> {
    const client = this.activeClient;
    if (client === undefined || this.busy) return;
    const ids = (this.datasets ?? []).map((d) => d.id);
    const result = await this.run(() => client.api.deleteDataset(dataset.id));
    this.confirmingDelete = undefined;
    if (!result) return;
    this.say(this.locale.t.storage.deleted(this.nameOf(result)), 'success');
    this.dispatchEvent(new SymDatasetChangeEvent({ action: 'delete', id: dataset.id }));
    await this.reload();
    const next = focusAfterDelete(ids, dataset.id);
    if (next !== undefined && this.datasets?.some((d) => d.id === next)) await this.focusDatasetButton(next, 'rename');
    else await this.moveFocus('#datasets-heading');
  }

  private async exportCsv(table: CsvTable): Promise<void> {
    const client = this.activeClient;
    if (client === undefined || this.busy) return;
    const file = await this.run(() => client.api.exportTableCsv(table, this.locale.lang));
    if (file) this.download(file);
  }

  private async exportDatasetCsv(id: string): Promise<void> {
    const client = this.activeClient;
    if (client === undefined || this.busy) return;
    const file = await this.run(() => client.api.exportDatasetCsv(id, this.locale.lang));
    if (file) this.download(file);
  }

  private async exportBundle(): Promise<void> {
    const client = this.activeClient;
    if (client === undefined || this.busy) return;
    const file = await this.run(() => client.api.exportBundle());
    if (file) this.download(file);
  }

  /** Offers a file as a download through a short-lived Blob URL. */
  private download(file: ExportedFile): void {
    const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.fileName;
    link.hidden = true;
    this.shadowRoot?.append(link);
    link.click();
    link.remove();
    // Revoked later: some browsers read the URL after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.say(this.locale.t.storage.manager.exported(file.fileName), 'success');
  }

  private chooseRestore(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file === undefined) return;
    this.failure = undefined;
    this.restoreFile = file;
    void this.moveFocus('[part="confirm"][data-for="restore"] [data-action="cancel"]');
  }

  private cancelRestore(): void {
    this.restoreFile = undefined;
    const input = this.shadowRoot?.querySelector<HTMLInputElement>('#restore-file');
    if (input) input.value = '';
    void this.moveFocus('#restore-file');
  }

  private async confirmRestore(): Promise<void> {
    const client = this.activeClient;
    const file = this.restoreFile;
    if (client === undefined || file === undefined || this.busy) return;
    const text = await file.text();
    const summary = await this.run(() => client.api.restoreBundle(text, file.name));
    this.restoreFile = undefined;
    const input = this.shadowRoot?.querySelector<HTMLInputElement>('#restore-file');
    if (input) input.value = '';
    if (!summary) {
      await this.moveFocus('[part="error"] [data-focus]');
      return;
    }
    const m = this.locale.t.storage.manager;
    const n = (value: number) => numberFormat(this.locale.lang).format(value);
    this.say(`${this.locale.t.storage.restored} ${m.restoredSummary(n(summary.datasets.length), n(summary.employeeResponses), n(summary.customerAnswers))}`, 'success');
    this.dispatchEvent(new SymDatasetChangeEvent({ action: 'restore' }));
    await this.reload();
    await this.moveFocus('#datasets-heading');
  }

  private reviewErasure(event: Event): void {
    event.preventDefault();
    this.erasureResult = undefined;
    if (this.erasure.id.trim() === '') {
      this.erasure = { ...this.erasure, idProblem: this.locale.t.storage.erasure.idRequired };
      void this.moveFocus('#erasure-id');
      return;
    }
    this.erasure = { ...this.erasure, step: 'confirm', idProblem: undefined };
    void this.moveFocus('[part="confirm"][data-for="erasure"] [data-action="cancel"]');
  }

  private cancelErasure(): void {
    this.erasure = { ...this.erasure, step: 'form' };
    void this.moveFocus('#erasure-id');
  }

  private async confirmErasure(): Promise<void> {
    const client = this.activeClient;
    if (client === undefined || this.busy) return;
    const { kind, id, names } = this.erasure;
    const list = names.split(/\r?\n/).map((name) => name.trim()).filter((name) => name !== '');
    const counts = await this.run(() => client.api.eraseSubject({ kind, id: id.trim(), ...(list.length > 0 ? { names: list } : {}) }));
    if (!counts) {
      this.erasure = { ...this.erasure, step: 'form' };
      return;
    }
    // The id and names are cleared at once: the form should not keep who was erased.
    this.erasure = { ...EMPTY_ERASURE, kind };
    this.erasureResult = erasureSentence(this.locale.t, this.locale.lang, counts);
    this.dispatchEvent(new SymDatasetChangeEvent({ action: 'erase' }));
    await this.moveFocus('[part="erasure-result"]');
    await this.reload();
  }

  private handleEscape(event: KeyboardEvent, cancel: () => void): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    cancel();
  }

  /**
   * Runs a request with the busy state; a failure is shown and gives `undefined`. Export buttons
   * are only aria-disabled meanwhile: a disabled button would drop the keyboard focus.
   */
  private async run<T>(request: () => Promise<{ ok: true; value: T } | { ok: false; error: ErrorData }>): Promise<T | undefined> {
    this.busy = true;
    this.failure = undefined;
    this.say(this.locale.t.storage.manager.working, 'info');
    try {
      const result = await request();
      if (result.ok) {
        this.say('', 'info');
        return result.value;
      }
      this.fail(result.error);
    } catch (error) {
      this.fail({ message: error instanceof Error ? error.message : String(error), code: 'internal' });
    } finally {
      this.busy = false;
    }
    return undefined;
  }

  private fail(error: ErrorData): void {
    const t = this.locale.t;
    const problems = (error.problems ?? []).map((problem) => problemSentence(t, problem));
    this.say('', 'info');
    this.failure = { message: errorSentence(t, this.locale.lang, error), problems, total: error.totalProblems ?? problems.length };
  }

  private say(text: string, kind: 'info' | 'success'): void {
    this.status = { text, kind };
  }

  /** Moves focus after the next render, so keyboard and screen-reader users land where the change happened. */
  private async moveFocus(selector: string, select = false): Promise<void> {
    await this.updateComplete;
    const target = this.shadowRoot?.querySelector<HTMLElement>(selector);
    target?.focus();
    if (select && target instanceof HTMLInputElement) target.select();
  }

  private focusDatasetButton(id: string, action: 'rename' | 'delete'): Promise<void> {
    return this.moveFocus(`[part="dataset"][data-id="${CSS.escape(id)}"] [data-action="${action}"]`);
  }

  // Rendering

  protected override render() {
    const t = this.locale.t;
    const m = t.storage.manager;
    const client = this.activeClient;
    return html`
      <h2>${t.storage.title}</h2>
      <p class="muted">${m.intro}</p>
      ${client === undefined && this.workspace?.status !== 'loading' ? html`<p role="alert" class="muted">${m.noClient}</p>` : nothing}
      <p part="status" role="status" data-kind=${this.status.kind} ?data-empty=${this.status.text === ''}>${this.status.text}</p>
      ${this.failure ? this.renderFailure(this.failure) : nothing}
      ${this.renderDatasets()}
      ${this.renderCsv()}
      ${this.renderBackup()}
      ${this.renderErasure()}
    `;
  }

  private renderFailure(failure: Failure) {
    const m = this.locale.t.storage.manager;
    return html`
      <div part="error" role="alert">
        <p tabindex="-1" data-focus>${failure.message}</p>
        ${failure.problems.length > 0 ? html`
          ${failure.problems.length < failure.total ? html`<p>${m.problemsCount(failure.problems.length, numberFormat(this.locale.lang).format(failure.total))}</p>` : nothing}
          <ol aria-label=${m.problemsHeading}>${failure.problems.map((p) => html`<li>${p}</li>`)}</ol>` : nothing}
      </div>
    `;
  }

  private renderDatasets() {
    const t = this.locale.t;
    const datasets = this.datasets;
    return html`
      <section aria-labelledby="datasets-heading">
        <h3 id="datasets-heading" tabindex="-1">${t.storage.datasets}</h3>
        ${datasets === undefined
          ? (this.activeClient ? html`<p class="muted">${t.storage.manager.loading}</p>` : nothing)
          : datasets.length === 0
            ? html`<p class="muted">${t.storage.manager.empty}</p>`
            : html`<ul class="datasets">${repeat(datasets, (d) => d.id, (d) => this.renderDataset(d))}</ul>`}
      </section>
    `;
  }

  private renderDataset(dataset: DatasetView) {
    const t = this.locale.t;
    const m = t.storage.manager;
    const renaming = this.renaming?.id === dataset.id ? this.renaming : undefined;
    const confirming = this.confirmingDelete === dataset.id;
    return html`
      <li part="dataset" data-id=${dataset.id}>
        ${renaming ? this.renderRename(renaming) : html`<h4>${this.nameOf(dataset)}</h4>`}
        <dl>${datasetFacts(t, this.locale.lang, dataset).map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`)}</dl>
        ${renaming || confirming ? nothing : html`
          <div class="actions">
            <button type="button" data-action="rename" aria-label=${m.renameNamed(this.nameOf(dataset))} ?disabled=${this.busy}
              @click=${() => this.startRename(dataset)}>${t.storage.rename}</button>
            <button type="button" data-action="delete" aria-label=${m.deleteNamed(this.nameOf(dataset))} ?disabled=${this.busy}
              @click=${() => this.startDelete(dataset.id)}>${t.storage.deleteDataset}</button>
            <button type="button" data-action="export" aria-label=${m.exportCsvNamed(this.nameOf(dataset))} aria-disabled=${this.busy ? 'true' : 'false'}
              @click=${() => void this.exportDatasetCsv(dataset.id)}>${t.storage.exportCsv}</button>
          </div>`}
        ${confirming ? html`
          <div part="confirm" role="group" data-id=${dataset.id} aria-labelledby="confirm-delete-question"
            @keydown=${(e: KeyboardEvent) => this.handleEscape(e, () => this.cancelDelete())}>
            <p id="confirm-delete-question">${t.storage.confirmDelete(this.nameOf(dataset))}</p>
            <div class="actions">
              <button type="button" class="danger" data-action="confirm" ?disabled=${this.busy}
                @click=${() => void this.confirmDelete(dataset)}>${m.confirmDeleteButton}</button>
              <button type="button" data-action="cancel" @click=${() => this.cancelDelete()}>${m.cancel}</button>
            </div>
          </div>` : nothing}
      </li>
    `;
  }

  private renderRename(renaming: { id: string; value: string; problem?: string }) {
    const t = this.locale.t;
    return html`
      <form class="rename" novalidate @submit=${(e: Event) => void this.saveRename(e)}
        @keydown=${(e: KeyboardEvent) => this.handleEscape(e, () => this.cancelRename())}>
        <label for="rename-input">${t.storage.renameLabel}</label>
        <input id="rename-input" type="text" .value=${renaming.value} aria-invalid=${renaming.problem ? 'true' : 'false'}
          aria-describedby=${renaming.problem ? 'rename-problem' : nothing} ?disabled=${this.busy}
          @input=${(e: Event) => (this.renaming = { id: renaming.id, value: (e.target as HTMLInputElement).value })} />
        <button type="submit" class="primary" ?disabled=${this.busy}>${t.storage.manager.save}</button>
        <button type="button" @click=${() => this.cancelRename()}>${t.storage.manager.cancel}</button>
        ${renaming.problem ? html`<p id="rename-problem" class="invalid">${renaming.problem}</p>` : nothing}
      </form>
    `;
  }

  private renderCsv() {
    const t = this.locale.t;
    const m = t.storage.manager;
    if (this.datasets === undefined || this.datasets.length === 0) return nothing;
    return html`
      <section aria-labelledby="csv-heading">
        <h3 id="csv-heading">${m.csvHeading}</h3>
        <div class="actions">
          <label for="csv-table">${m.csvTableLabel}</label>
          <select id="csv-table" @change=${(e: Event) => (this.csvTable = (e.target as HTMLSelectElement).value as CsvTable)}>
            ${csvTables(this.datasets).map((table) => html`<option value=${table} ?selected=${table === this.csvTable}>${t.storage.csvTables[table]}</option>`)}
          </select>
          <button type="button" data-action="export-table" ?disabled=${this.activeClient === undefined} aria-disabled=${this.busy ? 'true' : 'false'}
            @click=${() => void this.exportCsv(this.csvTable)}>${t.storage.exportCsv}</button>
        </div>
      </section>
    `;
  }

  private renderBackup() {
    const t = this.locale.t;
    const m = t.storage.manager;
    const disabled = this.busy || this.activeClient === undefined;
    return html`
      <section aria-labelledby="backup-heading">
        <h3 id="backup-heading">${m.backupHeading}</h3>
        <p class="muted">${m.backupHint}</p>
        <div class="actions">
          <button type="button" data-action="export-bundle" ?disabled=${this.activeClient === undefined || !this.datasets?.length}
            aria-disabled=${this.busy ? 'true' : 'false'}
            @click=${() => void this.exportBundle()}>${t.storage.exportBundle}</button>
        </div>
        <h4>${t.storage.restoreBundle}</h4>
        <div class="field">
          <label for="restore-file">${m.restoreFileLabel}</label>
          <input id="restore-file" type="file" accept=".json,application/json" ?disabled=${disabled}
            @change=${(e: Event) => this.chooseRestore(e)} />
        </div>
        ${this.restoreFile ? html`
          <div part="confirm" role="group" data-for="restore" aria-labelledby="confirm-restore-question"
            @keydown=${(e: KeyboardEvent) => this.handleEscape(e, () => this.cancelRestore())}>
            <p id="confirm-restore-question">${t.storage.confirmRestore}</p>
            <div class="actions">
              <button type="button" class="danger" data-action="confirm" ?disabled=${this.busy}
                @click=${() => void this.confirmRestore()}>${m.confirmRestoreButton}</button>
              <button type="button" data-action="cancel" @click=${() => this.cancelRestore()}>${m.cancel}</button>
            </div>
          </div>` : nothing}
      </section>
    `;
  }

  private renderErasure() {
    const t = this.locale.t;
    const e = t.storage.erasure;
    const form = this.erasure;
    const locked = this.busy || form.step === 'confirm' || this.activeClient === undefined;
    const set = (patch: Partial<ErasureForm>) => (this.erasure = { ...this.erasure, ...patch });
    const rows = erasureLogRows(t, this.locale.lang, this.log);
    return html`
      <section aria-labelledby="erasure-heading">
        <h3 id="erasure-heading">${e.heading}</h3>
        <p class="muted">${e.intro}</p>
        <form @submit=${(ev: Event) => this.reviewErasure(ev)} novalidate>
          <fieldset ?disabled=${locked}>
            <legend>${e.kindLabel}</legend>
            ${(['respondent', 'customer'] as const).map((kind) => html`
              <label><input type="radio" name="erasure-kind" value=${kind} .checked=${form.kind === kind}
                @change=${() => set({ kind })} />${e[kind]}</label>`)}
          </fieldset>
          <div class="field">
            <label for="erasure-id">${e.idLabel}</label>
            <input id="erasure-id" type="text" autocomplete="off" .value=${form.id} ?disabled=${locked}
              aria-invalid=${form.idProblem ? 'true' : 'false'} aria-describedby=${form.idProblem ? 'erasure-id-problem' : nothing}
              @input=${(ev: Event) => set({ id: (ev.target as HTMLInputElement).value, idProblem: undefined })} />
            ${form.idProblem ? html`<p id="erasure-id-problem" class="invalid">${form.idProblem}</p>` : nothing}
          </div>
          <div class="field">
            <label for="erasure-names">${e.namesLabel}</label>
            <textarea id="erasure-names" rows="3" aria-describedby="erasure-names-hint" .value=${form.names} ?disabled=${locked}
              @input=${(ev: Event) => set({ names: (ev.target as HTMLTextAreaElement).value })}></textarea>
            <span class="hint" id="erasure-names-hint">${e.namesHint}</span>
          </div>
          <div class="actions">
            <button type="submit" data-action="review" ?disabled=${locked}>${e.review}</button>
          </div>
        </form>
        ${form.step === 'confirm' ? html`
          <div part="confirm" role="group" data-for="erasure" aria-labelledby="confirm-erasure-question"
            @keydown=${(ev: KeyboardEvent) => this.handleEscape(ev, () => this.cancelErasure())}>
            <p id="confirm-erasure-question">${e.confirmQuestion(form.kind, form.id.trim())}</p>
            <div class="actions">
              <button type="button" class="danger" data-action="confirm" ?disabled=${this.busy}
                @click=${() => void this.confirmErasure()}>${e.confirm}</button>
              <button type="button" data-action="cancel" @click=${() => this.cancelErasure()}>${t.storage.manager.cancel}</button>
            </div>
          </div>` : nothing}
        ${this.erasureResult ? html`<p part="erasure-result" tabindex="-1">${this.erasureResult}</p>` : nothing}
        <h4 id="erasure-log-heading">${e.logHeading}</h4>
        ${rows.length === 0 ? html`<p class="muted">${e.logEmpty}</p>` : html`
          <div class="table-wrap" tabindex="0" role="region" aria-labelledby="erasure-log-heading">
            <table part="erasure-log">
              <caption>${e.logCaption}</caption>
              <thead><tr><th scope="col">${e.logDate}</th><th scope="col">${e.logKind}</th><th scope="col">${e.logChanges}</th></tr></thead>
              <tbody>${rows.map((row) => html`<tr><td>${row.at}</td><td>${row.kind}</td><td>${row.changes}</td></tr>`)}</tbody>
            </table>
          </div>`}
      </section>
    `;
  }
}

defineElement('sym-dataset-manager', SymDatasetManager);

declare global {
  interface HTMLElementTagNameMap {
    'sym-dataset-manager': SymDatasetManager;
  }
}

export { SymDatasetChangeEvent };
export type { DatasetChangeDetail } from './dataset-manager.types.ts';
