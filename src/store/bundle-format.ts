/**
 * The workspace bundle: everything a workspace stores, as one JSON document that a user can keep,
 * move to another browser and restore. Pure (no IndexedDB): the store reads and writes snapshots,
 * this module turns them into bundles and checks a bundle fully before anything is written.
 *
 * Format, version 1:
 * ```json
 * { "format": "symmetry-insights-bundle", "version": 1, "exportedAt": "…", "schemaVersion": 2,
 *   "datasets": [{ "id", "name", "kind", "sourceFile", "importedAt", "rows", "encoding"?, "mapping"?, "itemScale"?,
 *                  "columns": [{ "name", "type", "values"?, "data": { "encoding", "data" } }] }],
 *   "units": [], "stories": [], "storyDrafts": [], "audit": [], "nominations": [], "kudos": [], "awards": [], "meta": [] }
 * ```
 * Number columns are `float64-le-base64` (NaN survives bit for bit), category codes
 * `uint32-le-base64`, text columns `strings` (a JSON array). Other records are plain JSON.
 */

import { Base64Error, base64ToTypedArray, typedArrayToBase64 } from './base64.ts';
import type { AuditEntry, ColumnDescriptor, ColumnType, DatasetKind, DatasetRecord, RecognitionRecord } from './schema.ts';
import type { ColumnData } from './table-codec.ts';
import { MISSING_CODE } from '../model/types.ts';
import type { InputProblem, Story, Unit } from '../model/types.ts';

export const BUNDLE_FORMAT = 'symmetry-insights-bundle';
export const BUNDLE_VERSION = 1;

/** Problems listed at most; validation goes on counting past them. */
const MAX_PROBLEMS = 100;

export type EncodedColumnData =
  | { encoding: 'float64-le-base64'; data: string }
  | { encoding: 'uint32-le-base64'; data: string }
  | { encoding: 'strings'; data: string[] };

export interface BundleColumn extends ColumnDescriptor {
  data: EncodedColumnData;
}

export interface BundleDataset extends Omit<DatasetRecord, 'chunks' | 'columns'> {
  columns: BundleColumn[];
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

/** The recognition stores, by name. */
export const RECOGNITION_STORES = ['storyDrafts', 'nominations', 'kudos', 'awards'] as const;
export type RecognitionStoreName = (typeof RECOGNITION_STORES)[number];

export interface WorkspaceBundle extends Record<RecognitionStoreName, RecognitionRecord[]> {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  exportedAt: string;
  /** IndexedDB schema version of the workspace that wrote the bundle (for information). */
  schemaVersion: number;
  datasets: BundleDataset[];
  units: Unit[];
  stories: Story[];
  audit: AuditEntry[];
  meta: MetaRecord[];
}

/** A dataset as the store holds it, its chunks joined into whole columns (same order as `record.columns`). */
export interface SnapshotDataset {
  record: Omit<DatasetRecord, 'chunks'>;
  data: ColumnData[];
}

/** Everything a workspace stores, store by store. */
export interface WorkspaceSnapshot extends Record<RecognitionStoreName, RecognitionRecord[]> {
  datasets: SnapshotDataset[];
  units: Unit[];
  stories: Story[];
  audit: AuditEntry[];
  meta: MetaRecord[];
}

const ENCODING_OF: Record<ColumnType, EncodedColumnData['encoding']> = {
  number: 'float64-le-base64',
  category: 'uint32-le-base64',
  text: 'strings',
};

function encodeColumn(type: ColumnType, data: ColumnData): EncodedColumnData {
  if (type === 'number') return { encoding: 'float64-le-base64', data: typedArrayToBase64(data as Float64Array) };
  if (type === 'category') return { encoding: 'uint32-le-base64', data: typedArrayToBase64(data as Uint32Array) };
  return { encoding: 'strings', data: Array.from(data as string[]) };
}

/** The bundle of a snapshot. */
export function encodeBundle(snapshot: WorkspaceSnapshot, exportedAt: string, schemaVersion: number): WorkspaceBundle {
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt,
    schemaVersion,
    datasets: snapshot.datasets.map(({ record, data }) => ({
      ...record,
      columns: record.columns.map((descriptor, i) => ({ ...descriptor, data: encodeColumn(descriptor.type, data[i] as ColumnData) })),
    })),
    units: snapshot.units,
    stories: snapshot.stories,
    storyDrafts: snapshot.storyDrafts,
    audit: snapshot.audit,
    nominations: snapshot.nominations,
    kudos: snapshot.kudos,
    awards: snapshot.awards,
    meta: snapshot.meta,
  };
}

