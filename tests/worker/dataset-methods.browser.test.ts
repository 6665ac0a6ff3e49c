import { afterEach, describe, expect, it } from 'vitest';
import { createAnalyticsClient } from '../../src/worker/client.ts';
import { changeChannelName } from '../../src/worker/change-channel.ts';
import { parseCsv } from '../../src/ingest/csv.ts';
import { readSnapshot } from '../../src/store/workspace-bundle.ts';
import type { WorkspaceSnapshot } from '../../src/store/bundle-format.ts';
import { expectSameSnapshot } from '../store/snapshot-equality.ts';
import { openWorkspaceDb } from '../../src/store/workspace-store.ts';
import { megabytes } from '../../src/store/write-transaction.ts';
import type { StorageErrorData } from '../../src/worker/dataset-methods.ts';
import { analyticsClients } from '../helpers/workspace.ts';

const { client, freshName } = analyticsClients('dataset-methods');
const restorers: (() => void)[] = [];

// Registered after the clients' clean-up, so it runs before it: the patched globals are restored first.
afterEach(() => {
  for (const restore of restorers.splice(0)) restore();
});

function value<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Everything stored, but the last-update stamp. */
async function stored(name: string): Promise<WorkspaceSnapshot> {
  const db = await openWorkspaceDb(name);
  try {
    const snapshot = await readSnapshot(db);
    return { ...snapshot, meta: snapshot.meta.filter((m) => m.key !== 'updatedAt') };
  } finally {
    db.close();
  }
}

