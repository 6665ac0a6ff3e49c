import { LitElement, html, css, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { consume } from '@lit/context';
import type { Story, Unit } from '../../model/types.ts';
import type { AuditEntry } from '../../store/schema.ts';
import { auditEntry, auditToCsv, auditToJson } from '../../recognition/audit.ts';
import { consentGaps } from '../../recognition/consent.ts';
import { failedRules, MODERATION_RULES } from '../../recognition/moderation-rules.ts';
import { approveStory, rejectStory } from '../../recognition/story-workflow.ts';
import type { TransitionRefusal } from '../../recognition/story-workflow.ts';
import { LocaleController } from '../shared/locale-controller.ts';
import { StoredDataController } from '../shared/stored-data-controller.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import type { WorkspaceState } from '../shared/workspace-context.ts';
import { defineElement } from '../shared/define.ts';
import { recognitionFormStyles } from '../story-composer/recognition-form.styles.ts';
import { exportStoryFeed } from '../../recognition/story-feed.ts';
import type { StoryFeed } from '../../recognition/story-feed.ts';
import { eraseCustomerQuote, erasePerson } from '../../recognition/erasure.ts';
import type { ErasureResult, RecognitionRecords } from '../../recognition/erasure.ts';
import { SymAuditExportEvent, SymEraseEvent, SymFeedExportEvent, SymModerateEvent } from './moderation-queue.types.ts';
import { dateFormat } from '../../i18n/format.ts';

/**
 * @summary The moderation queue: submitted stories wait here; a moderator approves or rejects
 * them, one by one or in bulk, citing a published rule and a reason the author will read. A
 * story whose consent is missing can only be approved anonymised. Every decision is in the audit
 * log below, exportable as CSV or JSON. The published stories export as a JSON feed that
 * `<sym-story-wall src=…>` reads (consent applied). A name or a customer's quote can be erased
 * on request (GDPR) from every recognition record, after a confirmation, and so from every export.
 *
 * @fires sym-moderate - Stories were approved or rejected (`detail: { decision, ids, refused }`).
 * @fires sym-audit-export - The audit log was exported (`detail: { format, text }`); cancel it to skip the download.
 * @fires sym-feed-export - The published stories were exported (`detail: { feed, text }`); cancel it to skip the download.
 * @fires sym-erase - A name or quote was erased on request (`detail: { kind, counts }`; the erased text is not repeated).
 * @csspart base - The queue.
 * @csspart story - One pending story.
 * @csspart audit - The audit log.
 * @csspart erasure - The erasure-on-request form.
 * @csspart status - The outcome of the last decision.
 * @cssprop --sym-color-surface - Background.
 * @cssprop --sym-color-text - Text colour.
 * @cssprop --sym-color-border - Borders.
 * @cssprop --sym-color-accent - Primary buttons.
 * @cssprop --sym-color-danger - Missing consent, reject buttons.
 * @cssprop --sym-color-positive - Consent present.
 */
export class SymModerationQueue extends LitElement {
  static override styles = [recognitionFormStyles, css`
    [part='story'] { border: 1px solid var(--_border); border-radius: 6px; padding: 0.75rem; display: grid; gap: 0.4rem; }
    .story-head { display: flex; gap: 0.5rem; align-items: baseline; }
    blockquote { margin: 0; padding-inline-start: 0.75rem; border-inline-start: 3px solid var(--_border); font-style: italic; }
    .body { white-space: pre-wrap; }
    .reject-form { border: 2px solid var(--_danger); border-radius: 6px; padding: 0.75rem; display: grid; gap: 0.5rem; }
    .audit-wrap { max-height: 20rem; overflow: auto; }
    [part='erasure'] summary { cursor: pointer; font-weight: 600; }
    [part='erasure'] form { display: grid; gap: 0.5rem; margin-top: 0.5rem; }
    .choices { display: flex; flex-wrap: wrap; gap: 0.75rem; }
    .choices label { font-weight: normal; }
    .confirm { border: 2px solid var(--_danger); border-radius: 6px; padding: 0.75rem; display: grid; gap: 0.5rem; }
  `];

  private readonly locale = new LocaleController(this);

  /** Stories to moderate when used without a workspace (only `submitted` ones are shown). */
  @property({ attribute: false }) stories?: Story[];

  /** Audit entries to show when used without a workspace. */
  @property({ attribute: false }) audit?: AuditEntry[];

  /** Team names by id, for display; inside a workspace, its units. */
  @property({ attribute: false }) units?: Unit[];

  /** The moderator's name, recorded in the audit log. */
  @property() actor = 'moderator';

  /** Audit entries shown (the export holds them all). */
  @property({ attribute: 'audit-limit', type: Number }) auditLimit = 50;

  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace?: WorkspaceState;

  @state() private pending: Story[] = [];
  @state() private entries: AuditEntry[] = [];
  @state() private workspaceUnits: Unit[] = [];
  @state() private selected = new Set<string>();
  @state() private rejecting?: string[];
  @state() private rejectRule = '';
  @state() private rejectReason = '';
  @state() private message?: { kind: 'ok' | 'error'; text: string };
  @state() private busy = false;
  @state() private eraseKind: 'person' | 'quote' = 'person';
  @state() private eraseValue = '';
  @state() private eraseConfirming = false;
  /** Without a workspace: the given stories with the decisions and erasures made here applied. */
  @state() private localStories: Story[] = [];

  constructor() {
    super();
    // Stored records are read again when the workspace's data changes, not on every new state.
    new StoredDataController(this, () => this.load());
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('stories') && this.stories) {
      this.localStories = this.stories;
      this.pending = this.stories.filter((s) => s.status === 'submitted');
    }
    if (changed.has('audit') && this.audit) this.entries = [...this.audit].sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0));
  }

  /** Reloads the queue and the audit log from the workspace. */
  async load(): Promise<void> {
    const client = this.workspace?.client;
    if (!client) return;
    const [pending, entries, units] = await Promise.all([client.api.storiesByStatus('submitted'), client.api.auditLog({ limit: this.auditLimit }), client.api.units()]);
    this.pending = pending;
    this.entries = entries;
    this.workspaceUnits = units;
    this.selected = new Set([...this.selected].filter((id) => pending.some((s) => s.id === id)));
  }

  private unitName(id: string): string {
    return (this.units ?? this.workspaceUnits).find((u) => u.id === id)?.name ?? id;
  }

  private ruleTitle(id: string): string {
    return MODERATION_RULES.find((r) => r.id === id)?.text[this.locale.lang].title ?? id;
  }

  private toggle(id: string, on: boolean): void {
    const next = new Set(this.selected);
    if (on) next.add(id);
    else next.delete(id);
    this.selected = next;
  }

  private toggleAll(on: boolean): void {
    this.selected = on ? new Set(this.pending.map((s) => s.id)) : new Set();
  }

  private async decide(ids: string[], decision: 'approve' | 'reject', options: { anonymise?: boolean; rule?: string; reason?: string } = {}): Promise<void> {
    const t = this.locale.t.recognition;
    if (ids.length === 0) return;
    this.busy = true;
    let published: string[] = [];
    let rejected: string[] = [];
    let refused: { id: string; refusal: TransitionRefusal }[] = [];
    const client = this.workspace?.client;
    if (client) {
      const result = await client.api.moderateStories({ ids, decision, actor: this.actor, ...options });
      if (!result.ok) {
        this.busy = false;
        this.message = { kind: 'error', text: result.error.message };
        return;
      }
      ({ published, rejected, refused } = result.value);
      await this.load();
    } else {
      const at = new Date().toISOString();
      const updated = new Map<string, Story>();
      for (const id of ids) {
        const story = this.pending.find((s) => s.id === id);
        if (!story) continue;
        const next = decision === 'approve'
          ? approveStory(story, { at, by: this.actor, anonymise: options.anonymise })
          : rejectStory(story, { at, by: this.actor, rule: options.rule ?? '', reason: options.reason ?? '' });
        if (!next.ok) {
          refused.push({ id, refusal: next.refusal });
          continue;
        }
        updated.set(id, next.story);
        (decision === 'approve' ? published : rejected).push(id);
        const seq = 1 + Math.max(0, ...this.entries.map((e) => e.seq ?? 0));
        this.entries = [{ seq, ...auditEntry({ at, subject: 'story', subjectId: id, action: decision === 'approve' ? (options.anonymise ? 'approved-anonymised' : 'approved') : 'rejected', actor: this.actor, ...(options.reason ? { reason: options.reason } : {}) }) }, ...this.entries];
      }
      this.localStories = this.localStories.map((s) => updated.get(s.id) ?? s);
      this.pending = this.pending.filter((s) => !updated.has(s.id));
      this.selected = new Set([...this.selected].filter((id) => !updated.has(id)));
    }
    this.busy = false;
    const refusedText = refused
      .filter((r) => r.refusal.code === 'rules-failed')
      .map((r) => t.refusedRules(this.pending.find((s) => s.id === r.id)?.title ?? r.id, (r.refusal as { rules: string[] }).rules.map((id) => this.ruleTitle(id)).join(', ')));
    this.message = { kind: refused.length > 0 ? 'error' : 'ok', text: [t.decisionDone(published.length, rejected.length, refused.length), ...refusedText].join(' ') };
    this.dispatchEvent(new SymModerateEvent({ decision, ids: [...published, ...rejected], refused: refused.map((r) => r.id) }));
  }

  private openReject(ids: string[]): void {
    this.rejecting = ids;
    this.rejectRule = '';
    this.rejectReason = '';
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLSelectElement>('#reject-rule')?.focus());
  }

  private async confirmReject(event: Event): Promise<void> {
    event.preventDefault();
    const ids = this.rejecting ?? [];
    if (!this.rejectRule || !this.rejectReason.trim()) {
      this.message = { kind: 'error', text: this.locale.t.recognition.reasonRequired };
      return;
    }
    this.rejecting = undefined;
    await this.decide(ids, 'reject', { rule: this.rejectRule, reason: this.rejectReason.trim() });
  }

  private async export(format: 'csv' | 'json'): Promise<void> {
    const client = this.workspace?.client;
    const text = client ? await client.api.exportAudit(format) : format === 'csv' ? auditToCsv([...this.entries].reverse()) : auditToJson([...this.entries].reverse());
    const event = new SymAuditExportEvent({ format, text });
    if (!this.dispatchEvent(event)) return;
    const url = URL.createObjectURL(new Blob([format === 'csv' ? `\ufeff${text}` : text], { type: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `recognition-audit.${format}`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** The published stories as a feed for `<sym-story-wall src=…>`: consent applied, erasures included. */
  private async exportFeed(): Promise<void> {
    const client = this.workspace?.client;
    let feed: StoryFeed;
    try {
      feed = client ? await client.api.exportStoryFeed() : exportStoryFeed(this.localStories, { units: this.units ?? [] });
    } catch (error) {
      this.message = { kind: 'error', text: error instanceof Error ? error.message : String(error) };
      return;
    }
    const text = JSON.stringify(feed, null, 2);
    this.message = { kind: 'ok', text: this.locale.t.recognition.feedExported(feed.stories.length) };
    if (!this.dispatchEvent(new SymFeedExportEvent({ feed, text }))) return;
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'recognition-stories.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private reviewErasure(event: Event): void {
    event.preventDefault();
    if (!this.eraseValue.trim()) {
      this.message = { kind: 'error', text: this.locale.t.recognition.eraseValueRequired };
      this.shadowRoot?.querySelector<HTMLInputElement>('#erase-value')?.focus();
      return;
    }
    this.eraseConfirming = true;
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLButtonElement>('[data-action=confirm-erase]')?.focus());
  }

  private cancelErasure(): void {
    this.eraseConfirming = false;
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLButtonElement>('[data-action=review-erase]')?.focus());
  }

  /** Erases the name or quote from every record, after the confirmation. */
  private async confirmErasure(): Promise<void> {
    const t = this.locale.t.recognition;
    const kind = this.eraseKind;
    const value = this.eraseValue.trim();
    this.busy = true;
    let counts: Record<string, number>;
    const client = this.workspace?.client;
    if (client) {
      const result = kind === 'person'
        ? await client.api.erasePerson({ person: value, actor: this.actor })
        : await client.api.eraseCustomerQuote({ quote: value, actor: this.actor });
      this.busy = false;
      if (!result.ok) {
        this.message = { kind: 'error', text: result.error.message };
        return;
      }
      counts = result.value;
      await this.load();
    } else {
      const records: RecognitionRecords = { stories: this.localStories, drafts: [], nominations: [], kudos: [], awards: [], audit: this.entries };
      const result: ErasureResult = kind === 'person' ? erasePerson(records, value) : eraseCustomerQuote(records, { quote: value });
      const stories = new Map(result.changed.stories.map((s) => [s.id, s]));
      const audit = new Map(result.changed.audit.map((e) => [e.seq, e]));
      this.localStories = this.localStories.map((s) => stories.get(s.id) ?? s);
      this.pending = this.pending.map((s) => stories.get(s.id) ?? s);
      this.entries = this.entries.map((e) => (e.seq !== undefined ? audit.get(e.seq) : undefined) ?? e);
      counts = result.counts;
      this.busy = false;
    }
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    this.eraseConfirming = false;
    this.eraseValue = '';
    this.message = { kind: 'ok', text: total > 0 ? t.eraseDone(total) : t.eraseNothing };
    this.dispatchEvent(new SymEraseEvent({ kind, counts }));
  }

  protected override render() {
    const t = this.locale.t.recognition;
    const count = this.selected.size;
    return html`
      <section part="base" aria-labelledby="heading">
        <h2 id="heading">${t.queueHeading}</h2>
        <p class="muted">${t.pendingCount(this.pending.length)}</p>
        ${this.pending.length === 0
          ? html`<p>${t.queueEmpty}</p>`
          : html`
            <div class="row" role="group" aria-label=${t.queueHeading}>
              <label><input type="checkbox" id="select-all" .checked=${count > 0 && count === this.pending.length} .indeterminate=${count > 0 && count < this.pending.length}
                @change=${(e: Event) => this.toggleAll((e.target as HTMLInputElement).checked)} /> ${t.selectAll}</label>
              <button type="button" class="primary" data-action="approve-selected" ?disabled=${count === 0 || this.busy} @click=${() => this.decide([...this.selected], 'approve')}>${t.approveSelected(count)}</button>
              <button type="button" class="danger" data-action="reject-selected" ?disabled=${count === 0 || this.busy} @click=${() => this.openReject([...this.selected])}>${t.rejectSelected(count)}</button>
            </div>
            ${this.rejecting ? this.renderRejectForm() : nothing}
            <ul class="plain">${repeat(this.pending, (s) => s.id, (s) => this.renderStory(s))}</ul>`}
        <p part="status" class="status" role="status" data-kind=${this.message?.kind ?? ''}>${this.message?.text ?? ''}</p>
        <div class="row"><button type="button" data-export="feed" @click=${this.exportFeed}>${t.exportFeed}</button></div>
        ${this.renderAudit()}
        ${this.renderErasure()}
      </section>
    `;
  }

  private renderRejectForm() {
    const t = this.locale.t.recognition;
    const lang = this.locale.lang;
    return html`<form class="reject-form" @submit=${this.confirmReject} aria-label=${t.reject}>
      <div class="field"><label for="reject-rule">${t.rejectRule}</label>
        <select id="reject-rule" @change=${(e: Event) => (this.rejectRule = (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!this.rejectRule}>–</option>
          ${MODERATION_RULES.map((r) => html`<option value=${r.id} ?selected=${this.rejectRule === r.id}>${r.text[lang].title}</option>`)}
        </select></div>
      <div class="field"><label for="reject-reason">${t.rejectReason}</label>
        <textarea id="reject-reason" .value=${this.rejectReason} @input=${(e: Event) => (this.rejectReason = (e.target as HTMLTextAreaElement).value)}></textarea></div>
      <div class="row">
        <button type="submit" class="danger">${t.confirmReject}</button>
        <button type="button" @click=${() => (this.rejecting = undefined)}>${t.cancel}</button>
      </div>
    </form>`;
  }

  private renderStory(story: Story) {
    const t = this.locale.t.recognition;
    const lang = this.locale.lang;
    const gaps = consentGaps(story);
    const failed = failedRules(story, ['submit', 'publish']);
    const date = dateFormat(lang, { dateStyle: 'medium' }).format(new Date(story.createdAt));
    const headingId = `story-${story.id}`;
    return html`<li><article part="story" data-id=${story.id} aria-labelledby=${headingId}>
      <div class="story-head">
        <input type="checkbox" aria-label=${t.selectStory(story.title)} .checked=${this.selected.has(story.id)} @change=${(e: Event) => this.toggle(story.id, (e.target as HTMLInputElement).checked)} />
        <h3 id=${headingId}>${story.title}</h3>
      </div>
      <p class="muted">${t.storyBy(this.unitName(story.unit), date)}${story.values.length > 0 ? ` · ${story.values.map((v) => t.valueLabel(v)).join(', ')}` : ''}</p>
      <p class="body">${story.body}</p>
      ${story.customerQuote ? html`<blockquote>${story.customerQuote}</blockquote>` : nothing}
      <ul class="plain consent">
        <li class=${gaps.customer ? 'warning' : 'ok'}>${story.customerQuote ? (gaps.customer ? t.quoteConsentMissing : t.quoteConsentOk) : t.noQuote}</li>
        ${story.people.length > 0 ? html`<li class=${gaps.people.length > 0 ? 'warning' : 'ok'}>${gaps.people.length > 0 ? t.peopleConsentMissing(gaps.people.join(', ')) : t.peopleConsentOk}</li>` : nothing}
        ${failed.length > 0 ? html`<li class="warning">${t.failedChecks(failed.map((id) => this.ruleTitle(id)).join(', '))}</li>` : nothing}
      </ul>
      <div class="row">
        <button type="button" class="primary" data-action="approve" ?disabled=${this.busy || failed.length > 0} @click=${() => this.decide([story.id], 'approve')}>${t.approve}</button>
        ${gaps.customer || gaps.people.length > 0
          ? html`<button type="button" data-action="approve-anonymised" ?disabled=${this.busy} @click=${() => this.decide([story.id], 'approve', { anonymise: true })}>${t.approveAnonymised}</button>`
          : nothing}
        <button type="button" class="danger" data-action="reject" ?disabled=${this.busy} @click=${() => this.openReject([story.id])}>${t.reject}</button>
      </div>
    </article></li>`;
  }

  private renderErasure() {
    const t = this.locale.t.recognition;
    const value = this.eraseValue.trim();
    return html`<details part="erasure">
      <summary>${t.eraseHeading}</summary>
      <form @submit=${this.reviewErasure} aria-labelledby="erase-heading">
        <p id="erase-heading" class="hint">${t.eraseIntro}</p>
        <fieldset>
          <legend>${t.eraseKind}</legend>
          <div class="choices">
            <label><input type="radio" name="erase-kind" value="person" .checked=${this.eraseKind === 'person'} ?disabled=${this.eraseConfirming}
              @change=${() => (this.eraseKind = 'person')} /> ${t.eraseKindPerson}</label>
            <label><input type="radio" name="erase-kind" value="quote" .checked=${this.eraseKind === 'quote'} ?disabled=${this.eraseConfirming}
              @change=${() => (this.eraseKind = 'quote')} /> ${t.eraseKindQuote}</label>
          </div>
        </fieldset>
        <div class="field">
          <label for="erase-value">${this.eraseKind === 'person' ? t.eraseValuePerson : t.eraseValueQuote}</label>
          <input id="erase-value" autocomplete="off" .value=${this.eraseValue} ?readonly=${this.eraseConfirming}
            @input=${(e: Event) => (this.eraseValue = (e.target as HTMLInputElement).value)} />
        </div>
        ${this.eraseConfirming
          ? html`<div class="confirm" role="group" aria-labelledby="erase-confirm-text">
              <p id="erase-confirm-text" class="warning">${t.eraseConfirmText(value)}</p>
              <div class="row">
                <button type="button" class="danger" data-action="confirm-erase" ?disabled=${this.busy} @click=${this.confirmErasure}>${t.eraseConfirm}</button>
                <button type="button" data-action="cancel-erase" @click=${this.cancelErasure}>${t.cancel}</button>
              </div>
            </div>`
          : html`<div class="row"><button type="submit" class="danger" data-action="review-erase">${t.eraseReview}</button></div>`}
      </form>
    </details>`;
  }

  private renderAudit() {
    const t = this.locale.t.recognition;
    const lang = this.locale.lang;
    const format = dateFormat(lang, { dateStyle: 'short', timeStyle: 'short' });
    return html`<div part="audit">
      <div class="row">
        <h3 id="audit-heading">${t.auditHeading}</h3>
        <button type="button" data-export="csv" @click=${() => this.export('csv')}>${t.exportCsv}</button>
        <button type="button" data-export="json" @click=${() => this.export('json')}>${t.exportJson}</button>
      </div>
      ${this.entries.length === 0
        ? html`<p class="muted">${t.auditEmpty}</p>`
        : html`<div class="audit-wrap" tabindex="0" role="region" aria-labelledby="audit-heading"><table>
            <thead><tr><th scope="col">${t.auditAt}</th><th scope="col">${t.auditAction}</th><th scope="col">${t.auditSubject}</th><th scope="col">${t.auditActor}</th><th scope="col">${t.auditReason}</th></tr></thead>
            <tbody>${this.entries.map((e) => html`<tr>
              <td>${e.at ? format.format(new Date(e.at)) : ''}</td>
              <td>${t.auditActionLabel(e.action)}</td>
              <td>${e.subjectId === '*' ? '–' : (this.pending.find((s) => s.id === e.subjectId)?.title ?? e.subjectId)}</td>
              <td>${e.actor}</td>
              <td>${[typeof e.detail?.['rule'] === 'string' ? this.ruleTitle(e.detail['rule']) : '', e.reason ?? ''].filter(Boolean).join(': ')}</td>
            </tr>`)}</tbody>
          </table></div>`}
    </div>`;
  }
}

defineElement('sym-moderation-queue', SymModerationQueue);

declare global {
  interface HTMLElementTagNameMap {
    'sym-moderation-queue': SymModerationQueue;
  }
}
