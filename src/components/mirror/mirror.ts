import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { AnalysisResult } from '../../analytics/analyze.ts';
import type { MirrorResult } from '../../analytics/mirror.ts';
import { LocaleController } from '../shared/locale-controller.ts';
import { OwnTaskElement } from '../shared/own-task.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import type { WorkspaceState } from '../shared/workspace-context.ts';
import type { ExportCaption, ExportTable, ExportableView } from '../shared/chart-export.ts';
import { formatNumber, formatP } from '../../i18n/format.ts';
import { defineElement } from '../shared/define.ts';
import '../export-menu/export-menu.ts';
import { mirrorMatrix } from './mirror-view.ts';
import type { MirrorCell, MirrorMatrix } from './mirror.types.ts';
import { mirrorStyles } from './mirror.styles.ts';
import { tableToggle } from '../shared/placeholders.ts';

/**
 * @summary The attention mirror: employee items (rows) against the customer measures they
 * mirror (columns). Each configured pair shows its unit-level r with 95% CI, n, the
 * Benjamini–Hochberg adjusted p, and whether it goes the expected way (✓ as expected, ✗ opposite)
 * and is significant ("*", solid border) — shape, words and border, not colour alone. Arrow keys
 * move from cell to cell; a text summary and a data-table twin list every pair.
 *
 * @csspart figure - The matrix, legend and caption.
 * @csspart grid - The matrix table.
 * @csspart legend - The legend.
 * @csspart caption - The text summary.
 * @csspart table - The data-table twin.
 * @cssproperty --sym-mirror-expected-color - Background of a significant pair going the expected way.
 * @cssproperty --sym-mirror-opposite-color - Background of a significant pair going the opposite way.
 * @cssproperty --sym-mirror-neutral-color - Background of a pair not significant after adjustment.
 * @cssproperty --sym-color-text - Text colour and border of significant pairs.
 * @cssproperty --sym-color-muted - Secondary text.
 * @cssproperty --sym-color-grid - Rules of the data table.
 * @cssproperty --sym-color-surface - Gaps between cells, button background.
 * @cssproperty --sym-color-border - Dashed border of pairs not significant; button border.
 * @cssproperty --sym-color-focus - Focus ring colour.
 */
export class SymMirror extends OwnTaskElement implements ExportableView {
  static override styles = mirrorStyles;

  private readonly locale = new LocaleController(this);

  /** The mirror to draw; when absent, that of `analysis` or of the enclosing workspace. */
  @property({ attribute: false }) data?: MirrorResult;

  /** Analysis results to draw from when outside a workspace. */
  @property({ attribute: false }) analysis?: AnalysisResult;

  /** The enclosing `<sym-workspace>`'s state, when there is one. */
  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace?: WorkspaceState;

  @state() private focusRow = 0;
  @state() private focusColumn = 0;
  @state() private showTable = false;

  private matrix?: MirrorMatrix;

  private get view(): MirrorResult | undefined {
    return this.data ?? (this.analysis ?? this.workspace?.analysis)?.mirror;
  }

  override willUpdate(): void {
    const view = this.view;
    this.matrix = view ? mirrorMatrix(view) : undefined;
    if (this.matrix) {
      this.focusRow = Math.min(this.focusRow, Math.max(0, this.matrix.rows.length - 1));
      this.focusColumn = Math.min(this.focusColumn, Math.max(0, this.matrix.columns.length - 1));
    }
  }

