/**
 * Sorting permutations and average ranks on typed arrays, shared by Spearman's rho and
 * Kendall's tau. One index array and one scratch array per call; no per-element objects,
 * so 10^6 values rank in well under a second.
 *
 * @module
 */

/** Runs shorter than this are sorted by insertion before merging (fewer passes, same result). */
const INSERTION_RUN = 32;

/**
 * The stable sorting permutation of `primary` (ascending), ties broken by `secondary` when
 * given: `order[0]` is the index of the smallest value. Bottom-up merge sort on a
 * Uint32Array of indices; NaN must not be present (it has no order).
 */
export function sortedOrder(primary: ArrayLike<number>, secondary?: ArrayLike<number>): Uint32Array {
  const n = primary.length;
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (n < 2) return order;

  // True when index a must come after index b.
  const after = secondary
    ? (a: number, b: number): boolean => {
        const pa = primary[a] as number;
        const pb = primary[b] as number;
        return pa > pb || (pa === pb && (secondary[a] as number) > (secondary[b] as number));
      }
    : (a: number, b: number): boolean => (primary[a] as number) > (primary[b] as number);

  for (let start = 0; start < n; start += INSERTION_RUN) {
    const end = Math.min(start + INSERTION_RUN, n);
    for (let i = start + 1; i < end; i++) {
      const value = order[i] as number;
      let j = i - 1;
      while (j >= start && after(order[j] as number, value)) {
        order[j + 1] = order[j] as number;
        j--;
      }
      order[j + 1] = value;
    }
  }

  let scratch = new Uint32Array(n);
  for (let width = INSERTION_RUN; width < n; width *= 2) {
    for (let left = 0; left < n; left += 2 * width) {
      const middle = Math.min(left + width, n);
      const right = Math.min(left + 2 * width, n);
      let i = left;
      let j = middle;
      let k = left;
      // Taking from the left run on ties keeps the sort stable.
      while (i < middle && j < right) {
        const a = order[i] as number;
        const b = order[j] as number;
        if (after(a, b)) {
          scratch[k++] = b;
          j++;
        } else {
          scratch[k++] = a;
          i++;
        }
      }
      while (i < middle) scratch[k++] = order[i++] as number;
      while (j < right) scratch[k++] = order[j++] as number;
    }
    const swap = order;
    order = scratch;
    scratch = swap;
  }
  return order;
}

/**
 * Average ranks (1-based; tied values share the mean of the ranks they span), as
 * `scipy.stats.rankdata(method='average')` and R's `rank(ties.method = "average")`.
 * NaN entries get rank NaN and are left out of the ranking of the others.
 */
export function averageRanks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const ranks = new Float64Array(n);
  let present = 0;
  for (let i = 0; i < n; i++) if (!Number.isNaN(values[i] as number)) present++;

  let keys: ArrayLike<number> = values;
  let map: Uint32Array | undefined;
  if (present < n) {
    // Rank the present values only, then map back.
    const compact = new Float64Array(present);
    map = new Uint32Array(present);
    let k = 0;
    for (let i = 0; i < n; i++) {
      const v = values[i] as number;
      if (Number.isNaN(v)) ranks[i] = Number.NaN;
      else {
        compact[k] = v;
        map[k++] = i;
      }
    }
    keys = compact;
  }

  const order = sortedOrder(keys);
  let i = 0;
  while (i < present) {
    let j = i + 1;
    const v = keys[order[i] as number] as number;
    while (j < present && keys[order[j] as number] === v) j++;
    // Positions i..j−1 hold equal values: ranks i+1..j, mean (i + 1 + j) / 2.
    const rank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) {
      const index = order[k] as number;
      ranks[map ? (map[index] as number) : index] = rank;
    }
    i = j;
  }
  return ranks;
}
