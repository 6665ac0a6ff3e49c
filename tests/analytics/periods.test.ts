import { describe, expect, it } from 'vitest';
import { comparePeriods, nextPeriod, periodDistance, periodGranularity, periodRange, toPeriod } from '../../src/analytics/periods.ts';

describe('toPeriod()', () => {
  it.each([
    ['2026-07-14', 'month', '2026-07'],
    ['2026-07-14', 'quarter', '2026-Q3'],
    ['2026-07-14', 'year', '2026'],
    ['2026-07-14T23:59:00Z', 'month', '2026-07'],
    ['2026-12', 'quarter', '2026-Q4'],
    ['2026-01', 'month', '2026-01'],
    ['2026-Q2', 'quarter', '2026-Q2'],
    ['2026-q2', 'year', '2026'],
    ['2026', 'year', '2026'],
    [' 2026-03-31 ', 'quarter', '2026-Q1'],
  ] as const)('buckets %s as %s into %s', (value, granularity, expected) => {
    expect(toPeriod(value, granularity)).toBe(expected);
  });

  it.each([
    ['2026-Q3', 'month'],
    ['2026', 'quarter'],
    ['2026', 'month'],
    ['2026-13', 'month'],
    ['2026-02-30', 'month'],
    ['2025-02-29', 'month'],
    ['2026-Q5', 'quarter'],
    ['July 2026', 'month'],
    ['', 'year'],
  ] as const)('returns null for %s asked as %s', (value, granularity) => {
    expect(toPeriod(value, granularity)).toBeNull();
  });

  it('accepts 29 February in a leap year', () => {
    expect(toPeriod('2024-02-29', 'month')).toBe('2024-02');
  });
});

describe('period arithmetic', () => {
  it('nextPeriod() steps forwards and backwards across years', () => {
    expect(nextPeriod('2026-Q4', 1)).toBe('2027-Q1');
    expect(nextPeriod('2026-Q1', -1)).toBe('2025-Q4');
    expect(nextPeriod('2026-01', -13)).toBe('2024-12');
    expect(nextPeriod('2026', 3)).toBe('2029');
    expect(nextPeriod('2026-06')).toBe('2026-07');
  });

  it('nextPeriod() refuses what is not a period', () => {
    expect(() => nextPeriod('2026-07-01', 1)).toThrow(RangeError);
    expect(() => nextPeriod('2026-Q1', 0.5)).toThrow(RangeError);
  });

  it('periodRange() lists every period inclusive, and nothing when reversed', () => {
    expect(periodRange('2025-Q3', '2026-Q2')).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
    expect(periodRange('2026-11', '2027-01')).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(periodRange('2026', '2025')).toEqual([]);
    expect(() => periodRange('2026-Q1', '2026-05')).toThrow(RangeError);
  });

  it('comparePeriods() orders by start, shorter first, non-periods last', () => {
    const sorted = ['2026', 'junk', '2026-Q1', '2025-12', '2026-01', '2026-Q2'].sort(comparePeriods);
    expect(sorted).toEqual(['2025-12', '2026-01', '2026-Q1', '2026', '2026-Q2', 'junk']);
  });

  it('periodDistance() counts steps', () => {
    expect(periodDistance('2025-Q4', '2026-Q3')).toBe(3);
    expect(periodGranularity('2026-Q3')).toBe('quarter');
    expect(periodGranularity('2026-13')).toBeNull();
  });
});
