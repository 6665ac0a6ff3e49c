/**
 * Reading one cell: numbers with either decimal separator, yes/no answers in English and French,
 * agreement answers written as text, and dates or periods in the shapes exports use.
 * Every reader returns `undefined` for a value it cannot read; callers turn that into a problem.
 */
import type { DecimalSeparator } from './sniff.ts';
import { foldAccents } from '../model/fold-text.ts';

/**
 * Reads a number written with `decimal` as separator (`4,5` in French files). The other separator
 * is accepted too when it cannot be a thousands separator (not followed by exactly three digits),
 * so `4.5` in a French file still reads as 4.5 while `1.000` does not become 1.
 */
export function readNumber(cell: string, decimal: DecimalSeparator): number | undefined {
  const n = cell.length;
  // Fast path for the common one- or two-digit score.
  if (n === 1) {
    const c = cell.charCodeAt(0) - 48;
    return c >= 0 && c <= 9 ? c : undefined;
  }
  if (n === 2) {
    const a = cell.charCodeAt(0) - 48;
    const b = cell.charCodeAt(1) - 48;
    if (a >= 0 && a <= 9 && b >= 0 && b <= 9) return a * 10 + b;
  }
  if (n === 0 || n > 40) return undefined;
  const match = /^([+-]?)(\d*)(?:([.,])(\d+))?$/.exec(cell);
  if (match === null) return undefined;
  const [, sign, whole = '', sep, fraction] = match;
  if (whole === '' && sep === undefined) return undefined;
  if (sep !== undefined && sep !== decimal && fraction?.length === 3) return undefined;
  const value = Number(`${sign}${whole === '' ? '0' : whole}${sep === undefined ? '' : `.${fraction}`}`);
  return Number.isFinite(value) ? value : undefined;
}

/** A closed range of allowed answers. */
export interface ScoreRule {
  min: number;
  max: number;
  /** Only whole numbers (NPS 0–10, CSAT 1–5, CES 1–7). */
  whole: boolean;
}

/** Reads a score within `rule`; `undefined` when unreadable or out of range. */
export function readScore(cell: string, decimal: DecimalSeparator, rule: ScoreRule): number | undefined {
  const value = readNumber(cell, decimal);
  if (value === undefined || value < rule.min || value > rule.max) return undefined;
  if (rule.whole && !Number.isInteger(value)) return undefined;
  return value;
}

/**
 * Undoes the formula guard of our CSV export (and of spreadsheets' "text" cells): a text cell that
 * starts with an apostrophe followed by = + - @, a tab or a carriage return loses that apostrophe,
 * so exported tables read back unchanged. Other apostrophes (`'t Hoff`, `'Boss'`) are kept.
 */
export function unguardText(cell: string): string {
  if (cell.charCodeAt(0) !== 0x27 || cell.length < 2) return cell;
  const c = cell.charCodeAt(1);
  // = + - @ tab CR
  return c === 0x3d || c === 0x2b || c === 0x2d || c === 0x40 || c === 0x09 || c === 0x0d ? cell.slice(1) : cell;
}

