import { afterEach, describe, expect, it } from 'vitest';
import { deleteDB } from 'idb';
import { analyze } from '../../src/analytics/analyze.ts';
import { generateSampleDataset } from '../../src/model/sample-dataset.ts';
import { MISSING_CODE } from '../../src/model/types.ts';
import type { CustomerTable, EmployeeTable, Story, Unit } from '../../src/model/types.ts';
import { BundleError } from '../../src/store/bundle-format.ts';
import { DatasetRequestError, deleteDataset, listDatasets, renameDataset } from '../../src/store/dataset-management.ts';
import { eraseSubject, erasureLog } from '../../src/store/erasure.ts';
import { ERASED } from '../../src/store/redaction.ts';
import { encodeTable } from '../../src/store/table-codec.ts';
import { exportBundle, readSnapshot, restoreBundle } from '../../src/store/workspace-bundle.ts';
import { loadWorkspace, openWorkspaceDb, replaceWorkspace, StoreWriteError } from '../../src/store/workspace-store.ts';
import type { SymmetryDatabase, WorkspaceContent } from '../../src/store/workspace-store.ts';
import { byteSize, megabytes } from '../../src/store/write-transaction.ts';
import { expectSameSnapshot } from './snapshot-equality.ts';

const opened: { db: SymmetryDatabase; name: string }[] = [];
const restorers: (() => void)[] = [];

async function freshDb(): Promise<SymmetryDatabase> {
  const name = `dataset-test-${crypto.randomUUID()}`;
  const db = await openWorkspaceDb(name);
  opened.push({ db, name });
  return db;
}

afterEach(async () => {
  for (const restore of restorers.splice(0)) restore();
  for (const { db, name } of opened.splice(0)) {
    db.close();
    await deleteDB(name);
  }
});

/** A small workspace where one employee (R2, "Élodie Martin") and one customer (C-77) appear everywhere. */
function content(): WorkspaceContent {
  const employees: EmployeeTable = {
    kind: 'employees', length: 6,
    unit: { codes: Uint32Array.of(0, 0, 1, 1, 0, 1), values: ['a', 'b'] },
    period: { codes: Uint32Array.of(0, 0, 0, 1, 1, 1), values: ['2026-Q1', '2026-Q2'] },
    respondent: { codes: Uint32Array.of(0, 1, 2, 0, 1, MISSING_CODE), values: ['R1', 'R2', 'R3'] },
    itemIds: ['autonomy'], items: [Float64Array.of(4, 5, 3, NaN, 2, 1)], itemScale: { min: 1, max: 5 },
    enps: Float64Array.of(9, 10, 6, 7, NaN, 3),
  };
  const customers: CustomerTable = {
    kind: 'customers', length: 5,
    unit: { codes: Uint32Array.of(0, 0, 1, 1, 0), values: ['a', 'b'] },
    period: { codes: Uint32Array.of(0, 0, 0, 0, 0), values: ['2026-02-03'] },
    customer: ['C-77', 'C-12', 'C-77', 'C-5', ''],
    nps: Float64Array.of(10, 3, 9, NaN, 8),
    comment: ['Super accueil', 'Merci à Élodie Martin', 'C-77 encore moi', '', 'élodie a été top'],
  };
  const units: Unit[] = [
    { id: 'a', name: 'Équipe A', people: ['Élodie Martin', 'Tom T.'] },
    { id: 'b', name: 'Team B', people: ['Sam K.'] },
  ];
  const stories: Story[] = [
    {
      id: 's1', title: 'Élodie to the rescue', body: 'Élodie Martin and Tom T. fixed it.', unit: 'a', people: ['Élodie Martin', 'Tom T.'],
      values: ['care'], customerQuote: 'Élodie was brilliant', consent: { given: true, how: 'email' },
      peopleConsent: { 'Élodie Martin': { given: true }, 'Tom T.': { given: true } }, status: 'published', reactions: 5, createdAt: '2026-02-04',
    },
    { id: 's2', title: 'Sam', body: 'Sam K. helped.', unit: 'b', people: ['Sam K.'], values: [], consent: { given: false }, status: 'draft', reactions: 0, createdAt: '2026-02-05' },
  ];
  return { name: 'Test', sourceFiles: { employees: 'e.csv', customers: 'c.csv' }, units, employees, customers, stories };
}

