/**
 * What `<sym-dataset-manager>` decides without a DOM: the facts shown about a dataset, the rules
 * of a dataset name, and the sentences of erasure counts, storage errors and bundle problems.
 */
import { dateFormat, numberFormat } from '../../i18n/format.ts';
import type { StorageProblemCode } from '../../i18n/areas/storage.ts';
import type { Lang, Translation } from '../../i18n/translation.ts';
import type { InputProblem } from '../../model/types.ts';
import type { ErrorData } from '../../worker/api-types.ts';
import type { CsvTable } from '../../worker/dataset-methods.ts';
import type { DatasetRecord } from '../../store/schema.ts';
import type { ErasureCounts, ErasureLogEntry } from '../../store/erasure.ts';

/**
 * Longest dataset name the store accepts (`MAX_DATASET_NAME` of store/dataset-management.ts),
 * repeated here so that the page bundle does not pull in the store and idb.
 */
export const MAX_NAME_LENGTH = 200;

/** A dataset as the list shows it: the record without its columns. */
export interface DatasetView {
  id: string;
  name: string;
  kind: DatasetRecord['kind'];
  sourceFile: string;
  importedAt: string;
  rows: number;
  encoding?: string;
}

/** Keeps what the list shows; column descriptions (and any value dictionary) are dropped at once. */
export function datasetView(record: DatasetRecord): DatasetView {
  const { id, name, kind, sourceFile, importedAt, rows, encoding } = record;
  return { id, name, kind, sourceFile, importedAt, rows, ...(encoding !== undefined ? { encoding } : {}) };
}

/** The facts of a dataset as label–value pairs, formatted for the language. */
export function datasetFacts(t: Translation, lang: Lang, dataset: DatasetView): Array<[string, string]> {
  const m = t.storage.manager;
  const facts: Array<[string, string]> = [
    [m.kindLabel, m.kind[dataset.kind]],
    [m.sourceFile, dataset.sourceFile],
    [m.importedAt, formatImportedAt(lang, dataset.importedAt)],
    [m.rows, numberFormat(lang).format(dataset.rows)],
  ];
  if (dataset.encoding) facts.push([m.encoding, m.encodingName[dataset.encoding] ?? dataset.encoding]);
  return facts;
}

/** An ISO timestamp as a date and time of the language; the text itself when it is not a date. */
export function formatImportedAt(lang: Lang, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Why a name cannot be saved, or `undefined` when it can (1 to 200 characters once trimmed). */
export function nameProblem(t: Translation, lang: Lang, name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return t.storage.nameRules.empty;
  if (trimmed.length > MAX_NAME_LENGTH) return t.storage.nameRules.tooLong(numberFormat(lang).format(MAX_NAME_LENGTH));
  return undefined;
}

const COUNT_ORDER = ['employeeRows', 'customerRows', 'comments', 'stories', 'units', 'recognitionRecords', 'auditEntries'] as const;

/** The non-zero counts of an erasure as one list ("3 survey rows deleted and 1 story edited"); '' when nothing changed. */
export function erasureChanges(t: Translation, lang: Lang, counts: ErasureCounts): string {
  const phrases = COUNT_ORDER.filter((key) => counts[key] > 0)
    .map((key) => t.storage.erasure.counts[key](counts[key], numberFormat(lang).format(counts[key])));
  if (phrases.length === 0) return '';
  return new Intl.ListFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { style: 'long', type: 'conjunction' }).format(phrases);
}

/** What an erasure did, in one sentence. */
export function erasureSentence(t: Translation, lang: Lang, counts: ErasureCounts): string {
  const changes = erasureChanges(t, lang, counts);
  return changes === '' ? t.storage.erasure.nothingFound : t.storage.erasure.done(changes);
}

/** The erasure log as shown: newest first, each with its date and changes in words. Never an id: the log keeps none. */
export function erasureLogRows(t: Translation, lang: Lang, log: readonly ErasureLogEntry[]): Array<{ at: string; kind: string; changes: string }> {
  return [...log]
    .sort((a, b) => b.at.localeCompare(a.at))
    .map((entry) => ({
      at: formatImportedAt(lang, entry.at),
      kind: t.storage.erasure.logKindName[entry.kind],
      changes: erasureChanges(t, lang, entry.counts) || t.storage.erasure.nothingFound,
    }));
}

function isStorageProblemCode(t: Translation, code: string): code is StorageProblemCode {
  return Object.prototype.hasOwnProperty.call(t.storage.problems, code);
}

/** One problem of a storage request as a sentence of the language (the worker's English when the code is unknown). */
export function problemSentence(t: Translation, problem: InputProblem): string {
  if (!isStorageProblemCode(t, problem.code)) return problem.message;
  // A top-level field's path comes as ".name": the dot says nothing to a reader.
  const where = [problem.file, problem.column.replace(/^\./, '')].filter((part) => part !== '').join(', ');
  return t.storage.problems[problem.code](where, problem.value);
}

/** The headline of a failed storage request, by error code. */
export function errorSentence(t: Translation, lang: Lang, error: ErrorData): string {
  const e = t.storage.errors;
  switch (error.code) {
    case 'quota':
      return e.quota(numberFormat(lang, { maximumFractionDigits: 1 }).format((error.bytes ?? 0) / 1e6));
    case 'aborted':
      return e.aborted;
    case 'empty':
      return e.empty;
    case 'invalid-input': {
      const problems = error.problems ?? [];
      if (problems.some((p) => p.code.startsWith('bundle-'))) return e.invalidBundle(error.totalProblems ?? problems.length);
      return e.invalidRequest;
    }
    default:
      return e.internal;
  }
}

/** The tables a workspace can export: survey and feedback rows when such a dataset is stored. */
export function csvTables(datasets: readonly DatasetView[]): CsvTable[] {
  const kinds = new Set(datasets.map((d) => d.kind));
  const rows = (['employees', 'customers'] as const).filter((kind) => kinds.has(kind));
  return [...rows, 'units', 'stories'];
}

/** After a delete, the dataset whose Rename button takes the focus: the next one, else the previous one. */
export function focusAfterDelete(ids: readonly string[], deleted: string): string | undefined {
  const index = ids.indexOf(deleted);
  if (index === -1) return ids[0];
  return ids[index + 1] ?? ids[index - 1];
}
