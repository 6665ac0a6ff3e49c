import { LitElement, html, css, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { consume } from '@lit/context';
import type { Unit } from '../../model/types.ts';
import type { Award, Nomination } from '../../recognition/types.ts';
import { chooseWinner, nomineeBoard, reviewNomination, tallyNominations } from '../../recognition/nominations.ts';
import type { NomineeTally } from '../../recognition/nominations.ts';
import { DEFAULT_MIN_FEEDBACK } from '../../recognition/participation.ts';
import type { ParticipationCell } from '../../recognition/participation.ts';
import { formatNumber, formatPercent, formatPeriod } from '../../i18n/format.ts';
import { LocaleController } from '../shared/locale-controller.ts';
import { StoredDataController } from '../shared/stored-data-controller.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import type { WorkspaceState } from '../shared/workspace-context.ts';
import { defineElement } from '../shared/define.ts';
import { recognitionFormStyles } from '../story-composer/recognition-form.styles.ts';
import { SymAwardEvent, SymNominationReviewEvent } from './award-board.types.ts';

/**
 * @summary Customer-nominated awards: the nominees of a period (from customers' comments, once
 * a moderator confirms them, and from the nomination form), the winners moderators chose, and
 * a participation × score view that flags teams whose few answers are all perfect.
 *
 * Anti-Goodhart by default: nominees are listed alphabetically without counts; counts and
 * review controls appear with `moderator`, a ranked leaderboard only with `public-leaderboard`.
 *
 * @fires sym-award - A moderator chose a winner (`detail: { award }`).
 * @fires sym-nomination-review - Candidates were confirmed or dismissed (`detail: { ids, decision }`).
 * @csspart base - The board.
 * @csspart nominee - One nominee.
 * @csspart winner - The winner badge.
 * @csspart review - The candidates to review (moderators).
 * @csspart participation - The participation × score view.
 * @csspart status - The outcome of the last action.
 * @cssprop --sym-color-surface - Background.
 * @cssprop --sym-color-text - Text colour.
 * @cssprop --sym-color-border - Borders.
 * @cssprop --sym-color-accent - Primary buttons.
 * @cssprop --sym-award-winner - Winner badge background.
 * @cssprop --sym-award-winner-text - Winner badge text.
 */
export class SymAwardBoard extends LitElement {
  static override styles = [recognitionFormStyles, css`
    [part='nominee'] { border: 1px solid var(--_border); border-radius: 6px; padding: 0.6rem 0.75rem; display: grid; gap: 0.3rem; }
    .nominee-head { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: baseline; }
    [part='winner'] { background: var(--sym-award-winner, #fff8c5); color: var(--sym-award-winner-text, #3b2300); border-radius: 999px; padding: 0 0.6rem; font-size: 0.85rem; font-weight: 600; }
    blockquote { margin: 0; padding-inline-start: 0.75rem; border-inline-start: 3px solid var(--_border); font-style: italic; }
    .candidate { border-bottom: 1px solid var(--_border); padding-bottom: 0.5rem; display: grid; gap: 0.3rem; }
    @media (prefers-color-scheme: dark) {
      [part='winner'] { background: var(--sym-award-winner, #4d3800); color: var(--sym-award-winner-text, #fff8c5); }
    }
  `];

  private readonly locale = new LocaleController(this);

  /** Period shown (`2026-Q1`…); the latest with nominations when absent. */
  @property() period?: string;

  /** Shows counts, the candidates to review and the choice of winners. */
  @property({ type: Boolean }) moderator = false;

  /** Opt-in: ranks nominees by the number of customers who nominated them, visibly. */
  @property({ attribute: 'public-leaderboard', type: Boolean }) publicLeaderboard = false;

  /** The moderator's name, recorded in the audit log. */
  @property() actor = 'moderator';

  /** Fewer answers than this, all perfect, are flagged. */
  @property({ attribute: 'min-feedback', type: Number }) minFeedback = DEFAULT_MIN_FEEDBACK;

  /** Nominations when used without a workspace. */
  @property({ attribute: false }) nominations?: Nomination[];

  /** Awards when used without a workspace. */
  @property({ attribute: false }) awards?: Award[];

  /** Participation × score cells when used without a workspace. */
  @property({ attribute: false }) participation?: ParticipationCell[];

  /** Team names and people, for display; inside a workspace, its units. */
  @property({ attribute: false }) units?: Unit[];

  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace?: WorkspaceState;

  @state() private list: Nomination[] = [];
  @state() private awardList: Award[] = [];
  @state() private cells: ParticipationCell[] = [];
  @state() private workspaceUnits: Unit[] = [];
  @state() private choosing?: NomineeTally;
  @state() private winnerReason = '';
  @state() private message?: { kind: 'ok' | 'error'; text: string };
  @state() private busy = false;

  constructor() {
    super();
    // Stored records are read again when the workspace's data changes, not on every new state.
    new StoredDataController(this, () => this.load());
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('nominations') && this.nominations) this.list = this.nominations;
    if (changed.has('awards') && this.awards) this.awardList = this.awards;
    if (changed.has('participation') && this.participation) this.cells = this.participation;
  }

  /** Reloads nominations, awards and the participation view from the workspace. */
  async load(): Promise<void> {
    const client = this.workspace?.client;
    if (!client) return;
    const granularity = this.workspace?.request.granularity;
    const [list, awards, cells, units] = await Promise.all([
      client.api.listNominations(),
      client.api.listAwards(),
      client.api.participation({ granularity, minFeedback: this.minFeedback }),
      client.api.units(),
    ]);
    this.list = list;
    this.awardList = awards;
    this.cells = cells;
    this.workspaceUnits = units;
  }

  private get periods(): string[] {
    return [...new Set(this.list.map((n) => n.period))].sort();
  }

  private get shownPeriod(): string | undefined {
    return this.period ?? this.periods[this.periods.length - 1];
  }

  private unitName(id: string): string {
    return (this.units ?? this.workspaceUnits).find((u) => u.id === id)?.name ?? id;
  }

  private nomineeLabel(n: Pick<Nomination, 'nominee' | 'nomineeKind' | 'unit'>): string {
    return n.nomineeKind === 'team' ? this.locale.t.recognition.teamNominee(this.unitName(n.unit)) : n.nominee;
  }

  private async extract(): Promise<void> {
    const client = this.workspace?.client;
    if (!client) return;
    this.busy = true;
    const result = await client.api.extractNominations({ actor: this.actor, granularity: this.workspace?.request.granularity });
    this.busy = false;
    this.message = result.ok ? { kind: 'ok', text: this.locale.t.recognition.found(result.value.found) } : { kind: 'error', text: result.error.message };
    await this.load();
  }

  private async review(ids: string[], decision: 'confirm' | 'dismiss'): Promise<void> {
    const client = this.workspace?.client;
    if (client) {
      this.busy = true;
      const result = await client.api.reviewNominations({ ids, decision, actor: this.actor });
      this.busy = false;
      if (!result.ok) {
        this.message = { kind: 'error', text: result.error.message };
        return;
      }
      await this.load();
    } else {
      const at = new Date().toISOString();
      this.list = this.list.map((n) => {
        if (!ids.includes(n.id)) return n;
        const next = reviewNomination(n, decision, { at, by: this.actor });
        return next.ok ? next.nomination : n;
      });
    }
    this.dispatchEvent(new SymNominationReviewEvent({ ids, decision }));
  }

  private openChoice(tally: NomineeTally): void {
    this.choosing = tally;
    this.winnerReason = '';
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLTextAreaElement>('#winner-reason')?.focus());
  }

  private async confirmWinner(event: Event): Promise<void> {
    event.preventDefault();
    const t = this.locale.t.recognition;
    const tally = this.choosing;
    if (!tally) return;
    const choice = { period: tally.period, unit: tally.unit, nominee: tally.nominee, nomineeKind: tally.nomineeKind, reason: this.winnerReason };
    let award: Award | undefined;
    const client = this.workspace?.client;
    if (client) {
      this.busy = true;
      const result = await client.api.chooseWinner({ ...choice, actor: this.actor });
      this.busy = false;
      if (!result.ok) {
        this.message = { kind: 'error', text: t.refusal[result.error.refusal as keyof typeof t.refusal] ?? result.error.message };
        return;
      }
      award = result.value;
      await this.load();
    } else {
      const result = chooseWinner(tallyNominations(this.list, { period: tally.period }), this.awardList, choice, { id: crypto.randomUUID(), at: new Date().toISOString(), by: this.actor });
      if (!result.ok) {
        this.message = { kind: 'error', text: t.refusal[result.refusal] };
        return;
      }
      award = result.award;
      this.awardList = [...this.awardList, award];
    }
    this.choosing = undefined;
    this.message = { kind: 'ok', text: `${t.winner}: ${this.nomineeLabel(award)}` };
    this.dispatchEvent(new SymAwardEvent(award));
  }

  protected override render() {
    const t = this.locale.t.recognition;
    const lang = this.locale.lang;
    const period = this.shownPeriod;
    return html`
      <section part="base" aria-labelledby="heading">
        <h2 id="heading">${t.awardsHeading}</h2>
        ${this.periods.length > 1
          ? html`<div class="field"><label for="period">${t.periodLabel}</label>
              <select id="period" @change=${(e: Event) => (this.period = (e.target as HTMLSelectElement).value)}>
                ${this.periods.map((p) => html`<option value=${p} ?selected=${p === period}>${formatPeriod(lang, p)}</option>`)}
              </select></div>`
          : period ? html`<p class="muted">${formatPeriod(lang, period)}</p>` : nothing}
        ${this.renderNominees(period)}
        ${this.moderator ? this.renderReview(period) : nothing}
        <p part="status" class="status" role="status" data-kind=${this.message?.kind ?? ''}>${this.message?.text ?? ''}</p>
        ${this.renderParticipation()}
      </section>
    `;
  }

  private renderNominees(period: string | undefined) {
    const t = this.locale.t.recognition;
    const tallies = period ? tallyNominations(this.list, { period }) : [];
    const board = nomineeBoard(tallies, { publicLeaderboard: this.publicLeaderboard });
    const showCounts = this.moderator || this.publicLeaderboard;
    const winners = this.awardList.filter((a) => a.period === period);
    return html`<section aria-labelledby="nominees-heading">
      <h3 id="nominees-heading">${this.publicLeaderboard ? t.leaderboardHeading : t.nomineesHeading}</h3>
      ${this.publicLeaderboard ? nothing : html`<p class="hint">${t.quietBoard}</p>`}
      ${board.length === 0
        ? html`<p class="muted">${t.nomineesEmpty}</p>`
        : html`<ul class="plain" data-board>
            ${repeat(board, (n) => `${n.unit}|${n.nomineeKind}|${n.nominee}`, (n) => {
              const tally = tallies.find((x) => x.unit === n.unit && x.nominee === n.nominee && x.nomineeKind === n.nomineeKind) as NomineeTally;
              const won = winners.some((a) => a.unit === n.unit && a.nominee === n.nominee);
              return html`<li part="nominee" data-nominee=${n.nominee}>
                <div class="nominee-head">
                  ${n.rank !== undefined ? html`<span class="rank">${t.rank(n.rank)}</span>` : nothing}
                  <strong>${this.nomineeLabel(n)}</strong>
                  ${n.nomineeKind === 'person' ? html`<span class="muted">${this.unitName(n.unit)}</span>` : nothing}
                  ${showCounts ? html`<span class="count">${t.nominationsCount(tally.customers)}</span>` : nothing}
                  ${this.moderator && tally.pending > 0 ? html`<span class="muted">${t.pendingReview(tally.pending)}</span>` : nothing}
                  ${won ? html`<span part="winner">${t.winner}</span>` : nothing}
                </div>
                ${n.quotes[0] ? html`<blockquote>${n.quotes[0]}</blockquote>` : nothing}
                ${this.moderator && !won
                  ? html`<div class="row"><button type="button" data-action="choose" ?disabled=${this.busy} @click=${() => this.openChoice(tally)}>${t.chooseWinner(this.nomineeLabel(n))}</button></div>`
                  : nothing}
                ${this.choosing === tally || (this.choosing && this.choosing.nominee === n.nominee && this.choosing.unit === n.unit && this.choosing.period === n.period) ? this.renderChoice() : nothing}
              </li>`;
            })}
          </ul>`}
    </section>`;
  }

  private renderChoice() {
    const t = this.locale.t.recognition;
    return html`<form class="field" @submit=${this.confirmWinner}>
      <label for="winner-reason">${t.winnerReason}</label>
      <textarea id="winner-reason" .value=${this.winnerReason} @input=${(e: Event) => (this.winnerReason = (e.target as HTMLTextAreaElement).value)}></textarea>
      <div class="row">
        <button type="submit" class="primary" ?disabled=${this.busy}>${t.confirmWinner}</button>
        <button type="button" @click=${() => (this.choosing = undefined)}>${t.cancel}</button>
      </div>
    </form>`;
  }

  private renderReview(period: string | undefined) {
    const t = this.locale.t.recognition;
    const lang = this.locale.lang;
    const pending = this.list.filter((n) => n.status === 'pending-review' && (period === undefined || n.period === period));
    // Long queues are reviewed a page at a time; clear single matches in one go.
    const shown = pending.slice(0, 50);
    const clear = shown.filter((n) => !n.ambiguous).map((n) => n.id);
    // Candidates from a few-and-perfect team and period get a second look.
    const flagged = new Set(this.cells.filter((c) => c.flagged).map((c) => `${c.unit}\u0000${c.period}`));
    return html`<section part="review" aria-labelledby="review-heading">
      <h3 id="review-heading">${t.reviewHeading}</h3>
      <p class="hint">${t.reviewIntro}</p>
      <div class="row">
        ${this.workspace?.client ? html`<button type="button" data-action="extract" ?disabled=${this.busy} @click=${this.extract}>${t.findInComments}</button>` : nothing}
        ${clear.length > 1 ? html`<button type="button" data-action="confirm-shown" ?disabled=${this.busy} @click=${() => this.review(clear, 'confirm')}>${t.confirmShown(clear.length)}</button>` : nothing}
      </div>
      ${pending.length === 0
        ? html`<p class="muted">${t.reviewEmpty}</p>`
        : html`<ul class="plain">
            ${repeat(shown, (n) => n.id, (n) => html`<li class="candidate" data-candidate=${n.id} aria-label=${t.candidateLabel(this.nomineeLabel(n), this.unitName(n.unit))}>
              <div class="nominee-head">
                <strong>${this.nomineeLabel(n)}</strong>
                <span class="muted">${this.unitName(n.unit)}</span>
                ${n.score !== undefined ? html`<span class="muted">${t.customerScore(formatNumber(lang, n.score))}</span>` : nothing}
              </div>
              ${n.comment ? html`<blockquote>${n.comment}</blockquote>` : nothing}
              ${n.ambiguous ? html`<p class="warning">${t.ambiguous}</p>` : nothing}
              ${flagged.has(`${n.unit}\u0000${n.period}`) ? html`<p class="warning" data-few-perfect>${t.fewPerfectNote}</p>` : nothing}
              <div class="row">
                <button type="button" class="primary" data-action="confirm" ?disabled=${this.busy} @click=${() => this.review([n.id], 'confirm')}>${t.confirm}</button>
                <button type="button" data-action="dismiss" ?disabled=${this.busy} @click=${() => this.review([n.id], 'dismiss')}>${t.dismiss}</button>
              </div>
            </li>`)}
          </ul>`}
    </section>`;
  }

  private renderParticipation() {
    const t = this.locale.t;
    const lang = this.locale.lang;
    const flagged = this.cells.filter((c) => c.flagged);
    return html`<section part="participation" aria-labelledby="participation-heading">
      <h3 id="participation-heading">${t.recognition.participationHeading}</h3>
      <p class="hint">${t.recognition.participationIntro(this.minFeedback)}</p>
      ${flagged.length === 0
        ? html`<p class="muted">${t.recognition.participationEmpty}</p>`
        : html`<table>
            <thead><tr>
              <th scope="col">${t.unit}</th><th scope="col">${t.period}</th><th scope="col">${t.recognition.answers}</th>
              <th scope="col">${t.recognition.npsHeading}</th><th scope="col">${t.recognition.perfectShare}</th><th scope="col">${t.recognition.perEmployee}</th>
            </tr></thead>
            <tbody>${flagged.slice(0, 100).map((c) => html`<tr data-flagged=${c.unit}>
              <th scope="row">${c.name}</th><td>${formatPeriod(lang, c.period)}</td><td>${formatNumber(lang, c.n)}</td>
              <td>${formatNumber(lang, c.nps, 0, true)}</td><td>${formatPercent(lang, 100 * c.perfectShare)}</td><td>${formatNumber(lang, c.perEmployee, 1)}</td>
            </tr>`)}</tbody>
          </table>`}
    </section>`;
  }
}

defineElement('sym-award-board', SymAwardBoard);

declare global {
  interface HTMLElementTagNameMap {
    'sym-award-board': SymAwardBoard;
  }
}
