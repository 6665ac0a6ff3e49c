import { openDB } from 'idb';
import type { IDBPDatabase } from 'idb';
import { DB_VERSION } from './schema.ts';
import type { DatasetKind, DatasetRecord, SymmetryDB } from './schema.ts';
import { decodeTable, encodeTable } from './table-codec.ts';
import type { CustomerTable, EmployeeTable, Story, Unit } from '../model/types.ts';

import { DEFAULT_DB_NAME } from './database-name.ts';
import { byteSize, writeInOneTransaction } from './write-transaction.ts';

export { DEFAULT_DB_NAME };
export { StoreWriteError } from './write-transaction.ts';

export type SymmetryDatabase = IDBPDatabase<SymmetryDB>;

/**
 * Opens (and migrates) the workspace database. When another tab upgrades the schema this
 * connection closes itself and `onClosedByUpgrade` tells the user, so neither tab deadlocks.
 * When an older tab keeps its connection open during our upgrade (a release that did not close
 * on `versionchange`), `onBlocked` lets the user know to close it; the open completes once it is.
 */
export async function openWorkspaceDb(
  name = DEFAULT_DB_NAME,
  onClosedByUpgrade?: () => void,
  onBlocked?: () => void,
): Promise<SymmetryDatabase> {
  const db = await openDB<SymmetryDB>(name, DB_VERSION, {
    upgrade(database, oldVersion) {
      // Step by step from the stored version, so a database written by any older release upgrades.
      if (oldVersion < 1) {
        database.createObjectStore('datasets', { keyPath: 'id' }).createIndex('byKind', 'kind');
        database.createObjectStore('chunks', { keyPath: ['dataset', 'column', 'index'] }).createIndex('byDataset', 'dataset');
        database.createObjectStore('units', { keyPath: 'id' });
        const stories = database.createObjectStore('stories', { keyPath: 'id' });
        stories.createIndex('byUnit', 'unit');
        stories.createIndex('byStatus', 'status');
        database.createObjectStore('meta', { keyPath: 'key' });
      }
      if (oldVersion < 2) {
        database.createObjectStore('storyDrafts', { keyPath: 'id' });
        database.createObjectStore('audit', { keyPath: 'seq', autoIncrement: true }).createIndex('bySubject', ['subject', 'subjectId']);
        const nominations = database.createObjectStore('nominations', { keyPath: 'id' });
        nominations.createIndex('byPeriod', 'period');
        nominations.createIndex('byUnit', 'unit');
        database.createObjectStore('kudos', { keyPath: 'id' }).createIndex('byUnit', 'unit');
        database.createObjectStore('awards', { keyPath: 'id' }).createIndex('byPeriod', 'period');
      }
    },
    blocked() {
      onBlocked?.();
    },
    blocking() {
      db.close();
      onClosedByUpgrade?.();
    },
  });
  return db;
}

export interface WorkspaceContent {
  name: string;
  sourceFiles: { employees: string; customers: string };
  units: Unit[];
  employees: EmployeeTable;
  customers: CustomerTable;
  stories: Story[];
  encoding?: string;
}

/**
 * Replaces the workspace's active datasets, units and stories in one transaction: either all of
 * it is stored, or (quota, tab closed, worker terminated) none of it and the old data stays.
 */
