/**
 * RFC 4180 parsing, streamed: text arrives in chunks of any size and records leave through a
 * callback with the physical line where each starts.
 *
 * One `charCodeAt` loop per chunk, each field sliced once, scanner state in locals. No
 * `String.prototype.indexOf` in the loop: with it inlined into the optimised loop, V8 11 (Node 20)
 * spent 91 % of the time in `memchr` and a million rows took 33 s instead of 2, getting slower per
 * row as files grew; the same searches behind a function call were fast.
 *
 * Lenient where files in the wild are harmlessly irregular (LF, CR or CRLF; a quote inside an
 * unquoted field is a character; text after a closing quote joins the field), strict where data
 * would be lost: an unterminated quote is reported with the line where the field opened.
 */

/** The delimiters we sniff and parse. */
export type Delimiter = ',' | ';' | '\t';

/**
 * Called once per record. `fields` is a fresh array the callee may keep, unless the parser was
 * created with `reuseFields`: then it is valid only during the call.
 */
export type RecordHandler = (fields: string[], line: number) => void;

/** Options of {@link CsvParser}. */
export interface CsvParserOptions {
  /**
   * Hands every record in the same array, overwritten by the next record. For callers that read
   * fields without keeping the array: a million rows then allocate a million arrays less.
   */
  reuseFields?: boolean;
}

/** What {@link CsvParser.end} learned about the whole input. */
export interface CsvEnd {
  /** Records emitted. */
  records: number;
  /** Physical lines seen (a final line without a newline counts). */
  lines: number;
  /** Set when the input ended inside a quoted field: the line where that field's quote opened. */
  unterminatedQuoteLine?: number;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

// Scanner states (plain numbers rather than an enum, so the module is erasable TypeScript).
/** At the first character of a field. */
const FIELD_START = 0;
/** Inside an unquoted field. */
const UNQUOTED = 1;
/** Inside a quoted field. */
const QUOTED = 2;
/** The previous chunk ended on a quote inside a quoted field: closing, or the first of a pair? */
const QUOTE_AT_CHUNK_END = 3;
/** Just after a closing quote. */
const AFTER_QUOTED = 4;
type Mode = typeof FIELD_START | typeof UNQUOTED | typeof QUOTED | typeof QUOTE_AT_CHUNK_END | typeof AFTER_QUOTED;

/**
 * Streaming CSV parser. `push` chunks in order, then `end()`. Chunk boundaries may fall anywhere:
 * inside a quoted field, between the two quotes of `""`, between `\r` and `\n`.
 *
 * @example
 * const parser = new CsvParser(',', (fields, line) => rows.push(fields));
 * parser.push('a,b\r'); parser.push('\n1,2'); parser.end();
 */
export class CsvParser {
  private readonly delimiter: number;
  private readonly onRecord: RecordHandler;
  private readonly reuseFields: boolean;
  private mode: Mode = FIELD_START;
  private fields: string[] = [];
  /** Fields of the current record so far (with `reuseFields`, `fields` may be longer). */
  private count = 0;
  /** Text of the current field gathered from earlier chunks (or, quoted, the raw text so far). */
  private field = '';
  private line = 1;
  private recordLine = 1;
  private quoteLine = 1;
  /** A CR ended the last record; a LF right after it belongs to the same line break. */
  private skipLf = false;
  /** Inside a quoted field, the last character seen was CR (for counting CRLF once). */
  private quotedCr = false;
  /** The current quoted field holds `""` pairs still to be undone. */
  private doubledQuotes = false;
  private records = 0;
  private sawText = false;
  private ended = false;

  constructor(delimiter: Delimiter, onRecord: RecordHandler, options: CsvParserOptions = {}) {
    this.delimiter = delimiter.charCodeAt(0);
    this.onRecord = onRecord;
    this.reuseFields = options.reuseFields === true;
  }

