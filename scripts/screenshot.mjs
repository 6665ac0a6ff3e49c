// Opens a page in Debian's Chromium, waits for body[data-ready], reports console errors and
// failed requests, measures time to ready and the longest main-thread task, and saves a PNG.
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
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration); })
    .observe({ type: 'longtask', buffered: true });
});
const started = Date.now();
await page.goto(url);
await page.waitForSelector('body[data-ready=true]', { timeout: 30_000 });
const readyMs = Date.now() - started;
await page.waitForTimeout(300);
const status = await page.evaluate(() => document.body.dataset.status);
const longest = await page.evaluate(() => window.__longest);
await page.screenshot({ path: out, fullPage: process.env.FULL_PAGE === '1' });
console.log(JSON.stringify({ status, readyMs, longestTaskMs: Math.round(longest), problems }, null, 1));
await context.close();
process.exit(problems.length > 0 || status !== 'ready' ? 1 : 0);
