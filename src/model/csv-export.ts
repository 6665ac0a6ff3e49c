/**
 * CSV export of the columnar tables (used by `symmetry sample --out DIR` and the demo's
 * "download" buttons). The output is what our importer reads back: comma-delimited, RFC 4180
 * quoting, CRLF line ends, a header row, NaN and missing categories as empty cells, numbers
 * written with a dot.
 *
 * Text cells that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
 * return) get a leading apostrophe, as OWASP advises against CSV injection. Only text cells are
 * guarded: numeric columns are written as numbers, so a negative number stays a number. The
 * guard is visible in the text ("'+1 pour l'équipe"); an importer that wants the original back
 * strips one apostrophe before those characters.
 *
 * The returned string has no byte-order mark; writers add one when Excel on Windows is the
 * reader (Excel reads BOM-less UTF-8 as the ANSI code page).
 */

import type { CategoricalColumn, CustomerTable, EmployeeTable, Unit } from './types.ts';
import { MISSING_CODE } from './types.ts';

const LINE_END = '\r\n';
const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** Guards a text cell against formula injection, then quotes it when RFC 4180 requires it. */
export function csvTextCell(value: string): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** A numeric cell: empty for NaN (missing), plain JavaScript number text otherwise. */
export function csvNumberCell(value: number | undefined): string {
  return value === undefined || Number.isNaN(value) ? '' : String(value);
}

/**
 * The text of each dictionary value, guarded and quoted once (not once per row), and with the
 * values that name a unit replaced by that unit's id when `unitIds` is given.
 */
function encodeDictionary(column: CategoricalColumn, unitIds?: Map<string, string>): string[] {
  return column.values.map((value) => csvTextCell(unitIds?.get(value) ?? value));
}

function categoricalCell(encoded: string[], column: CategoricalColumn, row: number): string {
  const code = column.codes[row] as number;
  return code === MISSING_CODE ? '' : (encoded[code] ?? '');
}

/**
 * Maps unit names to ids, so that a table whose unit column holds names (as many survey tools
 * export them) is written with the ids that `unitsToCsv` writes. Ids map to themselves.
 */
function unitIdLookup(units: readonly Unit[] | undefined): Map<string, string> | undefined {
  if (!units) return undefined;
  const lookup = new Map<string, string>();
  for (const unit of units) if (!lookup.has(unit.name)) lookup.set(unit.name, unit.id);
  for (const unit of units) lookup.set(unit.id, unit.id);
  return lookup;
}

function join(lines: string[]): string {
  return lines.join(LINE_END) + LINE_END;
}

/**
 * Employee responses as CSV: `unit,period,respondent,<item ids…>,enps`.
 * With `units`, unit cells that hold a unit's name are written as its id (ids stay as they are),
 * so the file links to the output of {@link unitsToCsv}.
 */
export function employeesToCsv(table: EmployeeTable, units?: readonly Unit[]): string {
  const unitCells = encodeDictionary(table.unit, unitIdLookup(units));
  const periodCells = encodeDictionary(table.period);
  const respondentCells = table.respondent ? encodeDictionary(table.respondent) : undefined;
  const header = ['unit', 'period', 'respondent', ...table.itemIds, ...(table.enps ? ['enps'] : [])].map(csvTextCell).join(',');
  const lines = [header];
  const cells: string[] = [];
  for (let i = 0; i < table.length; i++) {
    cells.length = 0;
    cells.push(
      categoricalCell(unitCells, table.unit, i),
      categoricalCell(periodCells, table.period, i),
      table.respondent && respondentCells ? categoricalCell(respondentCells, table.respondent, i) : '',
    );
    for (const column of table.items) cells.push(csvNumberCell(column[i]));
    if (table.enps) cells.push(csvNumberCell(table.enps[i]));
    lines.push(cells.join(','));
  }
  return join(lines);
}

/**
 * Customer feedback as CSV:
 * `unit,date,customer,nps,csat,ces,resolved_first_contact,channel,segment,comment`.
 * Columns absent from the table are written empty. With `units`, as in {@link employeesToCsv}.
 */
export function customersToCsv(table: CustomerTable, units?: readonly Unit[]): string {
  const unitCells = encodeDictionary(table.unit, unitIdLookup(units));
  const dateCells = encodeDictionary(table.period);
  const customerCells = table.customer ? encodeDictionary(table.customer) : undefined;
  const channelCells = table.channel ? encodeDictionary(table.channel) : undefined;
  const segmentCells = table.segment ? encodeDictionary(table.segment) : undefined;
  const lines = ['unit,date,customer,nps,csat,ces,resolved_first_contact,channel,segment,comment'];
  for (let i = 0; i < table.length; i++) {
    const comment = table.comment?.[i];
    lines.push([
      categoricalCell(unitCells, table.unit, i),
      categoricalCell(dateCells, table.period, i),
      table.customer && customerCells ? categoricalCell(customerCells, table.customer, i) : '',
      csvNumberCell(table.nps?.[i]),
      csvNumberCell(table.csat?.[i]),
      csvNumberCell(table.ces?.[i]),
      csvNumberCell(table.fcr?.[i]),
      table.channel && channelCells ? categoricalCell(channelCells, table.channel, i) : '',
      table.segment && segmentCells ? categoricalCell(segmentCells, table.segment, i) : '',
      comment ? csvTextCell(comment) : '',
    ].join(','));
  }
  return join(lines);
}

/** The unit hierarchy as CSV: `id,name,parent,level,region,segment,channel,size`. */
export function unitsToCsv(units: readonly Unit[]): string {
  const lines = ['id,name,parent,level,region,segment,channel,size'];
  for (const unit of units) {
    const a = unit.attributes ?? {};
    lines.push([
      csvTextCell(unit.id),
      csvTextCell(unit.name),
      csvTextCell(unit.parentId ?? ''),
      csvTextCell(a.level ?? ''),
      csvTextCell(a.region ?? ''),
      csvTextCell(a.segment ?? ''),
      csvTextCell(a.channel ?? ''),
      csvNumberCell(a.size),
    ].join(','));
  }
  return join(lines);
}
