/**
 * Export of any view: the rendered SVG as a standalone file (computed styles inlined, so it looks
 * the same outside the page), a PNG rasterised from it at 2× pixels, the table behind the view as
 * CSV, and a printable page. Every export carries a caption: active filters, period, n and the
 * thresholds that applied.
 *
 * The CSV, caption and table-as-SVG builders are pure (node tests reach them); serialising,
 * rasterising, downloading and printing need a DOM. CSV text cells reuse the formula-injection
 * guard of `model/csv-export.ts` (a leading apostrophe before = + - @ tab CR).
 *
 * @module
 */

import { csvNumberCell, csvTextCell } from '../../model/csv-export.ts';
import { escapeMarkup } from '../../model/escape-markup.ts';
import { formatNumber, formatPeriod, translation, dateFormat } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/translation.ts';
import type { WorkspaceState } from './workspace-context.ts';

/** A cell of an exported table: numbers stay numbers in the CSV; null and NaN are empty. */
export type ExportCell = string | number | null | undefined;

/** The table behind a view: what its data-table twin lists, with raw numbers where it has them. */
export interface ExportTable {
  columns: string[];
  rows: ExportCell[][];
}

/** The filter fields a caption reports (`AnalysisFilter` of the analytics layer). */
interface AnalysisFilterLike {
  periodFrom?: string;
  periodTo?: string;
  units?: string[];
  segment?: string[];
  channel?: string[];
}

/** What an export says about the view it came from. Display strings are already localised. */
export interface ExportCaption {
  /** What the view shows, e.g. "Engagement and NPS over time". */
  title?: string;
  /** Display name of the unit shown or selected. */
  unit?: string;
  /** Period id (`2026-Q3`); absent when all periods are pooled. */
  period?: string;
  /** Range of periods shown (ids; an open end is the first or last period of the data). */
  periodRange?: { from: string; to: string };
  granularity?: 'month' | 'quarter' | 'year';
  /** Active filters, each already written out ("Segment: B2B"). */
  filters?: string[];
  n?: { value: number; what: 'units' | 'respondents' | 'pairs' };
  thresholds?: { minEmployees: number; minCustomers: number; alpha?: number; lag?: number };
  /** Further lines, e.g. the "unit-level association" caveat. */
  notes?: string[];
  /** When the export was made; the caption omits the line when absent. */
  exportedAt?: Date;
}

/**
 * What a view may implement so `<sym-export-menu>` exports it well. Every method is optional:
 * without `exportSvg` the menu takes the first `svg[part~="plot"]` of the view's shadow root (or
 * draws the table as an SVG table), without `exportTable` it reads the first `<table>` there.
 */
export interface ExportableView {
  exportSvg?(): SVGSVGElement | undefined;
  exportTable?(): ExportTable | undefined;
  exportCaption?(): ExportCaption;
}

/** A standalone SVG document and its size in CSS pixels. */
export interface SvgDocument {
  text: string;
  width: number;
  height: number;
}

const LINE_END = '\r\n';

/** One CSV cell: text through the formula guard and RFC 4180 quoting, numbers as numbers. */
export function csvCell(value: ExportCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? csvNumberCell(value) : '';
  return csvTextCell(value);
}

/**
 * The table as CSV (CRLF line ends, no byte-order mark). Caption lines come first, one cell
 * each, then an empty line, then the header row: spreadsheets show them above the data and
 * `skiprows` skips them in code.
 */
export function tableToCsv(table: ExportTable, caption: readonly string[] = []): string {
  const lines = caption.length > 0 ? [...caption.map((line) => csvCell(line)), ''] : [];
  lines.push(table.columns.map((c) => csvCell(c)).join(','));
  for (const row of table.rows) lines.push(table.columns.map((_, i) => csvCell(row[i])).join(','));
  return lines.join(LINE_END) + LINE_END;
}