describe('dataset methods of the worker API', () => {
  it('renames and deletes datasets in the worker, answering errors as data', async () => {
    const c = await client(freshName());
    value(await c.api.loadSample({ seed: 2 }));
    const datasets = await c.api.datasets();
    // Only column names and types cross to the page: respondent and customer ids stay in the worker.
    for (const dataset of datasets) for (const column of dataset.columns) expect(Object.keys(column).sort()).toEqual(['name', 'type']);
    const employees = datasets.find((d) => d.kind === 'employees')!;
    expect(value(await c.api.renameDataset(employees.id, 'Baromètre 2026')).name).toBe('Baromètre 2026');
    expect((await c.api.datasets()).find((d) => d.id === employees.id)!.name).toBe('Baromètre 2026');
    const missing = await c.api.deleteDataset('nope');
    expect(missing).toMatchObject({ ok: false, error: { code: 'invalid-input', problems: [{ code: 'dataset-not-found', value: 'nope' }] } });
    expect(value(await c.api.deleteDataset(employees.id)).id).toBe(employees.id);
    expect((await c.api.datasets()).map((d) => d.kind)).toEqual(['customers']);
    // With one dataset gone the workspace no longer holds a linkage to analyse.
    expect(await c.api.summary()).toMatchObject({ ok: false, error: { code: 'empty' } });
  }, 60_000);

  it('erases a respondent, tells every view that data changed and reports the counts', async () => {
    const name = freshName();
    const c = await client(name);
    const before = value(await c.api.loadSample({ seed: 4 }));
    const channel = new BroadcastChannel(changeChannelName(name));
    const changed = new Promise<unknown>((resolve) => channel.addEventListener('message', (event) => resolve(event.data), { once: true }));
    const db = await openWorkspaceDb(name);
    const record = (await db.getAll('datasets')).find((d) => d.kind === 'employees')!;
    db.close();
    const respondentId = record.columns.find((column) => column.name === 'respondent')!.values![0]!;
    const counts = value(await c.api.eraseSubject({ kind: 'respondent', id: respondentId }));
    expect(counts.employeeRows).toBeGreaterThan(0);
    expect(await changed).toEqual({ type: 'data-changed' });
    channel.close();
    const after = value(await c.api.summary());
    expect(after.employeeResponses).toBe(before.employeeResponses - counts.employeeRows);
    expect(await c.api.eraseSubject({ kind: 'customer', id: ' ' })).toMatchObject({ ok: false, error: { code: 'invalid-input', problems: [{ code: 'erasure-missing-id' }] } });
  }, 60_000);

  it('erases a person from stories with the recognition rules: their first name goes too in stories about them', async () => {
    const c = await client(freshName());
    value(await c.api.loadSample({ seed: 6 }));
    const stories = await c.api.stories();
    const story = stories.find((s) => s.people.length === 1 && s.body.includes(s.people[0]!.split(' ')[0]!))!;
    const person = story.people[0]!;
    const first = person.split(' ')[0]!;
    const counts = value(await c.api.eraseSubject({ kind: 'respondent', id: 'no-such-respondent', names: [person] }));
    expect(counts.employeeRows).toBe(0);
    expect(counts.stories).toBeGreaterThan(0);
    const after = (await c.api.stories()).find((s) => s.id === story.id)!;
    expect(after.people).toEqual([]);
    expect(after.body).not.toContain(first);
    expect(after.body).toContain('[…]');
    expect(Object.keys(after.peopleConsent ?? {})).not.toContain(person);
    expect((await c.api.units()).some((u) => u.people?.includes(person))).toBe(false);
  }, 60_000);

  it('exports a bundle from one workspace and restores it into another with identical analytics', async () => {
    const sourceName = freshName();
    const source = await client(sourceName);
    value(await source.api.loadSample({ seed: 9 }));
    const file = value(await source.api.exportBundle());
    expect(file.fileName).toMatch(/^symmetry-workspace-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(file.text)).toMatchObject({ format: 'symmetry-insights-bundle', version: 1 });

    const target = await client(freshName());
    value(await target.api.loadSample({ seed: 1 }));
    const bytes = new TextEncoder().encode(file.text).buffer;
    const summary = value(await target.api.restoreBundle(bytes, file.fileName));
    const byKind = (s: typeof summary) => ({ ...s, datasets: [...s.datasets].sort((x, y) => x.kind.localeCompare(y.kind)) });
    expect(byKind(summary)).toEqual(byKind(value(await source.api.summary())));
    // Both read from IndexedDB: a fresh client on the source, the restored target.
    const reread = await client(sourceName);
    const [a, b] = [value(await reread.api.analyze({ lag: 1 })), value(await target.api.analyze({ lag: 1 }))];
    expect(b).toEqual(a);
    expect(a).toEqual(value(await source.api.analyze({ lag: 1 })));

    const broken = await target.api.restoreBundle('{"format":"symmetry-insights-bundle","version":7}', 'old.json');
    expect(broken).toMatchObject({ ok: false, error: { code: 'invalid-input', totalProblems: 1, problems: [{ code: 'bundle-version', file: 'old.json' }] } });
    expect(value(await target.api.analyze({ lag: 1 }))).toEqual(a);
  }, 60_000);

  it('exports tables as CSV for French and English spreadsheets', async () => {
    const c = await client(freshName());
    value(await c.api.loadSample({ seed: 3 }));
    const fr = value(await c.api.exportTableCsv('customers', 'fr'));
    expect(fr.fileName).toMatch(/^customers-.*\.csv$/);
    expect(fr.text.startsWith('\uFEFFunit;date;customer;nps;csat;ces;resolved_first_contact;channel;segment;comment\r\n')).toBe(true);
    const en = value(await c.api.exportTableCsv('customers', 'en'));
    expect(en.text.startsWith('unit,date,customer,nps')).toBe(true);
    // No cell starts like a formula: the sample's comments that do are neutralised.
    const cells = parseCsv(en.text).records.flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(cells.filter((cell) => /^'[=+\-@]/.test(cell)).length).toBeGreaterThan(0);
    const stories = value(await c.api.exportTableCsv('stories', 'fr'));
    expect(stories.text.split('\r\n')[0]).toBe('\uFEFFid;title;body;unit;people;values;customer_quote;consent;status;reactions;created_at');
    const units = value(await c.api.exportTableCsv('units'));
    expect(units.text.split('\r\n').length).toBeGreaterThan(100);
    // One dataset by id: the same rows as the table export of its kind.
    const customers = (await c.api.datasets()).find((d) => d.kind === 'customers')!;
    expect(value(await c.api.exportDatasetCsv(customers.id, 'en')).text).toBe(en.text);
    const missing = await c.api.exportDatasetCsv('nope');
    expect(missing).toMatchObject({ ok: false, error: { code: 'invalid-input', problems: [{ code: 'dataset-not-found', value: 'nope' }] } });
  }, 60_000);

  it('answers a quota failure as data with the size needed, the store unchanged', async () => {
    const name = freshName();
    // In-thread, so that the page's IndexedDB prototypes can be made to fail.
    const c = await client(name, true);
    value(await c.api.loadSample({ seed: 1 }));
    const before = await stored(name);
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++calls > 40) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
    restorers.push(() => {
      IDBObjectStore.prototype.put = put;
    });
    const result = await c.api.loadSample({ seed: 2 });
    restorers.splice(0).forEach((restore) => restore());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const error = result.error;
    expect(error.code).toBe('quota');
    expect(error.message).toMatch(/^The browser refused to store about \d+ MB/);
    // Through the restore method, which passes the size on for the translated message.
    const file = value(await c.api.exportBundle());
    calls = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++calls > 5) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
    restorers.push(() => {
      IDBObjectStore.prototype.put = put;
    });
    const restored = await c.api.restoreBundle(file.text);
    restorers.splice(0).forEach((restore) => restore());
    expect(restored).toMatchObject({ ok: false, error: { code: 'quota' } });
    if (restored.ok) return;
    const { bytes, message } = restored.error as StorageErrorData;
    expect(bytes).toBeGreaterThan(1e6);
    expect(message).toContain(`about ${megabytes(bytes!)} MB`);
    expectSameSnapshot(await stored(name), before);
  }, 60_000);

  it('leaves the store as it was, or wholly replaced, when the worker is terminated mid-write', async () => {
    const name = freshName();
    const first = await createAnalyticsClient(name);
    value(await first.api.loadSample({ seed: 1 }));
    first.dispose();
    const old = await stored(name);

    // How long a full replacement takes here, to aim the terminations inside it.
    const timing = await createAnalyticsClient(freshName());
    const start = performance.now();
    value(await timing.api.loadSample({ seed: 2 }));
    const full = performance.now() - start;
    timing.dispose();

    const outcomes: string[] = [];
    for (const fraction of [0.5, 0.75, 0.9]) {
      const writer = await createAnalyticsClient(name);
      void writer.api.loadSample({ seed: 2 }).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, full * fraction));
      writer.dispose();
      const now = await stored(name);
      const employees = now.datasets.find((d) => d.record.kind === 'employees')!;
      if (employees.record.sourceFile === 'sample:employees' && now.datasets.every((d) => old.datasets.some((o) => o.record.id === d.record.id))) {
        expectSameSnapshot(now, old);
        outcomes.push('unchanged');
      } else {
        // The write committed whole: both datasets and their every row.
        expect(now.datasets).toHaveLength(2);
        for (const d of now.datasets) expect(d.data.every((column) => column.length === d.record.rows)).toBe(true);
        outcomes.push('replaced');
        break;
      }
    }
    expect(outcomes).toContain('unchanged');
  }, 120_000);
});
