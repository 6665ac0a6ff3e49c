import { LitElement, html, css, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { consume } from '@lit/context';
import type { Story, Unit } from '../../model/types.ts';
import type { StoryDraft } from '../../recognition/types.ts';
import { checkRules, MODERATION_RULES } from '../../recognition/moderation-rules.ts';
import type { ModerationRuleId } from '../../recognition/moderation-rules.ts';
import { anonymiseStory, consentGaps } from '../../recognition/consent.ts';
import { emptyDraft, submitDraft } from '../../recognition/story-workflow.ts';
import { LocaleController } from '../shared/locale-controller.ts';
import { StoredDataController } from '../shared/stored-data-controller.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import type { WorkspaceState } from '../shared/workspace-context.ts';
import { defineElement } from '../shared/define.ts';
import { recognitionFormStyles } from './recognition-form.styles.ts';
import { COMPANY_VALUES, CONSENT_WAYS, SymDraftSaveEvent, SymStorySubmitEvent } from './story-composer.types.ts';
import type { ConsentWay } from './story-composer.types.ts';
import { dateFormat } from '../../i18n/format.ts';

const METRICS = ['nps', 'enps', 'csat', 'fcr', 'ces', 'engagement'] as const;

/**
 * @summary Writes a recognition story: title, story, team, people named with their consent,
 * company values, a customer quote with the customer's consent, a link to a metric. Shows the
 * published moderation rules as they are met, autosaves the draft to IndexedDB and submits it.
 *
 * Inside `<sym-workspace>` drafts are saved through the workspace's worker; alone, set `.units`
 * and listen for `sym-story-submit`.
 *
 * @fires sym-draft-save - The draft was saved (`detail: { id, updatedAt }`).
 * @fires sym-story-submit - The story was submitted for moderation (`detail: { story }`).
 * @csspart base - The form.
 * @csspart rules - The moderation rules panel.
 * @csspart status - The save and submit status line.
 * @cssprop --sym-color-surface - Background.
 * @cssprop --sym-color-text - Text colour.
 * @cssprop --sym-color-border - Borders of fields and panels.
 * @cssprop --sym-color-accent - Primary button and pressed value tags.
 * @cssprop --sym-color-danger - Missing consent and errors.
 * @cssprop --sym-color-positive - Rules met.
 */
export class SymStoryComposer extends LitElement {
  static override styles = [recognitionFormStyles, css`
    .person { display: grid; grid-template-columns: minmax(8rem, 1fr) auto auto auto auto; gap: 0.5rem; align-items: center; }
    .values { display: flex; flex-wrap: wrap; gap: 0.4rem; }
    .rules li { display: grid; grid-template-columns: 1.5rem 1fr; gap: 0.25rem; }
    .rules .mark[data-state='passed'] { color: var(--_positive); }
    .rules .mark[data-state='failed'] { color: var(--_danger); }
    .preview { border-inline-start: 3px solid var(--_border); padding-inline-start: 0.75rem; white-space: pre-wrap; }
    @media (max-width: 40rem) { .person { grid-template-columns: 1fr 1fr; } }
  `];

  private readonly locale = new LocaleController(this);

  /** Id of a stored draft to continue; a new draft otherwise. */
  @property({ attribute: 'draft-id' }) draftId?: string;

  /** Who is writing (recorded in the audit log). */
  @property() author = '';

  /** Teams to choose from; inside a workspace, its units. */
  @property({ attribute: false }) units?: Unit[];

  /** Company values offered as tags (ids; labels come from the catalog when known). */
  @property({ attribute: false }) values: string[] = [...COMPANY_VALUES];

  /** Milliseconds of quiet before the draft is saved. */
  @property({ attribute: 'autosave-delay', type: Number }) autosaveDelay = 800;

  /** The story being written. */
  @property({ attribute: false }) draft: StoryDraft = emptyDraft(crypto.randomUUID(), { at: new Date().toISOString(), author: '' });

  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace?: WorkspaceState;

  @state() private saveState: 'idle' | 'saving' | 'saved' | 'error' = 'idle';
  @state() private savedAt?: string;
  @state() private message?: { kind: 'ok' | 'error'; text: string };
  @state() private workspaceUnits: Unit[] = [];
  @state() private personName = '';

  private timer?: ReturnType<typeof setTimeout>;
  constructor() {
    super();
    // Stored records are read again when the workspace's data changes, not on every new state.
    new StoredDataController(this, (client) => client.api.units().then((units) => (this.workspaceUnits = units)));
  }
  private draftLoaded?: string;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.timer !== undefined) void this.flush();
  }

  override willUpdate(): void {
    const client = this.workspace?.client;
    // The draft id may come before the workspace does: load once both are there.
    if (this.draftId && client && this.draftLoaded !== this.draftId) {
      this.draftLoaded = this.draftId;
      void client.api.loadDraft(this.draftId).then((draft) => {
        if (draft) this.draft = draft;
      });
    }
  }

  private get unitList(): Unit[] {
    return this.units ?? this.workspaceUnits;
  }

  private get peopleOfUnit(): string[] {
    return this.unitList.find((u) => u.id === this.draft.unit)?.people ?? [];
  }

  /** Saves now if a save is pending. */
  async flush(): Promise<void> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    await this.save();
  }

  private edit(patch: Partial<StoryDraft>): void {
    this.draft = { ...this.draft, ...patch, author: this.draft.author || this.author };
    this.message = undefined;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.save();
    }, this.autosaveDelay);
  }

  private async save(): Promise<void> {
    const client = this.workspace?.client;
    if (!client) return;
    this.saveState = 'saving';
    const result = await client.api.saveDraft(this.draft);
    if (result.ok) {
      this.saveState = 'saved';
      this.savedAt = result.value.updatedAt;
      this.dispatchEvent(new SymDraftSaveEvent(result.value));
    } else {
      this.saveState = 'error';
      this.message = { kind: 'error', text: this.locale.t.recognition.saveFailed(result.error.message) };
    }
  }

  private ruleTitles(ids: readonly string[]): string {
    const lang = this.locale.lang;
    return ids.map((id) => MODERATION_RULES.find((r) => r.id === id)?.text[lang].title ?? id).join(', ');
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const t = this.locale.t.recognition;
    const local = submitDraft(this.draft, new Date().toISOString());
    if (!local.ok) {
      const rules = local.refusal.code === 'rules-failed' ? local.refusal.rules : [];
      this.message = { kind: 'error', text: t.submitRefused(this.ruleTitles(rules)) };
      return;
    }
    const client = this.workspace?.client;
    let story: Story = local.story;
    if (client) {
      await this.flush();
      const result = await client.api.submitStory(this.draft.id, this.author || this.draft.author);
      if (!result.ok) {
        this.message = { kind: 'error', text: t.submitRefused(this.ruleTitles(result.error.rules ?? [result.error.message])) };
        return;
      }
      story = result.value;
    }
    this.message = { kind: 'ok', text: t.submitted };
    this.dispatchEvent(new SymStorySubmitEvent(story));
    this.draft = emptyDraft(crypto.randomUUID(), { at: new Date().toISOString(), author: this.author, unit: this.draft.unit });
    this.saveState = 'idle';
  }

  private addPerson(): void {
    const name = this.personName.trim();
    if (!name || this.draft.people.includes(name)) return;
    this.edit({ people: [...this.draft.people, name], peopleConsent: { ...this.draft.peopleConsent, [name]: { given: false } } });
    this.personName = '';
  }

  private removePerson(name: string): void {
    const peopleConsent = { ...this.draft.peopleConsent };
    delete peopleConsent[name];
    this.edit({ people: this.draft.people.filter((p) => p !== name), peopleConsent });
  }

  private setPersonConsent(name: string, patch: Partial<StoryDraft['consent']>): void {
    const current = this.draft.peopleConsent[name] ?? { given: false };
    this.edit({ peopleConsent: { ...this.draft.peopleConsent, [name]: { ...current, ...patch } } });
  }

  private toggleValue(value: string): void {
    const values = this.draft.values.includes(value) ? this.draft.values.filter((v) => v !== value) : [...this.draft.values, value];
    this.edit({ values });
  }

  private setMetric(patch: Partial<NonNullable<StoryDraft['metricLink']>>): void {
    const current = this.draft.metricLink ?? { unit: this.draft.unit, metric: '', from: '', to: '' };
    const next = { ...current, ...patch, unit: this.draft.unit };
    if (!next.metric) {
      const copy = { ...this.draft };
      delete copy.metricLink;
      this.draft = copy;
      this.edit({});
      return;
    }
    this.edit({ metricLink: next });
  }

  private onPersonKey(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.addPerson();
    }
  }

  protected override render() {
    const t = this.locale.t.recognition;
    const d = this.draft;
    return html`
      <form part="base" novalidate @submit=${this.submit} aria-labelledby="heading">
        <h2 id="heading">${t.composerHeading}</h2>
        ${this.workspace?.client ? nothing : html`<p class="muted">${t.notConnected}</p>`}
        <div class="field">
          <label for="title">${t.fieldTitle}</label>
          <input id="title" name="title" maxlength="200" .value=${d.title} @input=${(e: Event) => this.edit({ title: (e.target as HTMLInputElement).value })} />
        </div>
        <div class="field">
          <label for="body">${t.fieldBody}</label>
          <textarea id="body" name="body" aria-describedby="body-hint" .value=${d.body} @input=${(e: Event) => this.edit({ body: (e.target as HTMLTextAreaElement).value })}></textarea>
          <span id="body-hint" class="hint">${t.fieldBodyHint}</span>
        </div>
        ${this.renderUnit()}
        ${this.renderPeople()}
        <fieldset>
          <legend>${t.valuesHeading}</legend>
          <div class="values">
            ${this.values.map((v) => html`<button type="button" aria-pressed=${d.values.includes(v) ? 'true' : 'false'} @click=${() => this.toggleValue(v)}>${t.valueLabel(v)}</button>`)}
          </div>
        </fieldset>
        ${this.renderQuote()}
        ${this.renderMetric()}
        ${this.renderConsentNotice()}
        ${this.renderRules()}
        <p part="status" class="status" role="status" data-kind=${this.message?.kind ?? this.saveState}>${this.statusText()}</p>
        <div class="row"><button type="submit" class="primary">${t.submit}</button></div>
      </form>
    `;
  }

  private statusText(): string {
    const t = this.locale.t.recognition;
    if (this.message) return this.message.text;
    if (this.saveState === 'saving') return t.saving;
    if (this.saveState === 'saved' && this.savedAt) {
      const time = dateFormat(this.locale.lang, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(new Date(this.savedAt));
      return t.savedAt(time);
    }
    return '';
  }

  private renderUnit() {
    const t = this.locale.t.recognition;
    const units = this.unitList;
    return html`<div class="field">
      <label for="unit">${t.fieldUnit}</label>
      ${units.length > 0
        ? html`<select id="unit" @change=${(e: Event) => this.edit({ unit: (e.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${!this.draft.unit}>${t.chooseUnit}</option>
            ${units.map((u) => html`<option value=${u.id} ?selected=${u.id === this.draft.unit}>${u.name}</option>`)}
          </select>`
        : html`<input id="unit" .value=${this.draft.unit} @input=${(e: Event) => this.edit({ unit: (e.target as HTMLInputElement).value })} />`}
    </div>`;
  }

  private renderConsentFields(id: string, consent: StoryDraft['consent'], onChange: (patch: Partial<StoryDraft['consent']>) => void, label: string) {
    const t = this.locale.t.recognition;
    return html`
      <label><input type="checkbox" id=${`${id}-given`} .checked=${consent.given} @change=${(e: Event) => onChange({ given: (e.target as HTMLInputElement).checked })} /> ${label}</label>
      <label class="field"><span class="hint">${t.consentWhen}</span>
        <input type="date" .value=${consent.at ?? ''} aria-label=${`${label}: ${t.consentWhen}`} @change=${(e: Event) => onChange({ at: (e.target as HTMLInputElement).value })} /></label>
      <label class="field"><span class="hint">${t.consentHowLabel}</span>
        <select aria-label=${`${label}: ${t.consentHowLabel}`} @change=${(e: Event) => onChange({ how: (e.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${!consent.how}>–</option>
          ${CONSENT_WAYS.map((w: ConsentWay) => html`<option value=${w} ?selected=${consent.how === w}>${t.consentHow[w]}</option>`)}
        </select></label>
    `;
  }

  private renderPeople() {
    const t = this.locale.t.recognition;
    const known = this.peopleOfUnit.filter((p) => !this.draft.people.includes(p));
    return html`<fieldset>
      <legend>${t.peopleHeading}</legend>
      <ul class="plain">
        ${repeat(this.draft.people, (p) => p, (p, i) => html`<li class="person" data-person=${p}>
          <span>${p}</span>
          ${this.renderConsentFields(`person-${i}`, this.draft.peopleConsent[p] ?? { given: false }, (patch) => this.setPersonConsent(p, patch), t.personConsent(p))}
          <button type="button" class="danger" @click=${() => this.removePerson(p)}>${t.removePerson(p)}</button>
        </li>`)}
      </ul>
      <div class="row">
        <div class="field">
          <label for="person">${t.personName}</label>
          <input id="person" list="people-list" autocomplete="off" .value=${this.personName}
            @input=${(e: Event) => (this.personName = (e.target as HTMLInputElement).value)} @keydown=${this.onPersonKey} />
          <datalist id="people-list">${known.map((p) => html`<option value=${p}></option>`)}</datalist>
        </div>
        <button type="button" @click=${this.addPerson}>${t.addPerson}</button>
      </div>
    </fieldset>`;
  }

  private renderQuote() {
    const t = this.locale.t.recognition;
    const d = this.draft;
    return html`<fieldset>
      <legend>${t.quoteHeading}</legend>
      <div class="field">
        <label for="quote">${t.fieldQuote}</label>
        <textarea id="quote" .value=${d.customerQuote ?? ''} @input=${(e: Event) => this.edit({ customerQuote: (e.target as HTMLTextAreaElement).value })}></textarea>
      </div>
      <div class="row">${this.renderConsentFields('customer', d.consent, (patch) => this.edit({ consent: { ...this.draft.consent, ...patch } }), t.customerConsent)}</div>
    </fieldset>`;
  }

  private renderMetric() {
    const t = this.locale.t;
    const link = this.draft.metricLink;
    return html`<fieldset>
      <legend>${t.recognition.metricHeading}</legend>
      <div class="row">
        <div class="field"><label for="metric">${t.recognition.fieldMetric}</label>
          <select id="metric" @change=${(e: Event) => this.setMetric({ metric: (e.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${!link}>${t.recognition.metricNone}</option>
            ${METRICS.map((m) => html`<option value=${m} ?selected=${link?.metric === m}>${t.metric[m]}</option>`)}
          </select></div>
        <div class="field"><label for="from">${t.recognition.fieldFrom}</label>
          <input id="from" placeholder=${t.recognition.periodHint} ?disabled=${!link} .value=${link?.from ?? ''} @input=${(e: Event) => this.setMetric({ from: (e.target as HTMLInputElement).value.trim() })} /></div>
        <div class="field"><label for="to">${t.recognition.fieldTo}</label>
          <input id="to" placeholder=${t.recognition.periodHint} ?disabled=${!link} .value=${link?.to ?? ''} @input=${(e: Event) => this.setMetric({ to: (e.target as HTMLInputElement).value.trim() })} /></div>
      </div>
    </fieldset>`;
  }

  private renderConsentNotice() {
    const t = this.locale.t.recognition;
    const gaps = consentGaps(this.draft);
    if (!gaps.customer && gaps.people.length === 0) return nothing;
    const preview = anonymiseStory(this.draft).story;
    return html`<div class="field" role="note">
      ${gaps.customer ? html`<p class="warning">${t.consentMissingQuote}</p>` : nothing}
      ${gaps.people.length > 0 ? html`<p class="warning">${t.consentMissingPeople(gaps.people.join(', '))}</p>` : nothing}
      <details>
        <summary>${t.anonymisedPreview}</summary>
        <div class="preview" data-preview>
          <p><strong>${preview.title}</strong></p>
          <p>${preview.body}</p>
          ${preview.customerQuote ? html`<blockquote>${preview.customerQuote}</blockquote>` : nothing}
        </div>
      </details>
    </div>`;
  }

  private renderRules() {
    const t = this.locale.t.recognition;
    const lang = this.locale.lang;
    const checks = new Map(checkRules(this.draft).map((c) => [c.id, c]));
    return html`<details part="rules" class="rules">
      <summary>${t.rulesHeading}</summary>
      <p class="hint">${t.rulesIntro}</p>
      <ul class="plain">
        ${MODERATION_RULES.map((rule) => {
          const check = checks.get(rule.id as ModerationRuleId);
          const stateName = check?.passed === true ? 'passed' : check?.passed === false ? 'failed' : 'manual';
          return html`<li data-rule=${rule.id}>
            <span class="mark" data-state=${stateName} aria-hidden="true">${stateName === 'passed' ? '✓' : stateName === 'failed' ? '✗' : '•'}</span>
            <span><strong>${rule.text[lang].title}</strong> <span class="visually-hidden">(${t.ruleStatus[stateName]})</span>
              <span class="hint">${t.ruleStage[rule.stage]}.</span><br />${rule.text[lang].text}</span>
          </li>`;
        })}
      </ul>
    </details>`;
  }
}

defineElement('sym-story-composer', SymStoryComposer);

declare global {
  interface HTMLElementTagNameMap {
    'sym-story-composer': SymStoryComposer;
  }
}
