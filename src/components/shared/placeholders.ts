/** Pieces every chart renders the same way: its placeholder without data, its data-table toggle. */
import { html, type TemplateResult } from 'lit';

/** What a view shows without data: a busy note while the data loads, else why it is empty. */
export function placeholder(loading: boolean, t: { loading: string }, empty: string): TemplateResult {
  return loading ? html`<p class="muted" aria-busy="true">${t.loading}</p>` : html`<p class="muted">${empty}</p>`;
}

/** The button that shows or hides the table of a chart's data (its state announced by aria-expanded). */
export function tableToggle(shown: boolean, toggle: () => void, t: { showTable: string; hideTable: string }): TemplateResult {
  return html`<button class="table-toggle" aria-expanded=${shown} @click=${toggle}>${shown ? t.hideTable : t.showTable}</button>`;
}
