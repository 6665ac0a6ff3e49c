import type { DatasetRecord } from '../store/schema.ts';

/**
 * A dataset record as the page sees it: column names and types without their value
 * dictionaries, which stay in the worker: they hold every respondent id (and, in datasets stored
 * before customer ids became a text column, every customer id), a long task to clone.
 */
export function publicDatasetRecord(record: DatasetRecord): DatasetRecord {
  return { ...record, columns: record.columns.map(({ name, type }) => ({ name, type })) };
}
