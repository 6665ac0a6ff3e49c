import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { LINK_REL, safeHref } from '../../recognition/safe-text.ts';
import type { SafeBlock, SafeInline } from '../../recognition/safe-text.ts';

/**
 * Renders parsed story text with Lit templates: text is always bound as text, so nothing a
 * user typed becomes markup; the href is checked again here in case a tree was built by hand.
 */
export function renderSafeText(blocks: readonly SafeBlock[]): TemplateResult[] {
  return blocks.map((block) => block.type === 'paragraph'
    ? html`<p>${renderInline(block.children)}</p>`
    : html`<ul>${block.items.map((item) => html`<li>${renderInline(item)}</li>`)}</ul>`);
}

function renderInline(nodes: readonly SafeInline[]): unknown[] {
  return nodes.map((node) => {
    switch (node.type) {
      case 'text': return node.text;
      case 'break': return html`<br>`;
      case 'strong': return html`<strong>${renderInline(node.children)}</strong>`;
      case 'em': return html`<em>${renderInline(node.children)}</em>`;
      case 'link': {
        const href = safeHref(node.href);
        return href ? html`<a href=${href} rel=${LINK_REL} target="_blank">${node.text}</a>` : node.text;
      }
      default: return nothing;
    }
  });
}
