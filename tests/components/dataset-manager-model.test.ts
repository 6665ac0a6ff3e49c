import { describe, expect, it } from 'vitest';
import { translation } from '../../src/i18n/format.ts';
import {
  csvTables, datasetFacts, datasetView, erasureChanges, erasureLogRows, erasureSentence, errorSentence, focusAfterDelete, MAX_NAME_LENGTH,
  nameProblem, problemSentence, type DatasetView,
} from '../../src/components/dataset-manager/dataset-manager-model.ts';
import { MAX_DATASET_NAME } from '../../src/store/dataset-management.ts';
import type { ErasureCounts } from '../../src/store/erasure.ts';
import type { DatasetRecord } from '../../src/store/schema.ts';

const en = translation('en');
const fr = translation('fr');

const record: DatasetRecord = {
  id: 'customers-abc', name: 'Avis T3', kind: 'customers', sourceFile: 'avis.csv', importedAt: '2026-07-14T09:05:00.000Z', rows: 12345,
  chunks: 1, encoding: 'windows-1252',
  columns: [{ name: 'customer', type: 'categorical', values: ['C-1', 'C-2'] } as unknown as DatasetRecord['columns'][number]],
};

const zero: ErasureCounts = { employeeRows: 0, customerRows: 0, comments: 0, stories: 0, units: 0, recognitionRecords: 0, auditEntries: 0 };

describe('dataset manager model', () => {
  it('keeps what the list shows and drops the columns with their value dictionaries', () => {
    const view = datasetView(record);
    expect(view).toEqual({ id: 'customers-abc', name: 'Avis T3', kind: 'customers', sourceFile: 'avis.csv', importedAt: '2026-07-14T09:05:00.000Z', rows: 12345, encoding: 'windows-1252' });
    expect(JSON.stringify(view)).not.toContain('C-1');
  });

  it('formats the facts of a dataset for each language', () => {
    const view = datasetView(record);
    const facts = Object.fromEntries(datasetFacts(en, 'en', view));
    expect(facts).toMatchObject({ Kind: 'Customer feedback', 'Source file': 'avis.csv', Rows: '12,345', Encoding: 'Windows-1252' });
    expect(facts.Imported).toMatch(/14 Jul 2026/);
    const factsFr = Object.fromEntries(datasetFacts(fr, 'fr', view));
    expect(factsFr).toMatchObject({ Type: 'Avis clients', Lignes: '12\u202f345' });
    expect(factsFr['Importé le']).toMatch(/14 juil\. 2026/);
    // No encoding recorded (the sample dataset): no line for it.
    expect(datasetFacts(en, 'en', { ...view, encoding: undefined }).map(([label]) => label)).not.toContain('Encoding');
  });

  it('accepts names of 1 to 200 characters once trimmed, as the store does', () => {
    expect(MAX_NAME_LENGTH).toBe(MAX_DATASET_NAME);
    expect(nameProblem(en, 'en', '  Q3 survey ')).toBeUndefined();
    expect(nameProblem(en, 'en', 'x'.repeat(200))).toBeUndefined();
    expect(nameProblem(en, 'en', '   ')).toBe('Give the dataset a name.');
    expect(nameProblem(en, 'en', 'x'.repeat(201))).toBe('A dataset name can have at most 200 characters.');
    expect(nameProblem(fr, 'fr', '')).toBe('Donnez un nom au jeu de données.');
  });

  it('says what an erasure changed, with plurals, and nothing found when nothing changed', () => {
    expect(erasureSentence(en, 'en', zero)).toBe('Nothing in the workspace matched this person.');
    expect(erasureSentence(en, 'en', { ...zero, employeeRows: 1, comments: 2, stories: 1 }))
      .toBe('The person’s data was erased: 1 survey row deleted, 2 comments blacked out and 1 story edited.');
    expect(erasureSentence(en, 'en', { ...zero, customerRows: 1200 })).toBe('The person’s data was erased: 1,200 feedback rows deleted.');
    expect(erasureChanges(fr, 'fr', { ...zero, employeeRows: 3, auditEntries: 1 }))
      .toBe('3\u00a0lignes d’enquête supprimées et 1\u00a0entrée du journal d’audit masquée');
  });

  it('shows the erasure log newest first, without any id', () => {
    const rows = erasureLogRows(en, 'en', [
      { at: '2026-07-01T10:00:00.000Z', kind: 'respondent', counts: { ...zero, employeeRows: 2 } },
      { at: '2026-07-03T10:00:00.000Z', kind: 'customer', counts: zero },
    ]);
    expect(rows.map((r) => [r.kind, r.changes])).toEqual([
      ['Customer', 'Nothing in the workspace matched this person.'],
      ['Employee', '2 survey rows deleted'],
    ]);
  });

  it('phrases bundle problems by code with their place, and keeps the worker’s sentence for unknown codes', () => {
    const problem = { file: 'backup.json', line: 0, column: 'datasets[0].rows', value: '"many"', expected: 'a count', code: 'bundle-field', message: 'x' };
    expect(problemSentence(en, problem)).toBe('backup.json, datasets[0].rows: unexpected value "many".');
    expect(problemSentence(fr, problem)).toBe('backup.json, datasets[0].rows\u00a0: valeur inattendue "many".');
    expect(problemSentence(en, { ...problem, column: '.exportedAt', value: 'nothing' })).toBe('backup.json, exportedAt: missing.');
    expect(problemSentence(en, { ...problem, code: 'bundle-not-json', column: '' })).toBe('The file is not readable JSON.');
    expect(problemSentence(en, { ...problem, code: 'toString', message: 'Worker sentence.' })).toBe('Worker sentence.');
  });

  it('gives the headline of each error code', () => {
    const bundle = { code: 'bundle-format', file: 'f', line: 0, column: '', value: '', expected: '', message: '' };
    expect(errorSentence(en, 'en', { code: 'invalid-input', message: '', problems: [bundle], totalProblems: 3 }))
      .toBe('The file cannot be restored: 3 problems. Nothing was changed.');
    expect(errorSentence(en, 'en', { code: 'invalid-input', message: '', problems: [{ ...bundle, code: 'dataset-not-found' }] }))
      .toBe('The request cannot be carried out. Nothing was changed.');
    expect(errorSentence(fr, 'fr', { code: 'quota', message: '', bytes: 12_345_678 })).toContain('environ 12,3\u00a0Mo');
    expect(errorSentence(en, 'en', { code: 'internal', message: 'boom' })).toBe('Something went wrong while reading or writing the data. Nothing was changed.');
  });

  it('offers survey and feedback tables for each kind stored', () => {
    const employees: DatasetView = { id: 'e', name: 'n', kind: 'employees', sourceFile: 's', importedAt: '', rows: 1 };
    const customers: DatasetView = { ...employees, id: 'c', kind: 'customers' };
    expect(csvTables([employees, customers])).toEqual(['employees', 'customers', 'units', 'stories']);
    expect(csvTables([employees])).toEqual(['employees', 'units', 'stories']);
  });

  it('moves focus to the next dataset after a delete, else the previous one', () => {
    expect(focusAfterDelete(['a', 'b', 'c'], 'b')).toBe('c');
    expect(focusAfterDelete(['a', 'b', 'c'], 'c')).toBe('b');
    expect(focusAfterDelete(['a'], 'a')).toBeUndefined();
  });
});
