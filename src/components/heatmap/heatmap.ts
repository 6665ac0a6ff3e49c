import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { consume } from '@lit/context';
import { max } from 'd3';
import { LocaleController } from '../shared/locale-controller.ts';
import { OwnTaskElement } from '../shared/own-task.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import { correlationMatrixFromAnalysis, unitItemsFromAnalysis } from '../shared/analysis-view.ts';
import type { WorkspaceState } from '../shared/workspace-context.ts';
import { SymSelectEvent } from '../shared/events.ts';
import { formatMetric, formatMetricDelta } from '../shared/metric-format.ts';
import { formatNumber, formatP } from '../../i18n/format.ts';
import { defineElement } from '../shared/define.ts';
import { divergingColours, paletteStops } from './heatmap-scale.ts';
import type { CellColours, HeatmapPalette } from './heatmap-scale.ts';
import type { CorrelationCell, CorrelationHeatmapData, HeatmapData, HeatmapMode, UnitHeatmapData, UnitItemCell } from './heatmap.types.ts';
import { heatmapStyles } from './heatmap.styles.ts';
import { placeholder, tableToggle } from '../shared/placeholders.ts';

/** Correlations with an adjusted p below this get the "*" mark. */
const HEATMAP_ALPHA = 0.05;

/** One rendered cell of the grid, whatever the mode. */
interface GridCell {
  text: string;
  delta?: string;
  mark?: string;
  /** Accessible name: the row, the column, the value and what the colour and mark mean. */
  label: string;
  /** Visually hidden explanation of a suppressed cell. */
  hidden?: string;
  colours?: CellColours;
  suppressed?: boolean;
  /** Unit id, in units mode: what Enter and click select. */
  unit?: string;
}

/** The grid derived from the data: headers, cells and what the caption says. */
interface GridModel {
  label: string;
  corner: string;
  rowHeaders: string[];
  columnHeaders: string[];
  cells: GridCell[][];
  /** Units mode: the unit id of each row, so the selected unit's whole row is highlighted. */
  rowUnits?: string[];
  summary: string;
}

/** Keys stay out of object properties: ids come from CSV headers (`__proto__`, `constructor`). */
const cellKey = (row: string, column: string) => `${row}\u0000${column}`;

/**
 * @summary A heatmap as an accessible grid. In `correlations` mode, employee metrics (rows) ×
 * customer metrics (columns), each cell printing its signed r on a diverging colour scale with
 * "*" when significant after Benjamini–Hochberg adjustment and n in its accessible name. In
 * `units` mode, units × items, each cell printing the score and its signed difference from the
 * parent unit; cells below the anonymity floor show "—", are hatched and say why. Arrow keys
 * move from cell to cell; in units mode Enter selects the unit, and the workspace's selected
 * unit is highlighted: its row header gets a bar, its cells an outline and `aria-selected`.
 *
 * @csspart figure - The grid, legend and caption.
 * @csspart grid - The heatmap table.
 * @csspart legend - The colour legend.
 * @csspart caption - The text summary.
 * @csspart table - The data-table twin (long format, with p-values).
 * @cssproperty --sym-heatmap-empty-color - Background of a cell with no estimate.
 * @cssproperty --sym-heatmap-suppressed-color - Hatching of a suppressed cell.
 * @cssproperty --sym-heatmap-selected-color - Units mode: bar beside the selected unit's row header (defaults to the focus colour).
 * @cssproperty --sym-color-text - Text colour.
 * @cssproperty --sym-color-muted - Secondary text.
 * @cssproperty --sym-color-grid - Rules of the data table.
 * @cssproperty --sym-color-surface - Button background.
 * @cssproperty --sym-color-border - Borders of the button and legend.
 * @cssproperty --sym-color-focus - Focus ring colour.
 * @event sym-select - Units mode: a unit was chosen; `detail.unit` is its id (undefined to clear).
 */
export class SymHeatmap extends OwnTaskElement {
  static override styles = heatmapStyles;

  private readonly locale = new LocaleController(this);

  /** Which view: `correlations` (metric × metric) or `units` (unit × item). Follows `data.mode` when data is set. */
  @property({ reflect: true }) mode: HeatmapMode = 'correlations';

  /** Diverging palette: `rdbu` (red–blue) or `puor` (purple–orange). */
  @property() palette: HeatmapPalette = 'rdbu';

  /** Cells to draw. */
  @property({ attribute: false }) data?: HeatmapData;

  /** Units mode: the selected unit id when outside a workspace (inside one, the workspace's selection wins). */
  @property() selected?: string;

