/**
 * Column mapping: which column holds the unit, the period, each score. Headers are recognised in
 * English and French whatever their case, accents or punctuation; remaining numeric columns of an
 * employee survey become items. An explicit mapping overrides detection column by column.
 *
 * Headers are untrusted input (`__proto__`, `constructor`): they are only ever Map keys or array
 * entries here, never plain-object keys.
 */
import type { Scale } from '../model/types.ts';
import { foldText, readAgreement, readNumber } from './cell-values.ts';
import { createProblem, type IngestProblem } from './problems.ts';
import type { DecimalSeparator } from './sniff.ts';
import { foldAccents } from '../model/fold-text.ts';

/** What a column holds. */
export type ColumnRole =
  | 'unit'
  | 'period'
  | 'date'
  | 'respondent'
  | 'customer'
  | 'nps'
  | 'csat'
  | 'ces'
  | 'fcr'
  | 'comment'
  | 'channel'
  | 'segment'
  | 'enps'
  /** A survey question in a wide file (one column per question); the item id is in `itemId`. */
  | 'item'
  /** Long files: the column naming the item of each answer. */
  | 'item-name'
  /** Long files: the column holding the answer. */
  | 'value'
  | 'ignore';

/**
 * One entry of an explicit mapping: a role; `'item'` (an item whose id is the slugified header);
 * or `{ item: id }` (an item with the given id).
 */
export type ColumnMappingEntry = ColumnRole | { item: string };

/**
 * Explicit mapping from header text to role, overriding detection for the columns it names.
 * A `Map`, or an object read through its own properties only (so a `__proto__` header is safe).
 * Headerless files are mapped by 1-based column number (`'1'`, `'2'`, …).
 */
export type ColumnMapping = ReadonlyMap<string, ColumnMappingEntry> | Readonly<Record<string, ColumnMappingEntry>>;

/** The role chosen for one column, as reported to the user. */
export interface ColumnAssignment {
  /** 0-based column index. */
  index: number;
  /** Header text (for multi-row headers, the most specific label). */
  column: string;
  role: ColumnRole;
  /** For `role: 'item'`: the item id. */
  itemId?: string;
  /** The role came from the explicit mapping rather than detection. */
  explicit: boolean;
}

/** Which table a file feeds. */
export type TableKind = 'employees' | 'customers';

const ROLES_BY_KIND: Record<TableKind, ReadonlySet<ColumnRole>> = {
  employees: new Set<ColumnRole>(['unit', 'period', 'date', 'respondent', 'enps', 'item', 'item-name', 'value', 'ignore']),
  customers: new Set<ColumnRole>([
    'unit', 'period', 'date', 'customer', 'nps', 'csat', 'ces', 'fcr', 'comment', 'channel', 'segment', 'ignore',
  ]),
};

/** Roles a column of a `kind` file can have, in the order a mapping form lists them. */
export function rolesOf(kind: TableKind): ColumnRole[] {
  return [...ROLES_BY_KIND[kind]];
}

/** Roles a file has at most one column for. */
const SINGLE_ROLES: readonly ColumnRole[] = [
  'unit', 'period', 'date', 'respondent', 'customer', 'nps', 'csat', 'ces', 'fcr', 'comment', 'channel', 'segment',
  'enps', 'item-name', 'value',
];

