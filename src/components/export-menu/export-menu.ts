import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { LocaleController } from '../shared/locale-controller.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import type { WorkspaceState } from '../shared/workspace-context.ts';
import { defineElement } from '../shared/define.ts';
import {
  captionFromWorkspace, captionLines, downloadBlob, printElement, serializeSvg, svgToPng, tableFromElement, tableToCsv, tableToSvg,
} from '../shared/chart-export.ts';
import type { ExportCaption, ExportTable, ExportableView, SvgDocument } from '../shared/chart-export.ts';
import type { ExportFormat } from '../../i18n/areas/exporting.ts';
import { exportMenuStyles } from './export-menu.styles.ts';

export type { ExportFormat };

const ALL_FORMATS: readonly ExportFormat[] = ['png', 'svg', 'csv', 'print'];

/** What an export produced. `blob` is absent for print. */
export interface ExportDetail {
  format: ExportFormat;
  filename: string;
  blob?: Blob;
}

/**
 * Fired before a file is downloaded or the print dialog opens. Cancel it (`preventDefault()`)
 * to handle the blob yourself, e.g. to upload it instead of downloading.
 */
export class SymExportEvent extends CustomEvent<ExportDetail> {
  constructor(detail: ExportDetail) {
    super('sym-export', { detail, bubbles: true, composed: true, cancelable: true });
  }
}

/** True when `inner` is `outer` or inside it, crossing shadow roots. */
function composedContains(outer: Element, inner: Element): boolean {
  for (let node: Node | null = inner; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node === outer) return true;
  }
  return false;
}

/**
 * @summary Export buttons for any view: PNG (2× pixels), SVG (styles inlined), CSV of the table
 * behind the view (formula cells neutralised) and Print (the view alone, PDF through the print
 * dialog). Every export carries a caption with the active filters, period, n and thresholds,
 * taken from the enclosing `<sym-workspace>`, the view and the `caption` property, in that order
 * of precedence (the last wins).
 *
 * Three ways to use it with any chart, including elements that know nothing about it:
 * wrap the chart (`<sym-export-menu><sym-lag-chart></sym-lag-chart></sym-export-menu>`),
 * point at it (`<sym-export-menu for="chart-id">`), or set `.target`. The chart may implement
 * `ExportableView` (`exportSvg`, `exportTable`, `exportCaption`); otherwise the menu exports the
 * first `svg[part~="plot"]` of its shadow root and reads its first `<table>` (open the data
 * table, or pass `.table`) for the CSV. A view without an SVG is exported as an SVG table.
 *
 * @slot - The view to export, when the menu wraps it.
 * @csspart menu - The group of buttons.
 * @csspart button - Each export button.
 * @csspart status - The live message after an export.
 * @csspart print-caption - The caption printed under the view.
 * @cssproperty --sym-color-text - Text colour.
 * @cssproperty --sym-color-surface - Button background.
 * @cssproperty --sym-color-border - Button border.
 * @cssproperty --sym-color-focus - Focus ring colour.
 * @cssproperty --sym-color-muted - Status text.
 * @fires sym-export - Before a download or the print dialog; cancelable. `detail`: `{ format, filename, blob? }`.
 */
export class SymExportMenu extends LitElement {
  static override styles = exportMenuStyles;

  private readonly locale = new LocaleController(this);

  /** The view to export. Defaults to the element named by `for`, else the first child. */
  @property({ attribute: false }) target?: Element;

  /** Id of the view to export, looked up in the menu's own document or shadow root. */
  @property({ attribute: 'for' }) targetId?: string;

  /** File name without extension. */
  @property() filename = 'symmetry-view';

  /** Formats offered, space-separated, among `png svg csv print`. */
  @property() formats = 'png svg csv print';

  /** Caption fields overriding what the workspace and the view say. */
  @property({ attribute: false }) caption?: ExportCaption;

  /** The table behind the view for the CSV, or a function returning it, when the view does not provide one. */
  @property({ attribute: false }) table?: ExportTable | (() => ExportTable | undefined);

  /** Scale of the PNG relative to CSS pixels. */
  @property({ type: Number, attribute: 'png-scale' }) pngScale = 2;

  /** The enclosing `<sym-workspace>`'s state, when there is one. */
  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace?: WorkspaceState;

  @state() private status = '';

  /** The element exported. */
  get view(): (Element & ExportableView) | undefined {
    if (this.target) return this.target;
    if (this.targetId) {
      const root = this.getRootNode() as Document | ShadowRoot;
      const found = root.getElementById?.(this.targetId);
      if (found) return found;
    }
    return this.firstElementChild ?? undefined;
  }

