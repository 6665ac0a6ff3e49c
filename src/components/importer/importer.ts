import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { consume } from '@lit/context';
import { formatProblem, type ColumnRole, type FilePreview, type IngestProblem } from '../../ingest/index.ts';
import type { InputProblem, Scale } from '../../model/types.ts';
import type { AnalyticsClient } from '../../worker/client.ts';
import type { ImportOutcome, ImportSource } from '../../worker/import-methods.ts';
import { LocaleController } from '../shared/locale-controller.ts';
import { workspaceContext, type WorkspaceState } from '../shared/workspace-context.ts';
import { defineElement } from '../shared/define.ts';
import { explicitMapping, fileFacts, formatRows, initialRoles, progressView, roleOptions } from './importer-model.ts';
import { importerStyles } from './importer.styles.ts';
import { SymImportCompleteEvent, type ImporterPhase, type ImportKind } from './importer.types.ts';

const KINDS: readonly ImportKind[] = ['employees', 'customers'];
const ACCEPT = '.csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain';
/** Item scales survey tools use: Likert 5 and 7 points, 0–10 and 1–10 ratings. */
const ITEM_SCALES: readonly Scale[] = [{ min: 1, max: 5 }, { min: 1, max: 7 }, { min: 0, max: 10 }, { min: 1, max: 10 }];

/** A chosen file and what the preview said about it. */
interface FileSlot {
  file: File;
  preview?: FilePreview;
  /** Role chosen per column index. */
  roles: Map<number, ColumnRole>;
  error?: string;
}

/**
 * @summary Brings survey and feedback exports into the workspace: drop or pick the two files, see
 * how each was read (encoding, delimiter, decimal separator, first rows), check the role of every
 * column (recognised ones pre-filled), choose strict or "import the valid rows", then import with
 * a progress bar and a Cancel button. Problems are listed by file, line, column, value and what
 * was expected; a summary follows a successful import. The files are read in the analytics worker,
 * slice by slice; nothing is stored unless every file is valid (or, in skip mode, its valid rows).
 *
 * Inside `<sym-workspace>` it uses the workspace's client and refreshes the workspace after an
 * import; elsewhere, give it a `client`.
 *
 * @fires sym-import-complete - Files were imported and stored; `detail` has the workspace summary and how each file was read.
 * @csspart drop-zone - The area of one file: picker, drop target, facts, preview and mapping.
 * @csspart preview - The table of a file's first rows.
 * @csspart mapping - The column-role form of a file.
 * @csspart progress - The progress bar (role=progressbar).
 * @csspart problems - The list of problems.
 * @csspart summary - The summary after an import.
 * @cssproperty --sym-color-text - Text colour.
 * @cssproperty --sym-color-muted - Secondary text.
 * @cssproperty --sym-color-surface - Background of the drop zones, tables and controls.
 * @cssproperty --sym-color-border - Borders, drop-zone outline, empty progress track.
 * @cssproperty --sym-color-accent - Import button, progress bar, changed roles, active drop zone.
 * @cssproperty --sym-color-on-accent - Text on the accent colour.
 * @cssproperty --sym-color-danger - Problems.
 * @cssproperty --sym-color-success - Summary.
 * @cssproperty --sym-color-focus - Focus ring colour.
 */
export class SymImporter extends LitElement {
  static override styles = importerStyles;

  private readonly locale = new LocaleController(this);

  /** Analytics client to import into; when absent, the enclosing workspace's. */
  @property({ attribute: false }) client?: AnalyticsClient;

  /** The enclosing `<sym-workspace>`'s state, when there is one. */
  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace?: WorkspaceState;

  @state() private slots: Partial<Record<ImportKind, FileSlot>> = {};
  @state() private mode: 'strict' | 'skip-invalid' = 'strict';
  /** Declared answer range of the employee survey's items (index into ITEM_SCALES). */
  @state() private scale = 0;
  @state() private phase: ImporterPhase = 'idle';
  @state() private progress = { fraction: 0, stage: 'starting' };
  @state() private outcome?: ImportOutcome;
  @state() private failure?: { message: string; problems: InputProblem[]; total: number };
  @state() private dragging?: ImportKind;