// Header aliases per role, best first: when two columns match one role, the earlier alias wins
// (a file with both "Team" and "Site" is per team) and the other column is ignored.
const ALIASES: ReadonlyArray<readonly [ColumnRole, readonly string[]]> = [
  ['unit', ['unit', 'unite', 'unit id', 'unit name', 'team', 'equipe', 'team name', 'nom de l equipe', 'store', 'magasin',
    'branch', 'agence', 'site', 'department', 'departement']],
  ['period', ['period', 'periode', 'quarter', 'trimestre', 'month', 'mois', 'year', 'annee']],
  ['date', ['date', 'date de reponse', 'response date', 'submitted at', 'submission date', 'date de soumission',
    'horodatage', 'horodateur', 'timestamp', 'recorded date', 'completion time', 'heure de fin', 'end date',
    'date de fin', 'created at', 'survey date']],
  ['respondent', ['respondent', 'repondant', 'respondent id', 'id repondant', 'id du repondant', 'response id', 'id',
    'employee id', 'matricule']],
  ['customer', ['customer', 'client', 'customer id', 'client id', 'id client', 'numero client']],
  ['nps', ['nps', 'net promoter score', 'likelihood to recommend', 'recommandation', 'recommend', 'ltr',
    'probabilite de recommandation']],
  ['csat', ['csat', 'satisfaction', 'customer satisfaction', 'satisfaction client', 'csat score']],
  ['ces', ['ces', 'effort', 'customer effort', 'customer effort score', 'effort client']],
  ['fcr', ['resolved first contact', 'fcr', 'resolu au premier contact', 'first contact resolution',
    'resolution au premier contact', 'resolved', 'resolu']],
  ['comment', ['comment', 'comments', 'commentaire', 'commentaires', 'verbatim', 'feedback', 'remarques']],
  ['channel', ['channel', 'canal']],
  ['segment', ['segment', 'customer segment', 'segment client']],
  ['enps', ['enps', 'e nps', 'employee nps', 'enps score']],
  ['item-name', ['item', 'item id', 'question', 'question id', 'indicateur']],
  ['value', ['value', 'valeur', 'score', 'answer', 'reponse']],
];

// Metadata columns of survey tools (Qualtrics, SurveyMonkey, Google and Microsoft Forms): never items,
// even when numeric (Progress, Duration, Status would otherwise pass for answers).
const METADATA = new Set([
  'start date', 'start time', 'date de debut', 'heure de debut', 'status', 'ipaddress', 'ip address', 'adresse ip',
  'progress', 'duration in seconds', 'duration', 'finished', 'recipient last name', 'recipient first name',
  'recipient email', 'external reference', 'external data reference', 'location latitude', 'location longitude',
  'distribution channel', 'user language', 'collector id', 'email address', 'adresse e mail', 'email', 'e mail',
  'adresse de messagerie', 'first name', 'last name', 'name', 'nom', 'prenom', 'custom data 1',
  'last modified time', 'heure de la derniere modification', 'score', 'total score', 'q recaptcha score',
]);

const ALIAS_INDEX: ReadonlyMap<string, { role: ColumnRole; rank: number }> = (() => {
  const index = new Map<string, { role: ColumnRole; rank: number }>();
  for (const [role, aliases] of ALIASES) aliases.forEach((alias, rank) => index.set(alias, { role, rank }));
  return index;
})();

