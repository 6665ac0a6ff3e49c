/**
 * Dialect sniffing: which delimiter, which decimal separator, and whether the first line names the
 * columns. Excel writes `;` and decimal commas in French locales, `,` and decimal points in English
 * ones; survey tools write `,`; some exports are tab-separated.
 */
import { CsvParser, type Delimiter } from './csv.ts';

/** Decimal separator of numbers in a file. */
export type DecimalSeparator = '.' | ',';

/** How a file is written. */
export interface Dialect {
  delimiter: Delimiter;
  decimal: DecimalSeparator;
  /** The first record names the columns. */
  header: boolean;
}

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t'];
/** Records looked at when sniffing. */
const SNIFF_RECORDS = 50;

/**
 * Counts each candidate delimiter outside quotes, per record, over the first records of `sample`,
 * and picks the one whose count is the same on most records (then the larger count; then `,` `;` tab).
 * `complete` says whether `sample` is the whole file (otherwise its last, maybe cut, record is ignored).
 * Falls back to `,` for single-column files.
 */
export function sniffDelimiter(sample: string, complete = true): Delimiter {
  const counts = recordDelimiterCounts(sample, complete);
  let best: Delimiter = ',';
  let bestConsistency = 0;
  let bestCount = 0;
  for (let d = 0; d < CANDIDATES.length; d++) {
    const perRecord = counts.map((c) => c[d] as number);
    const mode = modeOf(perRecord);
    if (mode === 0) continue;
    const consistency = perRecord.filter((c) => c === mode).length / perRecord.length;
    if (consistency > bestConsistency || (consistency === bestConsistency && mode > bestCount)) {
      best = CANDIDATES[d] as Delimiter;
      bestConsistency = consistency;
      bestCount = mode;
    }
  }
  return best;
}

/** Per record, how many of each candidate occur outside quotes. */
function recordDelimiterCounts(sample: string, complete: boolean): number[][] {
  const result: number[][] = [];
  let commas = 0;
  let semicolons = 0;
  let tabs = 0;
  let inQuotes = false;
  let nonBlank = false;
  for (let i = 0; i < sample.length && result.length < SNIFF_RECORDS; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0x22) {
      inQuotes = !inQuotes;
      nonBlank = true;
    } else if (inQuotes) {
      continue;
    } else if (c === 0x0a || c === 0x0d) {
      if (nonBlank) result.push([commas, semicolons, tabs]);
      commas = semicolons = tabs = 0;
      nonBlank = false;
    } else {
      nonBlank = true;
      if (c === 0x2c) commas++;
      else if (c === 0x3b) semicolons++;
      else if (c === 0x09) tabs++;
    }
  }
  // The last record counts when the sample is the whole file, or when it is all there is.
  if (nonBlank && result.length < SNIFF_RECORDS && (complete || result.length === 0)) result.push([commas, semicolons, tabs]);
  return result;
}

/** Most frequent value; ties go to the larger value. */
function modeOf(values: number[]): number {
  const freq = new Map<number, number>();
  let mode = 0;
  let modeFreq = 0;
  for (const v of values) {
    const f = (freq.get(v) ?? 0) + 1;
    freq.set(v, f);
    if (f > modeFreq || (f === modeFreq && v > mode)) {
      mode = v;
      modeFreq = f;
    }
  }
  return mode;
}

const COMMA_DECIMAL = /^[+-]?\d+,\d+$/;
const POINT_DECIMAL = /^[+-]?\d+\.\d+$/;

/**
 * Decimal separator seen in the data records (not the header): the more frequent of `4,5` and `4.5`
 * shapes; with no evidence, `,` for `;`-delimited files (French Excel) and `.` otherwise.
 */
export function sniffDecimal(records: readonly (readonly string[])[], delimiter: Delimiter): DecimalSeparator {
  let comma = 0;
  let point = 0;
  for (const record of records) {
    for (const raw of record) {
      const cell = raw.trim();
      if (cell.length > 24) continue;
      if (COMMA_DECIMAL.test(cell)) comma++;
      else if (POINT_DECIMAL.test(cell)) point++;
    }
  }
  if (comma !== point) return comma > point ? ',' : '.';
  return delimiter === ';' ? ',' : '.';
}

const DATA_LIKE = /^[+-]?(?:\d+(?:[.,]\d+)?|\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?(?:[ T].*)?)$/;

/**
 * Whether the first record names the columns: none of its cells looks like a number or a date.
 * (Column mapping also treats a first record with a recognised column name as a header.)
 */
export function looksLikeHeader(first: readonly string[]): boolean {
  let named = false;
  for (const raw of first) {
    const cell = raw.trim();
    if (cell === '') continue;
    if (DATA_LIKE.test(cell)) return false;
    named = true;
  }
  return named;
}

/**
 * Sniffs the dialect of the beginning of a file (`complete` when `sample` is the whole file).
 */
export function sniff(sample: string, complete = true): Dialect {
  const text = sample.charCodeAt(0) === 0xfeff ? sample.slice(1) : sample;
  const delimiter = sniffDelimiter(text, complete);
  const records: string[][] = [];
  const parser = new CsvParser(delimiter, (fields) => {
    if (records.length < SNIFF_RECORDS) records.push(fields);
  });
  parser.push(text);
  parser.end();
  if (!complete && records.length > 1) records.pop();
  const first = records[0] ?? [];
  return { delimiter, decimal: sniffDecimal(records.slice(1), delimiter), header: looksLikeHeader(first) };
}
