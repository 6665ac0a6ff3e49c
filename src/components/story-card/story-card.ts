import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { LocaleController } from '../shared/locale-controller.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import type { WorkspaceState } from '../shared/workspace-context.ts';
import { defineElement } from '../shared/define.ts';
import type { AnalysisResult } from '../../analytics/analyze.ts';
import type { Story } from '../../model/types.ts';
import type { PublishedStory } from '../../recognition/story-feed.ts';
import type { RecognitionDisplayStrings } from '../../i18n/areas/recognition-display.ts';
import { layoutStoryImage, storyCardSnippet, storyCardView } from './story-card-view.ts';
import type { StoryCardView } from './story-card-view.ts';
import { renderSafeText } from './story-text.ts';
import { storyCardStyles } from './story-card.styles.ts';

/** How a story was shared. */
export type StoryShareFormat = 'png' | 'html' | 'copy';

/**
 * Fired before a share completes; cancel it (`preventDefault()`) to handle the image or the
 * snippet yourself instead of the default download or copy.
 */
export class SymStoryShareEvent extends CustomEvent<{ id: string; format: StoryShareFormat; blob?: Blob; html?: string }> {
  constructor(detail: { id: string; format: StoryShareFormat; blob?: Blob; html?: string }) {
    super('sym-story-share', { detail, bubbles: true, composed: true, cancelable: true });
  }
}

/** Starts a download of a blob under a file name. */
function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name safe on every system, from a story id. */
function fileStem(id: string): string {
  return `story-${id.replace(/[^\p{L}\p{N}_-]+/gu, '-').slice(0, 60) || 'shared'}`;
}

/**
 * @summary One recognition story: title, text (plain text with a safe formatting subset),
 * unit, date, values as tags, the customer's quote only with the customer's consent, the
 * people recognised by name only with their consent ("a team member" otherwise) and the
 * metric the story is linked to. Shares as a PNG image or a self-contained HTML snippet.
 *
 * @fires sym-story-share - Before a share; cancelable. `detail`: `{ id, format, blob?, html? }`.
 * @csspart base - The card.
 * @csspart title - The story title.
 * @csspart body - The story text.
 * @csspart quote - The customer quote.
 * @csspart values - The list of value tags.
 * @csspart metric - The linked metric sentence.
 * @csspart share - The share buttons.
 * @cssproperty --sym-story-card-background - Card background.
 * @cssproperty --sym-story-card-radius - Card corner radius.
 * @cssproperty --sym-story-accent - Links and the quote's bar.
 * @cssproperty --sym-story-quote-background - Quote background.
 * @cssproperty --sym-story-tag-background - Value tag background.
 * @cssproperty --sym-story-tag-color - Value tag text.
 * @cssproperty --sym-story-metric-color - Linked metric text.
 * @cssproperty --sym-color-text - Text colour.
 * @cssproperty --sym-color-muted - Secondary text.
 * @cssproperty --sym-color-border - Card and button borders.
 * @cssproperty --sym-color-surface - Button background.
 * @cssproperty --sym-color-focus - Focus ring colour.
 */
export class SymStoryCard extends LitElement {
  static override styles = storyCardStyles;

  private readonly locale = new LocaleController(this);

  /** The story; consent is applied on display whatever its source. */
  @property({ attribute: false }) story?: Story | PublishedStory;

  /** Display name of the story's unit; else the feed's `unitName`, the workspace's units, or the id. */
  @property({ attribute: 'unit-name' }) unitName?: string;

  /** Analysis giving the linked metric's values; the workspace's when absent. */
  @property({ attribute: false }) analysis?: AnalysisResult;

  /** ARIA heading level of the title. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Hides the share buttons (walls of many cards). */
  @property({ type: Boolean, reflect: true }) compact = false;

  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace?: WorkspaceState;

  @state() private status = '';

  private get strings(): RecognitionDisplayStrings {
    return this.locale.t.recognitionDisplay;
  }

  /** The display model, or undefined without a story. */
  get view(): StoryCardView | undefined {
    if (!this.story) return undefined;
    return storyCardView(this.story, {
      lang: this.locale.lang, t: this.locale.t, strings: this.strings,
      unitName: this.unitName, analysis: this.analysis ?? this.workspace?.analysis,
    });
  }

  /** The card as a self-contained HTML fragment: escaped text, inline styles, no script. */
  htmlSnippet(): string {
    const view = this.view;
    return view ? storyCardSnippet(view, this.strings) : '';
  }

