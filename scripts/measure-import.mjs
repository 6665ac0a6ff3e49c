// Measures a 10^6-row customer import in Chromium: builds demo/import-bench.html with Vite, serves
// it, generates the CSV (~50 MB) in the page, imports it through the analytics worker and prints the
// longest main-thread task during the import (target < 50 ms), the import time and the peak JS heap
// of the page and of the worker. Not part of `npm test`.
//
//   node scripts/measure-import.mjs [rows=1000000] [--dev]
import { chromium } from 'playwright-core';
import { build, createServer, preview } from 'vite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const rows = Number(args.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
const dev = args.includes('--dev');
const root = fileURLToPath(new URL('../demo/', import.meta.url));
const port = Number(process.env.PORT ?? 5179);

let server;
let outDir;
if (dev) {
  server = await createServer({ configFile: false, root, logLevel: 'warn', server: { port, strictPort: true }, worker: { format: 'es' } });
  await server.listen();
} else {
  outDir = mkdtempSync(join(tmpdir(), 'sym-import-bench-'));
  await build({
    configFile: false, root, base: './', logLevel: 'error',
    build: { outDir, emptyOutDir: true, target: 'es2022', rolldownOptions: { input: join(root, 'import-bench.html') } },
    worker: { format: 'es' },
  });
  server = await preview({ configFile: false, root, logLevel: 'warn', build: { outDir }, preview: { port, strictPort: true } });
}
const url = `http://localhost:${port}/import-bench.html`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
const context = await browser.newContext();
const problems = [];
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  await page.goto(url);
  await page.waitForSelector('body[data-ready=true]', { timeout: 60_000 });

  // The worker's heap (performance.memory exists only in the page): Runtime.getHeapUsage on the
  // worker's DevTools target, sampled every 100 ms while it imports.
  const cdp = await browser.newBrowserCDPSession();
  let peakWorkerHeap = 0;
  let nextId = 1;
  const pending = new Map();
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const reply = JSON.parse(message);
    pending.get(reply.id)?.(reply.result?.usedSize ?? 0);
    pending.delete(reply.id);
  });
  const heapOf = (sessionId) => new Promise((resolve) => {
    const id = nextId++;
    pending.set(id, resolve);
    void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }) })
      .catch(() => resolve(0));
    setTimeout(() => resolve(0), 2000);
  });
  const attached = new Map();
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const { targetInfos } = await cdp.send('Target.getTargets');
      for (const target of targetInfos) {
        if (target.type !== 'worker' || attached.has(target.targetId)) continue;
        const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false }).catch(() => ({}));
        if (sessionId) attached.set(target.targetId, sessionId);
      }
      for (const sessionId of attached.values()) peakWorkerHeap = Math.max(peakWorkerHeap, await heapOf(sessionId));
      await new Promise((r) => setTimeout(r, 100));
    }
  })();

  const result = await page.evaluate((n) => window.runImportBench(n), rows);
  sampling = false;
  await sampler;
  const { progressLog, ...rest } = result;
  // Largest wait between two progress reports: how long the page can go without news.
  const gaps = progressLog.map(([at], i) => at - (progressLog[i - 1]?.[0] ?? 0));
  const figures = {
    ...rest,
    maxProgressGapMs: Math.max(0, ...gaps),
    peakWorkerHeapMB: peakWorkerHeap > 0 ? Math.round(peakWorkerHeap / 1e5) / 10 : null,
    megabytes: Math.round(result.bytes / 1e5) / 10,
    rowsPerSecond: Math.round(result.rows / (result.importMs / 1000)),
    longTaskTarget: result.longestTaskMs < 50 ? 'met (< 50 ms)' : 'MISSED (>= 50 ms)',
    mode: dev ? 'vite dev server' : 'production build',
    problems,
  };
  console.log(JSON.stringify(figures, null, 2));
  process.exitCode = result.ok && problems.length === 0 ? 0 : 1;
} finally {
  await browser.close();
  await server.close?.();
  await server.httpServer?.close?.();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
}