  /** The enclosing `<sym-workspace>`'s state, when there is one. */
  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace?: WorkspaceState;

  @state() private focusRow = 0;
  @state() private focusColumn = 0;
  @state() private showTable = false;

  private grid?: GridModel;

  private get view(): HeatmapData | undefined {
    const analysis = this.workspace?.analysis;
    if (this.data || !analysis) return this.data;
    return this.mode === 'units' ? unitItemsFromAnalysis(analysis) : correlationMatrixFromAnalysis(analysis);
  }

  override willUpdate(): void {
    const view = this.view;
    if (view && view.mode !== this.mode) this.mode = view.mode;
    this.grid = view ? (view.mode === 'correlations' ? this.correlationGrid(view) : this.unitGrid(view)) : undefined;
    if (this.grid) {
      this.focusRow = Math.min(this.focusRow, Math.max(0, this.grid.rowHeaders.length - 1));
      this.focusColumn = Math.min(this.focusColumn, Math.max(0, this.grid.columnHeaders.length - 1));
    }
  }

  private correlationGrid(view: CorrelationHeatmapData): GridModel {
    const t = this.locale.t;
    const lang = this.locale.lang;
    const colours = divergingColours(1, this.palette);
    const byKey = new Map(view.cells.map((c) => [cellKey(c.row, c.column), c]));
    const rowHeaders = view.rows.map((id) => t.measureLabel(id));
    const columnHeaders = view.columns.map((id) => t.measureLabel(id));
    const cells = view.rows.map((row, i) => view.columns.map((column, j): GridCell => {
      const cell = byKey.get(cellKey(row, column));
      const rowName = rowHeaders[i]!;
      const columnName = columnHeaders[j]!;
      if (!cell || !Number.isFinite(cell.r)) return { text: '–', label: `${rowName}, ${columnName}: ${t.noValue}` };
      const significant = cell.pAdjusted < HEATMAP_ALPHA;
      const r = formatNumber(lang, cell.r, 2, true);
      return {
        text: r,
        mark: significant ? '*' : undefined,
        colours: colours(cell.r),
        label: t.heatmapCorrelationCell({ row: rowName, column: columnName, r, n: cell.n, p: formatP(lang, cell.pAdjusted), significant }),
      };
    }));
    const finite = view.cells.filter((c) => Number.isFinite(c.r));
    const strongest = [...finite].sort((a, b) => Math.abs(b.r) - Math.abs(a.r))[0];
    const summary = t.heatmapCorrelationsSummary({
      rows: view.rows.length,
      columns: view.columns.length,
      significantCount: finite.filter((c) => c.pAdjusted < HEATMAP_ALPHA).length,
      strongest: strongest && { row: t.measureLabel(strongest.row), column: t.measureLabel(strongest.column), r: formatNumber(lang, strongest.r, 2, true) },
    });
    return { label: t.heatmapCorrelationsLabel, corner: `${t.employeeMetricHeading} / ${t.customerMetricHeading}`, rowHeaders, columnHeaders, cells, summary };
  }

  private unitGrid(view: UnitHeatmapData): GridModel {
    const t = this.locale.t;
    const lang = this.locale.lang;
    const byKey = new Map(view.cells.map((c) => [cellKey(c.unit, c.item), c]));
    // Symmetric around zero so equal gaps above and below the parent look equally strong.
    const extent = max(view.cells, (c) => (c.suppressed || c.delta === null ? undefined : Math.abs(c.delta))) || 1;
    const colours = divergingColours(extent, this.palette);
    const rowHeaders = view.units.map((u) => u.name);
    const columnHeaders = view.items.map((id) => t.measureLabel(id));
    const cells = view.units.map((unit, i) => view.items.map((item, j): GridCell => {
      const cell = byKey.get(cellKey(unit.id, item));
      const base = { unit: unit.id };
      const where = `${rowHeaders[i]!}, ${columnHeaders[j]!}`;
      if (cell?.suppressed) {
        const hidden = t.suppressed(view.threshold);
        return { ...base, text: '—', suppressed: true, hidden, label: `${where}: ${hidden}` };
      }
      if (!cell || cell.value === null || !Number.isFinite(cell.value)) return { ...base, text: '–', label: `${where}: ${t.noValue}` };
      const value = formatMetric(lang, item, cell.value);
      const delta = cell.delta === null || !Number.isFinite(cell.delta) ? undefined : formatMetricDelta(lang, item, cell.delta);
      return {
        ...base,
        text: value,
        delta,
        colours: delta === undefined ? undefined : colours(cell.delta!),
        label: t.heatmapUnitCell({ unit: rowHeaders[i]!, item: columnHeaders[j]!, value, delta }),
      };
    }));
    const summary = t.heatmapUnitsSummary({
      units: view.units.length,
      items: view.items.length,
      suppressed: view.cells.filter((c: UnitItemCell) => c.suppressed).length,
      threshold: view.threshold,
    });
    return { label: t.heatmapUnitsLabel, corner: `${t.unit} / ${t.itemHeading}`, rowHeaders, columnHeaders, cells, rowUnits: view.units.map((u) => u.id), summary };
  }

