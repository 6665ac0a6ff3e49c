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
 * By default the returned string has no byte-order mark. With `{ lang: 'fr' }` the file follows
 * French Excel instead: `;` between cells, a decimal comma, and a UTF-8 byte-order mark (Excel on
 * Windows reads BOM-less UTF-8 as the ANSI code page and splits French files on `;`).
 */

import type { CategoricalColumn, CustomerTable, EmployeeTable, Story, Unit } from './types.ts';
import { MISSING_CODE } from './types.ts';

const LINE_END = '\r\n';
const FORMULA_START = /^[=+\-@\t\r]/;
const BOM = '\uFEFF';

/** How a CSV file is written: separator, decimal mark and byte-order mark. */
export interface CsvDialect {
  separator: ',' | ';';
  decimal: '.' | ',';
  bom: boolean;
}

/** Options of the table writers: `lang: 'fr'` writes for French Excel (`;`, decimal comma, BOM). */
export interface CsvOptions {
  lang?: 'en' | 'fr';
}

const ENGLISH: CsvDialect = { separator: ',', decimal: '.', bom: false };
const FRENCH: CsvDialect = { separator: ';', decimal: ',', bom: true };

/** The dialect spreadsheets of a language expect. */
export function csvDialect(lang: 'en' | 'fr' = 'en'): CsvDialect {
  return lang === 'fr' ? FRENCH : ENGLISH;
}

const needsQuotes = { ',': /[",\r\n]/, ';': /[";\r\n]/ } as const;

/** Guards a text cell against formula injection, then quotes it when RFC 4180 requires it. */
export function csvTextCell(value: string, separator: ',' | ';' = ','): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return needsQuotes[separator].test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** A numeric cell: empty for NaN (missing), plain JavaScript number text otherwise, with the given decimal mark. */
export function csvNumberCell(value: number | undefined, decimal: '.' | ',' = '.'): string {
  if (value === undefined || Number.isNaN(value)) return '';
  const text = String(value);
  return decimal === '.' ? text : text.replace('.', ',');
}

/**
 * The text of each dictionary value, guarded and quoted once (not once per row), and with the
 * values that name a unit replaced by that unit's id when `unitIds` is given.
 */
