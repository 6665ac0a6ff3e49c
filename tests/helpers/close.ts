import { expect } from 'vitest';

/** Tolerance of {@link expectClose}: passes when either bound holds. */
export interface Tolerance {
  /** Largest accepted |actual − expected|. */
  abs?: number;
  /** Largest accepted |actual − expected| / |expected|. */
  rel?: number;
}

/**
 * Reads a reference value from the JSON fixtures: `null` means NaN (an undefined result) and
 * the strings "Infinity" / "-Infinity" stand for the infinities JSON cannot hold.
 */
export function referenceNumber(value: number | string | null | undefined): number {
  if (value === null || value === undefined) return Number.NaN;
  return typeof value === 'string' ? Number(value) : value;
}

/** True when `actual` is within the tolerance of `expected`; NaN equals NaN and infinities must match exactly. */
export function isClose(actual: number, expected: number, { abs = 0, rel = 0 }: Tolerance): boolean {
  if (Number.isNaN(expected) || Number.isNaN(actual)) return Number.isNaN(expected) && Number.isNaN(actual);
  if (actual === expected) return true;
  if (!Number.isFinite(expected) || !Number.isFinite(actual)) return false;
  const difference = Math.abs(actual - expected);
  return difference <= abs || difference <= rel * Math.abs(expected);
}

/** Relative error |actual − expected| / |expected| (0 when equal, NaN-aware), for reporting. */
export function relativeError(actual: number, expected: number): number {
  if (Object.is(actual, expected) || actual === expected || (Number.isNaN(actual) && Number.isNaN(expected))) return 0;
  if (expected === 0) return Math.abs(actual);
  const error = Math.abs(actual - expected) / Math.abs(expected);
  return Number.isNaN(error) ? Infinity : error;
}

/**
 * Asserts that `actual` is close to `expected` (a number, or a fixture value where `null` is
 * NaN). NaN == NaN, so undefined results can be checked like any other.
 */
export function expectClose(actual: number, expected: number | string | null, tolerance: Tolerance, label = ''): void {
  const want = referenceNumber(expected);
  const ok = isClose(actual, want, tolerance);
  const tolerances = [tolerance.abs !== undefined ? `abs ${tolerance.abs}` : '', tolerance.rel !== undefined ? `rel ${tolerance.rel}` : '']
    .filter(Boolean)
    .join(', ');
  expect(ok, `${label ? `${label}: ` : ''}expected ${actual} to be within ${tolerances} of ${want} (relative error ${relativeError(actual, want).toExponential(2)})`).toBe(true);
}