  private handleKeydown(event: KeyboardEvent): void {
    const grid = this.grid;
    if (!grid || grid.rowHeaders.length === 0 || grid.columnHeaders.length === 0) return;
    const lastRow = grid.rowHeaders.length - 1;
    const lastColumn = grid.columnHeaders.length - 1;
    let row = this.focusRow;
    let column = this.focusColumn;
    switch (event.key) {
      case 'ArrowRight': column = Math.min(lastColumn, column + 1); break;
      case 'ArrowLeft': column = Math.max(0, column - 1); break;
      case 'ArrowDown': row = Math.min(lastRow, row + 1); break;
      case 'ArrowUp': row = Math.max(0, row - 1); break;
      case 'Home': column = 0; if (event.ctrlKey) row = 0; break;
      case 'End': column = lastColumn; if (event.ctrlKey) row = lastRow; break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.select(grid.cells[row]?.[column]);
        return;
      default: return;
    }
    event.preventDefault();
    this.focusCell(row, column);
  }

  private handleClick(event: MouseEvent): void {
    const cell = (event.target as Element).closest<HTMLElement>('td[data-row]');
    if (!cell) return;
    const row = Number(cell.dataset['row']);
    const column = Number(cell.dataset['column']);
    this.focusCell(row, column);
    this.select(this.grid?.cells[row]?.[column]);
  }