/** The caption as lines of text in the reader's language. */
export function captionLines(caption: ExportCaption, lang: Lang): string[] {
  const t = translation(lang).exporting;
  const lines: string[] = [];
  if (caption.title) lines.push(caption.title);
  if (caption.unit) lines.push(t.captionUnit(caption.unit));
  lines.push(caption.filters && caption.filters.length > 0 ? t.captionFilters(caption.filters.join(' · ')) : t.captionNoFilters);
  if (caption.period) lines.push(t.captionPeriod(formatPeriod(lang, caption.period)));
  else if (caption.periodRange) lines.push(t.captionPeriodRange(formatPeriod(lang, caption.periodRange.from), formatPeriod(lang, caption.periodRange.to)));
  else if (caption.granularity) lines.push(t.captionAllPeriods(caption.granularity));
  if (caption.n) {
    const what = caption.n.what === 'units' ? t.nUnits : caption.n.what === 'respondents' ? t.nRespondents : t.nPairs;
    lines.push(t.captionN(formatNumber(lang, caption.n.value), what));
  }
  if (caption.thresholds) {
    const { minEmployees, minCustomers, alpha, lag } = caption.thresholds;
    lines.push(t.captionThresholds(minEmployees, minCustomers));
    if (alpha !== undefined) lines.push(t.captionSignificance(formatNumber(lang, alpha, 2)));
    if (lag !== undefined) lines.push(t.captionLag(lag));
  }
  for (const note of caption.notes ?? []) lines.push(note);
  if (caption.exportedAt) {
    const date = dateFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(caption.exportedAt);
    lines.push(t.captionExported(`${date} UTC`));
  }
  return lines;
}

/**
 * The caption of a view inside `<sym-workspace>`: selected unit and period, the floors and lag of
 * the analysis, the linked units as n. Selection keys other than unit and period (added by
 * filter bars) become filter lines. `overrides` win over what the workspace says.
 */
export function captionFromWorkspace(state: WorkspaceState | undefined, lang: Lang, overrides: ExportCaption = {}): ExportCaption {
  const caption: ExportCaption = {};
  const analysis = state?.analysis;
  const selection = state?.selection ?? {};
  if (selection.unit) caption.unit = analysis?.units.find((u) => u.unit === selection.unit)?.name ?? selection.unit;
  if (selection.period) caption.period = selection.period;
  const filters: string[] = [];
  const t = translation(lang).exporting;
  // The filter the shown analysis used (echoed in the result), else the one asked for.
  const filter = (analysis as { filter?: AnalysisFilterLike } | undefined)?.filter ?? (state as { filter?: AnalysisFilterLike } | undefined)?.filter;
  if (filter) {
    const names = new Map((analysis?.units ?? []).map((u) => [u.unit, u.name]));
    if (filter.units?.length) filters.push(t.filterUnits(filter.units.map((id) => names.get(id) ?? id).join(', ')));
    if (filter.segment?.length) filters.push(t.filterSegment(filter.segment.join(', ')));
    if (filter.channel?.length) filters.push(t.filterChannel(filter.channel.join(', ')));
    const axis = analysis?.periods.map((p) => p.period) ?? [];
    if (!selection.period && (filter.periodFrom || filter.periodTo)) {
      const from = filter.periodFrom ?? axis[0];
      const to = filter.periodTo ?? axis[axis.length - 1];
      if (from && to) caption.periodRange = { from, to };
    }
  }
  for (const [key, value] of Object.entries(selection)) {
    if (key === 'unit' || key === 'period' || value === undefined || value === null || value === '') continue;
    filters.push(`${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`);
  }
  if (filters.length > 0) caption.filters = filters;
  const request = state?.request;
  const thresholds = analysis?.thresholds;
  caption.granularity = thresholds?.granularity ?? request?.granularity;
  if (thresholds) {
    caption.thresholds = { minEmployees: thresholds.minEmployees, minCustomers: thresholds.minCustomers, alpha: thresholds.alpha, lag: thresholds.lag };
    caption.n = { value: analysis.linkedUnits, what: 'units' };
  } else if (request?.minEmployees !== undefined && request.minCustomers !== undefined) {
    caption.thresholds = { minEmployees: request.minEmployees, minCustomers: request.minCustomers, lag: request.lag };
  }
  if (caption.granularity === undefined) delete caption.granularity;
  if (analysis) caption.notes = [translation(lang).unitLevelCaveat];
  return { ...caption, ...overrides };
}

