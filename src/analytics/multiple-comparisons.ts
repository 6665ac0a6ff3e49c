/**
 * Multiple-comparison adjustment of p-values, identical to R's `stats::p.adjust`
 * (R 4.x, src/library/stats/R/p.adjust.R).
 *
 * @module
 */

/** Adjustment methods: Benjamini–Hochberg false discovery rate, Bonferroni, Holm. */
export type PAdjustMethod = 'bh' | 'bonferroni' | 'holm';

/**
 * Adjusts p-values for multiple comparisons, exactly as R's `p.adjust(p, method)`:
 * - `bh` (Benjamini & Hochberg 1995): p₍ᵢ₎·m/i, made monotone by a running minimum from the
 *   largest p down, capped at 1;
 * - `holm` (Holm 1979): p₍ᵢ₎·(m + 1 − i), made monotone by a running maximum from the smallest
 *   p up, capped at 1;
 * - `bonferroni`: min(1, m·p).
 *
 * Missing entries (NaN, `null`, `undefined`) stay NaN and are not counted in m: in R,
 * `p.adjust`'s default `n = length(p)` is evaluated lazily after the NAs are removed. As in R,
 * with m ≤ 1 the p-values come back unchanged. Tied p-values get equal adjusted values.
 *
 * @returns a new Float64Array, in the order of `p`.
 */
export function adjustPValues(p: ArrayLike<number | null | undefined>, method: PAdjustMethod = 'bh'): Float64Array {
  const length = p.length;
  const adjusted = new Float64Array(length);
  let m = 0;
  for (let i = 0; i < length; i++) {
    const value = p[i];
    adjusted[i] = value === null || value === undefined ? Number.NaN : value;
    if (!Number.isNaN(adjusted[i] as number)) m++;
  }
  if (m <= 1) return adjusted;

  const present = new Uint32Array(m);
  for (let i = 0, k = 0; i < length; i++) if (!Number.isNaN(adjusted[i] as number)) present[k++] = i;

  if (method === 'bonferroni') {
    for (const i of present) adjusted[i] = Math.min(1, m * (adjusted[i] as number));
    return adjusted;
  }

  // R's order() is stable; an index tie-break makes Array#sort behave the same way.
  const raw = Float64Array.from(present, (i) => adjusted[i] as number);
  const order = Array.from({ length: m }, (_, k) => k).sort((a, b) => (raw[a] as number) - (raw[b] as number) || a - b);

  if (method === 'holm') {
    let runningMax = 0;
    for (let rank = 0; rank < m; rank++) {
      const k = order[rank] as number;
      runningMax = Math.max(runningMax, (m - rank) * (raw[k] as number));
      adjusted[present[k] as number] = Math.min(1, runningMax);
    }
    return adjusted;
  }

  if (method === 'bh') {
    // R orders decreasingly with order(p, decreasing = TRUE), which is stable too; ties get
    // equal values after cummin whichever way they are ordered.
    let runningMin = Infinity;
    for (let rank = m - 1; rank >= 0; rank--) {
      const k = order[rank] as number;
      runningMin = Math.min(runningMin, (m / (rank + 1)) * (raw[k] as number));
      adjusted[present[k] as number] = Math.min(1, runningMin);
    }
    return adjusted;
  }

  throw new RangeError(`Unknown p-value adjustment method "${String(method)}"; expected 'bh', 'bonferroni' or 'holm'.`);
}
