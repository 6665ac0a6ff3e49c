import { describe, expect, it } from 'vitest';
import { createAnalyticsClient } from '../../src/worker/client.ts';
import type { AnalyticsClient } from '../../src/worker/client.ts';
import { analyticsClients } from '../helpers/workspace.ts';

const { client, freshName } = analyticsClients('import-test');

const employeesCsv = [
  'Team;Period;Respondent;I have the tools I need;My manager recognises my work;eNPS',
  ...Array.from({ length: 60 }, (_, i) => `Team ${i % 3};2026-Q3;R${i};${1 + (i % 5)};${1 + ((i * 3) % 5)};${i % 11}`),
].join('\r\n');

function customersCsv(rows: number, unitCount = 3): string {
  const lines = ['Store,Date,NPS,CSAT,Comment'];
  for (let i = 0; i < rows; i++) lines.push(`Team ${i % unitCount},2026-0${7 + (i % 3)}-15,${i % 11},${1 + (i % 5)},"merci, ${i}"`);
  return `${lines.join('\r\n')}\r\n`;
}

/** ~40 MB of customer rows from one 1 MB block repeated: cheap to make, long enough to interrupt. */
function bigCustomers(): Blob {
  const block = customersCsv(25_000, 40).slice(customersCsv(0).length);
  return new Blob([customersCsv(0), ...Array.from({ length: 40 }, () => block)], { type: 'text/csv' });
}

const files = (customers: string | Blob) => ({
  employees: { name: 'survey.csv', data: new File([employeesCsv], 'survey.csv', { type: 'text/csv' }) },
  customers: { name: 'feedback.csv', data: new File([customers], 'feedback.csv', { type: 'text/csv' }) },
});

/** What the store holds, independent of when it was read. */
async function stored(c: AnalyticsClient) {
  const summary = await c.api.summary();
  if (!summary.ok) return summary.error.code;
  const { datasets, ...counts } = summary.value;
  return { counts, datasets: datasets.map((d) => [d.id, d.kind, d.sourceFile, d.rows, d.importedAt]).sort() };
}

describe('streamed imports in the worker', () => {
  it('previews a File in the worker: dialect, header, first rows and roles', async () => {
    const c = await client(freshName());
    const preview = await c.api.previewFile(new File([employeesCsv], 'survey.csv'), 'employees');
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value).toMatchObject({ file: 'survey.csv', encoding: 'utf-8', delimiter: ';', headerRows: 1 });
    expect(preview.value.rows).toHaveLength(20);
    expect(preview.value.columns.map((col) => col.role)).toEqual(['unit', 'period', 'respondent', 'item', 'item', 'enps']);
  });

  it('imports File objects chunk by chunk with progress, and stores them for the next session', async () => {
    const name = freshName();
    const c = await client(name);
    const stages: string[] = [];
    const fractions: number[] = [];
    const result = await c.api.importStreamed(files(customersCsv(120_000)), c.progress((f, stage) => {
      fractions.push(f);
      stages.push(stage);
    }));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.summary).toMatchObject({ employeeResponses: 60, customerAnswers: 120_000 });
    expect(result.value.reports.customers).toMatchObject({ encoding: 'utf-8', delimiter: ',', rows: 120_000, skipped: 0 });
    expect(result.value.reports.employees).toMatchObject({ delimiter: ';', rows: 60 });
    // The ~4 MB customer file arrives in 1 MiB slices: several progress reports, in order.
    expect(stages.filter((s) => s === 'customers').length).toBeGreaterThanOrEqual(4);
    expect(fractions.every((f, i) => i === 0 || f >= (fractions[i - 1] as number))).toBe(true);
    expect(stages.at(-1)).toBe('storing');
    // A new worker (a reload) reads the same data back.
    const reloaded = await client(name);
    expect(await stored(reloaded)).toEqual(await stored(c));
  });

  it('refuses an invalid file in strict mode and leaves the store unchanged', async () => {
    const c = await client(freshName());
    const first = await c.api.importStreamed(files(customersCsv(500)));
    expect(first.ok).toBe(true);
    const before = await stored(c);
    const bad = `${customersCsv(500)}Team 1,2026-07-15,11,5,oops\r\n`;
    const result = await c.api.importStreamed(files(bad));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.problems?.map((p) => [p.line, p.column, p.value, p.code])).toEqual([[502, 'NPS', '11', 'invalid-score']]);
    expect(result.reports.customers).toMatchObject({ rows: 0, skipped: 1 });
    expect(await stored(c)).toEqual(before);
    const skipping = await c.api.importStreamed({ ...files(bad), mode: 'skip-invalid' });
    if (!skipping.ok) throw new Error(skipping.error.message);
    expect(skipping.value.summary.customerAnswers).toBe(500);
    expect(skipping.value.skipped.map((p) => p.line)).toEqual([502]);
  });

  it('cancels between chunks on request and leaves the store exactly as it was', async () => {
    const c = await client(freshName());
    const first = await c.api.importStreamed(files(customersCsv(1000)));
    expect(first.ok).toBe(true);
    const before = await stored(c);
    const id = crypto.randomUUID();
    let reports = 0;
    let cancelled: Promise<boolean> | undefined;
    const result = await c.api.importStreamed({ ...files(bigCustomers()), id }, c.progress((_f, stage) => {
      reports++;
      if (stage === 'customers' && cancelled === undefined) cancelled = c.api.cancelImport(id);
    }));
    expect(await cancelled).toBe(true);
    expect(result).toMatchObject({ ok: false, error: { code: 'aborted' } });
    // ~40 MB in 1 MiB slices: cancelled long before the last one.
    expect(reports).toBeLessThan(20);
    expect(await stored(c)).toEqual(before);
    expect(await c.api.cancelImport(id)).toBe(false);
  });

  it('leaves the store unchanged when the worker is terminated in the middle of an import', async () => {
    const name = freshName();
    const c = await client(name);
    expect((await c.api.importStreamed(files(customersCsv(1000)))).ok).toBe(true);
    const before = await stored(c);
    // Not one of the tracked clients: the test disposes it itself, mid-import.
    const interrupted = await createAnalyticsClient(name);
    let started!: () => void;
    const progressed = new Promise<void>((resolve) => (started = resolve));
    const pending = interrupted.api.importStreamed(files(bigCustomers()), interrupted.progress((_f, stage) => {
      if (stage === 'customers') started();
    }));
    void pending.catch(() => undefined);
    await progressed;
    interrupted.dispose();
    const reloaded = await client(name);
    expect(await stored(reloaded)).toEqual(before);
  });

  it('streams and cancels in-thread too, where Workers are missing, yielding between slices', async () => {
    const c = await client(freshName(), true);
    expect(await c.api.where()).toBe('main');
    expect((await c.api.importStreamed(files(customersCsv(200)))).ok).toBe(true);
    const before = await stored(c);
    const id = crypto.randomUUID();
    let ticks = 0;
    // A timer on the page keeps running during the import: the slices leave the event loop free.
    const timer = setInterval(() => ticks++, 0);
    let cancelled = false;
    const result = await c.api.importStreamed({ ...files(bigCustomers()), id }, (_f, stage) => {
      if (stage === 'customers' && !cancelled) cancelled = c.api.cancelImport(id) as unknown as boolean;
    });
    clearInterval(timer);
    expect(cancelled).toBe(true);
    expect(result).toMatchObject({ ok: false, error: { code: 'aborted' } });
    expect(ticks).toBeGreaterThan(0);
    expect(await stored(c)).toEqual(before);
  });
});
