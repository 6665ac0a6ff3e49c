/**
 * Import benchmark page: builds an N-row customer CSV (about 50 bytes a row) in small tasks, then
 * imports it with the worker client while a PerformanceObserver records main-thread long tasks.
 * `scripts/measure-import.mjs` drives it; the figures land in `window.benchResult` and on the page.
 */
import { createAnalyticsClient } from '../src/worker/client.ts';

interface BenchResult {
  ok: boolean;
  error?: string;
  rows: number;
  bytes: number;
  generateMs: number;
  importMs: number;
  progressEvents: number;
  longTasks: number;
  longestTaskMs: number;
  /** [start after the import began, duration] of each long task, in ms. */
  taskLog: [number, number][];
  /** [time after the import began, percent] of each progress report. */
  progressLog: [number, number][];
  idleLongestTaskMs: number;
  peakMainHeapMB: number | null;
  customerAnswers: number;
  /** Time to list the stored datasets afterwards (what the dataset manager reads). */
  listMs: number;
}

declare global {
  interface Window {
    benchResult?: BenchResult;
    runImportBench: (rows: number) => Promise<BenchResult>;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

const UNITS = 400;
const CHANNELS = ['phone', 'email', 'chat', 'store'];
const COMMENTS = ['', '', '', '"Rapide, merci"', 'Great service', '"Had to call twice; slow"'];

/** Yields to the event loop so generation never makes a long task itself. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function generateCustomers(rows: number): Promise<Blob> {
  const parts: string[] = ['unit,date,customer,nps,csat,ces,resolved_first_contact,channel,comment\r\n'];
  const slice = 10_000;
  for (let start = 0; start < rows; start += slice) {
    let text = '';
    for (let i = start; i < Math.min(rows, start + slice); i++) {
      const month = 1 + (i % 12);
      text += `Unit ${i % UNITS},2026-${month < 10 ? '0' : ''}${month}-${1 + (i % 28)},C-${i},${i % 11},${1 + (i % 5)},${1 + (i % 7)},${i % 3 === 0 ? 'no' : 'yes'},${CHANNELS[i % 4]},${COMMENTS[i % 6]}\r\n`;
    }
    parts.push(text);
    await nextTask();
  }
  return new Blob(parts, { type: 'text/csv' });
}

function employeesCsv(): Blob {
  const lines = ['unit,period,respondent,autonomy,recognition,enps'];
  for (let i = 0; i < 4000; i++) lines.push(`Unit ${i % UNITS},2026-Q${1 + (i % 4)},R${i},${1 + (i % 5)},${1 + ((i * 3) % 5)},${i % 11}`);
  return new Blob([lines.join('\r\n')], { type: 'text/csv' });
}

window.runImportBench = async (rows: number): Promise<BenchResult> => {
  const out = document.getElementById('out');
  const generateStart = performance.now();
  const customers = await generateCustomers(rows);
  const generateMs = performance.now() - generateStart;
  // The generator's garbage (about ten times the file in strings) is the page's, not the import's:
  // collect it first when the browser allows (the measuring script starts Chromium with --expose-gc).
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((resolve) => setTimeout(resolve, 300));

  // Control: the same observer over 3 s of idle page, so the import's figure can be told from the page's own.
  let idleLongestTaskMs = 0;
  const idle = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) idleLongestTaskMs = Math.max(idleLongestTaskMs, entry.duration);
  });
  idle.observe({ type: 'longtask' });
  await new Promise((resolve) => setTimeout(resolve, 3000));
  idle.disconnect();

  let longTasks = 0;
  let longestTaskMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      longTasks++;
      longestTaskMs = Math.max(longestTaskMs, entry.duration);
      taskLog.push([Math.round(entry.startTime - importStart), Math.round(entry.duration)]);
    }
  });
  const taskLog: [number, number][] = [];
  let peakHeap = performance.memory?.usedJSHeapSize ?? 0;
  const heapTimer = setInterval(() => (peakHeap = Math.max(peakHeap, performance.memory?.usedJSHeapSize ?? 0)), 50);
  const client = await createAnalyticsClient(`import-bench-${Date.now()}`);
  await client.api.where();
  // Observe only the import: page load and generation are not what is measured.
  observer.observe({ type: 'longtask' });
  let progressEvents = 0;
  const progressLog: [number, number][] = [];
  const importStart = performance.now();
  const result = await client.api.importStreamed(
    {
      employees: { name: 'employees.csv', data: employeesCsv() },
      customers: { name: 'customers.csv', data: customers },
      mode: 'strict',
    },
    client.progress((fraction) => {
      progressEvents++;
      progressLog.push([Math.round(performance.now() - importStart), Math.round(fraction * 100)]);
      if (out) out.textContent = `importing… ${Math.round(fraction * 100)}%`;
    }),
  );
  const importMs = performance.now() - importStart;
  // Long-task entries are delivered asynchronously: give them a frame to arrive.
  await new Promise((resolve) => setTimeout(resolve, 200));
  observer.disconnect();
  clearInterval(heapTimer);
  const listStart = performance.now();
  await client.api.datasets();
  const listMs = performance.now() - listStart;
  client.dispose();
  const figures: BenchResult = {
    ok: result.ok,
    ...(result.ok ? {} : { error: result.error.message }),
    rows,
    bytes: customers.size,
    generateMs: Math.round(generateMs),
    importMs: Math.round(importMs),
    progressEvents,
    longTasks,
    longestTaskMs: Math.round(longestTaskMs),
    taskLog,
    progressLog,
    idleLongestTaskMs: Math.round(idleLongestTaskMs),
    peakMainHeapMB: performance.memory ? Math.round(peakHeap / 1e5) / 10 : null,
    customerAnswers: result.ok ? result.value.summary.customerAnswers : 0,
    listMs: Math.round(listMs),
  };
  window.benchResult = figures;
  if (out) out.textContent = JSON.stringify(figures, null, 2);
  return figures;
};

document.body.dataset.ready = 'true';
const requested = Number(new URLSearchParams(location.search).get('rows'));
if (requested > 0) void window.runImportBench(requested);
