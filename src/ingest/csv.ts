/**
 * RFC 4180 parsing, streamed: text arrives in chunks of any size and records leave through a
 * callback with the physical line where each starts. Scans char codes and slices ranges (no
 * per-character string building); quoted runs are found with `indexOf`, which is native.
 *
 * Lenient where files in the wild are harmlessly irregular (LF, CR or CRLF; a quote inside an
 * unquoted field is a character; text after a closing quote joins the field), strict where data
 * would be lost: an unterminated quote is reported with the line where the field opened.
 */

/** The delimiters we sniff and parse. */
export type Delimiter = ',' | ';' | '\t';

/** Called once per record. `fields` is a fresh array the callee may keep. */
export type RecordHandler = (fields: string[], line: number) => void;

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
  private readonly delimiterChar: string;
  /** Next delimiter, LF and CR in the current chunk at or after the scan position; -1 none, -2 not searched. */
  private nextDelimiter = -2;
  private nextLf = -2;
  private nextCr = -2;
  private nextQuote = -2;
  private readonly onRecord: RecordHandler;
  private mode: Mode = FIELD_START;
  private fields: string[] = [];
  /** Text of the current field gathered from earlier chunks or before a doubled quote. */
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

  constructor(delimiter: Delimiter, onRecord: RecordHandler) {
    this.delimiter = delimiter.charCodeAt(0);
    this.delimiterChar = delimiter;
    this.onRecord = onRecord;
  }

  /** Parses the next piece of text. */
  push(chunk: string): void {
    if (this.ended) throw new Error('CsvParser.push() after end()');
    const n = chunk.length;
    if (n === 0) return;
    this.sawText = true;
    const delim = this.delimiter;
    // Positions found in the previous chunk mean nothing here: -2 is "not searched yet".
    this.nextDelimiter = -2;
    this.nextLf = -2;
    this.nextCr = -2;
    this.nextQuote = -2;
    let i = 0;
    while (i < n) {
      switch (this.mode) {
        case FIELD_START: {
          const c = chunk.charCodeAt(i);
          if (this.skipLf) {
            this.skipLf = false;
            if (c === LF) {
              i++;
              continue;
            }
          }
          if (c === QUOTE) {
            this.mode = QUOTED;
            this.quoteLine = this.line;
            this.quotedCr = false;
            i++;
            continue;
          }
          if (this.fields.length === 0 && c !== LF && c !== CR) {
            const next = this.splitLine(chunk, i);
            if (next >= 0) {
              i = next;
              continue;
            }
          }
          this.mode = UNQUOTED;
          i = this.scanUnquoted(chunk, i);
          continue;
        }
        case UNQUOTED:
          i = this.scanUnquoted(chunk, i);
          continue;
        case QUOTED: {
          // The raw quoted text is sliced once per chunk; doubled quotes are undone once at the
          // closing quote, instead of concatenating a piece per `""`.
          const from = i;
          let scan = i;
          let q = chunk.indexOf('"', scan);
          while (q !== -1 && q + 1 < n && chunk.charCodeAt(q + 1) === QUOTE) {
            this.countQuotedLines(chunk, scan, q);
            this.doubledQuotes = true;
            this.quotedCr = false;
            scan = q + 2;
            q = chunk.indexOf('"', scan);
          }
          if (q === -1) {
            this.countQuotedLines(chunk, scan, n);
            this.appendRaw(chunk, from, n);
            return;
          }
          this.countQuotedLines(chunk, scan, q);
          if (q + 1 === n) {
            // Closing quote or first of a pair: the next chunk tells. Keep it in the raw text for now.
            this.appendRaw(chunk, from, n);
            this.mode = QUOTE_AT_CHUNK_END;
            return;
          }
          this.appendRaw(chunk, from, q);
          this.closeQuoted();
          i = q + 1;
          continue;
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
  }

  /** Flushes the last record and reports an unterminated quote. No more `push` after this. */
  end(): CsvEnd {
    if (this.ended) throw new Error('CsvParser.end() called twice');
    this.ended = true;
    const endedOnBreak = this.mode === FIELD_START && this.fields.length === 0;
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
        if (this.fields.length > 0) this.endRecord('', true);
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

  /**
   * Fast path for a whole line without quotes (most lines of most files): one native `split`.
   * Returns where the next line starts, or -1 when the line has a quote or does not end in this chunk.
   */
  private splitLine(chunk: string, from: number): number {
    if (this.nextQuote !== -1 && this.nextQuote < from) this.nextQuote = chunk.indexOf('"', from);
    if (this.nextLf !== -1 && this.nextLf < from) this.nextLf = chunk.indexOf('\n', from);
    if (this.nextCr !== -1 && this.nextCr < from) this.nextCr = chunk.indexOf('\r', from);
    let end = this.nextLf;
    if (this.nextCr !== -1 && (end === -1 || this.nextCr < end)) end = this.nextCr;
    if (end === -1 || (this.nextQuote !== -1 && this.nextQuote < end)) return -1;
    const fields = chunk.slice(from, end).split(this.delimiterChar);
    this.records++;
    this.onRecord(fields, this.recordLine);
    this.line++;
    this.recordLine = this.line;
    if (chunk.charCodeAt(end) === CR) this.skipLf = true;
    return end + 1;
  }

  /**
   * Scans an unquoted field from `from`; returns where scanning stopped. The next delimiter, LF and
   * CR are found with native `indexOf` and remembered across the fields of the chunk, so each is
   * searched about once per line instead of comparing every character three times.
   */
  private scanUnquoted(chunk: string, from: number): number {
    const n = chunk.length;
    if (this.nextDelimiter !== -1 && this.nextDelimiter < from) this.nextDelimiter = chunk.indexOf(this.delimiterChar, from);
    if (this.nextLf !== -1 && this.nextLf < from) this.nextLf = chunk.indexOf('\n', from);
    if (this.nextCr !== -1 && this.nextCr < from) this.nextCr = chunk.indexOf('\r', from);
    let end = n;
    if (this.nextDelimiter !== -1) end = this.nextDelimiter;
    if (this.nextLf !== -1 && this.nextLf < end) end = this.nextLf;
    if (this.nextCr !== -1 && this.nextCr < end) end = this.nextCr;
    if (end === n) {
      if (n > from) this.field = this.take(chunk, from, n);
      return n;
    }
    const c = chunk.charCodeAt(end);
    if (c === this.delimiter) {
      this.endField(this.take(chunk, from, end));
    } else {
      this.endRecord(this.take(chunk, from, end), true);
      if (c === CR) this.skipLf = true;
    }
    return end + 1;
  }

  private take(chunk: string, from: number, to: number): string {
    return this.field === '' ? chunk.slice(from, to) : this.field + chunk.slice(from, to);
  }

  private endField(value: string): void {
    this.fields.push(value);
    this.field = '';
    this.mode = FIELD_START;
  }

  private endRecord(last: string, unquoted: boolean): void {
    const fields = this.fields;
    this.fields = [];
    this.field = '';
    this.mode = FIELD_START;
    const blank = unquoted && fields.length === 0 && last === '';
    if (!blank) {
      fields.push(last);
      this.records++;
      this.onRecord(fields, this.recordLine);
    }
    this.line++;
    this.recordLine = this.line;
  }

  /** Counts line breaks inside a quoted run, CRLF once, CR or LF alone once each. */
  private countQuotedLines(chunk: string, from: number, to: number): void {
    for (let k = from; k < to; k++) {
      const c = chunk.charCodeAt(k);
      if (c === LF) {
        if (!this.quotedCr) this.line++;
        this.quotedCr = false;
      } else if (c === CR) {
        this.line++;
        this.quotedCr = true;
      } else {
        this.quotedCr = false;
      }
    }
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
