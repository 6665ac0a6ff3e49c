import type { DBSchema } from 'idb';
import type { Scale, Story, Unit } from '../model/types.ts';

/** Rows per stored column chunk: large enough that IndexedDB costs little per row, small enough to stream. */
export const CHUNK_ROWS = 65_536;

export type DatasetKind = 'employees' | 'customers';

export type ColumnType = 'number' | 'category' | 'text';

export interface ColumnDescriptor {
  /** `unit`, `period`, `nps`…, or `item:<id>` for employee items. */
  name: string;
  type: ColumnType;
  /** Dictionary of a category column; codes index it. */
  values?: string[];
}

export interface DatasetRecord {
  id: string;
  name: string;
  kind: DatasetKind;
  sourceFile: string;
  importedAt: string;
  rows: number;
  chunks: number;
  columns: ColumnDescriptor[];
  encoding?: string;
  mapping?: Record<string, string>;
  itemScale?: Scale;
}

export interface ColumnChunk {
  dataset: string;
  column: string;
  index: number;
  data: Float64Array | Uint32Array | string[];
}

export interface SymmetryDB extends DBSchema {
  datasets: { key: string; value: DatasetRecord; indexes: { byKind: DatasetKind } };
  chunks: { key: [string, string, number]; value: ColumnChunk; indexes: { byDataset: string } };
  units: { key: string; value: Unit };
  stories: { key: string; value: Story; indexes: { byUnit: string; byStatus: Story['status'] } };
  meta: { key: string; value: { key: string; value: unknown } };
}

export const DB_VERSION = 1;
