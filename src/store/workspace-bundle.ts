import { BundleError, decodeBundle, encodeBundle, parseBundleText, RECOGNITION_STORES } from './bundle-format.ts';
import type { WorkspaceBundle, WorkspaceSnapshot } from './bundle-format.ts';
import { DB_VERSION } from './schema.ts';
import type { DatasetRecord, SymmetryDB } from './schema.ts';
import { chunkColumns, joinColumn } from './table-codec.ts';
import { byteSize, writeInOneTransaction } from './write-transaction.ts';
import type { IDBPDatabase, StoreNames } from 'idb';

type Database = IDBPDatabase<SymmetryDB>;

/** Every store of the schema: a bundle holds them all and a restore replaces them all. */
export const WORKSPACE_STORES = [
  'datasets', 'chunks', 'units', 'stories', 'meta', 'storyDrafts', 'audit', 'nominations', 'kudos', 'awards',
] as const satisfies readonly StoreNames<SymmetryDB>[];

/** Reads everything the workspace stores, in one read transaction (a consistent picture). */
export async function readSnapshot(db: Database): Promise<WorkspaceSnapshot> {
  const tx = db.transaction(WORKSPACE_STORES, 'readonly');
  const records = await tx.objectStore('datasets').getAll();
  const datasets: WorkspaceSnapshot['datasets'] = [];
  for (const record of records) {
    const chunks = await tx.objectStore('chunks').index('byDataset').getAll(record.id);
    const { chunks: _count, ...rest } = record;
    void _count;
    datasets.push({
      record: rest,
      data: record.columns.map((descriptor) => joinColumn(descriptor, chunks.filter((c) => c.column === descriptor.name), record.rows)),
    });
  }
  const snapshot: WorkspaceSnapshot = {
    datasets,
    units: await tx.objectStore('units').getAll(),
    stories: await tx.objectStore('stories').getAll(),
    audit: await tx.objectStore('audit').getAll(),
    meta: await tx.objectStore('meta').getAll(),
    storyDrafts: await tx.objectStore('storyDrafts').getAll(),
    nominations: await tx.objectStore('nominations').getAll(),
    kudos: await tx.objectStore('kudos').getAll(),
    awards: await tx.objectStore('awards').getAll(),
  };
  await tx.done;
  return snapshot;
}

/** The whole workspace as a bundle (see bundle-format.ts); `JSON.stringify` it to save it. */
export async function exportBundle(db: Database, exportedAt = new Date().toISOString()): Promise<WorkspaceBundle> {
  return encodeBundle(await readSnapshot(db), exportedAt, DB_VERSION);
}

/**
 * Replaces everything the workspace stores with a snapshot, in one transaction: all of it is
 * stored, or (quota, abort) none of it and the previous workspace stays as it was.
 */
export async function restoreSnapshot(db: Database, snapshot: WorkspaceSnapshot): Promise<DatasetRecord[]> {
  const encoded = snapshot.datasets.map(({ record, data }) => {
    const { chunks, chunkCount } = chunkColumns(record.id, record.rows, record.columns.map((descriptor, i) => ({ descriptor, data: data[i]! })));
    return { record: { ...record, chunks: chunkCount } satisfies DatasetRecord, chunks };
  });
  const bytes = encoded.reduce((sum, e) => sum + byteSize(e.chunks), 0);
  await writeInOneTransaction(db, WORKSPACE_STORES, () => bytes, async (tx) => {
    for (const name of WORKSPACE_STORES) await tx.objectStore(name).clear();
    for (const { record, chunks } of encoded) {
      await tx.objectStore('datasets').put(record);
      for (const chunk of chunks) await tx.objectStore('chunks').put(chunk);
    }
    for (const unit of snapshot.units) await tx.objectStore('units').put(unit);
    for (const story of snapshot.stories) await tx.objectStore('stories').put(story);
    for (const entry of snapshot.audit) await tx.objectStore('audit').put(entry);
    for (const store of RECOGNITION_STORES) {
      for (const record of snapshot[store]) await tx.objectStore(store).put(record);
    }
    for (const entry of snapshot.meta) await tx.objectStore('meta').put(entry);
    await tx.objectStore('meta').put({ key: 'updatedAt', value: new Date().toISOString() });
  });
  return encoded.map((e) => e.record);
}

/**
 * Restores a bundle (its JSON text, or the parsed value). The bundle is checked completely first:
 * a malformed one throws a BundleError naming every problem, and nothing is written.
 */
export async function restoreBundle(db: Database, bundle: unknown, file = 'bundle.json'): Promise<DatasetRecord[]> {
  const parsed = typeof bundle === 'string' ? parseBundleText(bundle, file) : { ok: true as const, value: bundle };
  if (!parsed.ok) throw new BundleError(parsed.problems, parsed.totalProblems);
  const decoded = decodeBundle(parsed.value, file);
  if (!decoded.ok) throw new BundleError(decoded.problems, decoded.totalProblems);
  return restoreSnapshot(db, decoded.snapshot);
}