  /** The caption as it will be written, in the menu's language. */
  captionLines(): string[] {
    const view = this.view;
    const merged = captionFromWorkspace(this.workspace, this.locale.lang, { ...view?.exportCaption?.(), ...this.caption });
    return captionLines({ ...merged, exportedAt: merged.exportedAt ?? new Date() }, this.locale.lang);
  }

  /** The table behind the view: the `table` property, the view's `exportTable()`, else its first rendered `<table>`. */
  exportTable(): ExportTable | undefined {
    const given = typeof this.table === 'function' ? this.table() : this.table;
    if (given) return given;
    const view = this.view;
    const own = view?.exportTable?.();
    if (own) return own;
    const element = view?.shadowRoot?.querySelector('table') ?? view?.querySelector('table');
    return element ? tableFromElement(element) : undefined;
  }

  /** The view as a standalone SVG document with its caption. */
  svgDocument(lines = this.captionLines()): SvgDocument | undefined {
    const view = this.view;
    if (!view) return undefined;
    const svg = view.exportSvg?.()
      ?? view.shadowRoot?.querySelector<SVGSVGElement>('svg[part~="plot"]')
      ?? (view instanceof SVGSVGElement ? view : view.querySelector<SVGSVGElement>('svg[part~="plot"]'));
    if (svg) return serializeSvg(svg, lines);
    const table = this.exportTable();
    return table ? tableToSvg(table, lines, this.locale.lang) : undefined;
  }

  /**
   * Produces an export and, unless a `sym-export` listener cancels it, downloads it (or opens the
   * print dialog). Resolves to the file, or undefined for print and when there is nothing to export.
   */
  async exportAs(format: ExportFormat): Promise<Blob | undefined> {
    const t = this.locale.t.exporting;
    try {
      const blob = await this.produce(format);
      if (format !== 'print' && !blob) {
        this.status = t.nothingToExport;
        return undefined;
      }
      const filename = `${this.filename}.${format === 'print' ? 'pdf' : format}`;
      const proceed = this.dispatchEvent(new SymExportEvent({ format, filename, blob }));
      if (format === 'print') {
        // Fresh caption (export time included) before the page is laid out for print.
        this.requestUpdate();
        await this.updateComplete;
        if (proceed) this.print();
        this.status = t.printing;
        return undefined;
      }
      if (proceed) downloadBlob(blob!, filename);
      this.status = t.done(t.format[format], filename);
      return blob;
    } catch (error) {
      this.status = t.failed(t.format[format], error instanceof Error ? error.message : String(error));
      return undefined;
    }
  }

  private async produce(format: ExportFormat): Promise<Blob | undefined> {
    if (format === 'print') return undefined;
    // Views may render in a task of their own: export what they show once they have rendered.
    const pending = (this.view as { updateComplete?: Promise<unknown> } | undefined)?.updateComplete;
    if (pending) await pending;
    const lines = this.captionLines();
    if (format === 'csv') {
      const table = this.exportTable();
      // The byte-order mark makes Excel on Windows read the file as UTF-8.
      return table ? new Blob(['\uFEFF', tableToCsv(table, lines)], { type: 'text/csv;charset=utf-8' }) : undefined;
    }
    const doc = this.svgDocument(lines);
    if (!doc) return undefined;
    return format === 'svg' ? new Blob([doc.text], { type: 'image/svg+xml;charset=utf-8' }) : svgToPng(doc, this.pngScale);
  }

  /** Prints the view with the caption below it, and nothing else of the page. */
  private print(): void {
    const view = this.view;
    if (!view) return;
    if (composedContains(view, this)) printElement(view);
    else if (composedContains(this, view)) printElement(this);
    else printElement(view, [this]);
  }

  private get offered(): ExportFormat[] {
    const wanted = this.formats.split(/\s+/);
    return ALL_FORMATS.filter((f) => wanted.includes(f));
  }

  protected override render() {
    const t = this.locale.t.exporting;
    return html`
      <div class="menu" part="menu" role="group" aria-label=${t.menuLabel}>
        ${this.offered.map((format) => html`<button type="button" part="button" data-format=${format}
          title=${t.formatDescription[format]} @click=${() => void this.exportAs(format)}>${t.format[format]}</button>`)}
        <span class="status" part="status" role="status">${this.status}</span>
      </div>
      <slot></slot>
      <div class="print-caption" part="print-caption">
        ${this.view ? this.captionLines().map((line) => html`<p>${line}</p>`) : nothing}
      </div>
    `;
  }
}

defineElement('sym-export-menu', SymExportMenu);

declare global {
  interface HTMLElementTagNameMap {
    'sym-export-menu': SymExportMenu;
  }
  interface GlobalEventHandlersEventMap {
    'sym-export': SymExportEvent;
  }
}
