import { afterEach, describe, expect, it } from 'vitest';
import { deleteDB } from 'idb';
import { loadWorkspace, openWorkspaceDb } from '../../src/store/workspace-store.ts';
import type { SymmetryDatabase } from '../../src/store/workspace-store.ts';
import { DB_VERSION } from '../../src/store/schema.ts';
import { MISSING_CODE } from '../../src/model/types.ts';

const names: string[] = [];
const connections: (IDBDatabase | SymmetryDatabase)[] = [];

afterEach(async () => {
  for (const c of connections.splice(0)) c.close();
  for (const name of names.splice(0)) await deleteDB(name);
});

function freshName(): string {
  const name = `migration-test-${crypto.randomUUID()}`;
  names.push(name);
  return name;
}

function settled<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('request failed'));
  });
}

/** Raw IndexedDB open, with no library in between, as an older release or another tab would do it. */
function openRaw(name: string, version: number, upgrade?: (db: IDBDatabase) => void, onBlocked?: () => void): Promise<IDBDatabase> {
  const request = indexedDB.open(name, version);
  if (upgrade) request.onupgradeneeded = () => upgrade(request.result);
  if (onBlocked) request.onblocked = onBlocked;
  return settled(request).then((db) => {
    connections.push(db);
    return db;
  });
}

/** The schema exactly as version 1 created it. */
function createVersion1(db: IDBDatabase): void {
  db.createObjectStore('datasets', { keyPath: 'id' }).createIndex('byKind', 'kind');
  db.createObjectStore('chunks', { keyPath: ['dataset', 'column', 'index'] }).createIndex('byDataset', 'dataset');
  db.createObjectStore('units', { keyPath: 'id' });
  const stories = db.createObjectStore('stories', { keyPath: 'id' });
  stories.createIndex('byUnit', 'unit');
  stories.createIndex('byStatus', 'status');
  db.createObjectStore('meta', { keyPath: 'key' });
}

const category = (values: string[]) => ({ type: 'category', values });

/** Records as version 1 wrote them: one employee and one customer dataset of 3 rows, units, a story. */
async function writeVersion1Data(db: IDBDatabase): Promise<void> {
  const tx = db.transaction(['datasets', 'chunks', 'units', 'stories', 'meta'], 'readwrite');
  const datasets = tx.objectStore('datasets');
  const chunks = tx.objectStore('chunks');
  datasets.put({
    id: 'employees-v1', name: 'Survey 2025', kind: 'employees', sourceFile: 'survey.csv', importedAt: '2025-12-01T10:00:00.000Z', rows: 3, chunks: 1,
    columns: [{ name: 'unit', ...category(['a', 'b']) }, { name: 'period', ...category(['2025-Q4']) }, { name: 'respondent', ...category(['R1', 'R2', 'R3']) },
      { name: 'item:autonomy', type: 'number' }, { name: 'enps', type: 'number' }],
    encoding: 'windows-1252', itemScale: { min: 1, max: 5 },
  });
  chunks.put({ dataset: 'employees-v1', column: 'unit', index: 0, data: Uint32Array.of(0, 1, 1) });
  chunks.put({ dataset: 'employees-v1', column: 'period', index: 0, data: Uint32Array.of(0, 0, 0) });
  chunks.put({ dataset: 'employees-v1', column: 'respondent', index: 0, data: Uint32Array.of(0, 1, 2) });
  chunks.put({ dataset: 'employees-v1', column: 'item:autonomy', index: 0, data: Float64Array.of(4, NaN, 2) });
  chunks.put({ dataset: 'employees-v1', column: 'enps', index: 0, data: Float64Array.of(9, 10, 3) });
  datasets.put({
    id: 'customers-v1', name: 'Survey 2025', kind: 'customers', sourceFile: 'cx.csv', importedAt: '2025-12-01T10:00:00.000Z', rows: 3, chunks: 1,
    columns: [{ name: 'unit', ...category(['a', 'b']) }, { name: 'period', ...category(['2025-11-03']) }, { name: 'nps', type: 'number' },
      { name: 'channel', ...category(['phone']) }, { name: 'comment', type: 'text' }],
  });
  chunks.put({ dataset: 'customers-v1', column: 'unit', index: 0, data: Uint32Array.of(1, 0, 0) });
  chunks.put({ dataset: 'customers-v1', column: 'period', index: 0, data: Uint32Array.of(0, 0, 0) });
  chunks.put({ dataset: 'customers-v1', column: 'nps', index: 0, data: Float64Array.of(10, NaN, 0) });
  chunks.put({ dataset: 'customers-v1', column: 'channel', index: 0, data: Uint32Array.of(0, MISSING_CODE, 0) });
  chunks.put({ dataset: 'customers-v1', column: 'comment', index: 0, data: ['Très bien', '', 'Merci à Élodie'] });
  tx.objectStore('units').put({ id: 'a', name: 'Équipe A' });
  tx.objectStore('units').put({ id: 'b', name: 'Team B', parentId: 'a' });
  tx.objectStore('stories').put({
    id: 'story-1', title: 'Late shift', body: 'Élodie stayed.', unit: 'a', people: ['Élodie'], values: ['care'], consent: { given: true },
    status: 'published', reactions: 4, createdAt: '2025-12-02T00:00:00.000Z',
  });
  tx.objectStore('meta').put({ key: 'updatedAt', value: '2025-12-01T10:00:00.000Z' });
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('aborted'));
  });
}

