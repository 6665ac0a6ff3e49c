import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as distributions from '../../src/analytics/distributions.ts';
import { expectClose, referenceNumber, relativeError } from '../helpers/close.ts';

type Value = number | string | null;
/** Rows of [arguments..., scipy value, exact value (mpmath, 36 digits)]. */
type Grid = Record<string, Value[][]>;

const reference = JSON.parse(readFileSync(new URL('../fixtures/reference/statistics.json', import.meta.url), 'utf8')) as { distributions: Grid };

const functions = {
  logGamma: distributions.logGamma,
  erfc: distributions.erfc,
  normalCdf: distributions.normalCdf,
  normalSurvival: distributions.normalSurvival,
  normalQuantile: distributions.normalQuantile,
  studentTCdf: distributions.studentTCdf,
  studentTSurvival: distributions.studentTSurvival,
  studentTTwoSided: distributions.studentTTwoSided,
  studentTQuantile: distributions.studentTQuantile,
  regularizedIncompleteBeta: distributions.regularizedIncompleteBeta,
} satisfies Record<string, (...args: number[]) => number>;

const TOLERANCE = { rel: 1e-12, abs: 0 };

function rowsOf(name: string): { args: number[]; scipy: number; exact: number }[] {
  const rows = reference.distributions[name];
  if (!rows) throw new Error(`no reference rows for ${name}`);
  return rows.map((row) => ({
    args: row.slice(0, -2).map((v) => referenceNumber(v)),
    scipy: referenceNumber(row[row.length - 2] as Value),
    exact: referenceNumber(row[row.length - 1] as Value),
  }));
}

describe.each(Object.keys(functions) as (keyof typeof functions)[])('%s', (name) => {
  const fn = functions[name] as (...args: number[]) => number;
  const rows = rowsOf(name);

  it(`${name} matches the 36-digit mpmath value to 1e-12 relative over the reference grid`, () => {
    for (const { args, exact } of rows) expectClose(fn(...args), exact, TOLERANCE, `${name}(${args.join(', ')})`);
  });

  it(`${name} matches scipy to 1e-12 relative wherever scipy itself is within 1e-12 of the exact value`, () => {
    for (const { args, scipy, exact } of rows) {
      if (!Number.isFinite(scipy)) continue; // scipy's t.ppf overflows to −inf at p = 1e-300, ν ≥ 3
      const actual = fn(...args);
      if (relativeError(scipy, exact) <= 1e-12) expectClose(actual, scipy, TOLERANCE, `${name}(${args.join(', ')}) vs scipy`);
      // Where scipy is off (gammaln near 1 and 2, t.cdf(−1e−6, 1)), we must be closer to the exact value.
      else expect(relativeError(actual, exact)).toBeLessThan(relativeError(scipy, exact));
    }
  });
});

describe('distribution edge cases', () => {
  it('studentTTwoSided(t, df) keeps relative precision for p-values down to 1e-300', () => {
    // Exact values from mpmath at 36 digits (exact_t_cdf in make_reference.py).
    expectClose(distributions.studentTTwoSided(37, 1e6), 1.8299730861802263061e-299, { rel: 1e-12 });
    expectClose(distributions.studentTTwoSided(-38, 30), 6.2129972219902553466e-27, { rel: 1e-12 });
    expectClose(distributions.studentTTwoSided(1e150, 1), 6.3661977236758135528e-151, { rel: 1e-12 });
    expectClose(distributions.studentTTwoSided(-12, 5), 2 * distributions.studentTCdf(-12, 5), { rel: 1e-14 });
  });

  it('studentTCdf(t, Infinity) is the normal CDF', () => {
    expect(distributions.studentTCdf(-2, Infinity)).toBe(distributions.normalCdf(-2));
    expect(distributions.studentTQuantile(0.975, Infinity)).toBe(distributions.normalQuantile(0.975));
  });

  it('the quantiles invert the CDFs', () => {
    for (const p of [1e-250, 1e-9, 0.01, 0.3, 0.7, 0.99]) {
      expectClose(distributions.normalCdf(distributions.normalQuantile(p)), p, { rel: 1e-13 }, `normal ${p}`);
      for (const df of [1, 2.5, 8, 120, 5e4]) {
        expectClose(distributions.studentTCdf(distributions.studentTQuantile(p, df), df), p, { rel: 1e-12 }, `t ${p}, ${df}`);
      }
    }
  });

  it('normalQuantile(0.975) is 1.959963984540054', () => {
    expectClose(distributions.normalQuantile(0.975), 1.959963984540054, { rel: 1e-15 });
  });

  it('the special functions return NaN outside their domain and the limits at the ends', () => {
    expect(distributions.normalQuantile(-0.1)).toBeNaN();
    expect(distributions.normalQuantile(0)).toBe(-Infinity);
    expect(distributions.normalQuantile(1)).toBe(Infinity);
    expect(distributions.studentTCdf(1, 0)).toBeNaN();
    expect(distributions.studentTCdf(Number.NaN, 3)).toBeNaN();
    expect(distributions.studentTCdf(-Infinity, 3)).toBe(0);
    expect(distributions.studentTCdf(Infinity, 3)).toBe(1);
    expect(distributions.studentTQuantile(0.5, 7)).toBe(0);
    expect(distributions.regularizedIncompleteBeta(1.5, 2, 3)).toBeNaN();
    expect(distributions.regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(distributions.regularizedIncompleteBeta(1, 2, 3)).toBe(1);
    expect(distributions.logGamma(-1)).toBeNaN();
    expect(distributions.erfc(Number.NaN)).toBeNaN();
    expect(distributions.erfc(30)).toBe(0);
  });

  it('regularizedIncompleteBeta(0.5, a, a) is exactly ½ up to rounding for a up to 1e5 (jStat is off by 2e-4 at 1e5)', () => {
    for (const a of [1, 10, 1e3, 1e4, 1e5]) expectClose(distributions.regularizedIncompleteBeta(0.5, a, a), 0.5, { rel: 1e-12 }, `a = ${a}`);
  });
});
