/**
 * Import of a whole export into a columnar table: decode → sniff → parse (streamed) → map columns →
 * validate every cell → build typed columns. Strict by default: one bad row and nothing is
 * imported, with the first problems listed and the total counted.
 */
import type { CustomerTable, EmployeeTable, Scale } from '../model/types.ts';
import {
  foldText,
  inferDateOrder,
  readAgreement,
  readBoolean,
  readDateOrPeriod,
  readScore,
  unguardText,
  type DateOrder,
  type ScoreRule,
} from './cell-values.ts';
import { CategoryBuilder, NumberBuilder } from './column-builders.ts';
import { StringIndex } from './string-index.ts';
import {
  isEnpsItem,
  recogniseHeader,
  resolveColumns,
  slugify,
  type ColumnAssignment,
  type ColumnMapping,
  type ColumnRole,
  type TableKind,
} from './columns.ts';
import { CsvParser, detachField, type CsvEnd, type Delimiter } from './csv.ts';
import { decodeChunks, detectBom, InvalidUtf8Error, DEFAULT_CHUNK_BYTES, type TextEncoding } from './decode.ts';
import { createProblem, type IngestProblem, type ProblemDetail } from './problems.ts';
import { looksLikeHeader, sniff, type DecimalSeparator } from './sniff.ts';

/** Options of {@link importEmployees} and {@link importCustomers}. */
export interface ImportOptions {
  /** File name, used in every problem. */
  file: string;
  /** Explicit roles for some columns, overriding detection. */
  mapping?: ColumnMapping;
  /** Range of employee item answers. Default 1–5. */
  itemScale?: Scale;
  /** `'strict'` (default): any invalid row fails the import. `'skip-invalid'`: invalid rows are left out and listed. */
  mode?: 'strict' | 'skip-invalid';
  /** Problems listed at most (the total is always counted). Default 100. */
  maxProblems?: number;
  /** Called with the fraction of the input read, from 0 to 1, after each chunk. */
  onProgress?: (fraction: number) => void;
  /** Period of every row (e.g. `'2026-Q3'`) for files without a period or date column. */
  period?: string;
  /** Day/month order of `dd/dd/yyyy` dates. Default: inferred from the file, day first when undecided. */
  dateOrder?: DateOrder;
  /** Overrides the sniffed delimiter. */
  delimiter?: Delimiter;
  /** Overrides the sniffed decimal separator. */
  decimal?: DecimalSeparator;
  /** Bytes (or characters, for text input) per parsed chunk. Default 1 MiB. */
  chunkSize?: number;
}

/** Survey tool recognised from the layout of the export. */
export type ExportSource = 'qualtrics' | 'surveymonkey' | 'google-forms' | 'microsoft-forms' | 'generic';

/** How the file was read: shown to the user beside the result. */
export interface ImportReport {
  file: string;
  /** `null` when text, not bytes, was given. */
  encoding: TextEncoding | null;
  delimiter: Delimiter;
  decimal: DecimalSeparator;
  /** Day/month order used for `dd/dd/yyyy` dates. */
  dateOrder: DateOrder;
  format: 'wide' | 'long';
  source: ExportSource;
  /** Header rows skipped (3 for Qualtrics, 2 for SurveyMonkey). */
  headerRows: number;
  /** Rows in the table (0 when the import failed). */
  rows: number;
  /** Invalid data lines: left out in skip-invalid mode, blocking in strict mode. */
  skipped: number;
  /** All problems found, including those beyond `maxProblems`. */
  totalProblems: number;
  /** Role of every column, in file order (an array: headers may repeat or be `__proto__`). */
  mapping: ColumnAssignment[];
}

/** Outcome of an import. On success, `problems` lists the skipped lines (skip-invalid mode). */
export type ImportResult<T> =
  | { ok: true; table: T; problems: IngestProblem[]; report: ImportReport }
  | { ok: false; problems: IngestProblem[]; report: ImportReport };

/** Input accepted by the importers. */
export type ImportInput = Uint8Array | ArrayBuffer | string;

const DEFAULT_SCALE: Scale = { min: 1, max: 5 };
const SNIFF_CHARS = 64 * 1024;
/** Data records read before deciding column roles (item columns are recognised from them). */
const SAMPLE_ROWS = 200;
const NPS_RULE: ScoreRule = { min: 0, max: 10, whole: true };
const CSAT_RULE: ScoreRule = { min: 1, max: 5, whole: true };
const CES_RULE: ScoreRule = { min: 1, max: 7, whole: true };
const SURVEYMONKEY_SUBHEADERS = new Set(['response', 'open-ended response', 'open ended response', 'reponse', 'reponse ouverte']);
const IMPORT_ID = '{"ImportId"';
const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/** Collects row problems up to the cap and counts them all. */
class ProblemSink {
  readonly list: IngestProblem[] = [];
  total = 0;
  invalidRows = 0;
  /** Problems of a batch checked a column at a time, with the batch row each belongs to. */
  private held: { row: number; problem: IngestProblem }[] | undefined;
  /** Batch row of the problems added while held. */
  row = 0;
  constructor(private readonly max: number) {}
  add(problem: IngestProblem): void {
    if (this.held !== undefined) {
      this.held.push({ row: this.row, problem });
      return;
    }
    this.total++;
    if (this.list.length < this.max) this.list.push(problem);
  }
  /** Holds problems until {@link release}, which lists them row by row. */
  hold(): void {
    this.held = [];
  }
  /** Lists the held problems in row order; within a row, in the order they were found (a stable sort). */
  release(): void {
    const held = this.held ?? [];
    this.held = undefined;
    held.sort((a, b) => a.row - b.row);
    for (const { problem } of held) this.add(problem);
  }
  /** Counts a row left out because of its problems. */
  skipRow(): void {
    this.invalidRows++;
  }
}

/** Everything row validation needs, shared by the three row readers. */
interface RowContext {
  file: string;
  headers: string[];
  delimiter: Delimiter;
  decimal: DecimalSeparator;
  dateOrder: DateOrder;
  fixedPeriod: string | undefined;
  sink: ProblemSink;
  strict: boolean;
}

