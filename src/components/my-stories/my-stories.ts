import { LitElement, html, css, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { consume } from '@lit/context';
import type { Unit } from '../../model/types.ts';
import type { AuthorStory } from '../../recognition/author-stories.ts';
import { MODERATION_RULES, moderationRule } from '../../recognition/moderation-rules.ts';
import { LocaleController } from '../shared/locale-controller.ts';
import { StoredDataController } from '../shared/stored-data-controller.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import type { WorkspaceState } from '../shared/workspace-context.ts';
import { defineElement } from '../shared/define.ts';
import { recognitionFormStyles } from '../story-composer/recognition-form.styles.ts';
import { SymDraftOpenEvent } from './my-stories.types.ts';
import { dateFormat } from '../../i18n/format.ts';

/**
 * @summary The author's own stories and the decision on each: waiting, published, or not
 * published with the published rule the moderator cited and the reason they gave. A rejected
 * story can be revised (it becomes a draft again); the moderation rules are listed below, as
 * published.
 *
 * Inside `<sym-workspace>` the list is read through the worker (stories the author submitted,
 * by the audit log, and their drafts); alone, set `.stories`. Pair it with
 * `<sym-story-composer>`: on `sym-draft-open`, set the composer's `draftId`.
 *
 * @fires sym-draft-open - The author asked to edit a draft, or revised a rejected story (`detail: { id, revised }`).
 * @csspart base - The list.
 * @csspart story - One story.
 * @csspart decision - The rule and reason of a rejection.
 * @csspart rules - The published moderation rules.
 * @csspart status - The outcome of the last action.
 * @cssprop --sym-color-surface - Background.
 * @cssprop --sym-color-text - Text colour.
 * @cssprop --sym-color-border - Borders.
 * @cssprop --sym-color-accent - Buttons.
 * @cssprop --sym-color-danger - Rejections.
 * @cssprop --sym-color-positive - Published stories.
 */
export class SymMyStories extends LitElement {
  static override styles = [recognitionFormStyles, css`
    [part='story'] { border: 1px solid var(--_border); border-radius: 6px; padding: 0.6rem 0.75rem; display: grid; gap: 0.35rem; }
    .story-head { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: baseline; }
    .badge { border: 1px solid currentColor; border-radius: 999px; padding: 0 0.5rem; font-size: 0.8rem; font-weight: 600; }
    .badge[data-status='published'] { color: var(--_positive); }
    .badge[data-status='rejected'] { color: var(--_danger); }
    .badge[data-status='submitted'], .badge[data-status='draft'] { color: var(--_muted); }
    [part='decision'] { border-inline-start: 3px solid var(--_danger); padding-inline-start: 0.6rem; margin: 0; display: grid; gap: 0.2rem; }
    [part='decision'] dt { font-weight: 600; font-size: 0.85rem; }
    [part='decision'] dd { margin: 0; }
    .rules li { display: grid; gap: 0.1rem; }
    summary { cursor: pointer; font-weight: 600; }
  `];

  private readonly locale = new LocaleController(this);

  /** The author, as recorded when they submitted (the composer's `author`). */
  @property() author = '';

  /** The author's stories when used without a workspace. */
  @property({ attribute: false }) stories?: AuthorStory[];

  /** Team names by id; inside a workspace, its units. */
  @property({ attribute: false }) units?: Unit[];

  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace?: WorkspaceState;

  @state() private list: AuthorStory[] = [];
  @state() private workspaceUnits: Unit[] = [];
  @state() private message?: { kind: 'ok' | 'error'; text: string };
  @state() private busy = false;
  @state() private loaded = false;

  constructor() {
    super();
    // Stored records are read again when the workspace's data changes, not on every new state.
    new StoredDataController(this, () => this.load(), () => this.author);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('stories') && this.stories) {
      this.list = this.stories;
      this.loaded = true;
    }
    // Every workspace change may be a decision on one of the author's stories.
  }

  /** Reloads the author's stories from the workspace. */
  async load(): Promise<void> {
    const client = this.workspace?.client;
    if (!client) return;
    try {
      const [list, units] = await Promise.all([client.api.authorStories(this.author), client.api.units()]);
      this.list = list;
      this.workspaceUnits = units;
      this.loaded = true;
    } catch (error) {
      this.message = { kind: 'error', text: this.locale.t.recognition.loadFailed(error instanceof Error ? error.message : String(error)) };
    }
  }

  private unitName(id: string): string {
    return (this.units ?? this.workspaceUnits).find((u) => u.id === id)?.name ?? id;
  }

  private formatDate(iso: string): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    return dateFormat(this.locale.lang, { dateStyle: 'medium' }).format(date);
  }

  private async revise(story: AuthorStory): Promise<void> {
    const t = this.locale.t.recognition;
    const client = this.workspace?.client;
    if (client) {
      this.busy = true;
      const result = await client.api.reviseStory(story.id, this.author);
      this.busy = false;
      if (!result.ok) {
        this.message = { kind: 'error', text: result.error.message };
        return;
      }
      await this.load();
    } else {
      this.list = this.list.map((s) => (s.id === story.id ? { id: s.id, title: s.title, unit: s.unit, status: 'draft', at: new Date().toISOString(), revised: true } : s));
    }
    this.message = { kind: 'ok', text: t.revisedDone };
    this.dispatchEvent(new SymDraftOpenEvent({ id: story.id, revised: true }));
  }

  protected override render() {
    const t = this.locale.t.recognition;
    return html`
      <section part="base" aria-labelledby="heading" aria-busy=${this.busy ? 'true' : 'false'}>
        <h2 id="heading">${t.myStoriesHeading}</h2>
        <p class="hint">${t.myStoriesIntro}</p>
        ${!this.author.trim() && !this.stories
          ? html`<p class="muted">${t.myStoriesNoAuthor}</p>`
          : !this.loaded && this.workspace?.client && this.message?.kind !== 'error'
            ? html`<p class="muted">${this.locale.t.loading}</p>`
          : this.loaded && this.list.length === 0
            ? html`<p class="muted">${t.myStoriesEmpty}</p>`
            : html`<ul class="plain">${repeat(this.list, (s) => s.id, (s) => this.renderStory(s))}</ul>`}
        <p part="status" class="status" role="status" data-kind=${this.message?.kind ?? ''}>${this.message?.text ?? ''}</p>
        ${this.renderRules()}
      </section>
    `;
  }

  private renderStory(story: AuthorStory) {
    const t = this.locale.t.recognition;
    const lang = this.locale.lang;
    const title = story.title.trim() || t.untitled;
    const rule = story.decision?.rule ? moderationRule(story.decision.rule) : undefined;
    const headingId = `story-${story.id}`;
    return html`<li><article part="story" data-id=${story.id} data-status=${story.status} aria-labelledby=${headingId}>
      <div class="story-head">
        <h3 id=${headingId}>${title}</h3>
        <span class="badge" data-status=${story.status}>${t.storyStatus[story.status]}</span>
      </div>
      <p class="muted">${[story.unit ? this.unitName(story.unit) : '', story.status === 'published' && story.decision
        ? t.decisionPublished(this.formatDate(story.decision.at))
        : story.status === 'rejected' && story.decision ? t.decisionRejected(this.formatDate(story.decision.at)) : t.lastChange(this.formatDate(story.at))].filter(Boolean).join(' · ')}</p>
      ${story.revised ? html`<p class="hint">${t.revisedNote}</p>` : nothing}
      ${story.status === 'rejected'
        ? html`<dl part="decision">
            ${rule ? html`<dt>${t.decisionRule}</dt><dd data-rule=${rule.id}><strong>${rule.text[lang].title}</strong>: ${rule.text[lang].text}</dd>` : nothing}
            ${story.decision?.reason ? html`<dt>${t.decisionReason}</dt><dd data-reason>${story.decision.reason}</dd>` : nothing}
          </dl>
          <div class="row"><button type="button" class="primary" data-action="revise" ?disabled=${this.busy} @click=${() => this.revise(story)}>${t.revise(title)}</button></div>`
        : nothing}
      ${story.status === 'draft'
        ? html`<div class="row"><button type="button" data-action="open" @click=${() => this.dispatchEvent(new SymDraftOpenEvent({ id: story.id, revised: story.revised ?? false }))}>${t.continueDraft(title)}</button></div>`
        : nothing}
    </article></li>`;
  }

  private renderRules() {
    const t = this.locale.t.recognition;
    const lang = this.locale.lang;
    return html`<details part="rules" class="rules">
      <summary>${t.rulesHeading}</summary>
      <p class="hint">${t.rulesIntro}</p>
      <ul class="plain">
        ${MODERATION_RULES.map((rule) => html`<li data-rule=${rule.id}>
          <strong>${rule.text[lang].title}</strong>
          <span>${rule.text[lang].text} <span class="hint">${t.ruleStage[rule.stage]}.</span></span>
        </li>`)}
      </ul>
    </details>`;
  }
}

defineElement('sym-my-stories', SymMyStories);

declare global {
  interface HTMLElementTagNameMap {
    'sym-my-stories': SymMyStories;
  }
}
