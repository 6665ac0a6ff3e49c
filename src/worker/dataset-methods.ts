import { publicDatasetRecord } from './dataset-summary.ts';
import type { ErrorData, Result, WorkspaceAccess, WorkspaceSummary } from './api-types.ts';
import { customersToCsv, employeesToCsv, storiesToCsv, unitsToCsv } from '../model/csv-export.ts';
import type { InputProblem } from '../model/types.ts';
import { BundleError } from '../store/bundle-format.ts';
import { DatasetRequestError, deleteDataset, renameDataset } from '../store/dataset-management.ts';
import { eraseSubject, erasureLog } from '../store/erasure.ts';
import type { ErasureCounts, ErasureLogEntry, ErasureSubject, RecognitionContent, RecognitionEraser } from '../store/erasure.ts';
import { eraseCustomerQuote, erasePerson } from '../recognition/erasure.ts';
import type { ErasureResult, RecognitionRecords } from '../recognition/erasure.ts';
import type { Award, Kudos, Nomination, StoryDraft } from '../recognition/types.ts';
import type { RecognitionRecord } from '../store/schema.ts';
import { ErasureRequestError } from '../store/redaction.ts';
import type { DatasetRecord } from '../store/schema.ts';
import { exportBundle, restoreBundle } from '../store/workspace-bundle.ts';
import { listDatasets, loadDatasetTable, type SymmetryDatabase } from '../store/workspace-store.ts';
import { StoreWriteError } from '../store/write-transaction.ts';

/** Tables that can be exported as CSV. */
export type CsvTable = 'employees' | 'customers' | 'units' | 'stories';

/** A file for the page to offer as a download. */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  text: string;
}

/** Error data of storage methods: `bytes` is the size a refused write needed (code `quota`). */
export interface StorageErrorData extends ErrorData {
  bytes?: number;
}

function requestProblem(code: string, column: string, value: string, expected: string, message: string): InputProblem {
  return { file: '', line: 0, column, value, expected, code, message };
}

/** Storage errors as data, with the codes and numbers the storage catalog needs to phrase them. */
function storageFailure(access: WorkspaceAccess, error: unknown): { ok: false; error: StorageErrorData } {
  if (error instanceof StoreWriteError) return { ok: false, error: { message: error.message, code: error.code, bytes: error.bytes } };
  if (error instanceof BundleError) {
    return { ok: false, error: { message: error.message, code: 'invalid-input', problems: error.problems, totalProblems: error.totalProblems } };
  }
  if (error instanceof DatasetRequestError) {
    const problem = error.code === 'not-found'
      ? requestProblem('dataset-not-found', 'id', error.value, 'the id of a stored dataset', error.message)
      : requestProblem('dataset-invalid-name', 'name', error.value, 'a name of 1 to 200 characters', error.message);
    return { ok: false, error: { message: error.message, code: 'invalid-input', problems: [problem], totalProblems: 1 } };
  }
  if (error instanceof ErasureRequestError) {
    const problem = requestProblem('erasure-missing-id', 'id', '', 'a respondent or customer id', error.message);
    return { ok: false, error: { message: error.message, code: 'invalid-input', problems: [problem], totalProblems: 1 } };
  }
  return access.failure(error);
}

function requestPersistence(): void {
  if (typeof navigator !== 'undefined' && navigator.storage?.persist) void navigator.storage.persist().catch(() => false);
}

function summarize(datasets: DatasetRecord[], units: number, stories: number): WorkspaceSummary {
  const rows = (kind: DatasetRecord['kind']) => datasets.filter((d) => d.kind === kind).reduce((sum, d) => sum + d.rows, 0);
  return { datasets: datasets.map(publicDatasetRecord), units, employeeResponses: rows('employees'), customerAnswers: rows('customers'), stories };
}

const today = () => new Date().toISOString().slice(0, 10);

/** Records with the changed ones put in place (matched by id, or by sequence number for the audit log). */
function merged<T extends object>(records: T[], changed: T[], key: (record: T) => unknown): T[] {
  if (changed.length === 0) return records;
  const byKey = new Map(changed.map((record) => [key(record), record]));
  return records.map((record) => byKey.get(key(record)) ?? record);
}

function applied(records: RecognitionRecords, result: ErasureResult): RecognitionRecords {
  const id = (record: { id: string }) => record.id;
  return {
    stories: merged(records.stories, result.changed.stories, id),
    drafts: merged(records.drafts, result.changed.drafts, id),
    nominations: merged(records.nominations, result.changed.nominations, id),
    kudos: merged(records.kudos, result.changed.kudos, id),
    awards: merged(records.awards, result.changed.awards, id),
    audit: merged(records.audit, result.changed.audit, (entry) => entry.seq),
  };
}

/**
 * The recognition module's erasure rules for a subject: each of their names as a person (their
 * first name too in the records about them), and for a customer every quote of their id.
 */