/** Codes of bundle problems; the storage catalog phrases each in English and French. */
export type BundleProblemCode =
  | 'bundle-not-json'
  | 'bundle-format'
  | 'bundle-version'
  | 'bundle-field'
  | 'bundle-duplicate-id'
  | 'bundle-column-data'
  | 'bundle-column-length'
  | 'bundle-code-range'
  | 'bundle-missing-column';

/** Raised by restore when a bundle is malformed; nothing was written. */
export class BundleError extends Error {
  constructor(readonly problems: InputProblem[], readonly totalProblems: number) {
    super(`The bundle cannot be restored: ${problems[0]?.message ?? 'it is malformed.'}${totalProblems > 1 ? ` (and ${totalProblems - 1} more problem(s))` : ''} Nothing was changed.`);
    this.name = 'BundleError';
  }
}

type Json = unknown;

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shown(value: Json): string {
  let text: string;
  if (value === undefined) text = 'nothing';
  else if (typeof value === 'string') text = JSON.stringify(value);
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

class ProblemList {
  readonly list: InputProblem[] = [];
  total = 0;
  constructor(private readonly file: string) {}

  add(code: BundleProblemCode, path: string, value: Json, expected: string): void {
    this.total++;
    if (this.list.length >= MAX_PROBLEMS) return;
    const got = shown(value);
    this.list.push({
      file: this.file, line: 0, column: path, value: got, expected, code,
      message: `${this.file}${path ? `, ${path}` : ''}: expected ${expected}, got ${got}.`,
    });
  }
}

/** Checks of plain fields; each returns whether the field is acceptable and reports it when not. */
class FieldChecks {
  constructor(private readonly problems: ProblemList) {}

  string(object: Record<string, Json>, key: string, path: string, optional = false): boolean {
    const value = object[key];
    if (optional && value === undefined) return true;
    if (typeof value === 'string') return true;
    this.problems.add('bundle-field', `${path}.${key}`, value, optional ? 'text or nothing' : 'text');
    return false;
  }

  nonEmptyString(object: Record<string, Json>, key: string, path: string): boolean {
    const value = object[key];
    if (typeof value === 'string' && value.trim() !== '') return true;
    this.problems.add('bundle-field', `${path}.${key}`, value, 'non-empty text');
    return false;
  }

  stringArray(object: Record<string, Json>, key: string, path: string, optional = false): boolean {
    const value = object[key];
    if (optional && value === undefined) return true;
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return true;
    this.problems.add('bundle-field', `${path}.${key}`, value, 'a list of texts');
    return false;
  }

  oneOf(object: Record<string, Json>, key: string, path: string, allowed: readonly string[]): boolean {
    const value = object[key];
    if (typeof value === 'string' && allowed.includes(value)) return true;
    this.problems.add('bundle-field', `${path}.${key}`, value, `one of ${allowed.join(', ')}`);
    return false;
  }

  array(value: Json, path: string): value is Json[] {
    if (Array.isArray(value)) return true;
    this.problems.add('bundle-field', path, value, 'a list');
    return false;
  }

  object(value: Json, path: string): value is Record<string, Json> {
    if (isObject(value)) return true;
    this.problems.add('bundle-field', path, value, 'an object');
    return false;
  }
}

function checkUniqueIds(records: Json[], path: string, key: string, problems: ProblemList): void {
  const seen = new Set<unknown>();
  records.forEach((record, i) => {
    if (!isObject(record)) return;
    const id = record[key];
    if (seen.has(id)) problems.add('bundle-duplicate-id', `${path}[${i}].${key}`, id, `an ${key} used once in ${path}`);
    seen.add(id);
  });
}

function decodeColumn(column: Record<string, Json>, type: ColumnType, rows: number, path: string, problems: ProblemList): ColumnData | undefined {
  const encoded = column.data;
  const encoding = ENCODING_OF[type];
  if (!isObject(encoded) || encoded.encoding !== encoding) {
    problems.add('bundle-column-data', `${path}.data`, isObject(encoded) ? encoded.encoding : encoded, `data encoded as ${encoding}`);
    return undefined;
  }
  let data: ColumnData;
  if (encoding === 'strings') {
    if (!Array.isArray(encoded.data) || !encoded.data.every((v) => typeof v === 'string')) {
      problems.add('bundle-column-data', `${path}.data.data`, encoded.data, 'a list of texts');
      return undefined;
    }
    data = encoded.data as string[];
  } else {
    if (typeof encoded.data !== 'string') {
      problems.add('bundle-column-data', `${path}.data.data`, encoded.data, 'base64 text');
      return undefined;
    }
    try {
      data = encoding === 'float64-le-base64' ? base64ToTypedArray(encoded.data, 'float64') : base64ToTypedArray(encoded.data, 'uint32');
    } catch (error) {
      if (!(error instanceof Base64Error)) throw error;
      problems.add('bundle-column-data', `${path}.data.data`, encoded.data, `base64 text of ${encoding === 'float64-le-base64' ? 8 : 4}-byte values (${error.message})`);
      return undefined;
    }
  }
  if (data.length !== rows) {
    problems.add('bundle-column-length', `${path}.data`, data.length, `${rows} values, one per row`);
    return undefined;
  }
  return data;
}

function checkCodes(codes: Uint32Array, values: readonly string[], path: string, problems: ProblemList): void {
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] as number;
    if (code !== MISSING_CODE && code >= values.length) {
      problems.add('bundle-code-range', `${path}.data[${i}]`, code, `a code below ${values.length} (the number of values) or ${MISSING_CODE} for an empty cell`);
      return;
    }
  }
}