async function addRecognition(db: SymmetryDatabase): Promise<void> {
  const tx = db.transaction(['nominations', 'kudos', 'awards', 'storyDrafts', 'audit'], 'readwrite');
  await tx.objectStore('nominations').put({ id: 'n1', nominee: 'Élodie Martin', unit: 'a', period: '2026-Q1', reason: 'Élodie always helps' });
  await tx.objectStore('nominations').put({ id: 'n2', nominee: 'Sam K.', unit: 'b', period: '2026-Q1', reason: 'calm' });
  await tx.objectStore('kudos').put({ id: 'k1', from: 'Tom T.', to: ['Élodie Martin', 'Sam K.'], unit: 'a' });
  await tx.objectStore('awards').put({ id: 'w1', period: '2026-Q1', winners: ['Sam K.'] });
  await tx.objectStore('storyDrafts').put({ id: 'd1', text: 'About Élodie…' });
  await tx.objectStore('audit').add({ at: '2026-02-04', subject: 'story', subjectId: 's1', action: 'consent', actor: 'Élodie Martin' });
  await tx.objectStore('audit').add({ at: '2026-02-05', subject: 'story', subjectId: 's1', action: 'publish', actor: 'moderator' });
  await tx.done;
}

/** Everything stored except the last-update stamp, for "exactly unchanged" comparisons. */
async function stored(db: SymmetryDatabase) {
  const snapshot = await readSnapshot(db);
  return { ...snapshot, meta: snapshot.meta.filter((m) => m.key !== 'updatedAt') };
}

/** Replaces a prototype method for the rest of the test. */
function patch<T extends object, K extends keyof T>(target: T, key: K, make: (original: T[K]) => T[K]): void {
  const original = target[key];
  target[key] = make(original);
  restorers.push(() => {
    target[key] = original;
  });
}

/** Makes `put` throw QuotaExceededError from the n-th call on, as a full disk does. */
function quotaAfterPuts(n: number): void {
  let calls = 0;
  patch(IDBObjectStore.prototype, 'put', (original) => function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (++calls >= n) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return original.apply(this, args);
  });
}

/**
 * Aborts the transaction after the n-th `put`, optionally with QuotaExceededError as its error:
 * what Chromium does when the disk fills at commit (no request error, only `abort`).
 */
function abortAfterPuts(n: number, asQuota: boolean): void {
  let calls = 0;
  const quotaAborted = new WeakSet<IDBTransaction>();
  patch(IDBObjectStore.prototype, 'put', (original) => function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    const request = original.apply(this, args);
    if (++calls === n) {
      if (asQuota) quotaAborted.add(this.transaction);
      this.transaction.abort();
    }
    return request;
  });
  if (!asQuota) return;
  const descriptor = Object.getOwnPropertyDescriptor(IDBTransaction.prototype, 'error')!;
  Object.defineProperty(IDBTransaction.prototype, 'error', {
    configurable: true,
    get(this: IDBTransaction) {
      return quotaAborted.has(this) ? new DOMException('The quota has been exceeded.', 'QuotaExceededError') : descriptor.get!.call(this);
    },
  });
  restorers.push(() => Object.defineProperty(IDBTransaction.prototype, 'error', descriptor));
}