/** Reads and checks the cells every table has: unit and period. */
class CommonCells {
  private dates = new StringIndex();
  /** Normalised period of each cached raw date; null when unreadable. */
  private readonly datePeriods: (string | null)[] = [];
  private lastDate = '';
  private lastPeriod: string | undefined;
  readonly unitIndex: number;
  readonly periodIndex: number;
  constructor(private readonly ctx: RowContext, assignments: readonly ColumnAssignment[]) {
    this.unitIndex = indexOf(assignments, 'unit');
    const period = indexOf(assignments, 'period');
    this.periodIndex = period >= 0 ? period : indexOf(assignments, 'date');
  }

  column(index: number): string {
    const header = this.ctx.headers[index] ?? '';
    return header === '' ? String(index + 1) : header;
  }

  problem(code: IngestProblem['code'], line: number, index: number, value: string, detail?: ProblemDetail): void {
    this.ctx.sink.add(createProblem(code, { file: this.ctx.file, line, column: index < 0 ? '' : this.column(index) }, value, detail));
  }

  /** Checks the field count; reports ragged rows and rows written with another delimiter. */
  shape(fields: string[], line: number): boolean {
    const expected = this.ctx.headers.length;
    if (fields.length === expected) return true;
    // Spreadsheets leave empty trailing cells (`a;b;c;;`) beyond the header: nothing is lost.
    if (fields.length > expected && isBlankRecord(fields.slice(expected))) return true;
    const joined = fields.join(this.ctx.delimiter);
    for (const other of DELIMITERS) {
      if (other === this.ctx.delimiter) continue;
      const count = joined.split(other).length - 1;
      if (fields.length < expected && count > 0 && (count + 1 === expected || fields.length === 1)) {
        this.problem('mixed-delimiters', line, -1, joined, {
          delimiter: this.ctx.delimiter,
          otherDelimiter: other,
          expectedFields: expected,
          gotFields: fields.length,
        });
        return false;
      }
    }
    this.problem('field-count', line, -1, joined, { expectedFields: expected, gotFields: fields.length });
    return false;
  }

  /** The unit, or `undefined` after reporting a problem. */
  unit(fields: string[], line: number): string | undefined {
    return this.unitCell(fields[this.unitIndex] ?? '', line);
  }

  /** The unit of the unit cell `cell`, or `undefined` after reporting a problem. */
  unitCell(cell: string, line: number): string | undefined {
    const unit = unguardText(cell.trim());
    if (unit !== '') return unit;
    this.problem('missing-unit', line, this.unitIndex, '');
    return undefined;
  }

  /** The normalised period or date, or `undefined` after reporting a problem. */
  period(fields: string[], line: number): string | undefined {
    if (this.periodIndex < 0) return this.ctx.fixedPeriod;
    return this.periodCell(fields[this.periodIndex] ?? '', line);
  }

  /** The normalised period or date of the period cell `cell`, or `undefined` after reporting a problem. */
  periodCell(cell: string, line: number): string | undefined {
    const raw = cell.trim();
    if (raw === '') {
      if (this.ctx.fixedPeriod !== undefined) return this.ctx.fixedPeriod;
      this.problem('missing-period', line, this.periodIndex, '');
      return undefined;
    }
    if (raw === this.lastDate) return this.lastPeriod;
    let index = this.dates.indexOf(raw);
    if (index === -1) {
      // Dates repeat across rows; the cache is bounded for files with many distinct timestamps.
      if (this.dates.size >= 4096) {
        this.dates = new StringIndex();
        this.datePeriods.length = 0;
      }
      index = this.dates.add(raw);
      this.datePeriods[index] = readDateOrPeriod(raw, this.ctx.dateOrder) ?? null;
    }
    const value = this.datePeriods[index] ?? null;
    if (value !== null) {
      this.lastDate = raw;
      this.lastPeriod = value;
      return value;
    }
    this.problem('invalid-date', line, this.periodIndex, raw, { dateOrder: this.ctx.dateOrder });
    return undefined;
  }

  /** A score within `rule`: NaN when empty, `undefined` after reporting a problem. */
  score(fields: string[], index: number, line: number, rule: ScoreRule, scale?: Scale): number | undefined {
    return this.scoreCell(fields[index] ?? '', index, line, rule, scale);
  }

  /** The score of cell `cell` of column `index`: NaN when empty, `undefined` after reporting a problem. */
  scoreCell(cell: string, index: number, line: number, rule: ScoreRule, scale?: Scale): number | undefined {
    // A single digit needs neither trimming nor the general reader.
    if (cell.length === 1) {
      const digit = cell.charCodeAt(0) - 48;
      if (digit >= 0 && digit <= 9 && digit >= rule.min && digit <= rule.max) return digit;
    }
    const raw = cell.trim();
    if (raw === '') return Number.NaN;
    const value = readScore(raw, this.ctx.decimal, rule) ?? (scale === undefined ? undefined : readAgreement(raw, scale));
    if (value !== undefined) return value;
    const agreement = scale !== undefined && scale.min === 1 && (scale.max === 5 || scale.max === 7);
    this.problem('invalid-score', line, index, raw, { min: rule.min, max: rule.max, whole: rule.whole, agreement });
    return undefined;
  }
}

function indexOf(assignments: readonly ColumnAssignment[], role: ColumnRole): number {
  return assignments.find((a) => a.role === role)?.index ?? -1;
}

function isBlankRecord(fields: readonly string[]): boolean {
  for (const field of fields) if (field.trim() !== '') return false;
  return true;
}

/** Builds a table from validated rows. */
interface RowReader<T> {
  add(fields: string[], line: number): void;
  /** Checks the rows still held (after the last `add`, before `rows` and `build`). */
  end?(): void;
  readonly rows: number;
  build(): T;
}