/** Header folded for matching: camelCase split, accents and case dropped, punctuation to spaces. */
export function headerKey(header: string): string {
  return foldText(header.replace(/([a-z])([A-Z])/g, '$1 $2'))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const LIGATURES = new Map([['œ', 'oe'], ['æ', 'ae'], ['ß', 'ss'], ['ø', 'o'], ['ł', 'l']]);

/** Item id from a header: lowercase, accents stripped, runs of other characters → `_`. */
export function slugify(header: string): string {
  return foldAccents(header)
    .replace(/[œæßøł]/g, (c) => LIGATURES.get(c) ?? c)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** Item id of a header; for Google Forms grids (`Question [Statement]`) the statement. */
function itemIdOf(header: string, index: number): string {
  const grid = /\[([^\]]+)\]\s*$/.exec(header);
  const slug = slugify(grid?.[1] ?? header);
  return slug === '' ? `item_${index + 1}` : slug;
}

// Survey tools name a column by its question ("Which team are you in?", "Quelle est votre équipe ?"):
// a question about the respondent's team, site or department names the unit.
const UNIT_QUESTION =
  /^(?:(?:in |dans )?(?:which|what|quel|quelle|quels|quelles)\b|(?:select|choose|choisissez|selectionnez|indiquez) (?:your|votre)\b|(?:your|votre) )(?:.* )?(?:team|equipe|department|departement|service|site|store|magasin|branch|agence|unit|unite|office|bureau)\b/;

/** Role of a column named by a survey question, `undefined` when the question is not about the unit. */
export function questionRole(header: string): ColumnRole | undefined {
  return UNIT_QUESTION.test(headerKey(header)) ? 'unit' : undefined;
}

/** Role recognised from a header alone, `undefined` when unknown. */
export function recogniseHeader(header: string): ColumnRole | undefined {
  return ALIAS_INDEX.get(headerKey(header))?.role;
}

/** Whether a header names a survey tool's metadata column. */
export function isMetadataHeader(header: string): boolean {
  return METADATA.has(headerKey(header));
}

/** Whether `id` names the eNPS in a long file's item column. */
export function isEnpsItem(name: string): boolean {
  return ALIAS_INDEX.get(headerKey(name))?.role === 'enps';
}

/** Everything column resolution needs to know about the file. */
export interface ColumnContext {
  kind: TableKind;
  file: string;
  headers: readonly string[];
  /** Alternative labels per column (Qualtrics question text), tried when the header is not recognised. */
  labels?: readonly (string | undefined)[];
  /** First data records, to tell item columns from other numeric or text columns. */
  sample: readonly (readonly string[])[];
  mapping?: ColumnMapping;
  itemScale: Scale;
  decimal: DecimalSeparator;
  /** A period given for the whole file stands in for a period column. */
  hasFixedPeriod: boolean;
  /**
   * Columns the export marks as survey questions (Qualtrics `QID` import ids): numeric ones are items
   * even when the sample holds out-of-scale answers, which then get reported instead of dropping the column.
   */
  questionColumns?: ReadonlySet<number>;
}

/** Result of {@link resolveColumns}. */
export interface ResolvedColumns {
  assignments: ColumnAssignment[];
  format: 'wide' | 'long';
  problems: IngestProblem[];
}

function mappingEntries(mapping: ColumnMapping | undefined): Map<string, ColumnMappingEntry> {
  const entries = new Map<string, ColumnMappingEntry>();
  if (mapping === undefined) return entries;
  if (mapping instanceof Map) {
    for (const [k, v] of mapping as ReadonlyMap<string, ColumnMappingEntry>) entries.set(k.trim(), v);
  } else {
    const record = mapping as Readonly<Record<string, ColumnMappingEntry>>;
    for (const key of Object.keys(record)) {
      if (Object.hasOwn(record, key)) entries.set(key.trim(), record[key] as ColumnMappingEntry);
    }
  }
  return entries;
}

/** Share of sampled non-empty cells that must at least read as answers for a column to become an item. */
const ITEM_SHARE = 0.5;

function looksLikeItem(ctx: ColumnContext, index: number): boolean {
  let filled = 0;
  let answers = 0;
  let numeric = 0;
  for (const record of ctx.sample) {
    const cell = (record[index] ?? '').trim();
    if (cell === '') continue;
    filled++;
    const n = readNumber(cell, ctx.decimal);
    const agreement = readAgreement(cell, ctx.itemScale) !== undefined;
    if (n !== undefined || agreement) numeric++;
    if ((n !== undefined && n >= ctx.itemScale.min && n <= ctx.itemScale.max) || agreement) answers++;
  }
  if (ctx.questionColumns?.has(index) === true) return numeric > 0;
  // At least half, not strictly more: with two sampled rows, {4, 7} on a 1–5 scale is an item whose
  // 7 gets reported; dropping the column would hide that answer without a word.
  return answers > 0 && answers >= filled * ITEM_SHARE;
}

/** Most sampled cells are names, not answers on the item scale ("What do you think of your team?" is an item). */
function holdsNames(ctx: ColumnContext, index: number): boolean {
  let filled = 0;
  let answers = 0;
  for (const record of ctx.sample) {
    const cell = (record[index] ?? '').trim();
    if (cell === '') continue;
    filled++;
    if (readNumber(cell, ctx.decimal) !== undefined || readAgreement(cell, ctx.itemScale) !== undefined) answers++;
  }
  return filled > 0 && answers <= filled * ITEM_SHARE;
}

function asksToRecommend(header: string, label: string | undefined): boolean {
  return /recommend|recommand/.test(headerKey(header)) || (label !== undefined && /recommend|recommand/.test(headerKey(label)));
}

/** Every sampled answer is a whole number from 0 to 10, and some are outside an item scale's 1–5. */
function looksLikeEnps(ctx: ColumnContext, index: number): boolean {
  let filled = 0;
  let beyondItems = false;
  for (const record of ctx.sample) {
    const cell = (record[index] ?? '').trim();
    if (cell === '') continue;
    const n = readNumber(cell, ctx.decimal);
    if (n === undefined || !Number.isInteger(n) || n < 0 || n > 10) return false;
    if (n < ctx.itemScale.min || n > ctx.itemScale.max) beyondItems = true;
    filled++;
  }
  return filled > 0 && beyondItems;
}

/**
 * Decides the role of every column. File-level problems (no unit column, two columns for one role,
 * a mapping naming a missing column) come back in `problems`; rows are not looked at beyond the sample.
 */
export function resolveColumns(ctx: ColumnContext): ResolvedColumns {
  const { kind, file, headers } = ctx;
  const allowed = ROLES_BY_KIND[kind];
  const problems: IngestProblem[] = [];
  const explicit = mappingEntries(ctx.mapping);
  const headerSet = new Set(headers.map((h) => h.trim()));

  for (const [key, entry] of [...explicit]) {
    if (!headerSet.has(key)) {
      problems.push(createProblem('unknown-column', { file, line: 0, column: key }, '', { columns: [...headerSet] }));
    }
    const role: unknown = typeof entry === 'object' && entry !== null ? 'item' : entry;
    const valid =
      (typeof entry === 'string' || (typeof entry === 'object' && entry !== null && typeof entry.item === 'string' && entry.item !== '')) &&
      typeof role === 'string' && allowed.has(role as ColumnRole);
    if (!valid) {
      explicit.delete(key);
      problems.push(
        createProblem('invalid-mapping', { file, line: 0, column: key }, typeof entry === 'string' ? entry : String(JSON.stringify(entry)), {
          kind,
          role: [...allowed].join(', '),
        }),
      );
    }
  }

  interface Candidate { role: ColumnRole; rank: number; explicit: boolean; itemId?: string }
  const candidates: (Candidate | undefined)[] = headers.map((raw, index) => {
    const header = raw.trim();
    const entry = explicit.get(header);
    if (entry !== undefined) {
      if (typeof entry === 'string') {
        return entry === 'item' ? { role: 'item', rank: 0, explicit: true, itemId: itemIdOf(header, index) }
          : { role: entry, rank: 0, explicit: true };
      }
      return { role: 'item', rank: 0, explicit: true, itemId: entry.item };
    }
    for (const label of [header, ctx.labels?.[index]]) {
      if (label === undefined) continue;
      const hit = ALIAS_INDEX.get(headerKey(label));
      if (hit !== undefined && allowed.has(hit.role)) return { role: hit.role, rank: hit.rank, explicit: false };
    }
    for (const label of [header, ctx.labels?.[index]]) {
      const role = label === undefined ? undefined : questionRole(label);
      // Ranked after every alias: a column named "Team" beats a question about the team.
      if (role !== undefined && allowed.has(role) && holdsNames(ctx, index)) return { role, rank: 1000, explicit: false };
    }
    return undefined;
  });

  // One column per single role: explicit beats detected, then the better alias, then the first column.
  for (const role of SINGLE_ROLES) {
    let best = -1;
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i];
      if (c?.role !== role) continue;
      const b = best < 0 ? undefined : candidates[best];
      if (b === undefined) {
        best = i;
        continue;
      }
      // Two explicit columns, or two headers matching the same alias ("Team" and "team"): ambiguous.
      if ((c.explicit && b.explicit) || (!c.explicit && !b.explicit && c.rank === b.rank)) {
        problems.push(createProblem('duplicate-column', { file, line: 0, column: (headers[i] ?? '').trim() }, '', {
          role,
          otherColumn: (headers[best] ?? '').trim(),
        }));
        continue;
      }
      if ((c.explicit && !b.explicit) || (c.explicit === b.explicit && c.rank < b.rank)) {
        candidates[best] = { role: 'ignore', rank: 0, explicit: false };
        best = i;
      } else {
        candidates[i] = { role: 'ignore', rank: 0, explicit: false };
      }
    }
  }

  const has = (role: ColumnRole): boolean => candidates.some((c) => c?.role === role);
  // A period column wins over a detected date column.
  if (has('period')) {
    candidates.forEach((c, i) => {
      if (c?.role === 'date' && !c.explicit) candidates[i] = { role: 'ignore', rank: 0, explicit: false };
    });
  }
  // The eNPS question is rarely titled "eNPS" in survey tools ("How likely are you to recommend…"):
  // a column asking about recommending, answered 0–10, is taken for it.
  if (kind === 'employees' && !has('enps')) {
    const index = headers.findIndex((h, i) => candidates[i] === undefined && asksToRecommend(h, ctx.labels?.[i]) && looksLikeEnps(ctx, i));
    if (index >= 0) candidates[index] = { role: 'enps', rank: 0, explicit: false };
  }
  const long = kind === 'employees' && has('item-name') && has('value');
  if (!long) {
    // Half a long layout is no layout: those columns are judged like any other.
    candidates.forEach((c, i) => {
      if ((c?.role === 'item-name' || c?.role === 'value') && !c.explicit) candidates[i] = undefined;
    });
  }

  const assignments: ColumnAssignment[] = [];
  const itemIds = new Map<string, number>();
  headers.forEach((raw, index) => {
    const column = raw.trim();
    let c = candidates[index];
    if (c === undefined) {
      const item = kind === 'employees' && !long && column !== '' && !isMetadataHeader(column) && !isMetadataHeader(ctx.labels?.[index] ?? '') &&
        looksLikeItem(ctx, index);
      c = item ? { role: 'item', rank: 0, explicit: false, itemId: itemIdOf(column, index) } : { role: 'ignore', rank: 0, explicit: false };
    }
    const assignment: ColumnAssignment = { index, column, role: c.role, explicit: c.explicit };
    if (c.role === 'item') {
      let id = c.itemId ?? itemIdOf(column, index);
      const seen = itemIds.get(id);
      if (seen !== undefined) {
        if (c.explicit) {
          problems.push(createProblem('duplicate-column', { file, line: 0, column }, '', {
            role: `item ${id}`,
            otherColumn: assignments[seen]?.column ?? '',
          }));
        }
        let suffix = 2;
        while (itemIds.has(`${id}_${suffix}`)) suffix++;
        id = `${id}_${suffix}`;
      }
      itemIds.set(id, index);
      assignment.itemId = id;
    }
    assignments.push(assignment);
  });

  const columns = headers.map((h) => h.trim());
  const found = (role: ColumnRole): boolean => assignments.some((a) => a.role === role);
  if (!found('unit')) problems.push(createProblem('missing-unit-column', { file, line: 0 }, '', { columns }));
  if (!found('period') && !found('date') && !ctx.hasFixedPeriod) {
    problems.push(createProblem('missing-period-column', { file, line: 0 }, '', { columns }));
  }
  const measures: readonly ColumnRole[] = kind === 'customers' ? ['nps', 'csat', 'ces', 'fcr'] : ['item', 'enps', 'value'];
  if (!measures.some(found)) {
    problems.push(createProblem('no-measure-columns', { file, line: 0 }, '', {
      kind,
      min: ctx.itemScale.min,
      max: ctx.itemScale.max,
    }));
  }
  return { assignments, format: long ? 'long' : 'wide', problems };
}
