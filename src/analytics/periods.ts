/**
 * Periods (DESIGN §3): a month `2026-07`, a quarter `2026-Q3` or a year `2026`. Dates and
 * finer periods are bucketed into the granularity the user picks; a value coarser than the
 * granularity (a quarter asked as a month) cannot be bucketed and gives `null`, never a guess.
 *
 * @module
 */

import type { PeriodGranularity } from '../model/types.ts';

/** Key of the all-periods total in aggregation outputs. */
export const ALL_PERIODS = 'all';

type ValueKind = 'day' | 'month' | 'quarter' | 'year';

interface ParsedValue {
  kind: ValueKind;
  year: number;
  /** 1–12 for days and months; the first month of the quarter for quarters; 1 for years. */
  month: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-[Qq]([1-4])$/;
const YEAR = /^(\d{4})$/;

const RANK: Record<ValueKind, number> = { day: 0, month: 1, quarter: 2, year: 3 };
const GRANULARITY_RANK: Record<PeriodGranularity, number> = { month: 1, quarter: 2, year: 3 };

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses a date (with an optional ISO time, which is ignored), month, quarter or year. */
function parseValue(raw: string): ParsedValue | null {
  const value = raw.trim();
  let match = DATE.exec(value);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
    return { kind: 'day', year, month };
  }
  match = MONTH.exec(value);
  if (match) {
    const month = Number(match[2]);
    return month >= 1 && month <= 12 ? { kind: 'month', year: Number(match[1]), month } : null;
  }
  match = QUARTER.exec(value);
  if (match) return { kind: 'quarter', year: Number(match[1]), month: 3 * Number(match[2]) - 2 };
  match = YEAR.exec(value);
  if (match) return { kind: 'year', year: Number(match[1]), month: 1 };
  return null;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function format(year: number, month: number, granularity: PeriodGranularity): string {
  if (granularity === 'year') return pad(year, 4);
  if (granularity === 'quarter') return `${pad(year, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

/**
 * Buckets a date (`YYYY-MM-DD`, optionally with a time), month (`YYYY-MM`), quarter
 * (`YYYY-Qn`) or year (`YYYY`) into a period of `granularity`.
 *
 * @returns the period, or `null` when the value is not one of those forms or is coarser than
 *   the granularity (`2026-Q3` asked as a month).
 */
export function toPeriod(value: string, granularity: PeriodGranularity): string | null {
  const parsed = parseValue(value);
  if (parsed === null || RANK[parsed.kind] > GRANULARITY_RANK[granularity]) return null;
  return format(parsed.year, parsed.month, granularity);
}

/** The granularity of a canonical period string, or `null` when it is not one. */
export function periodGranularity(period: string): PeriodGranularity | null {
  if (MONTH.test(period)) return parseValue(period) === null ? null : 'month';
  if (/^\d{4}-Q[1-4]$/.test(period)) return 'quarter';
  if (YEAR.test(period)) return 'year';
  return null;
}

/** Position of a period on its own granularity's axis (months, quarters or years since year 0). */
function ordinal(period: string): { granularity: PeriodGranularity; index: number } {
  const granularity = periodGranularity(period);
  const parsed = granularity === null ? null : parseValue(period);
  if (granularity === null || parsed === null) throw new RangeError(`Not a period: "${period}" (expected YYYY-MM, YYYY-Qn or YYYY)`);
  const index =
    granularity === 'month' ? parsed.year * 12 + parsed.month - 1 : granularity === 'quarter' ? parsed.year * 4 + (parsed.month - 1) / 3 : parsed.year;
  return { granularity, index };
}

function fromOrdinal(index: number, granularity: PeriodGranularity): string {
  if (granularity === 'year') return format(index, 1, 'year');
  if (granularity === 'quarter') return format(Math.floor(index / 4), 3 * (((index % 4) + 4) % 4) + 1, 'quarter');
  return format(Math.floor(index / 12), (((index % 12) + 12) % 12) + 1, 'month');
}

/**
 * The period `k` steps after `period` (before it when `k` is negative), on the period's own
 * granularity: `nextPeriod('2026-Q4', 1)` is `2027-Q1`.
 *
 * @throws RangeError when `period` is not a canonical month, quarter or year, or `k` is not an integer.
 */
export function nextPeriod(period: string, k = 1): string {
  if (!Number.isInteger(k)) throw new RangeError(`Period step must be an integer, got ${k}`);
  const { granularity, index } = ordinal(period);
  return fromOrdinal(index + k, granularity);
}

/**
 * Orders periods by their first month, and a shorter period before a longer one starting the
 * same month (`2026-01` < `2026-Q1` < `2026`). Strings that are not periods sort last, by code unit.
 */
export function comparePeriods(a: string, b: string): number {
  const pa = periodGranularity(a) === null ? null : parseValue(a);
  const pb = periodGranularity(b) === null ? null : parseValue(b);
  if (pa === null || pb === null) {
    if (pa !== null) return -1;
    if (pb !== null) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  const startA = pa.year * 12 + pa.month;
  const startB = pb.year * 12 + pb.month;
  if (startA !== startB) return startA - startB;
  return RANK[pa.kind] - RANK[pb.kind];
}

/**
 * Every period from `from` to `to` inclusive, both of the same granularity; empty when
 * `from` is after `to`. Gaps in the data become explicit periods, so lags count steps in time.
 *
 * @throws RangeError when either bound is not a period or their granularities differ.
 */
export function periodRange(from: string, to: string): string[] {
  const start = ordinal(from);
  const end = ordinal(to);
  if (start.granularity !== end.granularity) throw new RangeError(`Periods "${from}" and "${to}" have different granularities`);
  const periods: string[] = [];
  for (let index = start.index; index <= end.index; index++) periods.push(fromOrdinal(index, start.granularity));
  return periods;
}

/** Number of steps from `from` to `to` (same granularity): `periodDistance('2026-Q1', '2026-Q3')` is 2. */
export function periodDistance(from: string, to: string): number {
  const start = ordinal(from);
  const end = ordinal(to);
  if (start.granularity !== end.granularity) throw new RangeError(`Periods "${from}" and "${to}" have different granularities`);
  return end.index - start.index;
}