/** Employee survey, one row per respondent, one column per item. */
class WideEmployeeReader implements RowReader<EmployeeTable> {
  private readonly cells: CommonCells;
  private readonly unit = new CategoryBuilder();
  private readonly period = new CategoryBuilder();
  private readonly respondent: CategoryBuilder | undefined;
  private readonly respondentIndex: number;
  private readonly itemIndexes: number[];
  private readonly itemIds: string[];
  private readonly items: NumberBuilder[];
  private readonly enpsIndex: number;
  private readonly enps: NumberBuilder | undefined;
  private readonly scratch: Float64Array;
  private readonly itemRule: ScoreRule;
  /** Unit, period and respondent of each response so far, with the line where it was. */
  private readonly seen = new StringIndex();
  private readonly seenLines: number[] = [];
  rows = 0;

  constructor(private readonly ctx: RowContext, assignments: readonly ColumnAssignment[], private readonly scale: Scale) {
    this.cells = new CommonCells(ctx, assignments);
    this.respondentIndex = indexOf(assignments, 'respondent');
    this.respondent = this.respondentIndex >= 0 ? new CategoryBuilder() : undefined;
    const items = assignments.filter((a) => a.role === 'item');
    this.itemIndexes = items.map((a) => a.index);
    this.itemIds = items.map((a) => a.itemId ?? slugify(a.column));
    this.items = items.map(() => new NumberBuilder());
    this.enpsIndex = indexOf(assignments, 'enps');
    this.enps = this.enpsIndex >= 0 ? new NumberBuilder() : undefined;
    this.scratch = new Float64Array(items.length);
    this.itemRule = { min: scale.min, max: scale.max, whole: false };
  }

  add(fields: string[], line: number): void {
    const c = this.cells;
    if (!c.shape(fields, line)) return this.ctx.sink.skipRow();
    const before = this.ctx.sink.total;
    const unit = c.unit(fields, line);
    const period = c.period(fields, line);
    const respondent = this.respondentIndex >= 0 ? textCell(fields[this.respondentIndex]) : '';
    if (unit !== undefined && period !== undefined && respondent !== '') {
      const key = `${unit}\u0000${period}\u0000${respondent}`;
      const seen = this.seen.indexOf(key);
      if (seen === -1) this.seenLines[this.seen.add(key)] = line;
      else c.problem('duplicate-respondent', line, this.respondentIndex, respondent, { firstLine: this.seenLines[seen] as number });
    }
    for (let k = 0; k < this.itemIndexes.length; k++) {
      this.scratch[k] = c.score(fields, this.itemIndexes[k] as number, line, this.itemRule, this.scale) ?? Number.NaN;
    }
    const enps = this.enpsIndex >= 0 ? c.score(fields, this.enpsIndex, line, NPS_RULE) : Number.NaN;
    if (this.ctx.sink.total > before) return this.ctx.sink.skipRow();
    if (this.ctx.strict && this.ctx.sink.total > 0) return;
    this.unit.push(unit as string);
    this.period.push(period as string);
    this.respondent?.push(respondent);
    for (let k = 0; k < this.items.length; k++) (this.items[k] as NumberBuilder).push(this.scratch[k] as number);
    this.enps?.push(enps as number);
    this.rows++;
  }

  build(): EmployeeTable {
    const table: EmployeeTable = {
      kind: 'employees',
      length: this.rows,
      unit: this.unit.build(),
      period: this.period.build(),
      itemIds: this.itemIds.slice(),
      items: this.items.map((b) => b.build(this.rows)),
      itemScale: { ...this.scale },
    };
    if (this.respondent !== undefined) table.respondent = this.respondent.build();
    if (this.enps !== undefined) table.enps = this.enps.build(this.rows);
    return table;
  }
}

/** Employee survey in long form (unit, period, respondent?, item, value), pivoted to one row per respondent. */
class LongEmployeeReader implements RowReader<EmployeeTable> {
  private readonly cells: CommonCells;
  private readonly unit = new CategoryBuilder();
  private readonly period = new CategoryBuilder();
  private readonly respondent: CategoryBuilder | undefined;
  private readonly respondentIndex: number;
  private readonly itemNameIndex: number;
  private readonly valueIndex: number;
  private readonly itemIds: string[] = [];
  private readonly items = new Map<string, NumberBuilder>();
  private enps: NumberBuilder | undefined;
  /** Unit, period and respondent of each row so far (lines without a respondent are rows of their own). */
  private readonly respondents = new StringIndex();
  private readonly respondentRow: number[] = [];
  private readonly answered = new StringIndex();
  private readonly answeredLines: number[] = [];
  private readonly itemRule: ScoreRule;
  rows = 0;

  constructor(private readonly ctx: RowContext, assignments: readonly ColumnAssignment[], private readonly scale: Scale) {
    this.cells = new CommonCells(ctx, assignments);
    this.respondentIndex = indexOf(assignments, 'respondent');
    this.respondent = this.respondentIndex >= 0 ? new CategoryBuilder() : undefined;
    this.itemNameIndex = indexOf(assignments, 'item-name');
    this.valueIndex = indexOf(assignments, 'value');
    this.itemRule = { min: scale.min, max: scale.max, whole: false };
  }

  add(fields: string[], line: number): void {
    const c = this.cells;
    if (!c.shape(fields, line)) return this.ctx.sink.skipRow();
    const before = this.ctx.sink.total;
    const unit = c.unit(fields, line);
    const period = c.period(fields, line);
    const respondent = this.respondentIndex >= 0 ? textCell(fields[this.respondentIndex]) : '';
    const itemName = (fields[this.itemNameIndex] ?? '').trim();
    if (itemName === '') c.problem('missing-item', line, this.itemNameIndex, '');
    const isEnps = itemName !== '' && isEnpsItem(itemName);
    const itemId = isEnps ? 'enps' : slugify(itemName) || itemName;
    const value = c.score(fields, this.valueIndex, line, isEnps ? NPS_RULE : this.itemRule, isEnps ? undefined : this.scale);
    const rowKey = respondent === '' ? undefined : `${unit}\u0000${period}\u0000${respondent}`;
    if (rowKey !== undefined && unit !== undefined && period !== undefined && itemName !== '') {
      const answerKey = `${rowKey}\u0000${itemId}`;
      const seen = this.answered.indexOf(answerKey);
      if (seen === -1) this.answeredLines[this.answered.add(answerKey)] = line;
      else c.problem('duplicate-answer', line, this.itemNameIndex, itemName, { firstLine: this.answeredLines[seen] as number, item: itemId });
    }
    if (this.ctx.sink.total > before) return this.ctx.sink.skipRow();
    if (this.ctx.strict && this.ctx.sink.total > 0) return;
    // Without a respondent column each line is its own response.
    const known = rowKey === undefined ? -1 : this.respondents.indexOf(rowKey);
    let row = known === -1 ? -1 : (this.respondentRow[known] as number);
    if (row === -1) {
      row = this.rows++;
      if (rowKey !== undefined) this.respondentRow[this.respondents.add(rowKey)] = row;
      this.unit.push(unit as string);
      this.period.push(period as string);
      this.respondent?.push(respondent);
    }
    this.column(itemId, isEnps).set(row, value as number);
  }

