import type { IDBPDatabase } from 'idb';
import { emptyCounts, eraseRows, redactRecord, redactStory, redactTexts, redactUnit, SubjectMatcher } from './redaction.ts';
import type { ErasureCounts, ErasureSubject } from './redaction.ts';
import type { AuditEntry, DatasetRecord, RecognitionRecord, SymmetryDB } from './schema.ts';
import { decodeTable, encodeTable } from './table-codec.ts';
import { WORKSPACE_STORES } from './workspace-bundle.ts';
import { byteSize, writeInOneTransaction } from './write-transaction.ts';
import type { CustomerTable, EmployeeTable, Story } from '../model/types.ts';

export type { ErasureCounts, ErasureSubject } from './redaction.ts';

/** One line of the erasure log kept in `meta`: when, what kind of subject and how much; never who. */
export interface ErasureLogEntry {
  at: string;
  kind: ErasureSubject['kind'];
  counts: ErasureCounts;
}

const ERASURE_LOG = 'erasures';

/** The stories and recognition records, as an erasure reads them. */
export interface RecognitionContent {
  stories: Story[];
  storyDrafts: RecognitionRecord[];
  nominations: RecognitionRecord[];
  kudos: RecognitionRecord[];
  awards: RecognitionRecord[];
  audit: AuditEntry[];
}

/**
 * Domain rules of the recognition module for erasing the subject from its records (which field
 * is the nominee, where a first name alone is theirs), applied before the generic redaction and
 * inside the same transaction. Returns the records, edited where needed.
 */
export type RecognitionEraser = (content: RecognitionContent) => RecognitionContent;

export interface ErasureOptions {
  /** When the erasure happened (ISO); now by default. */
  at?: string;
  recognition?: RecognitionEraser;
}

const RECOGNITION_CONTENT = ['stories', 'storyDrafts', 'nominations', 'kudos', 'awards', 'audit'] as const;

/** Whether a dataset can hold the subject: their id in its id column, or free text to scan. Others are not even read. */
function mayConcern(record: DatasetRecord, matcher: SubjectMatcher): boolean {
  const idColumn = record.columns.find((c) => c.name === (record.kind === 'employees' ? 'respondent' : 'customer'));
  return Boolean(idColumn?.values?.some((value) => matcher.isId(value))) || record.columns.some((c) => c.type === 'text');
}

/**
 * Erases one respondent or one customer everywhere, in one transaction: their survey or feedback
 * rows, their name in stories, units and recognition records, and mentions of them in customer
 * comments, quotes and the audit log (see redaction.ts for the rules). Returns what changed; the
 * erasure log in `meta` records the counts, not the id.
 */
export async function eraseSubject(db: IDBPDatabase<SymmetryDB>, subject: ErasureSubject, options: ErasureOptions = {}): Promise<ErasureCounts> {
  const at = options.at ?? new Date().toISOString();
  const matcher = new SubjectMatcher(subject);
  let bytes = 0;
  return writeInOneTransaction(db, WORKSPACE_STORES, () => bytes, async (tx) => {
    const counts = emptyCounts();
    const chunkStore = tx.objectStore('chunks');
    for (const record of await tx.objectStore('datasets').getAll()) {
      if (!mayConcern(record, matcher)) continue;
      const chunks = await chunkStore.index('byDataset').getAll(record.id);
      const table = decodeTable(record.kind, record.rows, record.columns, (column) => chunks.filter((c) => c.column === column), record.itemScale);
      const { table: kept, removed } = eraseRows(table, matcher);
      let next: EmployeeTable | CustomerTable = kept;
      let comments = 0;
      if (next.kind === 'customers' && next.comment) {
        const redacted = redactTexts(next.comment, matcher);
        comments = redacted.changed;
        if (comments > 0) next = { ...next, comment: redacted.texts };
      }
      if (removed === 0 && comments === 0) continue;
      if (record.kind === 'employees') counts.employeeRows += removed;
      else counts.customerRows += removed;
      counts.comments += comments;
      const encoded = encodeTable(next, record.id);
      bytes += byteSize(encoded.chunks);
      await chunkStore.delete(IDBKeyRange.bound([record.id], [record.id, []]));
      for (const chunk of encoded.chunks) await chunkStore.put(chunk);
      await tx.objectStore('datasets').put({ ...record, rows: next.length, chunks: encoded.chunkCount, columns: encoded.columns });
    }
    for (const unit of await tx.objectStore('units').getAll()) {
      const next = redactUnit(unit, matcher);
      if (!next) continue;
      counts.units++;
      await tx.objectStore('units').put(next);
    }
    const original: RecognitionContent = {
      stories: await tx.objectStore('stories').getAll(),
      storyDrafts: await tx.objectStore('storyDrafts').getAll(),
      nominations: await tx.objectStore('nominations').getAll(),
      kudos: await tx.objectStore('kudos').getAll(),
      awards: await tx.objectStore('awards').getAll(),
      audit: await tx.objectStore('audit').getAll(),
    };
    const ruled = options.recognition ? options.recognition(original) : original;
    const edited: RecognitionContent = {
      stories: ruled.stories.map((story) => redactStory(story, matcher) ?? story),
      storyDrafts: ruled.storyDrafts.map((record) => redactRecord(record, matcher)),
      nominations: ruled.nominations.map((record) => redactRecord(record, matcher)),
      kudos: ruled.kudos.map((record) => redactRecord(record, matcher)),
      awards: ruled.awards.map((record) => redactRecord(record, matcher)),
      audit: ruled.audit.map((entry) => redactRecord(entry, matcher)),
    };
    for (const store of RECOGNITION_CONTENT) {
      const key = (record: object) => String(store === 'audit' ? (record as AuditEntry).seq : (record as { id: string }).id);
      const before = new Map<string, string>((original[store] as object[]).map((record) => [key(record), JSON.stringify(record)]));
      for (const record of edited[store] as object[]) {
        if (before.get(key(record)) === JSON.stringify(record)) continue;
        if (store === 'stories') counts.stories++;
        else if (store === 'audit') counts.auditEntries++;
        else counts.recognitionRecords++;
        await (tx.objectStore(store) as unknown as { put(value: object): Promise<unknown> }).put(record);
      }
    }
    const log = ((await tx.objectStore('meta').get(ERASURE_LOG))?.value ?? []) as ErasureLogEntry[];
    await tx.objectStore('meta').put({ key: ERASURE_LOG, value: [...log, { at, kind: subject.kind, counts }] });
    await tx.objectStore('meta').put({ key: 'updatedAt', value: at });
    return counts;
  });
}

/** The erasure log: when erasures happened and what they changed. */
export async function erasureLog(db: IDBPDatabase<SymmetryDB>): Promise<ErasureLogEntry[]> {
  return ((await db.get('meta', ERASURE_LOG))?.value ?? []) as ErasureLogEntry[];
}