function encodeDictionary(column: CategoricalColumn, dialect: CsvDialect, unitIds?: Map<string, string>): string[] {
  return column.values.map((value) => csvTextCell(unitIds?.get(value) ?? value, dialect.separator));
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

function join(lines: string[], dialect: CsvDialect): string {
  return (dialect.bom ? BOM : '') + lines.join(LINE_END) + LINE_END;
}

/**
 * Employee responses as CSV: `unit,period,respondent,<item ids…>,enps`.
 * With `units`, unit cells that hold a unit's name are written as its id (ids stay as they are),
 * so the file links to the output of {@link unitsToCsv}.
 */
export function employeesToCsv(table: EmployeeTable, units?: readonly Unit[], options: CsvOptions = {}): string {
  const dialect = csvDialect(options.lang);
  const { separator, decimal } = dialect;
  const unitCells = encodeDictionary(table.unit, dialect, unitIdLookup(units));
  const periodCells = encodeDictionary(table.period, dialect);
  const respondentCells = table.respondent ? encodeDictionary(table.respondent, dialect) : undefined;
  const header = ['unit', 'period', 'respondent', ...table.itemIds, ...(table.enps ? ['enps'] : [])]
    .map((name) => csvTextCell(name, separator))
    .join(separator);
  const lines = [header];
  const cells: string[] = [];
  for (let i = 0; i < table.length; i++) {
    cells.length = 0;
    cells.push(
      categoricalCell(unitCells, table.unit, i),
      categoricalCell(periodCells, table.period, i),
      table.respondent && respondentCells ? categoricalCell(respondentCells, table.respondent, i) : '',
    );
    for (const column of table.items) cells.push(csvNumberCell(column[i], decimal));
    if (table.enps) cells.push(csvNumberCell(table.enps[i], decimal));
    lines.push(cells.join(separator));
  }
  return join(lines, dialect);
}

/**
 * Customer feedback as CSV:
 * `unit,date,customer,nps,csat,ces,resolved_first_contact,channel,segment,comment`.
 * Columns absent from the table are written empty. With `units`, as in {@link employeesToCsv}.
 */
export function customersToCsv(table: CustomerTable, units?: readonly Unit[], options: CsvOptions = {}): string {
  const dialect = csvDialect(options.lang);
  const { separator, decimal } = dialect;
  const unitCells = encodeDictionary(table.unit, dialect, unitIdLookup(units));
  const dateCells = encodeDictionary(table.period, dialect);
  const channelCells = table.channel ? encodeDictionary(table.channel, dialect) : undefined;
  const segmentCells = table.segment ? encodeDictionary(table.segment, dialect) : undefined;
  const lines = [['unit', 'date', 'customer', 'nps', 'csat', 'ces', 'resolved_first_contact', 'channel', 'segment', 'comment'].join(separator)];
  for (let i = 0; i < table.length; i++) {
    const comment = table.comment?.[i];
    lines.push([
      categoricalCell(unitCells, table.unit, i),
      categoricalCell(dateCells, table.period, i),
      csvTextCell(table.customer?.[i] ?? '', separator),
      csvNumberCell(table.nps?.[i], decimal),
      csvNumberCell(table.csat?.[i], decimal),
      csvNumberCell(table.ces?.[i], decimal),
      csvNumberCell(table.fcr?.[i], decimal),
      table.channel && channelCells ? categoricalCell(channelCells, table.channel, i) : '',
      table.segment && segmentCells ? categoricalCell(segmentCells, table.segment, i) : '',
      comment ? csvTextCell(comment, separator) : '',
    ].join(separator));
  }
  return join(lines, dialect);
}

/** The unit hierarchy as CSV: `id,name,parent,level,region,segment,channel,size`. */
export function unitsToCsv(units: readonly Unit[], options: CsvOptions = {}): string {
  return rowsToCsv(
    ['id', 'name', 'parent', 'level', 'region', 'segment', 'channel', 'size'],
    units.map((unit) => {
      const a = unit.attributes ?? {};
      return [unit.id, unit.name, unit.parentId ?? '', a.level ?? '', a.region ?? '', a.segment ?? '', a.channel ?? '', a.size];
    }),
    options,
  );
}

/** A cell of {@link rowsToCsv}: text is guarded and quoted, numbers keep their sign, the rest is empty. */
export type CsvCell = string | number | boolean | null | undefined;

/**
 * Any table as CSV: a header and rows of cells. Strings are text cells (guarded against formulas,
 * quoted when needed), numbers numeric cells (NaN empty), booleans `true`/`false`.
 */
export function rowsToCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>, options: CsvOptions = {}): string {
  const dialect = csvDialect(options.lang);
  const { separator, decimal } = dialect;
  const cell = (value: CsvCell): string => {
    if (typeof value === 'string') return csvTextCell(value, separator);
    if (typeof value === 'number') return csvNumberCell(value, decimal);
    if (typeof value === 'boolean') return String(value);
    return '';
  };
  const lines = [header.map(cell).join(separator)];
  for (const row of rows) lines.push(row.map(cell).join(separator));
  return join(lines, dialect);
}

/**
 * Recognition stories as CSV, one row per story: people and values joined by ` | `, consent as
 * `true`/`false`.
 */
export function storiesToCsv(stories: readonly Story[], options: CsvOptions = {}): string {
  return rowsToCsv(
    ['id', 'title', 'body', 'unit', 'people', 'values', 'customer_quote', 'consent', 'status', 'reactions', 'created_at'],
    stories.map((s) => [
      s.id, s.title, s.body, s.unit, s.people.join(' | '), s.values.join(' | '), s.customerQuote ?? '',
      s.consent.given, s.status, s.reactions, s.createdAt,
    ]),
    options,
  );
}