  private column(itemId: string, isEnps: boolean): NumberBuilder {
    if (isEnps) return (this.enps ??= new NumberBuilder());
    let column = this.items.get(itemId);
    if (column === undefined) {
      column = new NumberBuilder();
      this.items.set(itemId, column);
      this.itemIds.push(itemId);
    }
    return column;
  }

  build(): EmployeeTable {
    const table: EmployeeTable = {
      kind: 'employees',
      length: this.rows,
      unit: this.unit.build(),
      period: this.period.build(),
      itemIds: this.itemIds.slice(),
      items: this.itemIds.map((id) => (this.items.get(id) as NumberBuilder).build(this.rows)),
      itemScale: { ...this.scale },
    };
    if (this.respondent !== undefined) table.respondent = this.respondent.build();
    if (this.enps !== undefined) table.enps = this.enps.build(this.rows);
    return table;
  }
}

/** Rows a customer batch holds: validated and stored a column at a time, in small loops V8 compiles tightly. */
const BATCH_ROWS = 1024;

/**
 * Customer feedback, one row per answer. Rows with as many fields as the header are checked in
 * batches, a column at a time; any other row (ragged, blank cells past the header, another
 * delimiter) is checked alone, after the rows before it. Both ways find the same problems, listed
 * in the same order (line, then column), and build the same table.
 */
class CustomerReader implements RowReader<CustomerTable> {
  private readonly cells: CommonCells;
  private readonly unit = new CategoryBuilder();
  private readonly period = new CategoryBuilder();
  private readonly index: Record<'customer' | 'nps' | 'csat' | 'ces' | 'fcr' | 'channel' | 'segment' | 'comment', number>;
  private readonly customer: string[] | undefined;
  private readonly channel: CategoryBuilder | undefined;
  private readonly segment: CategoryBuilder | undefined;
  private readonly nps: NumberBuilder | undefined;
  private readonly csat: NumberBuilder | undefined;
  private readonly ces: NumberBuilder | undefined;
  private readonly fcr: NumberBuilder | undefined;
  private readonly comment: string[] | undefined;
  private storedRows = 0;
  // The batch: `width` fields per row, the line of each row, and what its checked columns read as.
  private readonly width: number;
  private readonly batch: string[];
  private readonly batchLines = new Int32Array(BATCH_ROWS);
  private pending = 0;
  private readonly invalid = new Uint8Array(BATCH_ROWS);
  private readonly unitValues: string[] = new Array<string>(BATCH_ROWS).fill('');
  private readonly periodValues: string[] = new Array<string>(BATCH_ROWS).fill('');
  private readonly npsValues = new Float64Array(BATCH_ROWS);
  private readonly csatValues = new Float64Array(BATCH_ROWS);
  private readonly cesValues = new Float64Array(BATCH_ROWS);
  private readonly fcrValues = new Float64Array(BATCH_ROWS);

  constructor(private readonly ctx: RowContext, assignments: readonly ColumnAssignment[]) {
    this.cells = new CommonCells(ctx, assignments);
    const at = (role: ColumnRole): number => indexOf(assignments, role);
    this.index = {
      customer: at('customer'), nps: at('nps'), csat: at('csat'), ces: at('ces'), fcr: at('fcr'),
      channel: at('channel'), segment: at('segment'), comment: at('comment'),
    };
    const i = this.index;
    this.customer = i.customer >= 0 ? [] : undefined;
    this.channel = i.channel >= 0 ? new CategoryBuilder() : undefined;
    this.segment = i.segment >= 0 ? new CategoryBuilder() : undefined;
    this.nps = i.nps >= 0 ? new NumberBuilder() : undefined;
    this.csat = i.csat >= 0 ? new NumberBuilder() : undefined;
    this.ces = i.ces >= 0 ? new NumberBuilder() : undefined;
    this.fcr = i.fcr >= 0 ? new NumberBuilder() : undefined;
    this.comment = i.comment >= 0 ? [] : undefined;
    this.width = ctx.headers.length;
    this.batch = new Array<string>(BATCH_ROWS * this.width).fill('');
  }

  get rows(): number {
    return this.storedRows;
  }

  end(): void {
    this.flush();
  }

  add(fields: string[], line: number): void {
    const width = this.width;
    if (fields.length !== width) {
      this.flush();
      this.addRow(fields, line);
      return;
    }
    const at = this.pending * width;
    for (let j = 0; j < width; j++) this.batch[at + j] = fields[j] as string;
    this.batchLines[this.pending] = line;
    if (++this.pending === BATCH_ROWS) this.flush();
  }