function decodeDataset(value: Json, path: string, problems: ProblemList, check: FieldChecks): SnapshotDataset | undefined {
  if (!check.object(value, path)) return undefined;
  const before = problems.total;
  check.nonEmptyString(value, 'id', path);
  check.string(value, 'name', path);
  check.oneOf(value, 'kind', path, ['employees', 'customers']);
  check.string(value, 'sourceFile', path);
  check.string(value, 'importedAt', path);
  check.string(value, 'encoding', path, true);
  const rows = value.rows;
  if (typeof rows !== 'number' || !Number.isInteger(rows) || rows < 0) problems.add('bundle-field', `${path}.rows`, rows, 'a whole number of rows, 0 or more');
  if (value.mapping !== undefined && (!isObject(value.mapping) || !Object.values(value.mapping).every((v) => typeof v === 'string'))) {
    problems.add('bundle-field', `${path}.mapping`, value.mapping, 'an object of texts or nothing');
  }
  const scale = value.itemScale;
  if (scale !== undefined && (!isObject(scale) || typeof scale.min !== 'number' || typeof scale.max !== 'number' || !(scale.min < scale.max))) {
    problems.add('bundle-field', `${path}.itemScale`, scale, 'a scale { min, max } with min below max, or nothing');
  }
  if (!check.array(value.columns, `${path}.columns`)) return undefined;
  if (problems.total > before) return undefined;
  const rowCount = rows as number;
  const descriptors: ColumnDescriptor[] = [];
  const data: ColumnData[] = [];
  const names = new Set<string>();
  value.columns.forEach((column, c) => {
    const columnPath = `${path}.columns[${c}]`;
    if (!check.object(column, columnPath)) return;
    if (!check.nonEmptyString(column, 'name', columnPath) || !check.oneOf(column, 'type', columnPath, ['number', 'category', 'text'])) return;
    const name = column.name as string;
    const type = column.type as ColumnType;
    if (names.has(name)) problems.add('bundle-duplicate-id', `${columnPath}.name`, name, 'a column name used once in the dataset');
    names.add(name);
    if (type === 'category' && !check.stringArray(column, 'values', columnPath)) return;
    const decoded = decodeColumn(column, type, rowCount, columnPath, problems);
    if (!decoded) return;
    if (type === 'category') checkCodes(decoded as Uint32Array, column.values as string[], columnPath, problems);
    const descriptor: ColumnDescriptor = { name, type };
    if (type === 'category') descriptor.values = column.values as string[];
    descriptors.push(descriptor);
    data.push(decoded);
  });
  for (const required of ['unit', 'period']) {
    if (!value.columns.some((c) => isObject(c) && c.name === required && c.type === 'category')) {
      problems.add('bundle-missing-column', `${path}.columns`, value.columns.map((c) => (isObject(c) ? c.name : c)), `a category column "${required}"`);
    }
  }
  if (problems.total > before) return undefined;
  const record: Omit<DatasetRecord, 'chunks'> = {
    id: value.id as string,
    name: value.name as string,
    kind: value.kind as DatasetKind,
    sourceFile: value.sourceFile as string,
    importedAt: value.importedAt as string,
    rows: rowCount,
    columns: descriptors,
  };
  if (value.encoding !== undefined) record.encoding = value.encoding as string;
  if (value.mapping !== undefined) record.mapping = value.mapping as Record<string, string>;
  if (scale !== undefined) record.itemScale = { min: (scale as { min: number }).min, max: (scale as { max: number }).max };
  return { record, data };
}

function checkUnit(value: Json, path: string, check: FieldChecks): void {
  if (!check.object(value, path)) return;
  check.nonEmptyString(value, 'id', path);
  check.string(value, 'name', path);
  check.string(value, 'parentId', path, true);
  check.stringArray(value, 'people', path, true);
  if (value.attributes !== undefined) check.object(value.attributes, `${path}.attributes`);
}

