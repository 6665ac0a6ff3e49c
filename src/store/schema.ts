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

/** One entry of the recognition audit log: every moderation decision and consent, in order. */
export interface AuditEntry {
  /** Assigned by the store (auto-increment). */
  seq?: number;
  at: string;
  /** `story`, `nomination`, `kudos` or `award`. */
  subject: 'story' | 'nomination' | 'kudos' | 'award';
  subjectId: string;
  action: string;
  actor: string;
  reason?: string;
  detail?: Record<string, unknown>;
}

/** A record of the recognition stores: the domain modules in src/recognition define their shapes. */
export interface RecognitionRecord {
  id: string;
  [field: string]: unknown;
}

export interface SymmetryDB extends DBSchema {
  datasets: { key: string; value: DatasetRecord; indexes: { byKind: DatasetKind } };
  chunks: { key: [string, string, number]; value: ColumnChunk; indexes: { byDataset: string } };
  units: { key: string; value: Unit };
  stories: { key: string; value: Story; indexes: { byUnit: string; byStatus: Story['status'] } };
  meta: { key: string; value: { key: string; value: unknown } };
  // Version 2: recognition (drafts autosaved while writing, audit log, nominations, kudos, awards).
  storyDrafts: { key: string; value: RecognitionRecord };
  audit: { key: number; value: AuditEntry; indexes: { bySubject: [string, string] } };
  nominations: { key: string; value: RecognitionRecord; indexes: { byPeriod: string; byUnit: string } };
  kudos: { key: string; value: RecognitionRecord; indexes: { byUnit: string } };
  awards: { key: string; value: RecognitionRecord; indexes: { byPeriod: string } };
}

export const DB_VERSION = 2;