  /** Parses the next piece of text. */
  push(chunk: string): void {
    if (this.ended) throw new Error('CsvParser.push() after end()');
    const n = chunk.length;
    if (n === 0) return;
    this.sawText = true;
    const delim = this.delimiter;
    let i = 0;
    // Finish what the previous chunk left open, with the general (rarely taken) code.
    if (this.mode !== FIELD_START || this.skipLf) {
      i = this.resume(chunk);
      if (i >= n) return;
    }
    // Hot loop: at the start of a field. Locals only; state goes back to `this` before any exit.
    const reuse = this.reuseFields;
    let fields = this.fields;
    let count = this.count;
    let line = this.line;
    let recordLine = this.recordLine;
    while (i < n) {
      let c = chunk.charCodeAt(i);
      let value = '';
      let j = i;
      let quoted = false;
      if (c === QUOTE) {
        // A quoted field closed on this line and followed by a delimiter or line end is sliced
        // here; anything else (a line break inside, text after the closing quote, the chunk
        // ending first) goes through the general scanner.
        let doubled = false;
        j = i + 1;
        for (;;) {
          if (j === n) break;
          c = chunk.charCodeAt(j);
          if (c === QUOTE) {
            if (j + 1 === n) {
              j = n;
              break;
            }
            c = chunk.charCodeAt(j + 1);
            if (c !== QUOTE) break;
            doubled = true;
            j += 2;
            continue;
          }
          if (c === LF || c === CR) {
            j = n;
            break;
          }
          j++;
        }
        if (j === n || (c !== delim && c !== LF && c !== CR)) {
          this.fields = fields;
          this.count = count;
          this.line = line;
          this.recordLine = recordLine;
          this.mode = QUOTED;
          this.quoteLine = line;
          this.quotedCr = false;
          this.field = '';
          i = this.resume(chunk, i + 1);
          fields = this.fields;
          count = this.count;
          line = this.line;
          recordLine = this.recordLine;
          continue;
        }
        value = chunk.slice(i + 1, j);
        if (doubled) value = value.replaceAll('""', '"');
        quoted = true;
        j++;
      } else {
        while (c !== delim && c !== LF && c !== CR) {
          if (++j === n) break;
          c = chunk.charCodeAt(j);
        }
        if (j === n) {
          // The field goes on in the next chunk.
          this.field = chunk.slice(i, n);
          this.mode = UNQUOTED;
          break;
        }
        if (i !== j) value = chunk.slice(i, j);
      }
      i = j + 1;
      if (c === delim) {
        fields[count++] = value;
        continue;
      }
      // End of line: a record, unless the line is blank.
      if (count !== 0 || value !== '' || quoted) {
        fields[count++] = value;
        if (fields.length !== count) fields.length = count;
        this.records++;
        this.onRecord(fields, recordLine);
        if (!reuse) fields = [];
        count = 0;
      }
      line++;
      recordLine = line;
      if (c === CR) {
        if (i === n) {
          this.skipLf = true;
          break;
        }
        if (chunk.charCodeAt(i) === LF) i++;
      }
    }
    this.fields = fields;
    this.count = count;
    this.line = line;
    this.recordLine = recordLine;
  }

  /**
   * The general scanner, one state at a time, from `from` until it is back at the start of a field
   * (returns where) or the chunk ends (returns its length). Handles quoted fields, a field or a
   * CRLF split across chunks, and text after a closing quote.
   */
  private resume(chunk: string, from = 0): number {
    const n = chunk.length;
    const delim = this.delimiter;
    let i = from;
    while (i < n) {
      switch (this.mode) {
        case FIELD_START: {
          if (!this.skipLf) return i;
          this.skipLf = false;
          if (chunk.charCodeAt(i) === LF) i++;
          continue;
        }
        case UNQUOTED: {
          let j = i;
          let c = 0;
          for (; j < n; j++) {
            c = chunk.charCodeAt(j);
            if (c === delim || c === LF || c === CR) break;
          }
          const value = this.field + chunk.slice(i, j);
          if (j === n) {
            this.field = value;
            return n;
          }
          if (c === delim) this.endField(value);
          else {
            this.endRecord(value, true);
            if (c === CR) this.skipLf = true;
          }
          i = j + 1;
          continue;
        }
        case QUOTED: {
          // The raw quoted text is sliced once per chunk; doubled quotes are undone once at the
          // closing quote, instead of concatenating a piece per `""`.
          let line = this.line;
          let quotedCr = this.quotedCr;
          let j = i;
          let closed = false;
          while (j < n) {
            const c = chunk.charCodeAt(j);
            if (c === QUOTE) {
              if (j + 1 === n) break;
              if (chunk.charCodeAt(j + 1) !== QUOTE) {
                closed = true;
                break;
              }
              this.doubledQuotes = true;
              quotedCr = false;
              j += 2;
              continue;
            }
            if (c === LF) {
              if (!quotedCr) line++;
              quotedCr = false;
            } else if (c === CR) {
              line++;
              quotedCr = true;
            } else {
              quotedCr = false;
            }
            j++;
          }
          this.line = line;
          this.quotedCr = quotedCr;
          if (closed) {
            this.appendRaw(chunk, i, j);
            this.closeQuoted();
            i = j + 1;
            continue;
          }
          this.appendRaw(chunk, i, n);
          // Ending on a quote: closing, or the first of a pair? The next chunk tells.
          if (j + 1 === n) this.mode = QUOTE_AT_CHUNK_END;
          return n;
        }
        case QUOTE_AT_CHUNK_END:
          if (chunk.charCodeAt(i) === QUOTE) {
            this.field += '"';
            this.doubledQuotes = true;
            this.quotedCr = false;
            this.mode = QUOTED;
            i++;
          } else {
            this.field = this.field.slice(0, -1);
            this.closeQuoted();
          }
          continue;
        case AFTER_QUOTED: {
          const c = chunk.charCodeAt(i);
          if (c === delim) {
            this.endField(this.field);
            i++;
          } else if (c === LF || c === CR) {
            this.endRecord(this.field, false);
            if (c === CR) this.skipLf = true;
            i++;
          } else {
            // Text after a closing quote (`"a"b`) joins the field, as spreadsheets read it.
            this.mode = UNQUOTED;
          }
          continue;
        }
      }
    }
    return n;
  }

