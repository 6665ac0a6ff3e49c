import { LitElement, html, css, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { PeriodGranularity, Unit } from '../../model/types.ts';
import type { Nomination } from '../../recognition/types.ts';
import { formNomination } from '../../recognition/nominations.ts';
import type { NominationForm } from '../../recognition/nominations.ts';
import { formatPeriod } from '../../i18n/format.ts';
import { LocaleController } from '../shared/locale-controller.ts';
import { StoredDataController } from '../shared/stored-data-controller.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import type { WorkspaceState } from '../shared/workspace-context.ts';
import { defineElement } from '../shared/define.ts';
import { recognitionFormStyles } from '../story-composer/recognition-form.styles.ts';
import { nominableUnits, nominationPeriod, nominationProblems, resolveNominee } from './nomination-form-model.ts';
import type { NominationFormState, NominationProblem } from './nomination-form-model.ts';
import { SymNominationEvent } from './nomination-form.types.ts';

const EMPTY: NominationFormState = { unit: '', kind: 'person', name: '', reason: '', customer: '', contact: '', consent: false };

/** The field each problem is about, to mark it invalid and move focus to it. */
const FIELD: Record<NominationProblem, string> = {
  'unit-required': 'unit',
  'nominee-required': 'name',
  'name-unclear': 'name',
  'unknown-nominee': 'name',
  'reason-required': 'reason',
  'reason-too-long': 'reason',
  'customer-required': 'customer',
  'consent-required': 'consent',
};

/**
 * @summary The customer-facing nomination form: a customer names the person (typed or picked
 * from the team's list) or the whole team who served them well, says why, may leave a contact,
 * and agrees to their details being stored. One nomination per customer and period: a second
 * one is refused, and the form says so.
 *
 * Inside `<sym-workspace>` nominations are stored through the worker (confirmed at once, with an
 * audit entry); alone, set `.units`, listen for `sym-nomination` and store them yourself.
 *
 * @fires sym-nomination - A nomination was recorded (`detail: { nomination }`).
 * @csspart base - The form.
 * @csspart status - The thank-you or refusal message.
 * @csspart problems - What stops the form from being sent.
 * @cssprop --sym-color-surface - Background.
 * @cssprop --sym-color-text - Text colour.
 * @cssprop --sym-color-border - Borders of fields.
 * @cssprop --sym-color-accent - The send button.
 * @cssprop --sym-color-danger - Problems and refusals.
 * @cssprop --sym-color-positive - The thank-you message.
 */
export class SymNominationForm extends LitElement {
  static override styles = [recognitionFormStyles, css`
    .choices { display: flex; flex-wrap: wrap; gap: 0.75rem; }
    .choices label, .consent { font-weight: normal; }
    .consent { display: flex; gap: 0.5rem; align-items: start; }
    .consent input { margin-top: 0.2rem; }
    [part='problems'] ul { margin: 0; padding-inline-start: 1.2rem; color: var(--_danger); }
    [aria-invalid='true'] { border-color: var(--_danger); box-shadow: 0 0 0 1px var(--_danger); }
    [part='status'][data-kind='ok'] { color: var(--_positive); font-weight: 600; }
    [part='status'][data-kind='refused'] { color: var(--_danger); font-weight: 600; }
  `];

  private readonly locale = new LocaleController(this);

  /** The team preselected (e.g. from the feedback link). */
  @property() unit?: string;

  /** The customer's id when the host knows it (e.g. from a survey link): the id field is then not asked. */
  @property() customer?: string;

  /** The period the nomination counts for; by default the current one at `granularity`. */
  @property() period?: string;

  /** Period granularity when `period` is absent; inside a workspace, the workspace's. */
  @property() granularity?: PeriodGranularity;

  /** Teams and their people; inside a workspace, its units. */
  @property({ attribute: false }) units?: Unit[];

  /** Nominations already made, checked for one per customer and period when used without a workspace. */
  @property({ attribute: false }) nominations: Nomination[] = [];

  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace?: WorkspaceState;

  @state() private form: NominationFormState = { ...EMPTY };
  @state() private problems: NominationProblem[] = [];
  @state() private candidates: string[] = [];
  @state() private outcome?: { kind: 'ok' | 'refused'; text: string };
  @state() private workspaceUnits: Unit[] = [];
  @state() private busy = false;

  // Units are read again when the stored data changes (a new summary), not on every analysis.
  constructor() {
    super();
    // Stored records are read again when the workspace's data changes, not on every new state.
    new StoredDataController(this, (client) => client.api.units().then((units) => (this.workspaceUnits = units)));
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('unit') && this.unit && !this.form.unit) this.form = { ...this.form, unit: this.unit };
  }

  private get teams(): Unit[] {
    return nominableUnits(this.units ?? this.workspaceUnits);
  }

  private get shownPeriod(): string {
    return this.period ?? nominationPeriod(new Date().toISOString(), this.granularity ?? this.workspace?.request.granularity ?? 'quarter');
  }

  private edit(patch: Partial<NominationFormState>): void {
    this.form = { ...this.form, ...patch };
    // A problem goes away as soon as its field is edited; the others stay until the next try.
    const fields = new Set(Object.keys(patch).map((k) => (k === 'kind' ? 'name' : k)));
    this.problems = this.problems.filter((p) => !fields.has(FIELD[p]));
    if (fields.has('name') || fields.has('unit')) this.candidates = [];
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const t = this.locale.t.recognition;
    const units = this.teams;
    const state = { ...this.form, customer: this.customer ?? this.form.customer };
    this.outcome = undefined;
    this.problems = nominationProblems(state, units);
    const unit = units.find((u) => u.id === state.unit);
    const resolved = state.kind === 'person' ? resolveNominee(state.name, unit?.people ?? []) : undefined;
    this.candidates = resolved && !resolved.ok ? resolved.candidates : [];
    if (this.problems.length > 0 || !unit || (resolved && !resolved.ok)) {
      await this.updateComplete;
      this.shadowRoot?.querySelector<HTMLElement>(`#${FIELD[this.problems[0] ?? 'nominee-required']}`)?.focus();
      return;
    }
    const period = this.shownPeriod;
    const at = new Date().toISOString();
    const form: NominationForm = {
      unit: unit.id,
      nominee: resolved ? (resolved as { person: string }).person : unit.id,
      nomineeKind: state.kind,
      customer: state.customer.trim(),
      period,
      comment: state.reason.trim(),
      consent: { given: true, at, how: 'form' },
      ...(state.contact.trim() ? { contact: state.contact.trim() } : {}),
    };
    this.busy = true;
    let nomination: Nomination | undefined;
    let refusal: string | undefined;
    const client = this.workspace?.client;
    try {
      if (client) {
        const result = await client.api.nominate(form);
        if (result.ok) nomination = result.value;
        else refusal = result.error.refusal ?? result.error.message;
      } else {
        const result = formNomination(form, this.nominations, units, { id: `form-${crypto.randomUUID()}`, at });
        if (result.ok) {
          nomination = result.nomination;
          this.nominations = [...this.nominations, nomination];
        } else refusal = result.refusal;
      }
    } finally {
      this.busy = false;
    }
    const periodLabel = formatPeriod(this.locale.lang, period);
    if (!nomination) {
      const problems = t.nominationProblems as Record<string, string>;
      const text = refusal === 'already-nominated' ? t.nominationAlready(periodLabel) : (problems[refusal ?? ''] ?? (t.refusal as Record<string, string>)[refusal ?? ''] ?? refusal ?? '');
      this.outcome = { kind: 'refused', text };
      return;
    }
    const nomineeLabel = nomination.nomineeKind === 'team' ? t.teamNominee(unit.name) : nomination.nominee;
    this.outcome = { kind: 'ok', text: t.nominationSent(nomineeLabel, periodLabel) };
    this.form = { ...EMPTY, unit: this.form.unit };
    this.dispatchEvent(new SymNominationEvent(nomination));
  }

  protected override render() {
    const t = this.locale.t.recognition;
    const lang = this.locale.lang;
    const teams = this.teams;
    const f = this.form;
    const unit = teams.find((u) => u.id === f.unit);
    const invalid = (field: string) => (this.problems.some((p) => FIELD[p] === field) ? 'true' : 'false');
    return html`
      <form part="base" novalidate @submit=${this.submit} aria-labelledby="heading">
        <h2 id="heading">${t.nominationHeading}</h2>
        <p class="hint">${t.nominationIntro}</p>
        <p class="muted">${t.nominationPeriod(formatPeriod(lang, this.shownPeriod))}</p>
        ${teams.length === 0 ? html`<p class="warning">${t.nominationProblems['not-connected']}</p>` : nothing}
        <div class="field">
          <label for="unit">${t.nominateUnit}</label>
          <select id="unit" aria-invalid=${invalid('unit')} @change=${(e: Event) => this.edit({ unit: (e.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${!f.unit}>${t.chooseUnit}</option>
            ${teams.map((u) => html`<option value=${u.id} ?selected=${u.id === f.unit}>${u.name}</option>`)}
          </select>
        </div>
        <fieldset>
          <legend>${t.nominateWho}</legend>
          <div class="choices">
            <label><input type="radio" name="kind" value="person" .checked=${f.kind === 'person'} @change=${() => this.edit({ kind: 'person' })} /> ${t.nominatePerson}</label>
            <label><input type="radio" name="kind" value="team" .checked=${f.kind === 'team'} @change=${() => this.edit({ kind: 'team' })} /> ${t.nominateTeam(unit?.name ?? '')}</label>
          </div>
          ${f.kind === 'person'
            ? html`<div class="field">
                <label for="name">${t.nomineeName}</label>
                <input id="name" list="people" autocomplete="off" aria-describedby="name-hint" aria-invalid=${invalid('name')} .value=${f.name}
                  @input=${(e: Event) => this.edit({ name: (e.target as HTMLInputElement).value })} />
                <datalist id="people">${(unit?.people ?? []).map((p) => html`<option value=${p}></option>`)}</datalist>
                <span id="name-hint" class="hint">${t.nomineeHint}</span>
                ${this.candidates.length > 0 ? html`<span class="hint" data-candidates>${t.nameMatches(this.candidates.join(', '))}</span>` : nothing}
              </div>`
            : nothing}
        </fieldset>
        <div class="field">
          <label for="reason">${t.nominateReason}</label>
          <textarea id="reason" aria-describedby="reason-hint" aria-invalid=${invalid('reason')} .value=${f.reason}
            @input=${(e: Event) => this.edit({ reason: (e.target as HTMLTextAreaElement).value })}></textarea>
          <span id="reason-hint" class="hint">${t.nominateReasonHint}</span>
        </div>
        ${this.customer
          ? nothing
          : html`<div class="field">
              <label for="customer">${t.customerId}</label>
              <input id="customer" autocomplete="email" aria-describedby="customer-hint" aria-invalid=${invalid('customer')} .value=${f.customer}
                @input=${(e: Event) => this.edit({ customer: (e.target as HTMLInputElement).value })} />
              <span id="customer-hint" class="hint">${t.customerIdHint}</span>
            </div>`}
        <div class="field">
          <label for="contact">${t.contactLabel}</label>
          <input id="contact" autocomplete="email" aria-describedby="contact-hint" .value=${f.contact} @input=${(e: Event) => this.edit({ contact: (e.target as HTMLInputElement).value })} />
          <span id="contact-hint" class="hint">${t.contactHint}</span>
        </div>
        <label class="consent"><input type="checkbox" id="consent" aria-invalid=${invalid('consent')} .checked=${f.consent}
          @change=${(e: Event) => this.edit({ consent: (e.target as HTMLInputElement).checked })} /> <span>${t.storeConsent}</span></label>
        <div part="problems" role="alert">
          ${this.problems.length > 0 ? html`<ul>${this.problems.map((p) => html`<li data-problem=${p}>${t.nominationProblems[p]}</li>`)}</ul>` : nothing}
        </div>
        <p part="status" class="status" role="status" data-kind=${this.outcome?.kind ?? ''}>${this.outcome?.text ?? ''}</p>
        <div class="row"><button type="submit" class="primary" ?disabled=${this.busy || teams.length === 0}>${t.sendNomination}</button></div>
      </form>
    `;
  }
}

defineElement('sym-nomination-form', SymNominationForm);

declare global {
  interface HTMLElementTagNameMap {
    'sym-nomination-form': SymNominationForm;
  }
}
