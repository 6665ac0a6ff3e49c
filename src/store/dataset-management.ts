import type { IDBPDatabase } from 'idb';
import type { DatasetRecord, SymmetryDB } from './schema.ts';
import { writeInOneTransaction } from './write-transaction.ts';

export { listDatasets, replaceWorkspace } from './workspace-store.ts';

/** Longest dataset name accepted: names are labels in lists, not descriptions. */
export const MAX_DATASET_NAME = 200;

/** Raised when a dataset id names no stored dataset, or a new name is unusable; nothing changed. */
export class DatasetRequestError extends Error {
  constructor(message: string, readonly code: 'not-found' | 'invalid-name', readonly value: string) {
    super(message);
    this.name = 'DatasetRequestError';
  }
}

function notFound(id: string): DatasetRequestError {
  return new DatasetRequestError(`No stored dataset has the id "${id}"; nothing was changed.`, 'not-found', id);
}

/** Renames a dataset (trimmed, 1–200 characters); returns the updated record. */
export async function renameDataset(db: IDBPDatabase<SymmetryDB>, id: string, name: string): Promise<DatasetRecord> {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > MAX_DATASET_NAME) {
    throw new DatasetRequestError(`A dataset name needs 1 to ${MAX_DATASET_NAME} characters; nothing was changed.`, 'invalid-name', name);
  }
  return writeInOneTransaction(db, ['datasets', 'meta'], () => 0, async (tx) => {
    const record = await tx.objectStore('datasets').get(id);
    if (!record) throw notFound(id);
    const renamed = { ...record, name: trimmed };
    await tx.objectStore('datasets').put(renamed);
    await tx.objectStore('meta').put({ key: 'updatedAt', value: new Date().toISOString() });
    return renamed;
  });
}

/** Deletes a dataset and all its column chunks in one transaction; returns the deleted record. */
export async function deleteDataset(db: IDBPDatabase<SymmetryDB>, id: string): Promise<DatasetRecord> {
  return writeInOneTransaction(db, ['datasets', 'chunks', 'meta'], () => 0, async (tx) => {
    const record = await tx.objectStore('datasets').get(id);
    if (!record) throw notFound(id);
    await tx.objectStore('chunks').delete(IDBKeyRange.bound([id], [id, []]));
    await tx.objectStore('datasets').delete(id);
    await tx.objectStore('meta').put({ key: 'updatedAt', value: new Date().toISOString() });
    return record;
  });
}
