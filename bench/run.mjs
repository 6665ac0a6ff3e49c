// `npm run bench`: correlation kernels, full linkage and the CSV pipeline, side by side with
// peers in one run. Options: `--quick` (sizes up to 10^5), `--only kernels,linkage,csv`.
import os from 'node:os';
import { loadBuiltModules } from './build.mjs';
import { benchKernels, KERNEL_TARGET } from './kernels.mjs';
import { benchLinkage, LINKAGE_TARGET_MS } from './linkage.mjs';
import { benchCsv } from './csv.mjs';
import { ms } from './timing.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyAt = args.indexOf('--only');
const sections = new Set(onlyAt >= 0 ? (args[onlyAt + 1] ?? '').split(',') : ['kernels', 'linkage', 'csv']);
const sizes = quick ? [1e4, 1e5] : [1e4, 1e5, 1e6];

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
console.log(`symmetry-insights benchmarks: Node ${process.version}, ${os.cpus().length} × ${cpu.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
  `load average ${load}${typeof globalThis.gc === 'function' ? '' : ' (run with --expose-gc for steadier numbers)'}`);
console.log('Median wall time of several runs after one warm-up (kernels: per call, over back-to-back calls); library code bundled from src/ with vite.\n');

const { modules, dispose } = await loadBuiltModules({ analytics: 'src/analytics/index.ts', ingest: 'src/ingest/index.ts' });
const { analytics, ingest } = modules;
const verdicts = [];
try {
  if (sections.has('kernels')) {
    console.log(`(a) Correlation kernels, ms (target: ≥ ${KERNEL_TARGET}× faster than the fastest peer)`);
    const kernels = benchKernels(analytics, sizes);
    console.log(`${kernels.text}\n`);
    for (const row of kernels.summary) {
      if (row.verdict === 'MISS') verdicts.push(`MISS kernel ${row.method} n=${row.n}: ${row.speedup.toFixed(1)}× (ours ${ms(row.ours)} ms, fastest peer ${ms(row.fastest)} ms)`);
    }
  }
  if (sections.has('linkage')) {
    console.log(`(b) Full linkage (target: linkage < ${LINKAGE_TARGET_MS} ms)`);
    const linkage = benchLinkage(analytics);
    console.log(`${linkage.text}\n`);
    if (linkage.summary.linkMs >= LINKAGE_TARGET_MS) verdicts.push(`MISS linkage: ${ms(linkage.summary.linkMs)} ms`);
  }
  if (sections.has('csv')) {
    console.log('(c) Customer CSV pipeline (target: our full pipeline faster than papaparse parsing alone; cost linear in rows)');
    const csv = benchCsv(ingest, analytics, sizes);
    console.log(`${csv.text}\n`);
    for (const row of csv.summary) {
      if (row.verdict === 'MISS') verdicts.push(`MISS csv n=${row.n}: pipeline ${ms(row.pipeline)} ms vs papaparse ${ms(row.papa)} ms`);
    }
    // Linear cost: the time per row at the largest size stays within 1.5× of that at 10^5 (10^4 carries fixed costs).
    const base = csv.summary.find((row) => row.n === 1e5);
    const largest = csv.summary.at(-1);
    if (base && largest && largest !== base) {
      const growth = (largest.pipeline / largest.n) / (base.pipeline / base.n);
      const line = `csv cost per row from 10^5 to ${largest.n.toExponential(0).replace('+', '')} rows: ×${growth.toFixed(2)} (linear: ≤ ×1.5)`;
      console.log(`${line}\n`);
      if (growth > 1.5) verdicts.push(`MISS ${line}`);
    }
  }
} finally {
  await dispose();
}
console.log(verdicts.length ? `Targets missed:\n  ${verdicts.join('\n  ')}` : 'All targets met.');
