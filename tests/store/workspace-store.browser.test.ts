import { afterEach, describe, expect, it } from 'vitest';
import { deleteDB } from 'idb';
import { loadWorkspace, openWorkspaceDb, replaceWorkspace, StoreWriteError } from '../../src/store/workspace-store.ts';
import type { SymmetryDatabase, WorkspaceContent } from '../../src/store/workspace-store.ts';
import type { Unit } from '../../src/model/types.ts';
import { CHUNK_ROWS } from '../../src/store/schema.ts';

const opened: { db: SymmetryDatabase; name: string }[] = [];
async function freshDb(): Promise<SymmetryDatabase> {
  const name = `store-test-${crypto.randomUUID()}`;
  const db = await openWorkspaceDb(name);
  opened.push({ db, name });
  return db;
}

afterEach(async () => {
  for (const { db, name } of opened.splice(0)) {
    db.close();
    await deleteDB(name);
  }
});

function content(rows: number, label: string): WorkspaceContent {
  const codes = new Uint32Array(rows).map((_, i) => i % 3);
  return {
    name: label,
    sourceFiles: { employees: `${label}-employees.csv`, customers: `${label}-customers.csv` },
    units: [{ id: 'a', name: 'Équipe A' }, { id: 'b', name: 'Team B' }, { id: 'c', name: 'Site C' }],
    employees: {
      kind: 'employees', length: rows,
      unit: { codes, values: ['a', 'b', 'c'] },
      period: { codes: new Uint32Array(rows), values: ['2026-Q1'] },
      itemIds: ['autonomy'], items: [Float64Array.from({ length: rows }, (_, i) => (i % 5) + 1)],
      itemScale: { min: 1, max: 5 },
      enps: Float64Array.from({ length: rows }, (_, i) => (i % 2 ? Number.NaN : i % 11)),
    },
    customers: {
      kind: 'customers', length: rows,
      unit: { codes, values: ['a', 'b', 'c'] },
      period: { codes: new Uint32Array(rows), values: ['2026-01-15'] },
      nps: Float64Array.from({ length: rows }, (_, i) => i % 11),
      comment: Array.from({ length: rows }, (_, i) => (i % 7 ? '' : `Merci n°${i}`)),
    },
    stories: [],
  };
}

describe('workspace store', () => {
  it('stores tables as column chunks and reads them back identically after reopening', async () => {
    const db = await freshDb();
    const rows = CHUNK_ROWS + 1234; // two chunks
    const written = content(rows, 'first');
    await replaceWorkspace(db, written);
    db.close();
    const reopened = await openWorkspaceDb(opened[0]!.name);
    opened[0]!.db = reopened;
    const read = await loadWorkspace(reopened);
    expect(read).toBeDefined();
    expect(read!.employees.length).toBe(rows);
    expect(Array.from(read!.employees.unit.codes)).toEqual(Array.from(written.employees.unit.codes));
    expect(read!.employees.kind === 'employees' && Array.from(read!.employees.items[0]!)).toEqual(Array.from(written.employees.items[0]!));
    expect(Object.is(read!.employees.enps![1], Number.NaN)).toBe(true);
    expect(read!.customers.comment![7]).toBe('Merci n°7');
    expect(read!.units.map((u) => u.name)).toEqual(['Équipe A', 'Team B', 'Site C']);
  });

  it('leaves the previous data exactly as it was when an import fails half-way', async () => {
    const db = await freshDb();
    await replaceWorkspace(db, content(100, 'old'));
    const broken = content(50, 'new');
    // A value IndexedDB cannot clone makes the write fail after earlier writes in the same transaction.
    broken.units.push({ id: 'x', name: 'X', attributes: { size: (() => 1) as unknown as number } } as Unit);
    await expect(replaceWorkspace(db, broken)).rejects.toBeInstanceOf(StoreWriteError);
    const read = await loadWorkspace(db);
    expect(read!.employees.length).toBe(100);
    expect(read!.datasets.map((d) => d.sourceFile).sort()).toEqual(['old-customers.csv', 'old-employees.csv']);
    expect(read!.units).toHaveLength(3);
  });

  it('closes an old connection when another opens a newer schema version', async () => {
    const name = `store-test-${crypto.randomUUID()}`;
    let closed = false;
    const db = await openWorkspaceDb(name, () => {
      closed = true;
    });
    opened.push({ db, name });
    const { openDB } = await import('idb');
    const newer = await openDB(name, 99);
    expect(closed).toBe(true);
    newer.close();
  });
});