const CAPTION_LINE_HEIGHT = 16;
const CAPTION_FONT = 'system-ui, -apple-system, "Segoe UI", sans-serif';

/** Rough width of a line of 12px sans-serif text: enough to size a table without a DOM. */
function textWidth(text: string, fontSize = 12): number {
  return Math.ceil([...text].length * fontSize * 0.58);
}

/** SVG markup of caption lines from `y` down, and the height they take. */
function captionSvg(lines: readonly string[], x: number, y: number, colour: string): { markup: string; height: number } {
  if (lines.length === 0) return { markup: '', height: 0 };
  const texts = lines.map((line, i) =>
    `<text x="${x}" y="${y + (i + 1) * CAPTION_LINE_HEIGHT}"${i === 0 ? ' font-weight="600"' : ''}>${escapeMarkup(line)}</text>`).join('');
  return {
    markup: `<g class="sym-export-caption" font-family='${CAPTION_FONT}' font-size="12" fill="${escapeMarkup(colour)}">${texts}</g>`,
    height: lines.length * CAPTION_LINE_HEIGHT + 8,
  };
}

/**
 * A table drawn as a standalone SVG document (for views that are HTML tables, such as the unit
 * table or the mirror): header row in bold, one line per row, caption below.
 */
export function tableToSvg(table: ExportTable, caption: readonly string[] = [], lang: Lang = 'en'): SvgDocument {
  const pad = 8;
  const rowHeight = 20;
  const cellText = (value: ExportCell): string =>
    value === null || value === undefined ? '' : typeof value === 'number' ? formatNumber(lang, value, Number.isInteger(value) ? 0 : 2) : value;
  const widths = table.columns.map((column, i) =>
    Math.max(textWidth(column), ...table.rows.map((row) => textWidth(cellText(row[i])))) + 2 * pad);
  const tableWidth = widths.reduce((s, w) => s + w, 0);
  const width = Math.max(tableWidth, ...caption.map((line) => textWidth(line) + 2 * pad), 120);
  const xs = widths.map((_, i) => widths.slice(0, i).reduce((s, w) => s + w, 0));
  const row = (cells: ExportCell[], y: number, bold: boolean) =>
    `<g${bold ? ' font-weight="600"' : ''}>${cells.map((cell, i) => `<text x="${(xs[i] ?? 0) + pad}" y="${y + 14}">${escapeMarkup(cellText(cell))}</text>`).join('')}</g>` +
    `<line x1="0" x2="${tableWidth}" y1="${y + rowHeight}" y2="${y + rowHeight}" stroke="#d0d7de"></line>`;
  const body = [row(table.columns, 0, true), ...table.rows.map((cells, i) => row(cells, (i + 1) * rowHeight, false))].join('');
  const tableHeight = (table.rows.length + 1) * rowHeight;
  const { markup, height: captionHeight } = captionSvg(caption, pad, tableHeight + 4, '#1f2328');
  const height = tableHeight + 4 + captionHeight;
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="100%" height="100%" fill="#ffffff"></rect>` +
    `<g font-family='${CAPTION_FONT}' font-size="12" fill="#1f2328">${body}</g>${markup}</svg>`;
  return { text, width, height };
}

/** Presentation properties copied from computed styles, so the file needs no stylesheet. */
const INLINED_PROPERTIES = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin',
  'opacity', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'visibility',
  'display', 'paint-order', 'color', 'shape-rendering',
] as const;

/** The first opaque background behind an element, crossing shadow roots; white when none. */
function backgroundBehind(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const colour = getComputedStyle(node).backgroundColor;
      if (colour && colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour)) return colour;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return '#ffffff';
}

/**
 * Serialises a rendered SVG to a standalone document: computed styles inlined on every element
 * (CSS custom properties resolved), focus attributes removed, an opaque background behind it
 * and the caption lines below it.
 */
export function serializeSvg(source: SVGSVGElement, caption: readonly string[] = []): SvgDocument {
  const box = source.viewBox.baseVal;
  const width = Number(source.getAttribute('width')) || box?.width || source.getBoundingClientRect().width;
  const height = Number(source.getAttribute('height')) || box?.height || source.getBoundingClientRect().height;
  const clone = source.cloneNode(true) as SVGSVGElement;
  const originals = [source, ...source.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (!copy) return;
    const computed = getComputedStyle(original);
    const declarations = INLINED_PROPERTIES.map((p) => [p, computed.getPropertyValue(p)] as const).filter(([, v]) => v !== '');
    copy.setAttribute('style', declarations.map(([p, v]) => `${p}:${v}`).join(';'));
    copy.removeAttribute('tabindex');
    copy.removeAttribute('class');
    copy.removeAttribute('part');
  });
  const colour = getComputedStyle(source).color || '#1f2328';
  const { markup, height: captionHeight } = captionSvg(caption, 0, height + 4, colour);
  const total = height + (captionHeight > 0 ? captionHeight + 4 : 0);
  const ns = 'http://www.w3.org/2000/svg';
  clone.setAttribute('xmlns', ns);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(total));
  clone.setAttribute('viewBox', `0 0 ${width} ${total}`);
  clone.removeAttribute('role');
  const background = document.createElementNS(ns, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', backgroundBehind(source));
  clone.insertBefore(background, clone.firstChild);
  let text = new XMLSerializer().serializeToString(clone);
  if (markup) text = text.replace(/<\/svg>$/, `${markup}</svg>`);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${text}`, width, height: total };
}

