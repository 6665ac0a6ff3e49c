// (a) Correlation kernels against simple-statistics and jStat on the same values.
import * as ss from 'simple-statistics';
import jStat from 'jstat';
import { measure, ms, normal, table } from './timing.mjs';

export const KERNEL_TARGET = 3;

/**
 * Correlated pairs rounded to 3 decimals, so rank methods meet ties as they do on real scores.
 * Ours gets Float64Arrays (what ingest produces); the peers get plain arrays, the input they document.
 */
function inputs(n) {
  const draw = normal(n);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = draw();
    x[i] = Math.round(a * 1000) / 1000;
    y[i] = Math.round((0.5 * a + 0.8 * draw()) * 1000) / 1000;
  }
  return { x, y, xs: Array.from(x), ys: Array.from(y) };
}

function runsFor(n) {
  return n >= 1e6 ? 3 : n >= 1e5 ? 5 : 9;
}

/**
 * Kernels run thousands of times in one linkage (pairs × methods × lags), so what counts is their
 * speed once compiled: each sample times calls back to back for at least this long.
 */
const SAMPLE_MS = 20;

/** Returns the printed table and one row per kernel and size for the summary. */
export function benchKernels(analytics, sizes) {
  const { pearson, spearman, kendall } = analytics;
  const methods = [
    {
      name: 'pearson',
      ours: (d) => pearson(d.x, d.y).r,
      peers: { 'simple-statistics': (d) => ss.sampleCorrelation(d.xs, d.ys), jStat: (d) => jStat.corrcoeff(d.xs, d.ys) },
    },
    {
      name: 'spearman',
      ours: (d) => spearman(d.x, d.y).rho,
      peers: { 'simple-statistics': (d) => ss.sampleRankCorrelation(d.xs, d.ys), jStat: (d) => jStat.spearmancoeff(d.xs, d.ys) },
    },
    { name: 'kendall', ours: (d) => kendall(d.x, d.y).tau, peers: { 'simple-statistics': null, jStat: null } },
  ];
  const rows = [];
  const summary = [];
  for (const n of sizes) {
    const data = inputs(n);
    const runs = runsFor(n);
    for (const method of methods) {
      const ours = measure(() => method.ours(data), runs, undefined, { minSampleMs: SAMPLE_MS });
      const cells = [];
      let fastest = Infinity;
      let maxDiff = 0;
      for (const peer of Object.values(method.peers)) {
        if (!peer) {
          cells.push('—');
          continue;
        }
        const timed = measure(() => peer(data), runs, undefined, { minSampleMs: SAMPLE_MS });
        fastest = Math.min(fastest, timed.ms);
        maxDiff = Math.max(maxDiff, Math.abs(timed.result - ours.result));
        cells.push(ms(timed.ms));
      }
      const speedup = Number.isFinite(fastest) ? fastest / ours.ms : NaN;
      const verdict = Number.isNaN(speedup) ? 'no peer' : speedup >= KERNEL_TARGET ? 'ok' : 'MISS';
      rows.push([
        method.name, n.toExponential(0).replace('+', ''), ms(ours.ms), ...cells,
        Number.isNaN(speedup) ? '—' : `${speedup.toFixed(1)}×`, verdict,
        Number.isFinite(fastest) ? maxDiff.toExponential(1) : '—', ours.result.toFixed(6),
      ]);
      summary.push({ method: method.name, n, ours: ours.ms, fastest, speedup, verdict });
    }
  }
  const text = table(['kernel', 'n', 'ours ms', 'simple-statistics ms', 'jStat ms', 'speed-up vs fastest', `≥ ${KERNEL_TARGET}×`, '|Δ coef|', 'coefficient'], rows);
  const note = [
    'Same values for all: ours as Float64Array (what ingest produces), peers as number[] (what they document); rounded to 3 decimals, so rank methods meet ties.',
    `Time per call: median of samples, each at least ${SAMPLE_MS} ms of back-to-back calls after a forced GC. Ours returns the coefficient with its p-value (and for Pearson the Fisher z interval); the peers return the coefficient only.`,
  ].join('\n');
  return { text: `${text}\n${note}`, summary };
}
