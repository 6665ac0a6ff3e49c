// Timing and table helpers shared by the benchmark sections.
import { performance } from 'node:perf_hooks';

const collect = typeof globalThis.gc === 'function' ? globalThis.gc : () => {};

/**
 * Median wall time in ms of one call of `fn`, over up to `runs` samples after one warm-up call;
 * garbage is collected before each sample so one sample's garbage is not billed to the next.
 * With `minSampleMs`, a sample calls `fn` back to back until that much time has passed and counts
 * the time per call, as benchmark harnesses do for operations of microseconds: a single call that
 * short times the compiler's warm-up, not the code. With `rewarm`, one untimed call follows each
 * collection (see below). Stops early once the samples exceed
 * `budgetMs` (at least one sample), so a slow case cannot stall the whole report. Returns the
 * last result and the number of samples.
 */
export function measure(fn, runs, budgetMs = 15000, { minSampleMs = 0, rewarm = false } = {}) {
  let result = fn();
  const times = [];
  let spent = 0;
  for (let i = 0; i < runs && (i === 0 || spent < budgetMs); i++) {
    collect();
    // A forced full GC also drops V8's type feedback for objects that died, so the next call
    // re-learns types and recompiles: a cost a repeated import never pays. One untimed call
    // after the collection puts the code back in its steady state.
    if (rewarm) result = fn();
    let calls = 0;
    let elapsed = 0;
    const start = performance.now();
    do {
      result = fn();
      calls++;
      elapsed = performance.now() - start;
    } while (elapsed < minSampleMs);
    times.push(elapsed / calls);
    spent += elapsed;
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  const median = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
  return { ms: median, result, runs: times.length };
}

/** Deterministic uniform [0, 1) stream (mulberry32), so every run times the same inputs. */
export function uniform(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal stream (Box–Muller over `uniform`). */
export function normal(seed) {
  const next = uniform(seed);
  return () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
}

export function ms(value) {
  if (value === undefined || Number.isNaN(value)) return '—';
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value >= 0.1 ? value.toFixed(2) : value.toFixed(3);
}

export function rate(value) {
  if (!Number.isFinite(value)) return '—';
  if (value >= 1e6) return `${(value / 1e6).toFixed(2)} M`;
  if (value >= 1e3) return `${(value / 1e3).toFixed(0)} k`;
  return value.toFixed(0);
}

/** Plain-text table: first column left-aligned, the others right-aligned. */
export function table(header, rows) {
  const all = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, c) => Math.max(...all.map((row) => [...(row[c] ?? '')].length)));
  const line = (row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd();
  return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}