  /** Checks one row on its own and stores it when valid. */
  private addRow(fields: string[], line: number): void {
    const c = this.cells;
    const i = this.index;
    if (!c.shape(fields, line)) return this.ctx.sink.skipRow();
    const before = this.ctx.sink.total;
    const unit = c.unit(fields, line);
    const period = c.period(fields, line);
    const nps = i.nps >= 0 ? c.score(fields, i.nps, line, NPS_RULE) : Number.NaN;
    const csat = i.csat >= 0 ? c.score(fields, i.csat, line, CSAT_RULE) : Number.NaN;
    const ces = i.ces >= 0 ? c.score(fields, i.ces, line, CES_RULE) : Number.NaN;
    const fcr = i.fcr >= 0 ? this.fcrCell(fields[i.fcr] ?? '', line) : Number.NaN;
    if (this.ctx.sink.total > before) return this.ctx.sink.skipRow();
    if (this.ctx.strict && this.ctx.sink.total > 0) return;
    this.unit.push(unit as string);
    this.period.push(period as string);
    this.customer?.push(detachField(textCell(fields[i.customer])));
    this.channel?.push(textCell(fields[i.channel]));
    this.segment?.push(textCell(fields[i.segment]));
    this.nps?.push(nps as number);
    this.csat?.push(csat as number);
    this.ces?.push(ces as number);
    this.fcr?.push(fcr as number);
    this.comment?.push(detachField(textCell(fields[i.comment])));
    this.storedRows++;
  }

  /** 1, 0 or NaN when empty; `undefined` after reporting a problem. */
  private fcrCell(cell: string, line: number): number | undefined {
    const raw = cell.trim();
    if (raw === '') return Number.NaN;
    const value = readBoolean(raw);
    if (value === undefined) this.cells.problem('invalid-boolean', line, this.index.fcr, raw);
    return value;
  }

  /** Checks the batch a column at a time (in the row check's order), then stores its valid rows. */
  private flush(): void {
    const count = this.pending;
    if (count === 0) return;
    this.pending = 0;
    const { sink, strict } = this.ctx;
    const totalBefore = sink.total;
    const invalid = this.invalid;
    invalid.fill(0, 0, count);
    sink.hold();
    this.checkUnits(count);
    this.checkPeriods(count);
    const i = this.index;
    if (i.nps >= 0) this.checkScores(count, i.nps, NPS_RULE, this.npsValues);
    if (i.csat >= 0) this.checkScores(count, i.csat, CSAT_RULE, this.csatValues);
    if (i.ces >= 0) this.checkScores(count, i.ces, CES_RULE, this.cesValues);
    if (i.fcr >= 0) this.checkFcr(count);
    sink.release();
    for (let r = 0; r < count; r++) if (invalid[r] === 1) sink.skipRow();
    if (strict && sink.total > 0) return;
    const skip = sink.total > totalBefore ? invalid : undefined;
    this.storedRows += skip === undefined ? count : count - countOnes(invalid, count);
    this.storeCategories(count, this.unit, this.unitValues, skip);
    this.storeCategories(count, this.period, this.periodValues, skip);
    if (this.customer !== undefined) this.storeTexts(count, i.customer, this.customer, skip);
    if (this.channel !== undefined) this.storeCategoryCells(count, i.channel, this.channel, skip);
    if (this.segment !== undefined) this.storeCategoryCells(count, i.segment, this.segment, skip);
    this.nps?.append(this.npsValues, count, skip);
    this.csat?.append(this.csatValues, count, skip);
    this.ces?.append(this.cesValues, count, skip);
    this.fcr?.append(this.fcrValues, count, skip);
    if (this.comment !== undefined) this.storeTexts(count, i.comment, this.comment, skip);
  }

  private checkUnits(count: number): void {
    const { batch, width, batchLines, invalid, unitValues, cells } = this;
    const column = cells.unitIndex;
    const sink = this.ctx.sink;
    let lastCell: string | undefined;
    let lastUnit = '';
    for (let r = 0; r < count; r++) {
      const cell = batch[r * width + column] as string;
      if (cell === lastCell) {
        unitValues[r] = lastUnit;
        continue;
      }
      sink.row = r;
      const unit = cells.unitCell(cell, batchLines[r] as number);
      if (unit === undefined) {
        invalid[r] = 1;
        continue;
      }
      unitValues[r] = unit;
      lastCell = cell;
      lastUnit = unit;
    }
  }

  private checkPeriods(count: number): void {
    const { batch, width, batchLines, invalid, periodValues, cells } = this;
    const column = cells.periodIndex;
    if (column < 0) {
      periodValues.fill(this.ctx.fixedPeriod as string, 0, count);
      return;
    }
    const sink = this.ctx.sink;
    for (let r = 0; r < count; r++) {
      sink.row = r;
      const period = cells.periodCell(batch[r * width + column] as string, batchLines[r] as number);
      if (period === undefined) invalid[r] = 1;
      else periodValues[r] = period;
    }
  }

  private checkScores(count: number, column: number, rule: ScoreRule, out: Float64Array): void {
    const { batch, width, batchLines, invalid, cells } = this;
    const sink = this.ctx.sink;
    for (let r = 0; r < count; r++) {
      sink.row = r;
      const value = cells.scoreCell(batch[r * width + column] as string, column, batchLines[r] as number, rule);
      if (value === undefined) invalid[r] = 1;
      else out[r] = value;
    }
  }

  private checkFcr(count: number): void {
    const { batch, width, batchLines, invalid, fcrValues } = this;
    const column = this.index.fcr;
    const sink = this.ctx.sink;
    for (let r = 0; r < count; r++) {
      sink.row = r;
      const value = this.fcrCell(batch[r * width + column] as string, batchLines[r] as number);
      if (value === undefined) invalid[r] = 1;
      else fcrValues[r] = value;
    }
  }

  private storeCategories(count: number, builder: CategoryBuilder, values: readonly string[], skip: Uint8Array | undefined): void {
    for (let r = 0; r < count; r++) if (skip?.[r] !== 1) builder.push(values[r] as string);
  }

  private storeCategoryCells(count: number, column: number, builder: CategoryBuilder, skip: Uint8Array | undefined): void {
    const { batch, width } = this;
    for (let r = 0; r < count; r++) if (skip?.[r] !== 1) builder.push(textCell(batch[r * width + column]));
  }

  private storeTexts(count: number, column: number, out: string[], skip: Uint8Array | undefined): void {
    const { batch, width } = this;
    for (let r = 0; r < count; r++) if (skip?.[r] !== 1) out.push(detachField(textCell(batch[r * width + column])));
  }