describe('schema migrations', () => {
  it('upgrades a database written by version 1, keeping every record and adding the version 2 stores', async () => {
    const name = freshName();
    const v1 = await openRaw(name, 1, createVersion1);
    await writeVersion1Data(v1);
    v1.close();

    const db = await openWorkspaceDb(name);
    connections.push(db);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(
      ['audit', 'awards', 'chunks', 'datasets', 'kudos', 'meta', 'nominations', 'stories', 'storyDrafts', 'units'],
    );
    const tx = db.transaction(['audit', 'nominations', 'kudos', 'awards', 'stories'], 'readonly');
    expect([...tx.objectStore('audit').indexNames]).toEqual(['bySubject']);
    expect([...tx.objectStore('nominations').indexNames].sort()).toEqual(['byPeriod', 'byUnit']);
    expect([...tx.objectStore('kudos').indexNames]).toEqual(['byUnit']);
    expect([...tx.objectStore('awards').indexNames]).toEqual(['byPeriod']);
    expect(await tx.objectStore('stories').index('byStatus').count('published')).toBe(1);
    await tx.done;

    const loaded = await loadWorkspace(db);
    expect(loaded).toBeDefined();
    const { employees, customers, units, stories, datasets } = loaded!;
    expect(datasets.map((d) => d.id).sort()).toEqual(['customers-v1', 'employees-v1']);
    expect(datasets.find((d) => d.kind === 'employees')!.encoding).toBe('windows-1252');
    expect(employees.length).toBe(3);
    expect(employees.respondent!.values).toEqual(['R1', 'R2', 'R3']);
    expect(Array.from(employees.unit.codes)).toEqual([0, 1, 1]);
    expect(Array.from(employees.items[0]!)).toEqual([4, NaN, 2]);
    expect(Array.from(employees.enps!)).toEqual([9, 10, 3]);
    expect(employees.itemIds).toEqual(['autonomy']);
    expect(Array.from(customers.nps!)).toEqual([10, NaN, 0]);
    expect(Array.from(customers.channel!.codes)).toEqual([0, MISSING_CODE, 0]);
    expect(customers.comment).toEqual(['Très bien', '', 'Merci à Élodie']);
    expect(units).toEqual([{ id: 'a', name: 'Équipe A' }, { id: 'b', name: 'Team B', parentId: 'a' }]);
    expect(stories[0]!.people).toEqual(['Élodie']);
    expect(await db.get('meta', 'updatedAt')).toEqual({ key: 'updatedAt', value: '2025-12-01T10:00:00.000Z' });

    // The new stores work: the audit log numbers its entries.
    const seq = await db.add('audit', { at: 't', subject: 'story', subjectId: 'story-1', action: 'publish', actor: 'moderator' });
    expect(seq).toBe(1);
  });

  it('upgrades while an old tab holds a version 1 connection that closes on versionchange: no deadlock', async () => {
    const name = freshName();
    const oldTab = await openRaw(name, 1, createVersion1);
    await writeVersion1Data(oldTab);
    let told = 0;
    oldTab.onversionchange = () => {
      oldTab.close();
      told++;
    };
    let blocked = false;
    const upgraded = openWorkspaceDb(name, undefined, () => {
      blocked = true;
    });
    // Fail fast instead of hanging if the upgrade deadlocks.
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('upgrade deadlocked')), 5000));
    const db = await Promise.race([upgraded, timeout]);
    connections.push(db);
    expect(told).toBe(1);
    expect(blocked).toBe(false);
    expect(db.version).toBe(DB_VERSION);
    expect((await loadWorkspace(db))!.employees.length).toBe(3);
  });

  it('tells the user when an old tab does not let go, and upgrades once it closes', async () => {
    const name = freshName();
    const stubborn = await openRaw(name, 1, createVersion1);
    await writeVersion1Data(stubborn);
    let blocked = 0;
    let opened = false;
    const upgraded = openWorkspaceDb(name, undefined, () => {
      blocked++;
    }).then((db) => {
      opened = true;
      connections.push(db);
      return db;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(blocked).toBe(1);
    expect(opened).toBe(false);
    stubborn.close();
    const db = await upgraded;
    expect(db.version).toBe(DB_VERSION);
    expect((await loadWorkspace(db))!.customers.comment).toEqual(['Très bien', '', 'Merci à Élodie']);
  });

  it('closes a workspace connection and tells the user when another tab opens a newer version', async () => {
    const name = freshName();
    let closedByUpgrade = 0;
    const db = await openWorkspaceDb(name, () => {
      closedByUpgrade++;
    });
    connections.push(db);
    let blocked = false;
    const newer = await openRaw(name, DB_VERSION + 1, (raw) => raw.createObjectStore('future', { keyPath: 'id' }), () => {
      blocked = true;
    });
    expect(closedByUpgrade).toBe(1);
    expect(blocked).toBe(false);
    expect(newer.version).toBe(DB_VERSION + 1);
    expect([...newer.objectStoreNames]).toContain('future');
    expect([...newer.objectStoreNames]).toContain('audit');
    // The closed connection refuses further work instead of writing into the newer schema.
    expect(() => db.transaction('meta')).toThrow(DOMException);
  });
});
