import { LitElement, html, css, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { consume } from '@lit/context';
import type { Unit } from '../../model/types.ts';
import type { Kudos } from '../../recognition/types.ts';
import { createKudos, KUDOS_MESSAGE_MAX, recentKudos } from '../../recognition/kudos.ts';
import { LocaleController } from '../shared/locale-controller.ts';
import { StoredDataController } from '../shared/stored-data-controller.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import type { WorkspaceState } from '../shared/workspace-context.ts';
import { defineElement } from '../shared/define.ts';
import { recognitionFormStyles } from '../story-composer/recognition-form.styles.ts';
import { COMPANY_VALUES } from '../story-composer/story-composer.types.ts';
import { SymKudosEvent } from './kudos.types.ts';

/**
 * @summary Quiet peer recognition: thank a colleague for a company value, optionally quoting the
 * customer feedback that prompted it. Recent kudos are listed newest first, folded away by
 * default, with no counts and no ranking.
 *
 * @fires sym-kudos - Kudos were given (`detail: { kudos }`).
 * @csspart base - The element.
 * @csspart form - The form.
 * @csspart recent - The list of recent kudos.
 * @csspart status - The outcome of the last submission.
 * @cssprop --sym-color-surface - Background.
 * @cssprop --sym-color-text - Text colour.
 * @cssprop --sym-color-border - Borders.
 * @cssprop --sym-color-accent - The submit button.
 */
export class SymKudos extends LitElement {
  static override styles = [recognitionFormStyles, css`
    [part='form'] { display: grid; gap: 0.6rem; }
    .kudos-item { border-bottom: 1px solid var(--_border); padding-bottom: 0.4rem; display: grid; gap: 0.2rem; }
    summary { cursor: pointer; font-weight: 600; }
  `];

  private readonly locale = new LocaleController(this);

  /** Who gives the kudos (the signed-in person); asked in the form when empty. */
  @property() giver = '';

  /** The team; chosen in the form when absent. */
  @property() unit?: string;

  /** Company values to choose from. */
  @property({ attribute: false }) values: string[] = [...COMPANY_VALUES];

  /** Teams and their people; inside a workspace, its units. */
  @property({ attribute: false }) units?: Unit[];

  /** Kudos to list when used without a workspace. */
  @property({ attribute: false }) kudos?: Kudos[];

  /** Shows the recent kudos unfolded. */
  @property({ attribute: 'show-recent', type: Boolean }) showRecent = false;

  /** How many recent kudos are listed. */
  @property({ type: Number }) limit = 20;

  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace?: WorkspaceState;

  @state() private list: Kudos[] = [];
  @state() private workspaceUnits: Unit[] = [];
  @state() private form = { from: '', unit: '', to: '', value: '', message: '', feedback: '' };
  @state() private message?: { kind: 'ok' | 'error'; text: string };
  @state() private busy = false;

  constructor() {
    super();
    // Stored records are read again when the workspace's data changes, not on every new state.
    new StoredDataController(this, () => this.load());
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('kudos') && this.kudos) this.list = recentKudos(this.kudos, this.limit);
  }

  /** Reloads the recent kudos and the teams from the workspace. */
  async load(): Promise<void> {
    const client = this.workspace?.client;
    if (!client) return;
    const [list, units] = await Promise.all([client.api.listKudos({ unit: this.unit, limit: this.limit }), client.api.units()]);
    this.list = list;
    this.workspaceUnits = units;
  }

  private get unitList(): Unit[] {
    return this.units ?? this.workspaceUnits;
  }

  private get unitId(): string {
    return this.unit ?? this.form.unit;
  }

  private set(patch: Partial<SymKudos['form']>): void {
    this.form = { ...this.form, ...patch };
    this.message = undefined;
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const t = this.locale.t.recognition;
    const input = {
      from: this.giver || this.form.from, to: this.form.to, unit: this.unitId, value: this.form.value, message: this.form.message,
      ...(this.form.feedback.trim() ? { feedback: { quote: this.form.feedback } } : {}),
    };
    let kudos: Kudos;
    const client = this.workspace?.client;
    if (client) {
      this.busy = true;
      const result = await client.api.giveKudos(input, { granularity: this.workspace?.request.granularity });
      this.busy = false;
      if (!result.ok) {
        this.message = { kind: 'error', text: t.kudosRefusal[result.error.refusal as keyof typeof t.kudosRefusal] ?? result.error.message };
        return;
      }
      kudos = result.value;
      await this.load();
    } else {
      const result = createKudos(input, this.unitList, { id: crypto.randomUUID(), at: new Date().toISOString() });
      if (!result.ok) {
        this.message = { kind: 'error', text: t.kudosRefusal[result.refusal] };
        return;
      }
      kudos = result.kudos;
      this.list = recentKudos([kudos, ...this.list], this.limit);
    }
    this.message = { kind: 'ok', text: t.kudosGiven(kudos.to) };
    this.form = { ...this.form, to: '', message: '', feedback: '' };
    this.dispatchEvent(new SymKudosEvent(kudos));
  }

  protected override render() {
    const t = this.locale.t.recognition;
    const people = this.unitList.find((u) => u.id === this.unitId)?.people ?? [];
    const f = this.form;
    return html`<section part="base" aria-labelledby="heading">
      <h2 id="heading">${t.kudosHeading}</h2>
      <form part="form" novalidate @submit=${this.submit}>
        ${this.giver ? nothing : html`<div class="field"><label for="from">${t.kudosFrom}</label>
          <input id="from" autocomplete="name" .value=${f.from} @input=${(e: Event) => this.set({ from: (e.target as HTMLInputElement).value })} /></div>`}
        ${this.unit !== undefined || this.unitList.length === 0 ? nothing : html`<div class="field"><label for="unit">${this.locale.t.unit}</label>
          <select id="unit" @change=${(e: Event) => this.set({ unit: (e.target as HTMLSelectElement).value, to: '' })}>
            <option value="" ?selected=${!f.unit}>–</option>
            ${this.unitList.map((u) => html`<option value=${u.id} ?selected=${u.id === f.unit}>${u.name}</option>`)}
          </select></div>`}
        <div class="field"><label for="to">${t.kudosTo}</label>
          ${people.length > 0
            ? html`<select id="to" @change=${(e: Event) => this.set({ to: (e.target as HTMLSelectElement).value })}>
                <option value="" ?selected=${!f.to}>${t.choosePerson}</option>
                ${people.filter((p) => p !== (this.giver || f.from)).map((p) => html`<option value=${p} ?selected=${p === f.to}>${p}</option>`)}
              </select>`
            : html`<input id="to" .value=${f.to} @input=${(e: Event) => this.set({ to: (e.target as HTMLInputElement).value })} />`}
        </div>
        <div class="field"><label for="value">${t.kudosValue}</label>
          <select id="value" @change=${(e: Event) => this.set({ value: (e.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${!f.value}>${t.chooseValue}</option>
            ${this.values.map((v) => html`<option value=${v} ?selected=${v === f.value}>${t.valueLabel(v)}</option>`)}
          </select></div>
        <div class="field"><label for="message">${t.kudosMessage}</label>
          <textarea id="message" maxlength=${KUDOS_MESSAGE_MAX} .value=${f.message} @input=${(e: Event) => this.set({ message: (e.target as HTMLTextAreaElement).value })}></textarea></div>
        <div class="field"><label for="feedback">${t.kudosFeedback}</label>
          <textarea id="feedback" aria-describedby="feedback-hint" .value=${f.feedback} @input=${(e: Event) => this.set({ feedback: (e.target as HTMLTextAreaElement).value })}></textarea>
          <span id="feedback-hint" class="hint">${t.kudosFeedbackHint}</span></div>
        <div class="row"><button type="submit" class="primary" ?disabled=${this.busy}>${t.giveKudos}</button></div>
        <p part="status" class="status" role="status" data-kind=${this.message?.kind ?? ''}>${this.message?.text ?? ''}</p>
      </form>
      <details part="recent" ?open=${this.showRecent}>
        <summary>${t.recentKudos}</summary>
        ${this.list.length === 0
          ? html`<p class="muted">${t.kudosEmpty}</p>`
          : html`<ul class="plain">${repeat(this.list, (k) => k.id, (k) => html`<li class="kudos-item" data-kudos=${k.id}>
              <span><strong>${t.kudosLine(k.from, k.to, t.valueLabel(k.value))}</strong></span>
              ${k.message ? html`<span>${k.message}</span>` : nothing}
              ${k.feedback ? html`<span class="muted">${t.prompted(k.feedback.quote)}</span>` : nothing}
            </li>`)}</ul>`}
      </details>
    </section>`;
  }
}

defineElement('sym-kudos', SymKudos);

declare global {
  interface HTMLElementTagNameMap {
    'sym-kudos': SymKudos;
  }
}