  build(): CustomerTable {
    const n = this.storedRows;
    const table: CustomerTable = { kind: 'customers', length: n, unit: this.unit.build(), period: this.period.build() };
    if (this.customer !== undefined) table.customer = this.customer;
    if (this.nps !== undefined) table.nps = this.nps.build(n);
    if (this.csat !== undefined) table.csat = this.csat.build(n);
    if (this.ces !== undefined) table.ces = this.ces.build(n);
    if (this.fcr !== undefined) table.fcr = this.fcr.build(n);
    if (this.channel !== undefined) table.channel = this.channel.build();
    if (this.segment !== undefined) table.segment = this.segment.build();
    if (this.comment !== undefined) table.comment = this.comment;
    return table;
  }
}

/** A free-text cell as stored: trimmed, without the formula guard. */
function textCell(cell: string | undefined): string {
  return cell === undefined || cell === '' ? '' : unguardText(cell.trim());
}

function countOnes(flags: Uint8Array, count: number): number {
  let ones = 0;
  for (let r = 0; r < count; r++) ones += flags[r] as number;
  return ones;
}

type TableOf<K extends TableKind> = K extends 'employees' ? EmployeeTable : CustomerTable;

/** Receives the parsed records of one file: header, sample, then rows. */
class ImportSession<K extends TableKind> {
  /** A file-level problem was found: nothing more to read. */
  stopped = false;
  private readonly fileProblems: IngestProblem[] = [];
  private readonly sink: ProblemSink;
  private headers: string[] | undefined;
  private buffer: { fields: string[]; line: number }[] = [];
  private reader: RowReader<TableOf<K>> | undefined;
  private readonly report: ImportReport;
  private readonly scale: Scale;
  private fixedPeriod: string | undefined;
  private labels: (string | undefined)[] | undefined;
  /** Columns resolved (a preview stops there). */
  private resolved = false;

  constructor(
    private readonly kind: K,
    private readonly options: ImportOptions,
    encoding: TextEncoding | null,
    delimiter: Delimiter,
    decimal: DecimalSeparator,
    private readonly previewOnly = false,
  ) {
    this.sink = new ProblemSink(options.maxProblems ?? 100);
    this.scale = options.itemScale ?? DEFAULT_SCALE;
    this.report = {
      file: options.file, encoding, delimiter, decimal, dateOrder: options.dateOrder ?? 'dmy', format: 'wide',
      source: 'generic', headerRows: 1, rows: 0, skipped: 0, totalProblems: 0, mapping: [],
    };
    if (options.period !== undefined) {
      this.fixedPeriod = readDateOrPeriod(options.period.trim(), this.report.dateOrder);
      if (this.fixedPeriod === undefined) {
        this.fail(createProblem('invalid-date', { file: options.file, line: 0 }, options.period, { dateOrder: this.report.dateOrder }));
      }
    }
  }

  /** Record callback for the parser. `fields` is reused by the parser: copied where it is kept. */
  readonly onRecord = (fields: string[], line: number): void => {
    if (this.stopped) return;
    if (this.reader !== undefined) {
      if (!isBlankRecord(fields)) this.reader.add(fields, line);
      return;
    }
    if (this.headers === undefined) {
      this.readHeader(fields, line);
      return;
    }
    if (isBlankRecord(fields)) return;
    this.buffer.push({ fields: fields.slice(), line });
    if (this.buffer.length >= SAMPLE_ROWS) this.startRows();
  };

  /** Records a file-level problem; nothing more is read. */
  fail(problem: IngestProblem): void {
    this.fileProblems.push(problem);
    this.stopped = true;
  }