  private focusCell(row: number, column: number): void {
    this.focusRow = row;
    this.focusColumn = column;
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>(`td[data-row="${row}"][data-column="${column}"]`)?.focus());
  }

  private get selectedUnit(): string | undefined {
    return this.workspace ? this.workspace.selection.unit : this.selected;
  }

  /** Units mode only: a correlation pair is not a workspace selection. */
  private select(cell: GridCell | undefined): void {
    if (!cell?.unit) return;
    const unit = this.selectedUnit === cell.unit ? undefined : cell.unit;
    if (!this.workspace) this.selected = unit;
    this.dispatchEvent(new SymSelectEvent({ unit }));
    this.workspace?.select({ unit });
  }

  protected override render() {
    const t = this.locale.t;
    const grid = this.grid;
    const view = this.view;
    if (!view || !grid) {
      return placeholder(this.workspace?.status === 'loading', t, t.heatmapEmpty);
    }
    if (grid.rowHeaders.length === 0 || grid.columnHeaders.length === 0) return html`<p class="muted">${t.heatmapEmpty}</p>`;
    return html`
      <figure part="figure">
        <div class="scroll">${this.renderGrid(grid)}</div>
        ${this.renderLegend(view)}
        <figcaption part="caption">
          ${grid.summary}
          ${view.mode === 'correlations' ? html`<span class="note">${t.significanceNote}</span>` : nothing}
          <span class="caveat">${t.unitLevelCaveat}</span>
        </figcaption>
      </figure>
      ${tableToggle(this.showTable, () => (this.showTable = !this.showTable), t)}
      ${this.showTable ? (view.mode === 'correlations' ? this.renderCorrelationTable(view) : this.renderUnitTable(view)) : nothing}
    `;
  }

  private renderGrid(grid: GridModel) {
    const selected = this.selectedUnit;
    return html`
      <table class="grid" part="grid" role="grid" aria-label=${grid.label} @keydown=${this.handleKeydown} @click=${this.handleClick}>
        <thead>
          <tr>
            <th class="corner" scope="col">${grid.corner}</th>
            ${grid.columnHeaders.map((name) => html`<th scope="col">${name}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${grid.cells.map((row, i) => html`<tr ?data-selected=${selected !== undefined && grid.rowUnits?.[i] === selected}>
            <th scope="row">${grid.rowHeaders[i]}</th>
            ${row.map((cell, j) => html`<td class="cell ${cell.suppressed ? 'suppressed' : ''}" data-row=${i} data-column=${j}
              ?data-selected=${cell.unit !== undefined && cell.unit === selected}
              aria-selected=${cell.unit === undefined ? nothing : cell.unit === selected ? 'true' : 'false'}
              tabindex=${i === this.focusRow && j === this.focusColumn ? 0 : -1} aria-label=${cell.label}
              style=${styleMap(cell.colours ? { '--_bg': cell.colours.background, '--_fg': cell.colours.text } : {})}
              @focus=${() => { this.focusRow = i; this.focusColumn = j; }}>
              <span class="value">${cell.text}${cell.mark ? html`<span class="mark">${cell.mark}</span>` : nothing}</span>
              ${cell.delta ? html`<span class="delta">${cell.delta}</span>` : nothing}
              ${cell.hidden ? html`<span class="visually-hidden">${cell.hidden}</span>` : nothing}
            </td>`)}
          </tr>`)}
        </tbody>
      </table>
    `;
  }

  private renderLegend(view: HeatmapData) {
    const t = this.locale.t;
    const lang = this.locale.lang;
    const gradient = { backgroundImage: `linear-gradient(to right, ${paletteStops(this.palette).join(', ')})` };
    if (view.mode === 'correlations') {
      return html`<p class="legend" part="legend">
        <span class="ramp">
          <span>${formatNumber(lang, -1, 0)} ${t.heatmapScaleNegative}</span>
          <span class="gradient" style=${styleMap(gradient)}></span>
          <span>${formatNumber(lang, 1, 0, true)} ${t.heatmapScalePositive}</span>
        </span>
      </p>`;
    }
    return html`<p class="legend" part="legend">
      <span class="ramp">
        <span>${t.heatmapDeltaLower}</span>
        <span class="gradient" style=${styleMap(gradient)}></span>
        <span>${t.heatmapDeltaHigher}</span>
      </span>
      <span class="ramp"><span class="hatch"></span><span>— ${t.suppressed(view.threshold)}</span></span>
    </p>`;
  }

  private renderCorrelationTable(view: CorrelationHeatmapData) {
    const t = this.locale.t;
    const lang = this.locale.lang;
    const order = (c: CorrelationCell) => view.rows.indexOf(c.row) * view.columns.length + view.columns.indexOf(c.column);
    return html`
      <table class="twin" part="table">
        <caption>${t.dataTable}</caption>
        <thead><tr>
          <th scope="col">${t.employeeMetricHeading}</th><th scope="col">${t.customerMetricHeading}</th><th scope="col">${t.correlationHeading}</th>
          <th scope="col">${t.n}</th><th scope="col">p</th><th scope="col">${t.adjustedP}</th>
        </tr></thead>
        <tbody>
          ${[...view.cells].sort((a, b) => order(a) - order(b)).map((c) => html`<tr>
            <th scope="row">${t.measureLabel(c.row)}</th>
            <td>${t.measureLabel(c.column)}</td>
            <td>${formatNumber(lang, c.r, 2, true)}${c.pAdjusted < HEATMAP_ALPHA ? '*' : ''}</td>
            <td>${formatNumber(lang, c.n)}</td>
            <td>${formatP(lang, c.p)}</td>
            <td>${formatP(lang, c.pAdjusted)}</td>
          </tr>`)}
        </tbody>
      </table>
    `;
  }

  private renderUnitTable(view: UnitHeatmapData) {
    const t = this.locale.t;
    const lang = this.locale.lang;
    const names = new Map(view.units.map((u) => [u.id, u.name]));
    return html`
      <table class="twin" part="table">
        <caption>${t.dataTable}</caption>
        <thead><tr>
          <th scope="col">${t.unit}</th><th scope="col">${t.itemHeading}</th><th scope="col">${t.valueHeading}</th><th scope="col">Δ ${t.deltaVsParent}</th>
        </tr></thead>
        <tbody>
          ${view.cells.map((c) => html`<tr>
            <th scope="row">${names.get(c.unit) ?? c.unit}</th>
            <td>${t.measureLabel(c.item)}</td>
            ${c.suppressed
              ? html`<td colspan="2" class="muted">${t.suppressed(view.threshold)}</td>`
              : html`<td>${c.value === null ? t.noValue : formatMetric(lang, c.item, c.value)}</td>
                  <td>${c.delta === null ? '–' : formatMetricDelta(lang, c.item, c.delta)}</td>`}
          </tr>`)}
        </tbody>
      </table>
    `;
  }
}

defineElement('sym-heatmap', SymHeatmap);

declare global {
  interface HTMLElementTagNameMap {
    'sym-heatmap': SymHeatmap;
  }
}
