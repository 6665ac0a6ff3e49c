/**
 * Erasure of one person (GDPR art. 17), the pure part: which rows go, which names are removed
 * from lists and which words are blacked out in free text. No IndexedDB: erasure.ts applies
 * these rules to every store in one transaction.
 *
 * Matching is deliberately generous, because missing a mention is worse than blacking out a
 * namesake: ids and names compare case-insensitively after Unicode NFC normalisation and
 * trimming; in free text a name matches as a whole word (letters or digits on neither side),
 * with any run of spaces between its words.
 */

import { MISSING_CODE } from '../model/types.ts';
import type { CategoricalColumn, CustomerTable, EmployeeTable, Story, Unit } from '../model/types.ts';

/** What replaces a name in free text, and a field that only held the name. */
export const ERASED = '[…]';

/** Whose data to erase. */
export interface ErasureSubject {
  /** An employee, by survey respondent id, or a customer, by customer id. */
  kind: 'respondent' | 'customer';
  id: string;
  /**
   * Names the person goes by in stories, comments and recognition ("Élodie Martin", "Élodie").
   * Names shorter than 2 characters are ignored: they would black out ordinary words.
   */
  names?: string[];
}

/** What an erasure changed, store by store. */
export interface ErasureCounts {
  /** Employee survey rows deleted (the respondent's answers). */
  employeeRows: number;
  /** Customer feedback rows deleted (the customer's answers). */
  customerRows: number;
  /** Customer comments of other rows in which the person was blacked out. */
  comments: number;
  /** Stories changed (the person removed from `people`, mentions blacked out). */
  stories: number;
  /** Units whose list of people named the person. */
  units: number;
  /** Records of the recognition stores (drafts, nominations, kudos, awards) changed. */
  recognitionRecords: number;
  /** Audit log entries in which the person was blacked out. */
  auditEntries: number;
}

export function emptyCounts(): ErasureCounts {
  return { employeeRows: 0, customerRows: 0, comments: 0, stories: 0, units: 0, recognitionRecords: 0, auditEntries: 0 };
}

/** Raised for a subject that cannot be erased (no id). */
export class ErasureRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ErasureRequestError';
  }
}

