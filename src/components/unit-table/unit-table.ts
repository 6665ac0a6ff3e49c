import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { consume } from '@lit/context';
import type { AnalysisResult } from '../../analytics/analyze.ts';
import { LocaleController } from '../shared/locale-controller.ts';
import { OwnTaskElement } from '../shared/own-task.ts';
import { workspaceContext } from '../shared/workspace-context.ts';
import type { WorkspaceState } from '../shared/workspace-context.ts';
import { SymSelectEvent } from '../shared/events.ts';
import { formatMetric } from '../shared/metric-format.ts';
import type { ExportCaption, ExportCell, ExportTable, ExportableView } from '../shared/chart-export.ts';
import { formatNumber } from '../../i18n/format.ts';
import type { QuadrantId } from '../../i18n/translation.ts';
import { defineElement } from '../shared/define.ts';
import '../export-menu/export-menu.ts';
import { filterUnitRows, nextSort, paginate, sortUnitRows, unitTableFromAnalysis } from './unit-table-model.ts';
import { UNIT_METRICS } from './unit-table.types.ts';
import type { SortState, UnitCell, UnitRow, UnitSortKey, UnitTableData, UnitTableFilter } from './unit-table.types.ts';
import { unitTableStyles } from './unit-table.styles.ts';
import { placeholder } from '../shared/placeholders.ts';

const QUADRANTS: readonly QuadrantId[] = ['virtuous', 'fragile', 'untapped', 'critical'];
const LEVELS = ['region', 'site', 'team'] as const;

/**
 * @summary Every unit with every metric (eNPS, engagement, NPS, CSAT, customer effort, FCR, each
 * with its n), its quadrant and its respondent and customer counts. Column headers sort (click or
 * Enter; `aria-sort` says how); a text filter on the name (accents ignored), a quadrant filter and
 * a level filter narrow the list. Suppressed cells say why ("fewer than 5 answers"), never a
 * number. Choosing a unit selects it in the workspace. Beyond `page-size` rows the table pages.
 *
 * @csspart controls - Filters, count and export menu.
 * @csspart table - The table.
 * @csspart pager - Page buttons.
 * @cssproperty --sym-unit-table-selected-color - Background of the selected unit's row.
 * @cssproperty --sym-unit-table-max-height - Height after which the table scrolls (headers stay).
 * @cssproperty --sym-color-text - Text colour.
 * @cssproperty --sym-color-muted - Secondary text (n, suppressed cells).
 * @cssproperty --sym-color-grid - Row rules.
 * @cssproperty --sym-color-hover - Row background under the pointer.
 * @cssproperty --sym-color-surface - Header and control backgrounds.
 * @cssproperty --sym-color-border - Control borders.
 * @cssproperty --sym-color-focus - Focus ring colour.
 * @fires sym-select - A unit was chosen (again to clear); `detail.unit` is its id or undefined.
 */
export class SymUnitTable extends OwnTaskElement implements ExportableView {
  static override styles = unitTableStyles;

  private readonly locale = new LocaleController(this);

  /** Rows to list, ready-made. Takes precedence over `analysis` and the workspace. */
  @property({ attribute: false }) data?: UnitTableData;

  /** Analysis results to list when outside a workspace. */
  @property({ attribute: false }) analysis?: AnalysisResult;

  /** Period listed (`2026-Q3`); all periods pooled when absent, or the workspace's selected period. */
  @property() period?: string;

  /** Rows per page; the table pages beyond it. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 200;

  /** Selected unit when outside a workspace. */
  @property() selected?: string;

  /** The enclosing `<sym-workspace>`'s state, when there is one. */
  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace?: WorkspaceState;

  @state() private sort: SortState = { key: 'name', direction: 'ascending' };
  @state() private filter: UnitTableFilter = { text: '', quadrant: '', level: '' };
  @state() private page = 0;

  private table?: UnitTableData;
  /** Rows passing the filters, sorted. */
  private visible: UnitRow[] = [];
  /** Every row, sorted: below the page size all stay in the DOM and filtering only hides them. */
  private sorted: UnitRow[] = [];

  private get selectedUnit(): string | undefined {
    return this.workspace ? this.workspace.selection.unit : this.selected;
  }

  override willUpdate(): void {
    const analysis = this.analysis ?? this.workspace?.analysis;
    this.table = this.data ?? (analysis ? unitTableFromAnalysis(analysis, this.period ?? this.workspace?.selection.period) : undefined);
    this.sorted = this.table ? sortUnitRows(this.table.rows, this.sort, this.locale.lang) : [];
    this.visible = this.table ? filterUnitRows(this.sorted, this.filter) : [];
  }