  private handleKeydown(event: KeyboardEvent): void {
    const matrix = this.matrix;
    if (!matrix || matrix.rows.length === 0) return;
    const lastRow = matrix.rows.length - 1;
    const lastColumn = matrix.columns.length - 1;
    let row = this.focusRow;
    let column = this.focusColumn;
    switch (event.key) {
      case 'ArrowRight': column = Math.min(lastColumn, column + 1); break;
      case 'ArrowLeft': column = Math.max(0, column - 1); break;
      case 'ArrowDown': row = Math.min(lastRow, row + 1); break;
      case 'ArrowUp': row = Math.max(0, row - 1); break;
      case 'Home': column = 0; if (event.ctrlKey) row = 0; break;
      case 'End': column = lastColumn; if (event.ctrlKey) row = lastRow; break;
      default: return;
    }
    event.preventDefault();
    this.focusRow = row;
    this.focusColumn = column;
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>(`td[data-row="${row}"][data-column="${column}"]`)?.focus());
  }

  // ---- export ----

  /** Every pair with raw numbers, for `<sym-export-menu>`. */
  exportTable(): ExportTable | undefined {
    const matrix = this.matrix;
    if (!matrix) return undefined;
    const t = this.locale.t;
    const m = t.mirror;
    return {
      columns: [t.employeeMetricHeading, t.customerMetricHeading, m.expectedHeading, m.observedHeading, 'r', `${t.ciHeading} −`, `${t.ciHeading} +`, t.n, 'p', t.adjustedP, m.verdictHeading, m.significanceHeading],
      rows: this.cellsInOrder(matrix).map((c) => [
        t.measureLabel(c.entry.metric), t.measureLabel(c.entry.customer), m.expected[c.entry.expected], m.observed[c.observed],
        c.entry.r, c.entry.ci[0], c.entry.ci[1], c.entry.n, c.entry.p, c.entry.pAdjusted, m.verdict[c.verdict],
        c.verdict === 'no-estimate' ? '' : c.entry.significant ? t.significantAfterBh : t.notSignificantAfterBh,
      ]),
    };
  }

  exportCaption(): ExportCaption {
    const matrix = this.matrix;
    const n = matrix ? Math.max(0, ...matrix.cells.flat().map((c) => c?.entry.n ?? 0)) : 0;
    const thresholds = (this.analysis ?? this.workspace?.analysis)?.thresholds;
    return {
      title: this.locale.t.mirror.title,
      n: { value: n, what: 'units' },
      ...(thresholds ? { granularity: thresholds.granularity, thresholds: { minEmployees: thresholds.minEmployees, minCustomers: thresholds.minCustomers, alpha: thresholds.alpha } } : {}),
      notes: [this.locale.t.mirror.method, this.locale.t.unitLevelCaveat],
    };
  }

  private cellsInOrder(matrix: MirrorMatrix): MirrorCell[] {
    return matrix.cells.flat().filter((c): c is MirrorCell => c !== undefined);
  }

  // ---- rendering ----

  protected override render() {
    const t = this.locale.t;
    const matrix = this.matrix;
    if (!matrix || matrix.counts.pairs === 0) {
      return this.workspace?.status === 'loading' && !this.data && !this.analysis
        ? html`<p class="muted" aria-busy="true">${t.loading}</p>`
        : html`<p class="muted">${t.mirror.empty}</p>${matrix && matrix.missing.length > 0 ? html`<p class="note">${this.missingText(matrix)}</p>` : nothing}`;
    }
    return html`
      <div class="toolbar"><sym-export-menu .target=${this} filename="attention-mirror"></sym-export-menu></div>
      <figure part="figure">
        <div class="scroll" tabindex="0" role="region" aria-label=${t.mirror.title}>${this.renderGrid(matrix)}</div>
        ${this.renderLegend()}
        <figcaption part="caption">
          <span>${t.mirror.summary(matrix.counts)}</span>
          ${matrix.missing.length > 0 ? html`<span class="note">${this.missingText(matrix)}</span>` : nothing}
          <span class="note">${t.mirror.method}</span>
          <span class="note">${t.unitLevelCaveat}</span>
        </figcaption>
      </figure>
      ${tableToggle(this.showTable, () => (this.showTable = !this.showTable), t)}
      ${this.showTable ? this.renderTable(matrix) : nothing}
    `;
  }

  private missingText(matrix: MirrorMatrix): string {
    const t = this.locale.t;
    return t.mirror.missing(matrix.missing.map((p) => `${t.measureLabel(p.employee)} ↔ ${t.measureLabel(p.customer)}`).join(', '));
  }

  private cellLabel(cell: MirrorCell): string {
    const t = this.locale.t;
    const lang = this.locale.lang;
    const { entry } = cell;
    const employee = t.measureLabel(entry.metric);
    const customer = t.measureLabel(entry.customer);
    if (cell.verdict === 'no-estimate') return t.mirror.noEstimateLabel(employee, customer, entry.n);
    const p = formatP(lang, entry.pAdjusted);
    return t.mirror.cellLabel({
      employee, customer, r: formatNumber(lang, entry.r, 2, true), lo: formatNumber(lang, entry.ci[0], 2, true), hi: formatNumber(lang, entry.ci[1], 2, true),
      n: entry.n, p: p.startsWith('<') ? p : `= ${p}`, expected: t.mirror.expected[entry.expected], verdict: t.mirror.verdict[cell.verdict], significant: entry.significant,
    });
  }

  private renderGrid(matrix: MirrorMatrix) {
    const t = this.locale.t;
    const lang = this.locale.lang;
    return html`
      <table class="grid" part="grid" role="grid" aria-label=${t.mirror.label} @keydown=${this.handleKeydown}>
        <thead><tr>
          <th scope="col">${t.mirror.corner}</th>
          ${matrix.columns.map((c) => html`<th scope="col">${t.measureLabel(c)}</th>`)}
        </tr></thead>
        <tbody>
          ${matrix.rows.map((row, i) => html`<tr>
            <th scope="row">${t.measureLabel(row)}</th>
            ${matrix.columns.map((column, j) => {
              const cell = matrix.cells[i]![j];
              const tabindex = i === this.focusRow && j === this.focusColumn ? 0 : -1;
              const focus = () => { this.focusRow = i; this.focusColumn = j; };
              if (!cell) {
                // A quiet dash on screen; the reason in words for screen readers.
                return html`<td class="cell empty" data-row=${i} data-column=${j} tabindex=${tabindex} @focus=${focus}>
                  <span aria-hidden="true">·</span>
                  <span class="visually-hidden">${t.measureLabel(row)}, ${t.measureLabel(column)}: ${t.mirror.notPaired}</span></td>`;
              }
              const { entry } = cell;
              const estimable = cell.verdict !== 'no-estimate';
              return html`<td class="cell" data-row=${i} data-column=${j} data-verdict=${cell.verdict}
                ?data-significant=${estimable && entry.significant} tabindex=${tabindex} @focus=${focus}>
                <span aria-hidden="true">
                  <span class="value">${estimable ? formatNumber(lang, entry.r, 2, true) : '–'}${estimable && entry.significant ? html`<span class="mark">*</span>` : nothing}</span>
                  ${estimable ? html`<span class="detail">[${formatNumber(lang, entry.ci[0], 2, true)}, ${formatNumber(lang, entry.ci[1], 2, true)}] · n = ${entry.n}</span>` : html`<span class="detail">n = ${entry.n}</span>`}
                  <span class="verdict"><span class="glyph">${t.mirror.verdictMark[cell.verdict]}</span>${t.mirror.verdict[cell.verdict]}</span>
                </span>
                <span class="visually-hidden">${this.cellLabel(cell)}</span>
              </td>`;
            })}
          </tr>`)}
        </tbody>
      </table>
    `;
  }

  private renderLegend() {
    const t = this.locale.t;
    return html`<ul class="legend" part="legend">
      <li><span class="swatch expected" aria-hidden="true"></span>${t.mirror.legendAsExpected}, ${t.significantAfterBh} *</li>
      <li><span class="swatch opposite" aria-hidden="true"></span>${t.mirror.legendOpposite}, ${t.significantAfterBh} *</li>
      <li><span class="swatch ns" aria-hidden="true"></span>${t.notSignificantAfterBh}</li>
      <li>${t.mirror.legendNoEstimate}</li>
      <li>· ${t.mirror.notPaired}</li>
    </ul>`;
  }

  private renderTable(matrix: MirrorMatrix) {
    const t = this.locale.t;
    const lang = this.locale.lang;
    const m = t.mirror;
    return html`<div class="scroll" tabindex="0" role="region" aria-label=${t.dataTable}>
      <table class="twin" part="table">
        <caption>${t.dataTable}</caption>
        <thead><tr>
          <th scope="col">${t.employeeMetricHeading}</th><th scope="col">${t.customerMetricHeading}</th>
          <th scope="col">${m.expectedHeading}</th><th scope="col">${m.observedHeading}</th>
          <th scope="col">${t.correlationHeading}</th><th scope="col">${t.ciHeading}</th><th scope="col">${t.n}</th>
          <th scope="col">${t.adjustedP}</th><th scope="col">${m.verdictHeading}</th>
        </tr></thead>
        <tbody>
          ${this.cellsInOrder(matrix).map((c) => html`<tr>
            <th scope="row">${t.measureLabel(c.entry.metric)}</th>
            <td>${t.measureLabel(c.entry.customer)}</td>
            <td>${m.expected[c.entry.expected]}</td>
            <td>${m.observed[c.observed]}</td>
            ${c.verdict === 'no-estimate'
              ? html`<td colspan="2" class="muted">${m.verdict['no-estimate']}</td>`
              : html`<td>${formatNumber(lang, c.entry.r, 2, true)}${c.entry.significant ? '*' : ''}</td>
                <td>${formatNumber(lang, c.entry.ci[0], 2, true)} – ${formatNumber(lang, c.entry.ci[1], 2, true)}</td>`}
            <td>${formatNumber(lang, c.entry.n)}</td>
            <td>${formatP(lang, c.entry.pAdjusted)}</td>
            <td>${m.verdictMark[c.verdict]} ${m.verdict[c.verdict]}</td>
          </tr>`)}
        </tbody>
      </table>
    </div>`;
  }
}

defineElement('sym-mirror', SymMirror);

declare global {
  interface HTMLElementTagNameMap {
    'sym-mirror': SymMirror;
  }
}