function recognitionRules(subject: ErasureSubject): RecognitionEraser {
  return (content: RecognitionContent) => {
    let records: RecognitionRecords = {
      stories: content.stories,
      drafts: content.storyDrafts as unknown as StoryDraft[],
      nominations: content.nominations as unknown as Nomination[],
      kudos: content.kudos as unknown as Kudos[],
      awards: content.awards as unknown as Award[],
      audit: content.audit,
    };
    for (const name of subject.names ?? []) if (name.trim() !== '') records = applied(records, erasePerson(records, name.trim()));
    if (subject.kind === 'customer') records = applied(records, eraseCustomerQuote(records, { customer: subject.id.trim() }));
    return {
      stories: records.stories,
      storyDrafts: records.drafts as unknown as RecognitionRecord[],
      nominations: records.nominations as unknown as RecognitionRecord[],
      kudos: records.kudos as unknown as RecognitionRecord[],
      awards: records.awards as unknown as RecognitionRecord[],
      audit: records.audit,
    };
  };
}

/** Dataset management: list, rename, delete, erasure, bundle export and restore, CSV export. */
export function datasetMethods(access: WorkspaceAccess) {
  /**
   * Runs `work` on the database and answers storage errors as data; with `changes`, every view and
   * tab is told afterwards that the data changed.
   */
  async function storage<T>(work: (db: SymmetryDatabase) => Promise<T>, changes = false): Promise<Result<T>> {
    try {
      const value = await work(await access.database());
      if (changes) access.changed();
      return { ok: true, value };
    } catch (error) {
      return storageFailure(access, error);
    }
  }

  const csvFile = (fileName: string, text: string): ExportedFile => ({ fileName, mimeType: 'text/csv;charset=utf-8', text });

  /** The CSV of dataset `id`, named after its kind and today's date unless `fileName` is given. */
  async function datasetCsv(db: SymmetryDatabase, id: string, lang: 'en' | 'fr', fileName?: string): Promise<ExportedFile> {
    const loaded = await loadDatasetTable(db, id);
    if (!loaded) throw new DatasetRequestError(`No stored dataset has the id "${id}"; nothing was exported.`, 'not-found', id);
    const options = { lang };
    const { table, units } = loaded;
    const text = table.kind === 'employees' ? employeesToCsv(table, units, options) : customersToCsv(table, units, options);
    return csvFile(fileName ?? `${table.kind}-${today()}.csv`, text);
  }

  return {
    /** Renames a stored dataset. */
    renameDataset(id: string, name: string): Promise<Result<DatasetRecord>> {
      return storage((db) => renameDataset(db, id, name), true);
    },

    /** Deletes a stored dataset and its column data in one transaction. */
    deleteDataset(id: string): Promise<Result<DatasetRecord>> {
      return storage((db) => deleteDataset(db, id), true);
    },

    /**
     * Erases one respondent or one customer everywhere (GDPR), in one transaction, and tells every
     * view and tab: their rows, their names in units, stories and recognition records (with the
     * recognition module's rules, then a generic pass), mentions in comments. Returns what changed.
     */
    eraseSubject(subject: ErasureSubject): Promise<Result<ErasureCounts>> {
      return storage((db) => eraseSubject(db, subject, { recognition: recognitionRules(subject) }), true);
    },

    /** When erasures happened and what they changed (never whom). */
    erasureLog(): Promise<Result<ErasureLogEntry[]>> {
      return storage((db) => erasureLog(db));
    },

    /** The whole workspace as a JSON bundle file. */
    exportBundle(): Promise<Result<ExportedFile>> {
      return storage(async (db) => {
        const bundle = await exportBundle(db);
        return { fileName: `symmetry-workspace-${today()}.json`, mimeType: 'application/json', text: JSON.stringify(bundle) };
      });
    },

    /**
     * Replaces the whole workspace with a bundle (its text or file bytes). A malformed bundle is
     * refused with every problem listed, and nothing changes.
     */
    restoreBundle(bundle: string | ArrayBuffer, fileName = 'bundle.json'): Promise<Result<WorkspaceSummary>> {
      return storage(async (db) => {
        const text = typeof bundle === 'string' ? bundle : new TextDecoder().decode(bundle);
        const datasets = await restoreBundle(db, text, fileName);
        requestPersistence();
        const [units, stories] = await Promise.all([db.count('units'), db.count('stories')]);
        return summarize(datasets, units, stories);
      }, true);
    },

    /**
     * One table as a CSV file, safe against formula injection; `lang: 'fr'` writes `;`, a decimal
     * comma and a byte-order mark for French Excel. Survey and feedback rows come from the newest
     * stored dataset of that kind.
     */
    async exportTableCsv(table: CsvTable, lang: 'en' | 'fr' = 'en'): Promise<Result<ExportedFile>> {
      if (table === 'employees' || table === 'customers') {
        const newest = await storage(async (db) => (await listDatasets(db)).find((d) => d.kind === table));
        if (!newest.ok) return newest;
        if (!newest.value) return { ok: false, error: { message: `No ${table === 'employees' ? 'survey' : 'feedback'} dataset is stored.`, code: 'empty' } };
        const { id } = newest.value;
        return storage((db) => datasetCsv(db, id, lang, `${table}-${today()}.csv`));
      }
      return storage(async (db) => {
        const options = { lang };
        const text = table === 'units' ? unitsToCsv(await db.getAll('units'), options) : storiesToCsv(await db.getAll('stories'), options);
        return csvFile(`${table}-${today()}.csv`, text);
      });
    },

    /** The rows of one stored dataset as a CSV file (see {@link exportTableCsv} for the dialect). */
    exportDatasetCsv(id: string, lang: 'en' | 'fr' = 'en'): Promise<Result<ExportedFile>> {
      return storage((db) => datasetCsv(db, id, lang));
    },
  };
}