  // ---- event handlers ----

  private setFilter(change: UnitTableFilter): void {
    this.filter = { ...this.filter, ...change };
    this.page = 0;
  }

  private sortBy(key: UnitSortKey): void {
    this.sort = nextSort(this.sort, key);
  }

  private choose(row: UnitRow): void {
    const unit = this.selectedUnit === row.id ? undefined : row.id;
    if (!this.workspace) this.selected = unit;
    this.dispatchEvent(new SymSelectEvent({ unit }));
    this.workspace?.select({ unit });
  }

  private handleRowClick(event: MouseEvent, row: UnitRow): void {
    // The name button handles its own activation; a click elsewhere on the row selects too.
    if ((event.target as Element).closest('button')) return;
    this.choose(row);
  }

  // ---- export ----

  /** Every row passing the filters (all pages), raw numbers, suppressed cells as their reason. */
  exportTable(): ExportTable | undefined {
    const table = this.table;
    if (!table) return undefined;
    const t = this.locale.t;
    const columns = [t.unit, t.unitTable.levelHeading, t.quadrantHeading, t.unitTable.respondentsHeading, t.unitTable.customersHeading,
      ...UNIT_METRICS.flatMap((m) => [t.metric[m], `${t.n} (${t.metric[m]})`])];
    const rows = this.visible.map((row): ExportCell[] => [
      row.name, t.unitTable.level[row.level], row.quadrant ? t.quadrant[row.quadrant] : '', row.respondents, row.customers,
      ...UNIT_METRICS.flatMap((m): ExportCell[] => {
        const cell = row.cells[m];
        return cell.kind === 'value' ? [cell.value, cell.n] : [this.cellReason(cell, table), null];
      }),
    ]);
    return { columns, rows };
  }

  exportCaption(): ExportCaption {
    const table = this.table;
    const t = this.locale.t;
    const filters: string[] = [];
    if (this.filter.text) filters.push(`${t.unitTable.filterLabel}: “${this.filter.text}”`);
    if (this.filter.quadrant) filters.push(`${t.unitTable.quadrantFilter}: ${this.filter.quadrant === 'none' ? t.unitTable.noQuadrant : t.quadrant[this.filter.quadrant]}`);
    if (this.filter.level) filters.push(`${t.unitTable.levelFilter}: ${t.unitTable.level[this.filter.level]}`);
    return {
      title: t.unitTable.title,
      ...(filters.length > 0 ? { filters } : {}),
      ...(table?.period ? { period: table.period } : {}),
      n: { value: this.visible.length, what: 'units' },
      ...(table ? { thresholds: { minEmployees: table.minEmployees, minCustomers: table.minCustomers } } : {}),
    };
  }

  // ---- rendering ----

  private cellReason(cell: UnitCell, table: UnitTableData): string {
    const t = this.locale.t.unitTable;
    if (cell.kind !== 'suppressed') return t.noDataCell;
    if (cell.reason === 'few-customers') return t.fewCustomersCell(table.minCustomers);
    return cell.reason === 'complementary' ? t.complementaryCell : t.suppressedCell(table.minEmployees);
  }

  protected override render() {
    const t = this.locale.t;
    const table = this.table;
    if (!table) {
      return placeholder(this.workspace?.status === 'loading' && !this.data && !this.analysis, t, t.unitTable.empty);
    }
    const page = paginate(this.visible, this.page, this.pageSize);
    // Hiding rows instead of re-creating them keeps each keystroke of the filter well under 50 ms.
    const hideOnly = table.rows.length <= this.pageSize;
    const shown = new Set(this.visible);
    return html`
      ${this.renderControls(table)}
      ${this.visible.length === 0 ? html`<p class="muted" role="status">${t.unitTable.noMatch}</p>` : nothing}
      <div class="scroll" tabindex="0" role="region" aria-label=${t.unitTable.title} ?hidden=${this.visible.length === 0}>
        ${this.renderTable(table, hideOnly ? this.sorted : page.rows, hideOnly ? shown : undefined)}
      </div>
      ${page.pages > 1 ? html`<div class="pager" part="pager">
        <button type="button" ?disabled=${page.page === 0} @click=${() => (this.page = page.page - 1)}>${t.unitTable.previousPage}</button>
        <span>${t.unitTable.page(page.page + 1, page.pages)}</span>
        <button type="button" ?disabled=${page.page === page.pages - 1} @click=${() => (this.page = page.page + 1)}>${t.unitTable.nextPage}</button>
      </div>` : nothing}
    `;
  }