/** Rasterises an SVG document to a PNG blob at `scale` × its CSS size (2 by default: sharp on high-density screens and in slides). */
export async function svgToPng(doc: SvgDocument, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([doc.text], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(doc.width * scale));
    canvas.height = Math.max(1, Math.round(doc.height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob returned nothing'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Reads an HTML table (e.g. another chart's data-table twin) as an export table. */
export function tableFromElement(table: HTMLTableElement): ExportTable {
  const text = (cell: Element) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
  const headerRow = table.tHead?.rows[table.tHead.rows.length - 1] ?? table.rows[0];
  const columns = headerRow ? [...headerRow.cells].map(text) : [];
  const bodies = table.tBodies.length > 0 ? [...table.tBodies].flatMap((b) => [...b.rows]) : [...table.rows].slice(1);
  return { columns, rows: bodies.map((row) => [...row.cells].flatMap((cell) => [text(cell), ...Array<string>(Math.max(0, cell.colSpan - 1)).fill('')])) };
}

/** Starts a download of a blob under a file name. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Attribute that marks what a print shows; everything else on the page is hidden. */
export const PRINT_ATTRIBUTE = 'data-sym-print';

/** Print stylesheet: only the marked elements print, from the top-left of the first page. */
export const PRINT_CSS = `@media print {
  body * { visibility: hidden !important; }
  [${PRINT_ATTRIBUTE}], [${PRINT_ATTRIBUTE}] * { visibility: visible !important; }
  [${PRINT_ATTRIBUTE}="root"] { position: absolute !important; left: 0 !important; top: 0 !important; width: 100% !important; }
  @page { margin: 12mm; }
}`;

let printSheet: CSSStyleSheet | undefined;

/**
 * Prints `root` alone (PDF through the browser's print dialog). The stylesheet is adopted by the
 * document (allowed under a strict CSP) and the marks are removed once the dialog closes.
 * `alsoShow` are further elements that print with it, such as an export menu's caption.
 */
export function printElement(root: Element, alsoShow: Element[] = [], print: () => void = () => window.print()): void {
  if (!printSheet) {
    printSheet = new CSSStyleSheet();
    printSheet.replaceSync(PRINT_CSS);
  }
  if (!document.adoptedStyleSheets.includes(printSheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, printSheet];
  root.setAttribute(PRINT_ATTRIBUTE, 'root');
  for (const element of alsoShow) element.setAttribute(PRINT_ATTRIBUTE, '');
  const cleanup = () => {
    for (const element of [root, ...alsoShow]) element.removeAttribute(PRINT_ATTRIBUTE);
    window.removeEventListener('afterprint', cleanup);
  };
  window.addEventListener('afterprint', cleanup);
  try {
    print();
  } finally {
    // window.print blocks until the dialog closes in Chromium; afterprint covers the others.
    setTimeout(cleanup, 0);
  }
}