function normalized(value: string): string {
  return value.normalize('NFC').trim().toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Decides what names the subject, in cells, lists and free text. */
export class SubjectMatcher {
  private readonly id: string;
  private readonly identities: Set<string>;
  private readonly mention: RegExp;

  constructor(subject: ErasureSubject) {
    this.id = normalized(subject.id ?? '');
    if (this.id === '') throw new ErasureRequestError('Give the respondent or customer id to erase.');
    const names = (subject.names ?? []).map(normalized).filter((name) => name.length >= 2);
    this.identities = new Set([this.id, ...names]);
    // Longest first, so that "Élodie Martin" is blacked out whole rather than as "[…] Martin".
    const alternatives = [...this.identities]
      .sort((a, b) => b.length - a.length)
      .map((name) => name.split(/\s+/).map(escapeRegExp).join('\\s+'));
    this.mention = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
  }

  /** The cell holds the subject's id. */
  isId(value: string): boolean {
    return normalized(value) === this.id;
  }

  /** The value is the subject: their id or one of their names, whole. */
  isSubject(value: string): boolean {
    return this.identities.has(normalized(value));
  }

  /** The text with every mention of the subject blacked out; the same string when there is none. */
  redact(text: string): string {
    const form = text.normalize('NFC');
    this.mention.lastIndex = 0;
    if (!this.mention.test(form)) return text;
    this.mention.lastIndex = 0;
    return form.replace(this.mention, ERASED);
  }
}

type Table = EmployeeTable | CustomerTable;

function keepCategorical(column: CategoricalColumn, keep: Uint32Array): CategoricalColumn {
  const codes = new Uint32Array(keep.length);
  for (let i = 0; i < keep.length; i++) codes[i] = column.codes[keep[i] as number] as number;
  return { codes, values: column.values };
}

function keepNumbers(column: Float64Array, keep: Uint32Array): Float64Array {
  const out = new Float64Array(keep.length);
  for (let i = 0; i < keep.length; i++) out[i] = column[keep[i] as number] as number;
  return out;
}

/** Drops dictionary values no row uses any more (the erased id must not linger in the dictionary). */
function withoutValues(column: CategoricalColumn, dropped: ReadonlySet<number>): CategoricalColumn {
  const remap = new Uint32Array(column.values.length);
  const values: string[] = [];
  column.values.forEach((value, code) => {
    remap[code] = dropped.has(code) ? MISSING_CODE : values.length;
    if (!dropped.has(code)) values.push(value);
  });
  const codes = column.codes.map((code) => (code === MISSING_CODE ? MISSING_CODE : (remap[code] as number)));
  return { codes, values };
}

/**
 * The table without the rows of the subject (by the respondent column of employee tables, the
 * customer column of customer tables), the subject's id gone from the respondent dictionary too.
 * The same table object when no row is theirs.
 */
export function eraseRows<T extends Table>(table: T, matcher: SubjectMatcher): { table: T; removed: number } {
  const kept: number[] = [];
  let respondents: { column: CategoricalColumn; erased: Set<number> } | undefined;
  if (table.kind === 'employees') {
    const column = table.respondent;
    if (!column) return { table, removed: 0 };
    const erased = new Set<number>();
    column.values.forEach((value, code) => {
      if (matcher.isId(value)) erased.add(code);
    });
    if (erased.size === 0) return { table, removed: 0 };
    for (let i = 0; i < table.length; i++) if (!erased.has(column.codes[i] as number)) kept.push(i);
    respondents = { column, erased };
  } else {
    const ids = table.customer;
    if (!ids) return { table, removed: 0 };
    for (let i = 0; i < table.length; i++) if (!(ids[i] && matcher.isId(ids[i] as string))) kept.push(i);
    if (kept.length === table.length) return { table, removed: 0 };
  }
  const keep = Uint32Array.from(kept);
  const removed = table.length - keep.length;
  const category = (column: CategoricalColumn | undefined) => (column ? keepCategorical(column, keep) : undefined);
  const numbers = (column: Float64Array | undefined) => (column ? keepNumbers(column, keep) : undefined);
  const texts = (column: string[] | undefined) => (column ? kept.map((i) => column[i] as string) : undefined);
  if (table.kind === 'employees' && respondents) {
    const next: EmployeeTable = {
      ...table, length: keep.length, unit: keepCategorical(table.unit, keep), period: keepCategorical(table.period, keep),
      respondent: withoutValues(keepCategorical(respondents.column, keep), respondents.erased),
      items: table.items.map((column) => keepNumbers(column, keep)), enps: numbers(table.enps),
    };
    return { table: next as T, removed };
  }
  const customers = table as CustomerTable;
  const next: CustomerTable = {
    ...customers, length: keep.length, unit: keepCategorical(customers.unit, keep), period: keepCategorical(customers.period, keep),
    customer: texts(customers.customer), nps: numbers(customers.nps), csat: numbers(customers.csat), ces: numbers(customers.ces), fcr: numbers(customers.fcr),
    channel: category(customers.channel), segment: category(customers.segment), comment: texts(customers.comment),
  };
  return { table: next as T, removed };
}

/** Free-text cells with the subject blacked out, and how many cells changed (the same array when none). */
export function redactTexts(texts: string[], matcher: SubjectMatcher): { texts: string[]; changed: number } {
  let changed = 0;
  let out: string[] | undefined;
  texts.forEach((text, i) => {
    if (!text) return;
    const redacted = matcher.redact(text);
    if (redacted === text) return;
    out ??= texts.slice();
    out[i] = redacted;
    changed++;
  });
  return { texts: out ?? texts, changed };
}

/**
 * A story without the subject: removed from `people` and `peopleConsent`, blacked out in the
 * title, body, customer quote, consent note and moderation reason. Undefined when unchanged.
 */
export function redactStory(story: Story, matcher: SubjectMatcher): Story | undefined {
  const next: Story = { ...story };
  next.people = story.people.filter((person) => !matcher.isSubject(person));
  next.title = matcher.redact(story.title);
  next.body = matcher.redact(story.body);
  if (story.customerQuote !== undefined) next.customerQuote = matcher.redact(story.customerQuote);
  if (story.consent.how !== undefined) next.consent = { ...story.consent, how: matcher.redact(story.consent.how) };
  if (story.moderation) next.moderation = { ...story.moderation, reason: matcher.redact(story.moderation.reason) };
  if (story.peopleConsent) {
    next.peopleConsent = Object.fromEntries(Object.entries(story.peopleConsent).filter(([person]) => !matcher.isSubject(person)));
  }
  const changed =
    next.people.length !== story.people.length || next.title !== story.title || next.body !== story.body ||
    next.customerQuote !== story.customerQuote || next.consent.how !== story.consent.how ||
    next.moderation?.reason !== story.moderation?.reason ||
    Object.keys(next.peopleConsent ?? {}).length !== Object.keys(story.peopleConsent ?? {}).length;
  return changed ? next : undefined;
}

/** A unit without the subject in its list of people; undefined when unchanged. */
export function redactUnit(unit: Unit, matcher: SubjectMatcher): Unit | undefined {
  if (!unit.people?.some((person) => matcher.isSubject(person))) return undefined;
  return { ...unit, people: unit.people.filter((person) => !matcher.isSubject(person)) };
}

/** Keys that identify records rather than describe people: never rewritten. */
const KEY_FIELDS = new Set(['id', 'seq', 'subjectId']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

const DROP = Symbol('drop');

function redactValue(value: unknown, matcher: SubjectMatcher, inList: boolean): unknown {
  if (typeof value === 'string') {
    if (matcher.isSubject(value)) return inList ? DROP : ERASED;
    return matcher.redact(value);
  }
  if (Array.isArray(value)) {
    let changed = false;
    const out: unknown[] = [];
    for (const item of value) {
      const next = redactValue(item, matcher, true);
      if (next !== item) changed = true;
      if (next !== DROP) out.push(next);
    }
    return changed ? out : value;
  }
  if (isPlainObject(value)) {
    let changed = false;
    const out: Record<string, unknown> = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
    for (const [key, item] of Object.entries(value)) {
      // An entry keyed by the subject's name (consent per person) goes with the name.
      if (matcher.isSubject(key)) {
        changed = true;
        continue;
      }
      const next = KEY_FIELDS.has(key) ? item : redactValue(item, matcher, false);
      if (next !== item) changed = true;
      out[key] = next === DROP ? ERASED : next;
    }
    return changed ? out : value;
  }
  return value;
}

/**
 * A record of a store whose shape this module does not know (recognition drafts, nominations,
 * kudos, awards, audit entries) without the subject: list entries that are the subject are
 * removed, fields that only hold them become {@link ERASED}, mentions in text are blacked out,
 * entries keyed by their name are dropped; ids stay. The same object when unchanged.
 */
export function redactRecord<T extends object>(record: T, matcher: SubjectMatcher): T {
  return redactValue(record, matcher, false) as T;
}