  private renderControls(table: UnitTableData) {
    const t = this.locale.t;
    const u = t.unitTable;
    return html`<div class="controls" part="controls">
      <label>${u.filterLabel}
        <input type="search" .value=${this.filter.text ?? ''} @input=${(e: Event) => this.setFilter({ text: (e.target as HTMLInputElement).value })}>
      </label>
      <label>${u.quadrantFilter}
        <select @change=${(e: Event) => this.setFilter({ quadrant: (e.target as HTMLSelectElement).value as UnitTableFilter['quadrant'] })}>
          <option value="" ?selected=${!this.filter.quadrant}>${u.allQuadrants}</option>
          ${QUADRANTS.map((q) => html`<option value=${q} ?selected=${this.filter.quadrant === q}>${t.quadrant[q]}</option>`)}
          <option value="none" ?selected=${this.filter.quadrant === 'none'}>${u.noQuadrant}</option>
        </select>
      </label>
      <label>${u.levelFilter}
        <select @change=${(e: Event) => this.setFilter({ level: (e.target as HTMLSelectElement).value as UnitTableFilter['level'] })}>
          <option value="" ?selected=${!this.filter.level}>${u.allLevels}</option>
          ${LEVELS.map((l) => html`<option value=${l} ?selected=${this.filter.level === l}>${u.level[l]}</option>`)}
        </select>
      </label>
      <span class="count" role="status">${u.count(this.visible.length, table.rows.length)}</span>
      <sym-export-menu .target=${this} filename="units"></sym-export-menu>
    </div>`;
  }

  private header(key: UnitSortKey, label: string, numeric = false) {
    const sorted = this.sort.key === key;
    const ariaSort = sorted ? this.sort.direction : 'none';
    return html`<th scope="col" aria-sort=${ariaSort} class=${numeric ? 'number' : ''}>
      <button type="button" data-sort=${key} @click=${() => this.sortBy(key)}>${label}<span class="arrow" aria-hidden="true">${sorted ? (this.sort.direction === 'ascending' ? '▲' : '▼') : '↕'}</span></button>
    </th>`;
  }

  private renderTable(table: UnitTableData, rows: UnitRow[], shown?: Set<UnitRow>) {
    const t = this.locale.t;
    const u = t.unitTable;
    const lang = this.locale.lang;
    const selected = this.selectedUnit;
    return html`<table part="table">
      <caption>${u.label(this.visible.length, table.rows.length)}<span class="visually-hidden"> ${u.sortHint}</span></caption>
      <thead><tr>
        ${this.header('name', t.unit)}
        ${this.header('quadrant', t.quadrantHeading)}
        ${this.header('respondents', u.respondentsHeading, true)}
        ${this.header('customers', u.customersHeading, true)}
        ${UNIT_METRICS.map((m) => this.header(m, t.metric[m], true))}
      </tr></thead>
      <tbody>
        ${repeat(rows, (row) => row.id, (row) => html`<tr ?hidden=${shown !== undefined && !shown.has(row)} ?data-selected=${row.id === selected} @click=${(e: MouseEvent) => this.handleRowClick(e, row)}>
          <th scope="row">
            <button type="button" class="unit-button" aria-pressed=${row.id === selected ? 'true' : 'false'} @click=${() => this.choose(row)}>${row.name}</button>
            <span class="level">${u.level[row.level]}</span>
          </th>
          <td>${row.quadrant ? t.quadrant[row.quadrant] : html`<span class="muted">–</span>`}</td>
          <td class="number">${row.respondents === null ? html`<span class="muted">–</span>` : formatNumber(lang, row.respondents)}</td>
          <td class="number">${row.customers === null ? html`<span class="muted">–</span>` : formatNumber(lang, row.customers)}</td>
          ${UNIT_METRICS.map((m) => {
            const cell = row.cells[m];
            if (cell.kind === 'value') {
              return html`<td class="number" data-metric=${m}>${formatMetric(lang, m, cell.value)}<span class="n">${u.nCell(formatNumber(lang, cell.n))}</span></td>`;
            }
            return html`<td data-metric=${m} data-kind=${cell.kind}><span class=${cell.kind === 'suppressed' ? 'suppressed' : 'muted'}>${this.cellReason(cell, table)}</span></td>`;
          })}
        </tr>`)}
      </tbody>
    </table>`;
  }
}

defineElement('sym-unit-table', SymUnitTable);

declare global {
  interface HTMLElementTagNameMap {
    'sym-unit-table': SymUnitTable;
  }
}