  private importId?: string;
  /** Latest preview request per kind: an older answer arriving late is dropped. */
  private readonly previewGeneration: Record<ImportKind, number> = { employees: 0, customers: 0 };

  private get activeClient(): AnalyticsClient | undefined {
    return this.client ?? this.workspace?.client;
  }

  // Event handlers

  /** Reads the beginning of a chosen file in the worker, with the roles chosen so far. */
  private async choose(kind: ImportKind, file: File | undefined): Promise<void> {
    if (file === undefined) return;
    this.slots = { ...this.slots, [kind]: { file, roles: new Map() } };
    this.phase = 'idle';
    this.failure = undefined;
    this.outcome = undefined;
    await this.preview(kind, false);
  }

  private async preview(kind: ImportKind, withMapping: boolean): Promise<void> {
    const slot = this.slots[kind];
    const client = this.activeClient;
    if (slot === undefined) return;
    if (client === undefined) {
      this.slots = { ...this.slots, [kind]: { ...slot, error: this.locale.t.importer.noClient } };
      return;
    }
    const generation = ++this.previewGeneration[kind];
    const mapping = withMapping && slot.preview !== undefined ? explicitMapping(slot.preview, slot.roles) : undefined;
    const itemScale = kind === 'employees' ? ITEM_SCALES[this.scale] : undefined;
    const result = await client.api.previewFile(slot.file, kind, {
      name: slot.file.name, ...(mapping ? { mapping } : {}), ...(itemScale ? { itemScale } : {}),
    });
    const current = this.slots[kind];
    if (generation !== this.previewGeneration[kind] || current?.file !== slot.file) return;
    if (!result.ok) {
      this.slots = { ...this.slots, [kind]: { ...current, error: result.error.message } };
      return;
    }
    const roles = withMapping ? current.roles : initialRoles(result.value);
    const next: FileSlot = { file: current.file, preview: result.value, roles };
    this.slots = { ...this.slots, [kind]: next };
  }

  private handleFileInput(kind: ImportKind, event: Event): void {
    const input = event.target as HTMLInputElement;
    void this.choose(kind, input.files?.[0]);
  }

  private handleDragOver(kind: ImportKind, event: DragEvent): void {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = kind;
  }

  private handleDrop(kind: ImportKind, event: DragEvent): void {
    event.preventDefault();
    this.dragging = undefined;
    void this.choose(kind, event.dataTransfer?.files[0]);
  }