  /** Draws the card with canvas 2D text and encodes it as PNG. */
  async pngBlob(): Promise<Blob> {
    const view = this.view;
    if (!view) throw new Error('No story to draw.');
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d');
    if (!context) throw new Error('Canvas 2D is not available.');
    const layout = layoutStoryImage(view, this.strings, (text, font) => {
      context.font = font;
      return context.measureText(text).width;
    });
    canvas.width = layout.width;
    canvas.height = layout.height;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, layout.width, layout.height);
    context.fillStyle = '#0969da';
    context.fillRect(0, 0, layout.width, 12);
    if (layout.accentBar) context.fillRect(layout.accentBar.x, layout.accentBar.y, 6, layout.accentBar.height);
    for (const line of layout.lines) {
      context.font = line.font;
      context.fillStyle = line.color;
      context.fillText(line.text, line.x, line.y);
    }
    context.font = `600 22px system-ui, sans-serif`;
    for (const tag of layout.tags) {
      context.fillStyle = '#ddf4ff';
      context.beginPath();
      context.roundRect(tag.x, tag.y + 4, tag.width, 36, 18);
      context.fill();
      context.fillStyle = '#0a3069';
      context.fillText(tag.text, tag.x + 16, tag.y + 30);
    }
    return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed.'))), 'image/png'));
  }

  private async share(format: StoryShareFormat): Promise<void> {
    const view = this.view;
    if (!view) return;
    const strings = this.strings;
    this.status = '';
    try {
      if (format === 'png') {
        const blob = await this.pngBlob();
        if (this.dispatchEvent(new SymStoryShareEvent({ id: view.id, format, blob }))) download(blob, `${fileStem(view.id)}.png`);
        return;
      }
      const snippet = this.htmlSnippet();
      if (!this.dispatchEvent(new SymStoryShareEvent({ id: view.id, format, html: snippet }))) return;
      if (format === 'html') download(new Blob([snippet], { type: 'text/html;charset=utf-8' }), `${fileStem(view.id)}.html`);
      else {
        await navigator.clipboard.writeText(snippet);
        this.status = strings.copied;
      }
    } catch {
      this.status = strings.shareFailed;
    }
  }

  protected override render() {
    const strings = this.strings;
    const view = this.view;
    if (!view) return html`<p class="muted">${strings.noStory}</p>`;
    return html`
      <article part="base" aria-labelledby="title">
        <div class="title" id="title" part="title" role="heading" aria-level=${this.headingLevel}>${view.title}</div>
        <p class="meta"><span class="unit">${view.unitName}</span> · <time datetime=${view.createdAt}>${view.date}</time></p>
        <div class="body" part="body">${renderSafeText(view.blocks)}</div>
        ${view.quote !== undefined
          ? html`<figure part="quote"><blockquote>${view.quote}</blockquote><figcaption>${strings.customerSaid}</figcaption></figure>`
          : nothing}
        ${view.people.length > 0 ? html`<p class="people"><span class="label">${strings.recognised}</span> ${view.people.join(', ')}</p>` : nothing}
        ${view.values.length > 0
          ? html`<ul class="values" part="values" aria-label=${strings.values}>${view.values.map((v) => html`<li>${v}</li>`)}</ul>`
          : nothing}
        ${view.metric !== undefined ? html`<p class="metric" part="metric">${view.metric}</p>` : nothing}
        <footer>
          <span class="reactions">${view.reactions}</span>
          ${this.compact ? nothing : html`<div class="share" part="share" role="group" aria-label=${strings.share}>
            <button type="button" data-share="png" @click=${() => this.share('png')}>${strings.sharePng}</button>
            <button type="button" data-share="html" @click=${() => this.share('html')}>${strings.shareHtml}</button>
            <button type="button" data-share="copy" @click=${() => this.share('copy')}>${strings.copyHtml}</button>
          </div>`}
        </footer>
        ${this.compact ? nothing : html`<p class="status" role="status">${this.status}</p>`}
      </article>
    `;
  }
}

defineElement('sym-story-card', SymStoryCard);

declare global {
  interface HTMLElementTagNameMap {
    'sym-story-card': SymStoryCard;
  }
  interface GlobalEventHandlersEventMap {
    'sym-story-share': SymStoryShareEvent;
  }
}