function checkStory(value: Json, path: string, problems: ProblemList, check: FieldChecks): void {
  if (!check.object(value, path)) return;
  check.nonEmptyString(value, 'id', path);
  for (const key of ['title', 'body', 'unit', 'createdAt']) check.string(value, key, path);
  check.string(value, 'customerQuote', path, true);
  check.stringArray(value, 'people', path);
  check.stringArray(value, 'values', path);
  check.oneOf(value, 'status', path, ['draft', 'submitted', 'published', 'rejected']);
  if (typeof value.reactions !== 'number' || !Number.isFinite(value.reactions)) problems.add('bundle-field', `${path}.reactions`, value.reactions, 'a number');
  if (!isObject(value.consent) || typeof value.consent.given !== 'boolean') problems.add('bundle-field', `${path}.consent`, value.consent, 'a consent { given: true or false }');
}

function checkAudit(value: Json, path: string, problems: ProblemList, check: FieldChecks): void {
  if (!check.object(value, path)) return;
  const seq = value.seq;
  if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 1) problems.add('bundle-field', `${path}.seq`, seq, 'a whole number from 1');
  for (const key of ['at', 'subjectId', 'action', 'actor']) check.string(value, key, path);
  check.string(value, 'reason', path, true);
  check.oneOf(value, 'subject', path, ['story', 'nomination', 'kudos', 'award']);
}

/** Reads bundle text (JSON); a problem list when it is not JSON. */
export function parseBundleText(text: string, file = 'bundle.json'): { ok: true; value: unknown } | { ok: false; problems: InputProblem[]; totalProblems: number } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const problems = new ProblemList(file);
    problems.add('bundle-not-json', '', `${text.slice(0, 40)}`, `JSON text (${error instanceof Error ? error.message : 'unreadable'})`);
    return { ok: false, problems: problems.list, totalProblems: problems.total };
  }
}

/**
 * Checks a parsed bundle completely and returns the snapshot to store, or every problem found
 * (the first 100 listed), each naming where it is (`datasets[0].columns[3].data`) and what was expected.
 */
export function decodeBundle(value: unknown, file = 'bundle.json'): { ok: true; snapshot: WorkspaceSnapshot } | { ok: false; problems: InputProblem[]; totalProblems: number } {
  const problems = new ProblemList(file);
  const check = new FieldChecks(problems);
  const fail = () => ({ ok: false as const, problems: problems.list, totalProblems: problems.total });
  if (!isObject(value) || value.format !== BUNDLE_FORMAT) {
    problems.add('bundle-format', 'format', isObject(value) ? value.format : value, `"${BUNDLE_FORMAT}"`);
    return fail();
  }
  if (value.version !== BUNDLE_VERSION) {
    problems.add('bundle-version', 'version', value.version, `version ${BUNDLE_VERSION} (this release reads no other)`);
    return fail();
  }
  check.string(value, 'exportedAt', '');

  const datasets: SnapshotDataset[] = [];
  if (check.array(value.datasets, 'datasets')) {
    value.datasets.forEach((d, i) => {
      const decoded = decodeDataset(d, `datasets[${i}]`, problems, check);
      if (decoded) datasets.push(decoded);
    });
    checkUniqueIds(value.datasets, 'datasets', 'id', problems);
  }
  const list = (key: string): Json[] => {
    const records = value[key];
    return check.array(records, key) ? records : [];
  };
  const units = list('units');
  units.forEach((u, i) => checkUnit(u, `units[${i}]`, check));
  checkUniqueIds(units, 'units', 'id', problems);
  const stories = list('stories');
  stories.forEach((s, i) => checkStory(s, `stories[${i}]`, problems, check));
  checkUniqueIds(stories, 'stories', 'id', problems);
  const recognition = {} as Record<RecognitionStoreName, RecognitionRecord[]>;
  for (const store of RECOGNITION_STORES) {
    const records = list(store);
    records.forEach((r, i) => {
      if (check.object(r, `${store}[${i}]`)) check.nonEmptyString(r, 'id', `${store}[${i}]`);
    });
    checkUniqueIds(records, store, 'id', problems);
    recognition[store] = records as RecognitionRecord[];
  }
  const audit = list('audit');
  audit.forEach((a, i) => checkAudit(a, `audit[${i}]`, problems, check));
  checkUniqueIds(audit, 'audit', 'seq', problems);
  const meta = list('meta');
  meta.forEach((m, i) => {
    if (check.object(m, `meta[${i}]`)) check.nonEmptyString(m, 'key', `meta[${i}]`);
  });
  checkUniqueIds(meta, 'meta', 'key', problems);

  if (problems.total > 0) return fail();
  return {
    ok: true,
    snapshot: {
      datasets,
      units: units as Unit[],
      stories: stories as Story[],
      audit: audit as AuditEntry[],
      meta: meta as MetaRecord[],
      ...recognition,
    },
  };
}
