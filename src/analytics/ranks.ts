/**
 * Sorting permutations and average ranks on typed arrays, shared by Spearman's rho and
 * Kendall's tau. A few typed arrays per call and no per-element objects, so 10^6 values rank
 * in about a tenth of a second.
 *
 * @module
 */

/** Whether the platform stores the low 32 bits of a float64 first (true on every mainstream CPU). */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const RADIX_BITS = 11;
const RADIX = 1 << RADIX_BITS;
const RADIX_MASK = RADIX - 1;

/**
 * Maps float64 keys to unsigned (hi, lo) words whose unsigned order is the numeric order:
 * flip every bit of negatives, only the sign bit of positives (the standard trick of radix
 * sorting IEEE 754 numbers, Terdiman 2000, "Radix Sort Revisited"). −0 is first made +0 so that
 * the two zeros, which compare equal, share a key.
 */
function sortableWords(keys: ArrayLike<number>, order: Uint32Array | undefined, hi: Uint32Array, lo: Uint32Array): void {
  const n = hi.length;
  const scratch = new Float64Array(n);
  for (let k = 0; k < n; k++) scratch[k] = (keys[order ? (order[k] as number) : k] as number) + 0;
  const words = new Uint32Array(scratch.buffer);
  const hiOffset = LITTLE_ENDIAN ? 1 : 0;
  const loOffset = 1 - hiOffset;
  for (let k = 0; k < n; k++) {
    const h = words[2 * k + hiOffset] as number;
    const l = words[2 * k + loOffset] as number;
    if (h & 0x80000000) {
      hi[k] = ~h >>> 0;
      lo[k] = ~l >>> 0;
    } else {
      hi[k] = (h | 0x80000000) >>> 0;
      lo[k] = l;
    }
  }
}

/**
 * Stable LSD radix sort of `order` by the 64-bit key (hi, lo), in 11-bit digits (six passes,
 * fewer when a digit is the same for every key, as for small integers). The histograms of all
 * six digits are counted in one read of the keys; the key words travel with the indices, so each
 * pass reads memory in order.
 */
function radixSortByKey(order: Uint32Array, hi: Uint32Array, lo: Uint32Array): Uint32Array {
  const n = order.length;
  const counts = new Uint32Array(6 * RADIX);
  for (let k = 0; k < n; k++) {
    const l = lo[k] as number;
    const h = hi[k] as number;
    counts[l & RADIX_MASK]!++;
    counts[RADIX + ((l >>> RADIX_BITS) & RADIX_MASK)]!++;
    counts[2 * RADIX + ((l >>> (2 * RADIX_BITS)) & RADIX_MASK)]!++;
    counts[3 * RADIX + (h & RADIX_MASK)]!++;
    counts[4 * RADIX + ((h >>> RADIX_BITS) & RADIX_MASK)]!++;
    counts[5 * RADIX + ((h >>> (2 * RADIX_BITS)) & RADIX_MASK)]!++;
  }
  let orderOut: Uint32Array = new Uint32Array(n);
  let hiOut: Uint32Array = new Uint32Array(n);
  let loOut: Uint32Array = new Uint32Array(n);
  for (let pass = 0; pass < 6; pass++) {
    const useHi = pass >= 3;
    const shift = (pass % 3) * RADIX_BITS;
    const words = useHi ? hi : lo;
    const base = pass * RADIX;
    if (counts[base + (((words[0] as number) >>> shift) & RADIX_MASK)] === n) continue; // digit constant: nothing moves
    let total = 0;
    for (let d = base; d < base + RADIX; d++) {
      const c = counts[d] as number;
      counts[d] = total;
      total += c;
    }
    // A key word travels only while a later pass still reads it: lo up to pass 1, hi up to pass 4.
    if (pass <= 1) {
      for (let k = 0; k < n; k++) {
        const digit = base + (((words[k] as number) >>> shift) & RADIX_MASK);
        const destination = counts[digit] as number;
        counts[digit] = destination + 1;
        orderOut[destination] = order[k] as number;
        hiOut[destination] = hi[k] as number;
        loOut[destination] = lo[k] as number;
      }
    } else if (pass <= 4) {
      for (let k = 0; k < n; k++) {
        const digit = base + (((words[k] as number) >>> shift) & RADIX_MASK);
        const destination = counts[digit] as number;
        counts[digit] = destination + 1;
        orderOut[destination] = order[k] as number;
        hiOut[destination] = hi[k] as number;
      }
    } else {
      for (let k = 0; k < n; k++) {
        const digit = base + (((words[k] as number) >>> shift) & RADIX_MASK);
        const destination = counts[digit] as number;
        counts[digit] = destination + 1;
        orderOut[destination] = order[k] as number;
      }
    }
    const swapOrder = order;
    order = orderOut;
    orderOut = swapOrder;
    const swapHi = hi;
    hi = hiOut;
    hiOut = swapHi;
    const swapLo = lo;
    lo = loOut;
    loOut = swapLo;
  }
  return order;
}

/**
 * The stable sorting permutation of `primary` (ascending), ties broken by `secondary` when
 * given: `order[0]` is the index of the smallest value. NaN must not be present (it has no order).
 *
 * LSD radix sort on the IEEE 754 bit patterns: O(n), about 4× faster at 10^6 values than a
 * merge sort of indices in JavaScript (measured here: ~80 ms vs ~300–550 ms), which matters
 * because Spearman ranks two columns and Kendall sorts by two keys.
 */
export function sortedOrder(primary: ArrayLike<number>, secondary?: ArrayLike<number>): Uint32Array {
  const n = primary.length;
  let order: Uint32Array = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (n < 2) return order;
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  // LSD order: sort by the secondary key first, then stably by the primary one.
  if (secondary) {
    sortableWords(secondary, undefined, hi, lo);
    order = radixSortByKey(order, hi, lo);
    sortableWords(primary, order, hi, lo);
  } else {
    sortableWords(primary, undefined, hi, lo);
  }
  return radixSortByKey(order, hi, lo);
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