  /** Flushes the last record and reports an unterminated quote. No more `push` after this. */
  end(): CsvEnd {
    if (this.ended) throw new Error('CsvParser.end() called twice');
    this.ended = true;
    const endedOnBreak = this.mode === FIELD_START && this.count === 0;
    const lines = this.sawText ? this.line - (endedOnBreak ? 1 : 0) : 0;
    let unterminatedQuoteLine: number | undefined;
    switch (this.mode) {
      case QUOTED:
        // Dropping the partial record: it swallowed the rest of the file and would mislead.
        unterminatedQuoteLine = this.quoteLine;
        break;
      case QUOTE_AT_CHUNK_END:
        this.field = this.field.slice(0, -1);
        this.closeQuoted();
        this.endRecord(this.field, false);
        break;
      case AFTER_QUOTED:
      case UNQUOTED:
        this.endRecord(this.field, this.mode === UNQUOTED);
        break;
      case FIELD_START:
        // "a,b," at end of input: the empty last field is still a field.
        if (this.count > 0) this.endRecord('', true);
        break;
    }
    return unterminatedQuoteLine === undefined
      ? { records: this.records, lines }
      : { records: this.records, lines, unterminatedQuoteLine };
  }

  private appendRaw(chunk: string, from: number, to: number): void {
    if (to > from) this.field = this.field === '' ? chunk.slice(from, to) : this.field + chunk.slice(from, to);
  }

  /** At a closing quote: undo doubled quotes in the quoted text. */
  private closeQuoted(): void {
    if (this.doubledQuotes) {
      this.field = this.field.replaceAll('""', '"');
      this.doubledQuotes = false;
    }
    this.mode = AFTER_QUOTED;
  }

  private endField(value: string): void {
    this.fields[this.count++] = value;
    this.field = '';
    this.mode = FIELD_START;
  }

  private endRecord(last: string, unquoted: boolean): void {
    const fields = this.fields;
    this.field = '';
    this.mode = FIELD_START;
    const blank = unquoted && this.count === 0 && last === '';
    if (!blank) {
      fields[this.count++] = last;
      if (fields.length !== this.count) fields.length = this.count;
      if (!this.reuseFields) this.fields = [];
      this.count = 0;
      this.records++;
      this.onRecord(fields, this.recordLine);
    }
    this.line++;
    this.recordLine = this.line;
  }
}

/**
 * A copy of a parsed field that does not keep its chunk alive. V8 represents a slice of 13 or more
 * characters as a view into the parent string, so one kept unit name would pin a whole 1 MB chunk;
 * fields stored beyond the parse (dictionary values, comments, headers, problem values) are detached.
 */
export function detachField(value: string): string {
  return value.length < 13 ? value : ` ${value}`.slice(1);
}

/** Result of {@link parseCsv}. */
export interface ParsedCsv {
  records: string[][];
  /** Physical line (1-based) where each record starts, same order as `records`. */
  lines: number[];
  /** Set when the text ended inside a quoted field: the line where that quote opened. */
  unterminatedQuoteLine?: number;
}

/**
 * Parses a whole text with a known delimiter. A leading BOM is ignored.
 * For files, prefer `importEmployees`/`importCustomers`, which sniff, stream and validate.
 */
export function parseCsv(text: string, delimiter: Delimiter = ','): ParsedCsv {
  const records: string[][] = [];
  const lines: number[] = [];
  const parser = new CsvParser(delimiter, (fields, line) => {
    records.push(fields);
    lines.push(line);
  });
  parser.push(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const end = parser.end();
  return end.unterminatedQuoteLine === undefined
    ? { records, lines }
    : { records, lines, unterminatedQuoteLine: end.unterminatedQuoteLine };
}