  private readHeader(first: string[], line: number): void {
    const headers = first.map((h) => detachField(h.trim()));
    const named = looksLikeHeader(headers) || headers.some((h) => recogniseHeader(h) !== undefined);
    if (named) {
      this.headers = headers;
      return;
    }
    const keys = mappingKeys(this.options.mapping);
    if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k.trim()))) {
      // Headerless file mapped by column number: the first record is data.
      this.headers = headers.map((_, i) => String(i + 1));
      this.buffer.push({ fields: first.slice(), line });
      return;
    }
    this.fail(createProblem('missing-header', { file: this.options.file, line }, first.join(this.report.delimiter)));
  }

  /** Skips extra header rows, decides column roles from the sample, then reads the buffered rows. */
  private startRows(): void {
    const headers = this.headers as string[];
    let labels: (string | undefined)[] | undefined;
    const second = this.buffer[0]?.fields;
    const third = this.buffer[1]?.fields;
    const hasImportId = (fields: string[] | undefined): boolean => fields?.some((f) => f.trim().startsWith(IMPORT_ID)) ?? false;
    let questionColumns: Set<number> | undefined;
    if (hasImportId(third)) {
      // Qualtrics: row 2 is the question text, row 3 the ImportId JSON.
      labels = second?.map((t) => t.trim());
      questionColumns = new Set();
      third?.forEach((id, i) => {
        if (/^\{"ImportId":"QID/.test(id.trim())) questionColumns?.add(i);
      });
      this.buffer.splice(0, 2);
      this.report.headerRows = 3;
      this.report.source = 'qualtrics';
    } else if (hasImportId(second)) {
      this.buffer.splice(0, 1);
      this.report.headerRows = 2;
      this.report.source = 'qualtrics';
    } else if (second?.some((f) => SURVEYMONKEY_SUBHEADERS.has(foldText(f))) === true) {
      // SurveyMonkey: row 2 has "Response" under single questions and the statements under matrix ones.
      labels = headers.slice();
      second.forEach((sub, i) => {
        const text = sub.trim();
        if (text !== '' && !SURVEYMONKEY_SUBHEADERS.has(foldText(text))) headers[i] = detachField(text);
      });
      this.buffer.splice(0, 1);
      this.report.headerRows = 2;
      this.report.source = 'surveymonkey';
    } else {
      this.report.source = guessSource(headers);
    }
    this.labels = labels;
    if (this.buffer.length === 0) {
      this.fail(createProblem('header-only', { file: this.options.file, line: 0 }));
      return;
    }

    const { delimiter, decimal } = this.report;
    const resolved = resolveColumns({
      kind: this.kind, file: this.options.file, headers, labels, sample: this.buffer.map((r) => r.fields),
      decimal, itemScale: this.scale, hasFixedPeriod: this.fixedPeriod !== undefined,
      ...(questionColumns === undefined ? {} : { questionColumns }),
      ...(this.options.mapping === undefined ? {} : { mapping: this.options.mapping }),
    });
    this.report.mapping = resolved.assignments;
    this.report.format = resolved.format;
    this.resolved = true;
    if (this.options.dateOrder === undefined) {
      const dateColumn = resolved.assignments.find((a) => a.role === 'period') ?? resolved.assignments.find((a) => a.role === 'date');
      if (dateColumn !== undefined) {
        this.report.dateOrder = inferDateOrder(this.buffer.map((r) => r.fields[dateColumn.index] ?? '')) ?? 'dmy';
      }
    }
    if (resolved.problems.length > 0 || this.previewOnly) {
      for (const p of resolved.problems) this.fileProblems.push(p);
      this.stopped = true;
      return;
    }
    const ctx: RowContext = {
      file: this.options.file, headers, delimiter, decimal, dateOrder: this.report.dateOrder,
      fixedPeriod: this.fixedPeriod, sink: this.sink, strict: (this.options.mode ?? 'strict') === 'strict',
    };
    this.reader = (this.kind === 'customers'
      ? new CustomerReader(ctx, resolved.assignments)
      : resolved.format === 'long'
        ? new LongEmployeeReader(ctx, resolved.assignments, this.scale)
        : new WideEmployeeReader(ctx, resolved.assignments, this.scale)) as unknown as RowReader<TableOf<K>>;
    const buffered = this.buffer;
    this.buffer = [];
    for (const { fields, line } of buffered) this.reader.add(fields, line);
  }

  /** The header, first rows and column roles, for a preview: no row is validated. */
  preview(end: CsvEnd | undefined): SessionPreview {
    const file = this.options.file;
    if (!this.stopped && end?.unterminatedQuoteLine !== undefined) {
      this.fail(createProblem('unterminated-quote', { file, line: end.unterminatedQuoteLine }));
    }
    if (!this.stopped && this.headers === undefined) this.fail(createProblem('empty-file', { file, line: 0 }));
    if (!this.stopped && !this.resolved) this.startRows();
    const preview: SessionPreview = {
      headers: this.headers ?? [],
      rows: this.buffer.slice(0, PREVIEW_ROWS).map((r) => r.fields.map(truncateCell)),
      lines: this.buffer.slice(0, PREVIEW_ROWS).map((r) => r.line),
      report: this.report,
      problems: this.fileProblems.slice(),
    };
    if (this.labels !== undefined) preview.labels = this.labels;
    return preview;
  }

  /** Ends the import once the parser has seen everything. */
  finish(end: CsvEnd | undefined): ImportResult<TableOf<K>> {
    const file = this.options.file;
    if (!this.stopped && end?.unterminatedQuoteLine !== undefined) {
      // Everything after the quote was swallowed into one field: no row after it can be trusted.
      this.fail(createProblem('unterminated-quote', { file, line: end.unterminatedQuoteLine }));
    }
    if (!this.stopped && this.headers === undefined) this.fail(createProblem('empty-file', { file, line: 0 }));
    if (!this.stopped && this.reader === undefined) this.startRows();
    // The rows the reader still holds are checked, even when the file turned out unreadable at
    // its end (their problems are listed too); a file shorter than the sample starts its reader just above.
    this.reader?.end?.();
    const report = this.report;
    if (this.stopped || this.reader === undefined) {
      const problems = [...this.fileProblems, ...this.sink.list];
      report.totalProblems = this.fileProblems.length + this.sink.total;
      report.skipped = this.sink.invalidRows;
      return { ok: false, problems, report };
    }
    report.totalProblems = this.sink.total;
    report.skipped = this.sink.invalidRows;
    const strict = (this.options.mode ?? 'strict') === 'strict';
    if ((strict && this.sink.total > 0) || this.reader.rows === 0) {
      return { ok: false, problems: this.sink.list, report };
    }
    const table = this.reader.build();
    report.rows = table.length;
    return { ok: true, table, problems: this.sink.list, report };
  }
}

/** What {@link ImportFeed.preview} found. */
export interface SessionPreview {
  /** Column headers (for SurveyMonkey, the matrix statements of the second row). */
  headers: string[];
  /** Question texts of Qualtrics' second row, or SurveyMonkey's question row, per column. */
  labels?: (string | undefined)[];
  /** First data rows, cells cut to 200 characters. */
  rows: string[][];
  /** Physical line of each of `rows`. */
  lines: number[];
  /** Dialect, source, header rows and the column roles (`mapping`). */
  report: ImportReport;
  /** File-level problems: the import would refuse the file as mapped. */
  problems: IngestProblem[];
}

/** Rows a preview shows. */
const PREVIEW_ROWS = 20;

function truncateCell(cell: string): string {
  return cell.length <= 200 ? detachField(cell) : `${cell.slice(0, 199)}…`;
}

function mappingKeys(mapping: ColumnMapping | undefined): string[] {
  if (mapping === undefined) return [];
  return mapping instanceof Map ? [...(mapping as ReadonlyMap<string, unknown>).keys()] : Object.keys(mapping);
}

function guessSource(headers: readonly string[]): ExportSource {
  const first = foldText(headers[0] ?? '');
  if (first === 'timestamp' || first === 'horodateur') return 'google-forms';
  const keys = new Set(headers.map(foldText));
  if (keys.has('id') && (keys.has('completion time') || keys.has('heure de fin'))) return 'microsoft-forms';
  return 'generic';
}

interface TextChunk {
  text: string;
  /** Input consumed so far, in the unit of `total`. */
  bytesDone: number;
}

function* textChunks(text: string, size: number): Generator<TextChunk> {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let at = start; at < text.length; at += size) {
    const end = Math.min(text.length, at + size);
    yield { text: text.slice(at, end), bytesDone: end };
  }
}