describe('dataset management', () => {
  it('renames a dataset and refuses unknown ids and empty names without changing anything', async () => {
    const db = await freshDb();
    const [employees] = await replaceWorkspace(db, content());
    const renamed = await renameDataset(db, employees!.id, '  Enquête T1 2026  ');
    expect(renamed.name).toBe('Enquête T1 2026');
    expect((await db.get('datasets', employees!.id))!.name).toBe('Enquête T1 2026');
    const before = await stored(db);
    await expect(renameDataset(db, 'nope', 'x')).rejects.toMatchObject({ name: 'DatasetRequestError', code: 'not-found' });
    await expect(renameDataset(db, employees!.id, '   ')).rejects.toBeInstanceOf(DatasetRequestError);
    expect(await stored(db)).toEqual(before);
  });

  it('deletes a dataset with all its chunks in one transaction, leaving the other intact', async () => {
    const db = await freshDb();
    const [employees, customers] = await replaceWorkspace(db, content());
    const deleted = await deleteDataset(db, customers!.id);
    expect(deleted.id).toBe(customers!.id);
    expect((await listDatasets(db)).map((d) => d.id)).toEqual([employees!.id]);
    expect(await db.countFromIndex('chunks', 'byDataset', customers!.id)).toBe(0);
    expect(await db.countFromIndex('chunks', 'byDataset', employees!.id)).toBe(employees!.columns.length);
    await expect(deleteDataset(db, customers!.id)).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('erasure', () => {
  it('erases one employee everywhere in one transaction and reports the counts', async () => {
    const db = await freshDb();
    await replaceWorkspace(db, content());
    await addRecognition(db);
    const counts = await eraseSubject(db, { kind: 'respondent', id: 'r2', names: ['Élodie Martin', 'Élodie'] }, { at: '2026-03-01T00:00:00.000Z' });
    expect(counts).toEqual({ employeeRows: 2, customerRows: 0, comments: 2, stories: 1, units: 1, recognitionRecords: 3, auditEntries: 1 });

    const w = (await loadWorkspace(db))!;
    expect(w.employees.length).toBe(4);
    expect(w.employees.respondent!.values).toEqual(['R1', 'R3']);
    expect(Array.from(w.employees.respondent!.codes)).toEqual([0, 1, 0, MISSING_CODE]);
    expect(Array.from(w.employees.items[0]!)).toEqual([4, 3, NaN, 1]);
    expect(Array.from(w.employees.enps!)).toEqual([9, 6, 7, 3]);
    expect(w.customers.length).toBe(5);
    expect(w.customers.comment).toEqual(['Super accueil', `Merci à ${ERASED}`, 'C-77 encore moi', '', `${ERASED} a été top`]);
    expect(w.units.find((u) => u.id === 'a')!.people).toEqual(['Tom T.']);
    const s1 = w.stories.find((s) => s.id === 's1')!;
    expect(s1.people).toEqual(['Tom T.']);
    expect(s1.title).toBe(`${ERASED} to the rescue`);
    expect(s1.body).toBe(`${ERASED} and Tom T. fixed it.`);
    expect(s1.customerQuote).toBe(`${ERASED} was brilliant`);
    expect(Object.keys(s1.peopleConsent!)).toEqual(['Tom T.']);
    expect(w.stories.find((s) => s.id === 's2')!.body).toBe('Sam K. helped.');
    expect(await db.get('nominations', 'n1')).toEqual({ id: 'n1', nominee: ERASED, unit: 'a', period: '2026-Q1', reason: `${ERASED} always helps` });
    expect((await db.get('kudos', 'k1'))!.to).toEqual(['Sam K.']);
    expect((await db.get('storyDrafts', 'd1'))!.text).toBe(`About ${ERASED}…`);
    expect((await db.get('audit', 1))!.actor).toBe(ERASED);
    expect((await db.get('audit', 2))!.actor).toBe('moderator');
    // The log keeps when and how much, never who.
    const log = await erasureLog(db);
    expect(log).toEqual([{ at: '2026-03-01T00:00:00.000Z', kind: 'respondent', counts }]);
    expect(JSON.stringify(log)).not.toMatch(/r2|Élodie/i);
  });

  it('erases one customer: their rows and comments, and mentions of their id', async () => {
    const db = await freshDb();
    await replaceWorkspace(db, content());
    const counts = await eraseSubject(db, { kind: 'customer', id: 'C-77' });
    expect(counts).toEqual({ employeeRows: 0, customerRows: 2, comments: 0, stories: 0, units: 0, recognitionRecords: 0, auditEntries: 0 });
    const w = (await loadWorkspace(db))!;
    expect(w.customers.length).toBe(3);
    expect(w.customers.customer).toEqual(['C-12', 'C-5', '']);
    expect(Array.from(w.customers.nps!)).toEqual([3, NaN, 8]);
    expect(w.customers.comment).toEqual(['Merci à Élodie Martin', '', 'élodie a été top']);
    expect(w.employees.length).toBe(6);
    // A second erasure of the same customer finds nothing more.
    expect((await eraseSubject(db, { kind: 'customer', id: 'c-77' })).customerRows).toBe(0);
  });

  it('erases a respondent of the sample dataset across chunks, analytics still running', async () => {
    const db = await freshDb();
    const sample = generateSampleDataset({ seed: 11, scale: 0.3 });
    await replaceWorkspace(db, { name: 'Sample', sourceFiles: { employees: 'e', customers: 'c' }, ...sample });
    const respondent = sample.employees.respondent!;
    const code = respondent.codes[0] as number;
    const id = respondent.values[code] as string;
    const expected = respondent.codes.filter((c) => c === code).length;
    expect(expected).toBeGreaterThan(0);
    const counts = await eraseSubject(db, { kind: 'respondent', id });
    expect(counts.employeeRows).toBe(expected);
    const w = (await loadWorkspace(db))!;
    expect(w.employees.length).toBe(sample.employees.length - expected);
    expect(w.employees.respondent!.values).not.toContain(id);
    expect(w.customers.length).toBe(sample.customers.length);
    expect(analyze(w.employees, w.customers, w.units).correlations.length).toBeGreaterThan(0);
  });
});

describe('workspace bundle', () => {
  it('restores an exported bundle into another workspace with identical analytics and records', async () => {
    const source = await freshDb();
    const sample = generateSampleDataset({ seed: 5, scale: 0.3 });
    await replaceWorkspace(source, { name: 'Sample', sourceFiles: { employees: 'e.csv', customers: 'c.csv' }, ...sample });
    await addRecognition(source);
    const before = (await loadWorkspace(source))!;
    const analysisBefore = analyze(before.employees, before.customers, before.units, { granularity: 'quarter', lag: 1 });

    const text = JSON.stringify(await exportBundle(source));
    const target = await freshDb();
    await replaceWorkspace(target, content()); // something to replace
    await restoreBundle(target, text, 'backup.json');

    const after = (await loadWorkspace(target))!;
    const analysisAfter = analyze(after.employees, after.customers, after.units, { granularity: 'quarter', lag: 1 });
    expect(analysisAfter).toEqual(analysisBefore);
    expect(analysisAfter.correlations.length).toBeGreaterThan(0);
    expectSameSnapshot(await stored(target), await stored(source));
    expect(await target.count('nominations')).toBe(2);
    // The audit log keeps numbering after the restored entries.
    expect(await target.add('audit', { at: 't', subject: 'story', subjectId: 's1', action: 'x', actor: 'y' })).toBe(3);
  });

  it('refuses a malformed bundle, naming the problem, and changes nothing', async () => {
    const source = await freshDb();
    await replaceWorkspace(source, content());
    const bundle = await exportBundle(source);
    const d = bundle.datasets.findIndex((dataset) => dataset.kind === 'customers');
    const c = bundle.datasets[d]!.columns.findIndex((column) => column.name === 'nps');
    bundle.datasets[d]!.columns[c]!.data = { encoding: 'float64-le-base64', data: 'AAAAAAAA8D8=' };
    const target = await freshDb();
    await replaceWorkspace(target, content());
    await addRecognition(target);
    const before = await stored(target);
    const error = await restoreBundle(target, JSON.stringify(bundle), 'backup.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BundleError);
    const where = `datasets[${d}].columns[${c}].data`;
    expect((error as BundleError).problems.map((p) => [p.code, p.column])).toEqual([['bundle-column-length', where]]);
    expect((error as BundleError).message).toBe(`The bundle cannot be restored: backup.json, ${where}: expected 5 values, one per row, got 1. Nothing was changed.`);
    await expect(restoreBundle(target, '{"format":', 'backup.json')).rejects.toMatchObject({ problems: [{ code: 'bundle-not-json' }] });
    expect(await stored(target)).toEqual(before);
  });
});

describe('failed writes leave the store exactly as it was', () => {
  async function populated(): Promise<{ db: SymmetryDatabase; before: Awaited<ReturnType<typeof stored>> }> {
    const db = await freshDb();
    await replaceWorkspace(db, content());
    await addRecognition(db);
    return { db, before: await stored(db) };
  }

  function sampleContent(): WorkspaceContent {
    const sample = generateSampleDataset({ seed: 3, scale: 0.3 });
    return { name: 'Big', sourceFiles: { employees: 'e', customers: 'c' }, ...sample };
  }

  /** What replaceWorkspace writes, in bytes, computed independently of the store. */
  function bytesOf(c: WorkspaceContent): number {
    return byteSize(encodeTable(c.employees, 'e').chunks) + byteSize(encodeTable(c.customers, 'c').chunks);
  }

  it('turns QuotaExceededError thrown by put half-way into a clear quota error', async () => {
    const { db, before } = await populated();
    const next = sampleContent();
    quotaAfterPuts(20);
    const error = (await replaceWorkspace(db, next).catch((e: unknown) => e)) as StoreWriteError;
    expect(error).toBeInstanceOf(StoreWriteError);
    expect(error.code).toBe('quota');
    expect(error.bytes).toBe(bytesOf(next));
    expect(error.bytes).toBeGreaterThan(1e6);
    expect(error.message).toBe(
      `The browser refused to store about ${megabytes(bytesOf(next))} MB: its storage quota for this site is full. Free space or allow persistent storage; nothing was changed.`,
    );
    restorers.splice(0).forEach((restore) => restore());
    expect(await stored(db)).toEqual(before);
  });

  it('reports quota when the transaction aborts with QuotaExceededError and no request error', async () => {
    const { db, before } = await populated();
    const next = sampleContent();
    abortAfterPuts(30, true);
    const error = (await replaceWorkspace(db, next).catch((e: unknown) => e)) as StoreWriteError;
    expect(error).toBeInstanceOf(StoreWriteError);
    expect(error.code).toBe('quota');
    expect(error.message).toContain(`about ${megabytes(bytesOf(next))} MB`);
    restorers.splice(0).forEach((restore) => restore());
    expect(await stored(db)).toEqual(before);
  });

  it('leaves the store unchanged when an import is aborted after some writes', async () => {
    const { db, before } = await populated();
    abortAfterPuts(10, false);
    await expect(replaceWorkspace(db, sampleContent())).rejects.toMatchObject({ name: 'StoreWriteError', code: 'aborted' });
    restorers.splice(0).forEach((restore) => restore());
    expect(await stored(db)).toEqual(before);
  });

  it('leaves the store unchanged when a restore or an erasure hits the quota', async () => {
    const { db, before } = await populated();
    const source = await freshDb();
    await replaceWorkspace(source, sampleContent());
    const text = JSON.stringify(await exportBundle(source));
    quotaAfterPuts(5);
    await expect(restoreBundle(db, text)).rejects.toMatchObject({ code: 'quota' });
    await expect(eraseSubject(db, { kind: 'respondent', id: 'R2', names: ['Élodie Martin'] })).rejects.toMatchObject({ code: 'quota' });
    restorers.splice(0).forEach((restore) => restore());
    expect(await stored(db)).toEqual(before);
  });
});