  private removeFile(kind: ImportKind): void {
    const slots = { ...this.slots };
    delete slots[kind];
    this.slots = slots;
    this.previewGeneration[kind]++;
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLInputElement>(`#file-${kind}`)?.focus());
  }

  private changeRole(kind: ImportKind, index: number, role: ColumnRole): void {
    const slot = this.slots[kind];
    if (slot === undefined) return;
    const roles = new Map(slot.roles);
    roles.set(index, role);
    this.slots = { ...this.slots, [kind]: { ...slot, roles } };
    // Preview again with the explicit mapping: it says whether the file can now be imported.
    void this.preview(kind, true);
  }

  private changeScale(index: number): void {
    this.scale = index;
    // The scale decides which columns read as items: detect again, keeping no stale choice.
    void this.preview('employees', false);
  }

  /** Imports the chosen files through the worker, with progress and cancel. */
  private async startImport(): Promise<void> {
    const client = this.activeClient;
    if (client === undefined || this.phase === 'importing') return;
    const source = (kind: ImportKind): ImportSource | undefined => {
      const slot = this.slots[kind];
      if (slot === undefined) return undefined;
      const mapping = slot.preview ? explicitMapping(slot.preview, slot.roles) : undefined;
      return { name: slot.file.name, data: slot.file, ...(mapping ? { mapping } : {}) };
    };
    const id = typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `import-${Date.now()}-${Math.random()}`;
    this.importId = id;
    this.phase = 'importing';
    this.progress = { fraction: 0, stage: 'starting' };
    this.failure = undefined;
    this.outcome = undefined;
    const employees = source('employees');
    const customers = source('customers');
    let result;
    try {
      result = await client.api.importStreamed(
        {
          ...(employees ? { employees } : {}), ...(customers ? { customers } : {}),
          mode: this.mode, itemScale: ITEM_SCALES[this.scale] as Scale, id,
        },
        client.progress((fraction, stage) => {
          if (this.importId === id) this.progress = { fraction, stage };
        }),
      );
    } catch (error) {
      result = { ok: false as const, reports: {}, error: { message: error instanceof Error ? error.message : String(error), code: 'internal' as const } };
    }
    if (this.importId !== id) return;
    this.importId = undefined;
    if (result.ok) {
      this.phase = 'done';
      this.outcome = result.value;
      const skippedRows = (result.value.reports.employees?.skipped ?? 0) + (result.value.reports.customers?.skipped ?? 0);
      this.dispatchEvent(new SymImportCompleteEvent({ summary: result.value.summary, reports: result.value.reports, skippedRows }));
      await this.focusPart('summary');
      if (this.client === undefined) await this.workspace?.refresh();
      else if (this.workspace?.client === this.client) await this.workspace.refresh();
      return;
    }
    this.phase = result.error.code === 'aborted' ? 'cancelled' : 'failed';
    const problems = result.error.problems ?? [];
    this.failure = { message: result.error.message, problems, total: result.error.totalProblems ?? problems.length };
    await this.focusPart(this.phase === 'cancelled' ? 'status' : 'problems');
  }

  private cancel(): void {
    const id = this.importId;
    if (id !== undefined) void this.activeClient?.api.cancelImport(id);
  }

  private restart(): void {
    this.slots = {};
    this.phase = 'idle';
    this.outcome = undefined;
    this.failure = undefined;
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLInputElement>('#file-employees')?.focus());
  }

  /** Moves focus to a result's heading, so keyboard and screen-reader users land on what happened. */
  private async focusPart(part: 'summary' | 'problems' | 'status'): Promise<void> {
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>(`[data-focus="${part}"]`)?.focus();
  }

  // Rendering

  protected override render() {
    const s = this.locale.t.importer;
    const importing = this.phase === 'importing';
    const chosen = KINDS.some((k) => this.slots[k]?.preview !== undefined);
    const client = this.activeClient;
    return html`
      <h2>${s.title}</h2>
      <p class="muted">${s.intro}</p>
      ${client === undefined && this.workspace?.status !== 'loading'
        ? html`<p role="alert" class="muted">${s.noClient}</p>`
        : nothing}
      ${this.phase === 'done' && this.outcome ? this.renderSummary(this.outcome) : html`
        <div class="files">${KINDS.map((kind) => this.renderSlot(kind, importing))}</div>
        <fieldset class="mode" ?disabled=${importing}>
          <legend>${s.modeLegend}</legend>
          <label><input type="radio" name="mode" value="strict" .checked=${this.mode === 'strict'}
            @change=${() => (this.mode = 'strict')} />${s.modeStrict}</label>
          <label><input type="radio" name="mode" value="skip-invalid" .checked=${this.mode === 'skip-invalid'}
            @change=${() => (this.mode = 'skip-invalid')} />${s.modeSkip}</label>
        </fieldset>
        <div class="actions">
          <button class="primary" part="import-button" ?disabled=${!chosen || importing || client === undefined}
            @click=${() => void this.startImport()}>${s.importButton}</button>
          ${importing ? this.renderProgress() : nothing}
        </div>
        ${this.renderStatus()}
        ${this.failure && this.phase === 'failed' ? this.renderProblems(this.failure) : nothing}
      `}
    `;
  }

  private renderSlot(kind: ImportKind, importing: boolean) {
    const t = this.locale.t;
    const s = t.importer;
    const slot = this.slots[kind];
    const headingId = `heading-${kind}`;
    return html`
      <section part="drop-zone" aria-labelledby=${headingId} ?data-dragging=${this.dragging === kind} ?data-filled=${slot !== undefined}
        @dragover=${(e: DragEvent) => this.handleDragOver(kind, e)}
        @dragleave=${() => (this.dragging = undefined)}
        @drop=${(e: DragEvent) => this.handleDrop(kind, e)}>
        <h3 id=${headingId}>${s.fileHeading[kind]}</h3>
        <p class="muted" id="hint-${kind}">${s.fileHint[kind]}</p>
        <div class="picker">
          <label for="file-${kind}">${s.chooseFile(s.fileHeading[kind])}</label>
          <input id="file-${kind}" type="file" accept=${ACCEPT} aria-describedby="hint-${kind}" ?disabled=${importing}
            @change=${(e: Event) => this.handleFileInput(kind, e)} />
          <span class="muted">${this.dragging === kind ? s.dropActive : s.dropHint}</span>
        </div>
        ${kind === 'employees' ? this.renderScale(importing) : nothing}
        ${slot ? this.renderChosen(kind, slot, importing) : nothing}
      </section>
    `;
  }

  private renderScale(importing: boolean) {
    const s = this.locale.t.importer;
    return html`
      <div class="picker">
        <label for="item-scale">${s.itemScaleLabel}</label>
        <select id="item-scale" ?disabled=${importing} @change=${(e: Event) => this.changeScale(Number((e.target as HTMLSelectElement).value))}>
          ${ITEM_SCALES.map((scale, i) => html`<option value=${i} ?selected=${i === this.scale}>${s.itemScaleOption(scale.min, scale.max)}</option>`)}
        </select>
      </div>
    `;
  }

  private renderChosen(kind: ImportKind, slot: FileSlot, importing: boolean) {
    const t = this.locale.t;
    const s = t.importer;
    const lang = this.locale.lang;
    const preview = slot.preview;
    return html`
      <div class="chosen">
        <strong>${slot.file.name}</strong>
        ${preview ? html`<span class="muted">${fileFacts(t, lang, preview)}</span>` : nothing}
        <button type="button" ?disabled=${importing} @click=${() => this.removeFile(kind)}>${s.removeFile(slot.file.name)}</button>
      </div>
      ${slot.error ? html`<p role="alert">${s.failed(slot.error)}</p>` : nothing}
      ${!preview && !slot.error ? html`<p class="muted" role="status">${s.reading}</p>` : nothing}
      ${preview ? html`
        ${preview.problems.length > 0 ? html`
          <div part="problems" class="file-problems" role="alert">
            <h4>${s.fileProblemsHeading(preview.file)}</h4>
            <ol>${preview.problems.map((p) => html`<li>${formatProblem(p as IngestProblem, lang)}</li>`)}</ol>
          </div>` : nothing}
        ${this.renderPreviewTable(kind, preview)}
        ${this.renderMapping(kind, slot, preview, importing)}
      ` : nothing}
    `;
  }

  private renderPreviewTable(kind: ImportKind, preview: FilePreview) {
    const s = this.locale.t.importer;
    if (preview.headers.length === 0) return nothing;
    return html`
      <div class="table-wrap" tabindex="0" role="region" aria-label=${s.previewRegion(preview.file)} data-kind=${kind}>
        <table part="preview">
          <caption>${s.previewCaption(preview.file, preview.rows.length)}</caption>
          <thead><tr>
            <th scope="col">${s.lineHeading}</th>
            ${preview.headers.map((h, i) => html`<th scope="col" title=${h}>${h === '' ? String(i + 1) : h}</th>`)}
          </tr></thead>
          <tbody>
            ${preview.rows.map((row, r) => html`<tr>
              <th scope="row">${preview.lines[r]}</th>
              ${preview.headers.map((_, i) => html`<td title=${row[i] ?? ''}>${row[i] ?? ''}</td>`)}
            </tr>`)}
          </tbody>
        </table>
      </div>
    `;
  }

  private renderMapping(kind: ImportKind, slot: FileSlot, preview: FilePreview, importing: boolean) {
    const s = this.locale.t.importer;
    const options = roleOptions(kind);
    return html`
      <fieldset part="mapping" ?disabled=${importing}>
        <legend>${s.mappingLegend(preview.file)}</legend>
        <p class="muted">${s.mappingHint}</p>
        <div class="roles">
          ${preview.columns.map((column) => {
            const id = `role-${kind}-${column.index}`;
            const role = slot.roles.get(column.index) ?? column.role;
            const name = column.column === '' ? String(column.index + 1) : column.column;
            return html`
              <label for=${id}>${name}${column.label && column.label !== column.column ? html` <span class="muted">(${column.label})</span>` : nothing}</label>
              <select id=${id} aria-describedby="${id}-how" ?data-changed=${role !== column.role && !column.explicit}
                @change=${(e: Event) => this.changeRole(kind, column.index, (e.target as HTMLSelectElement).value as ColumnRole)}>
                ${options.map((option) => html`<option value=${option} ?selected=${option === role}>${s.role[option]}</option>`)}
              </select>
              <span class="how" id="${id}-how">${column.recognised ? s.recognised : column.role === 'ignore' ? s.notRecognised : s.fromAnswers}</span>
            `;
          })}
        </div>
      </fieldset>
    `;
  }

  private renderProgress() {
    const t = this.locale.t;
    const { percent, text } = progressView(t, this.locale.lang, this.progress.fraction, this.progress.stage);
    return html`
      <div part="progress" role="progressbar" aria-label=${t.importer.progressLabel} aria-valuemin="0" aria-valuemax="100"
        aria-valuenow=${percent} aria-valuetext=${text}>
        <div class="bar" style=${styleMap({ transform: `scaleX(${percent / 100})` })}></div>
      </div>
      <button type="button" @click=${() => this.cancel()}>${t.importer.cancelButton}</button>
    `;
  }

  private renderStatus() {
    const s = this.locale.t.importer;
    const message = this.phase === 'cancelled' ? s.cancelled
      : this.phase === 'failed' && this.failure && this.failure.problems.length === 0 ? s.failed(this.failure.message)
        : '';
    return html`<p role="status" tabindex="-1" data-focus="status" class=${message ? '' : 'muted'}>${message}</p>`;
  }

  private renderProblems(failure: { problems: InputProblem[]; total: number }) {
    const s = this.locale.t.importer;
    const lang = this.locale.lang;
    if (failure.problems.length === 0) return nothing;
    return html`
      <section part="problems" aria-labelledby="problems-heading">
        <h3 id="problems-heading" tabindex="-1" data-focus="problems">${s.problemsHeading}</h3>
        <p>${s.nothingImported} ${s.problemsCount(failure.problems.length, failure.total)}</p>
        <ol>${failure.problems.map((p) => html`<li>${formatProblem(p, lang)}</li>`)}</ol>
      </section>
    `;
  }

  private renderSummary(outcome: ImportOutcome) {
    const s = this.locale.t.importer;
    const lang = this.locale.lang;
    const { summary, reports, skipped } = outcome;
    return html`
      <section part="summary" aria-labelledby="summary-heading">
        <h3 id="summary-heading" tabindex="-1" data-focus="summary">${s.summaryHeading}</h3>
        <p>${s.summaryIntro(formatRows(lang, summary.employeeResponses), formatRows(lang, summary.customerAnswers))}</p>
        ${KINDS.map((kind) => {
          const report = reports[kind];
          if (!report) return nothing;
          return html`
            <h4>${report.file}</h4>
            <dl>
              <dt>${s.rowsImported}</dt><dd>${formatRows(lang, report.rows)}</dd>
              <dt>${s.rowsSkipped}</dt><dd>${formatRows(lang, report.skipped)}</dd>
              <dt>${s.encodingUsed}</dt><dd>${s.encodingName[report.encoding ?? 'unknown']}</dd>
              <dt>${s.delimiterUsed}</dt><dd>${s.delimiterName[report.delimiter]}</dd>
              <dt>${s.decimalUsed}</dt><dd>${s.decimalName[report.decimal]}</dd>
            </dl>`;
        })}
        ${skipped.length > 0 ? html`
          <h4>${s.skippedHeading}</h4>
          <ol>${skipped.map((p) => html`<li>${formatProblem(p, lang)}</li>`)}</ol>` : nothing}
        <button type="button" @click=${() => this.restart()}>${s.importAnother}</button>
      </section>
    `;
  }
}

defineElement('sym-importer', SymImporter);

declare global {
  interface HTMLElementTagNameMap {
    'sym-importer': SymImporter;
  }
}

export { SymImportCompleteEvent };