export async function replaceWorkspace(db: SymmetryDatabase, content: WorkspaceContent): Promise<DatasetRecord[]> {
  const importedAt = new Date().toISOString();
  const stamp = Date.now().toString(36);
  const encoded = (['employees', 'customers'] as const).map((kind) => {
    const table = content[kind];
    const id = `${kind}-${stamp}`;
    const { columns, chunks, chunkCount } = encodeTable(table, id);
    const record: DatasetRecord = {
      id, name: content.name, kind, sourceFile: content.sourceFiles[kind], importedAt, rows: table.length,
      chunks: chunkCount, columns, encoding: content.encoding,
      itemScale: table.kind === 'employees' ? table.itemScale : undefined,
    };
    return { record, chunks };
  });
  const bytes = encoded.reduce((sum, e) => sum + byteSize(e.chunks), 0);
  await writeInOneTransaction(db, ['datasets', 'chunks', 'units', 'stories', 'meta'], () => bytes, async (tx) => {
    const datasets = tx.objectStore('datasets');
    const chunks = tx.objectStore('chunks');
    const old = await datasets.getAll();
    for (const record of old) {
      await chunks.delete(IDBKeyRange.bound([record.id], [record.id, []]));
      await datasets.delete(record.id);
    }
    await tx.objectStore('units').clear();
    await tx.objectStore('stories').clear();
    for (const { record, chunks: parts } of encoded) {
      await datasets.put(record);
      for (const chunk of parts) await chunks.put(chunk);
    }
    for (const unit of content.units) await tx.objectStore('units').put(unit);
    await tx.objectStore('meta').put({ key: UNIT_ORDER, value: content.units.map((u) => u.id) });
    for (const story of content.stories) await tx.objectStore('stories').put(story);
    await tx.objectStore('meta').put({ key: 'updatedAt', value: importedAt });
  });
  return encoded.map((e) => e.record);
}

/** Lists stored datasets, newest first. */
export async function listDatasets(db: SymmetryDatabase): Promise<DatasetRecord[]> {
  const all = await db.getAll('datasets');
  return all.sort((a, b) => b.importedAt.localeCompare(a.importedAt));
}

/**
 * Meta key of the units' order as given: the store returns records by id, and the hierarchy order
 * (region, its sites, their teams) is the order views and analyses list units in.
 */
const UNIT_ORDER = 'unitOrder';

function inStoredOrder(units: Unit[], order: unknown): Unit[] {
  if (!Array.isArray(order)) return units;
  const rank = new Map(order.map((id, i) => [id, i]));
  // Units the order does not know (written by other means) come last, by id as stored.
  return units
    .map((unit, i) => ({ unit, key: rank.get(unit.id) ?? order.length + i }))
    .sort((a, b) => a.key - b.key)
    .map((entry) => entry.unit);
}

/** Loads the active tables, units and stories; undefined when the workspace is empty. */
export async function loadWorkspace(db: SymmetryDatabase): Promise<Omit<WorkspaceContent, 'sourceFiles' | 'name'> & { datasets: DatasetRecord[] } | undefined> {
  const tx = db.transaction(['datasets', 'chunks', 'units', 'stories', 'meta'], 'readonly');
  const datasets = await tx.objectStore('datasets').getAll();
  const employeesRecord = datasets.find((d) => d.kind === 'employees');
  const customersRecord = datasets.find((d) => d.kind === 'customers');
  if (!employeesRecord || !customersRecord) return undefined;
  const load = async (record: DatasetRecord) => {
    const chunks = await tx.objectStore('chunks').index('byDataset').getAll(record.id);
    return decodeTable(record.kind, record.rows, record.columns, (column) => chunks.filter((c) => c.column === column), record.itemScale);
  };
  const employees = (await load(employeesRecord)) as EmployeeTable;
  const customers = (await load(customersRecord)) as CustomerTable;
  const units = inStoredOrder(await tx.objectStore('units').getAll(), (await tx.objectStore('meta').get(UNIT_ORDER))?.value);
  const stories = await tx.objectStore('stories').getAll();
  await tx.done;
  return { employees, customers, units, stories, datasets };
}

/**
 * One stored dataset's table with the units, whether or not the workspace holds its other half;
 * undefined when no dataset has that id.
 */
export async function loadDatasetTable(db: SymmetryDatabase, id: string): Promise<{ record: DatasetRecord; table: EmployeeTable | CustomerTable; units: Unit[] } | undefined> {
  const tx = db.transaction(['datasets', 'chunks', 'units', 'meta'], 'readonly');
  const record = await tx.objectStore('datasets').get(id);
  if (!record) {
    await tx.done;
    return undefined;
  }
  const chunks = await tx.objectStore('chunks').index('byDataset').getAll(record.id);
  const table = decodeTable(record.kind, record.rows, record.columns, (column) => chunks.filter((c) => c.column === column), record.itemScale) as EmployeeTable | CustomerTable;
  const units = inStoredOrder(await tx.objectStore('units').getAll(), (await tx.objectStore('meta').get(UNIT_ORDER))?.value);
  await tx.done;
  return { record, table, units };
}

export type { DatasetKind };