/**
 * Receives the decoded text of one file piece by piece: sniffs the dialect on the first 64 KiB,
 * then parses everything through one {@link CsvParser} into an {@link ImportSession}. The pieces
 * are dropped as soon as they are parsed, so a file's text is never held whole.
 */
export class ImportFeed<K extends TableKind> {
  private pending: string[] = [];
  private sampled = 0;
  private session: ImportSession<K> | undefined;
  private parser: CsvParser | undefined;

  constructor(
    private readonly kind: K,
    private readonly options: ImportOptions,
    private readonly encoding: TextEncoding | null,
    private readonly previewOnly = false,
  ) {}

  /** A file-level problem was found (or, for a preview, the columns are known): later text is not needed. */
  get stopped(): boolean {
    return this.session?.stopped ?? false;
  }

  /** Parses the next piece of text. */
  push(text: string): void {
    if (this.parser !== undefined) {
      if (!this.stopped) this.parser.push(text);
      return;
    }
    this.pending.push(text);
    this.sampled += text.length;
    if (this.sampled >= SNIFF_CHARS) this.start(false);
  }

  /** Sniffs on what was read, then parses the buffered pieces. */
  private start(complete: boolean): void {
    let sample = '';
    for (const text of this.pending) {
      sample += text.length > SNIFF_CHARS - sample.length ? text.slice(0, SNIFF_CHARS - sample.length) : text;
      if (sample.length >= SNIFF_CHARS) break;
    }
    const dialect = sniff(sample, complete);
    const delimiter = this.options.delimiter ?? dialect.delimiter;
    this.session = new ImportSession(
      this.kind, this.options, this.encoding, delimiter, this.options.decimal ?? dialect.decimal, this.previewOnly,
    );
    this.parser = new CsvParser(delimiter, this.session.onRecord, { reuseFields: true });
    const pending = this.pending;
    this.pending = [];
    for (const text of pending) {
      if (this.stopped) break;
      this.parser.push(text);
    }
  }

  private end(): { session: ImportSession<K>; end: CsvEnd | undefined } {
    if (this.parser === undefined) this.start(this.sampled <= SNIFF_CHARS);
    const session = this.session as ImportSession<K>;
    return { session, end: session.stopped ? undefined : (this.parser as CsvParser).end() };
  }

  /** Ends the import once every piece was pushed. */
  finish(): ImportResult<TableOf<K>> {
    const { session, end } = this.end();
    return session.finish(end);
  }

  /**
   * Ends a preview: the dialect, header and column roles from the text pushed so far. `complete`
   * says whether that text is the whole file (otherwise its last, maybe cut, record is left out).
   */
  preview(complete: boolean): SessionPreview {
    if (this.parser === undefined) this.start(complete);
    const session = this.session as ImportSession<K>;
    const end = complete && !session.stopped ? (this.parser as CsvParser).end() : undefined;
    return session.preview(end);
  }
}

function run<K extends TableKind>(
  kind: K,
  chunks: Iterator<TextChunk>,
  total: number,
  encoding: TextEncoding | null,
  options: ImportOptions,
  progress: (done: number) => void,
): ImportResult<TableOf<K>> {
  const feed = new ImportFeed(kind, options, encoding);
  for (let next = chunks.next(); next.done !== true; next = chunks.next()) {
    feed.push(next.value.text);
    progress(next.value.bytesDone / total);
    if (feed.stopped) break;
  }
  const result = feed.finish();
  progress(1);
  return result;
}

function importTable<K extends TableKind>(kind: K, input: ImportInput, options: ImportOptions): ImportResult<TableOf<K>> {
  let reported = 0;
  const progress = (fraction: number): void => {
    // Monotonic, even when a Windows-1252 file is read a second time.
    if (fraction > reported && options.onProgress !== undefined) {
      reported = Math.min(1, fraction);
      options.onProgress(reported);
    }
  };
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_BYTES;
  if (typeof input === 'string') {
    return run(kind, textChunks(input, chunkSize), Math.max(1, input.length), null, options, progress);
  }
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const bom = detectBom(bytes);
  if (bom === 'utf-16le' || bom === 'utf-16be') {
    const session = new ImportSession(kind, options, null, ',', '.');
    session.fail(createProblem('unsupported-encoding', { file: options.file, line: 0 }, '', { encoding: bom }));
    progress(1);
    return session.finish(undefined);
  }
  const total = Math.max(1, bytes.length);
  try {
    return run(kind, decodeChunks(bytes, bom, chunkSize), total, bom, options, progress);
  } catch (error) {
    if (!(error instanceof InvalidUtf8Error)) throw error;
    // A UTF-8 BOM before Windows-1252 text (rows appended by another program) is still a BOM.
    const text = bom === 'utf-8-bom' ? bytes.subarray(3) : bytes;
    return run(kind, decodeChunks(text, 'windows-1252', chunkSize), total, 'windows-1252', options, progress);
  }
}

/**
 * Imports an employee survey export (wide: one row per respondent and a column per item; or long:
 * unit, period, item, value) into an {@link EmployeeTable}. Bytes are decoded (UTF-8, UTF-8 with BOM,
 * else Windows-1252); delimiter, decimal separator and column roles are detected.
 *
 * @example
 * const result = importEmployees(bytes, { file: 'survey.csv', itemScale: { min: 1, max: 5 } });
 * if (!result.ok) for (const p of result.problems) console.error(p.message);
 */
export function importEmployees(input: ImportInput, options: ImportOptions): ImportResult<EmployeeTable> {
  return importTable('employees', input, options);
}

/**
 * Imports customer feedback (NPS, CSAT, CES, first-contact resolution, channel, segment, comment)
 * into a {@link CustomerTable}, with the same decoding, detection and checks as {@link importEmployees}.
 */
export function importCustomers(input: ImportInput, options: ImportOptions): ImportResult<CustomerTable> {
  return importTable('customers', input, options);
}
