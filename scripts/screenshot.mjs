// Opens a page in Debian's Chromium, waits for body[data-ready], reports console errors and
// failed requests, measures time to ready and the longest main-thread task, and saves a PNG.
// Then, on a page with a <sym-filter-bar> (inside <sym-dashboard> or not), applies a few filters
// one after the other and reports the longest main-thread task while filtering.
// Long tasks are reported twice: wall time (PerformanceObserver) and the main thread's CPU time
// from a Chromium trace; on a busy machine the first includes time the thread was descheduled.
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [url = 'http://localhost:5173/', out = 'demo-screenshot.png', width = '1280'] = process.argv.slice(2);
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'sym-shot-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: Number(width), height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = context.pages()[0] ?? (await context.newPage());
const problems = [];
page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
page.on('requestfailed', (r) => problems.push(`requestfailed: ${r.url()}`));
page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`); });
await page.addInitScript(() => {
  window.__longest = 0;
  window.__tasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__longest = Math.max(window.__longest, e.duration);
      window.__tasks.push({ start: e.startTime, duration: e.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
});

// Main-thread tasks from Chromium's trace: wall and CPU (thread) time of each task, in ms.
const cdp = await context.newCDPSession(page);
async function traced(run) {
  const events = [];
  const collect = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  const result = await run();
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`));
  const top = (key) => Math.round(Math.max(0, ...tasks.map((t) => (t[key] ?? 0) / 1000)));
  return { result, longestWallMs: top('dur'), longestCpuMs: top('tdur'), over50CpuMs: tasks.filter((t) => (t.tdur ?? 0) > 50_000).length };
}

const started = Date.now();
const loadTrace = await traced(async () => {
await page.goto(url);
await page.waitForSelector('body[data-ready=true]', { timeout: 30_000 });
});
const readyMs = Date.now() - started;
await page.waitForTimeout(300);
const status = await page.evaluate(() => document.body.dataset.status);
const longest = await page.evaluate(() => window.__longest);
await page.screenshot({ path: out, fullPage: process.env.FULL_PAGE === '1' });

// Filtering: each step changes one select of the filter bar and waits for the new analysis.
const filterTrace = await traced(() => page.evaluate(async () => {
  const find = (root) => {
    const bar = root.querySelector('sym-filter-bar');
    if (bar) return bar;
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) { const inner = find(el.shadowRoot); if (inner) return inner; }
    return null;
  };
  const bar = find(document);
  if (!bar) return null;
  const since = performance.now();
  const steps = [['segment', 1], ['periodFrom', 3], ['unit-0', 1], ['channel', 2], ['unit-0', 0], ['segment', 0]];
  const timings = [];
  for (const [name, index] of steps) {
    const select = bar.shadowRoot.querySelector(`select[name="${name}"]`);
    if (!select || !select.options[index]) continue;
    const started = performance.now();
    const done = new Promise((resolve) => document.addEventListener('sym-data-change', resolve, { once: true }));
    select.value = select.options[index].value;
    select.dispatchEvent(new Event('change'));
    await done;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    timings.push(Math.round(performance.now() - started));
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
  const tasks = window.__tasks.filter((t) => t.start >= since);
  return { steps: timings, longestTaskMs: Math.round(Math.max(0, ...tasks.map((t) => t.duration))), longTasks: tasks.length };
}));
const filtering = filterTrace.result && { ...filterTrace.result, longestTaskCpuMs: filterTrace.longestCpuMs, tasksOver50CpuMs: filterTrace.over50CpuMs };
console.log(JSON.stringify({
  status, readyMs, longestTaskMs: Math.round(longest), longestTaskCpuMs: loadTrace.longestCpuMs, tasksOver50CpuMs: loadTrace.over50CpuMs, filtering, problems,
}, null, 1));
await context.close();
process.exit(problems.length > 0 || status !== 'ready' ? 1 : 0);