/** Lowercase, accents removed, curly apostrophes straightened, inner spaces collapsed. */
export function foldText(text: string): string {
  return foldAccents(text)
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const BOOLEANS = new Map<string, number>([
  ['true', 1], ['false', 0], ['1', 1], ['0', 0], ['yes', 1], ['no', 0], ['y', 1], ['n', 0],
  ['oui', 1], ['non', 0], ['o', 1], ['vrai', 1], ['faux', 0],
]);

/** Reads true/false, 1/0, yes/no, y/n, oui/non, o/n, vrai/faux (any case) as 1 or 0. */
export function readBoolean(cell: string): 0 | 1 | undefined {
  if (cell === 'true' || cell === '1') return 1;
  if (cell === 'false' || cell === '0') return 0;
  // Exact and lowercase lookups first: folding (NFD + regexes) costs more than the rest of a row.
  const value = BOOLEANS.get(cell) ?? BOOLEANS.get(cell.toLowerCase()) ?? BOOLEANS.get(foldText(cell));
  return value === 0 || value === 1 ? value : undefined;
}

// Agreement answers as survey tools export them when "choice text" is chosen over codes.
const AGREEMENT_5 = new Map<string, number>([
  ['strongly agree', 5], ['agree', 4], ['neither agree nor disagree', 3], ['neutral', 3], ['disagree', 2],
  ['strongly disagree', 1],
  ["tout a fait d'accord", 5], ["plutot d'accord", 4], ["d'accord", 4], ["ni d'accord ni pas d'accord", 3],
  ['neutre', 3], ["plutot pas d'accord", 2], ["pas d'accord", 2], ["pas du tout d'accord", 1],
]);
const AGREEMENT_7 = new Map<string, number>([
  ['strongly agree', 7], ['agree', 6], ['somewhat agree', 5], ['neither agree nor disagree', 4], ['neutral', 4],
  ['somewhat disagree', 3], ['disagree', 2], ['strongly disagree', 1],
  ["tout a fait d'accord", 7], ["d'accord", 6], ["plutot d'accord", 5], ["ni d'accord ni pas d'accord", 4],
  ['neutre', 4], ["plutot pas d'accord", 3], ["pas d'accord", 2], ["pas du tout d'accord", 1],
]);

/**
 * Reads an agreement answer given as text ("Strongly agree" → 5 … "Pas du tout d'accord" → 1) on a
 * 1–5 or 1–7 scale; `undefined` for other scales or other text.
 */
export function readAgreement(cell: string, scale: { min: number; max: number }): number | undefined {
  if (scale.min !== 1 || (scale.max !== 5 && scale.max !== 7)) return undefined;
  return (scale.max === 5 ? AGREEMENT_5 : AGREEMENT_7).get(foldText(cell));
}

/** How to read `dd/dd/yyyy`: day first (French, British) or month first (US exports). */
export type DateOrder = 'dmy' | 'mdy';

const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(.*)$/;
const SLASH_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(.*)$/;
const TIME_TAIL =
  /^(?:,?[ T]\d{1,2}[:h]\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?|(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?)?)?$/;
const MONTH = /^(\d{4})[-/](\d{1,2})$/;
const MONTH_FIRST = /^(\d{1,2})[/-](\d{4})$/;
const QUARTER_AFTER = /^(\d{4})[- ]?[QqTt]([1-4])$/;
const QUARTER_BEFORE = /^[QqTt]([1-4])[- ]?(\d{4})$/;
const YEAR = /^(\d{4})$/;

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2999) return undefined;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
  return day > days ? undefined : `${year}-${pad2(month)}-${pad2(day)}`;
}

/**
 * Reads a date or a period and normalises it: dates (YYYY-MM-DD, YYYY/MM/DD, DD/MM/YYYY or
 * MM/DD/YYYY per `order`, two-digit years as 20yy, with an optional time that is dropped as written,
 * without time-zone shifting) become `YYYY-MM-DD`; months (YYYY-MM, MM/YYYY) `YYYY-MM`; quarters
 * (YYYY-Qn, Qn YYYY, French Tn YYYY) `YYYY-Qn`; years `YYYY`.
 */
export function readDateOrPeriod(cell: string, order: DateOrder = 'dmy'): string | undefined {
  let m = ISO_DATE.exec(cell);
  if (m !== null) {
    if (!TIME_TAIL.test(m[4] as string)) return undefined;
    return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  m = SLASH_DATE.exec(cell);
  if (m !== null) {
    if (!TIME_TAIL.test(m[4] as string)) return undefined;
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = (m[3] as string).length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return order === 'dmy' ? isoDate(y, b, a) : isoDate(y, a, b);
  }
  m = MONTH.exec(cell) ?? MONTH_FIRST.exec(cell);
  if (m !== null) {
    const [year, month] = (m[1] as string).length === 4 ? [Number(m[1]), Number(m[2])] : [Number(m[2]), Number(m[1])];
    return month >= 1 && month <= 12 && year >= 1900 && year <= 2999 ? `${year}-${pad2(month)}` : undefined;
  }
  m = QUARTER_AFTER.exec(cell);
  if (m !== null) return `${m[1]}-Q${m[2]}`;
  m = QUARTER_BEFORE.exec(cell);
  if (m !== null) return `${m[2]}-Q${m[1]}`;
  m = YEAR.exec(cell);
  if (m !== null) {
    const year = Number(m[1]);
    return year >= 1900 && year <= 2999 ? String(year) : undefined;
  }
  return undefined;
}

/**
 * Chooses the day/month order of `dd/dd/yyyy` cells from a sample: month first only when some
 * value can only be month-first (second part above 12) and none can only be day-first.
 * `undefined` when the sample has no such cells.
 */
export function inferDateOrder(cells: Iterable<string>): DateOrder | undefined {
  let seen = false;
  let dayFirst = false;
  let monthFirst = false;
  for (const cell of cells) {
    const m = SLASH_DATE.exec(cell.trim());
    if (m === null) continue;
    seen = true;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
  }
  if (!seen) return undefined;
  return monthFirst && !dayFirst ? 'mdy' : 'dmy';
}
