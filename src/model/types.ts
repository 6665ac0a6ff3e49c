/**
 * The data model (DESIGN §3). Rows are stored and moved as columns: typed arrays for numbers,
 * dictionary-encoded strings for categories, because one object per row is 60–120 µs to store
 * and blocks the sender when cloned across the worker boundary.
 */

/** How dates are bucketed for analysis. */
export type PeriodGranularity = 'month' | 'quarter' | 'year';

/** A team, site or region. Units form a hierarchy (region > site > team); metrics roll up. */
export interface Unit {
  id: string;
  name: string;
  parentId?: string;
  /** Names of the people in the unit, used to match customer nominations. */
  people?: string[];
  attributes?: {
    region?: string;
    channel?: string;
    segment?: string;
    size?: number;
    level?: 'region' | 'site' | 'team';
  };
}

/** A string column stored as codes into a dictionary of distinct values. */
export interface CategoricalColumn {
  /** codes[i] indexes `values`; MISSING_CODE marks an empty cell. */
  codes: Uint32Array;
  values: string[];
}

/** Code used in a CategoricalColumn for an empty cell. */
export const MISSING_CODE = 0xffffffff;

/** Declared range of a rating scale, e.g. 1–5 Likert items. */
export interface Scale {
  min: number;
  max: number;
}

/**
 * Employee survey responses, one entry per respondent (long form after mapping wide exports).
 * Numbers are NaN where the respondent skipped the question.
 */
export interface EmployeeTable {
  kind: 'employees';
  length: number;
  unit: CategoricalColumn;
  /** A date (YYYY-MM-DD), month (YYYY-MM), quarter (YYYY-Qn) or year (YYYY) per row. */
  period: CategoricalColumn;
  respondent?: CategoricalColumn;
  /** Item ids in column order. */
  itemIds: string[];
  /** One column per item id, same order as itemIds. */
  items: Float64Array[];
  itemScale: Scale;
  /** eNPS answers 0–10, NaN when missing; absent when the export has no eNPS question. */
  enps?: Float64Array;
}

/** Customer feedback, one entry per answer. Numbers are NaN when missing. */
export interface CustomerTable {
  kind: 'customers';
  length: number;
  unit: CategoricalColumn;
  /** A date (YYYY-MM-DD), month, quarter or year per row. */
  period: CategoricalColumn;
  /**
   * Customer id of each row ('' when missing). Plain text rather than a dictionary: ids are
   * nearly unique, so a dictionary would only add a hash table as large as the column.
   */
  customer?: string[];
  /** 0–10 */
  nps?: Float64Array;
  /** 1–5 */
  csat?: Float64Array;
  /** 1–7, higher = more effort unless the dataset declares otherwise */
  ces?: Float64Array;
  /** 1 resolved at first contact, 0 not, NaN unknown */
  fcr?: Float64Array;
  channel?: CategoricalColumn;
  segment?: CategoricalColumn;
  comment?: string[];
}

/** A recognition story (DESIGN §3). */
export interface Story {
  id: string;
  title: string;
  body: string;
  unit: string;
  people: string[];
  values: string[];
  customerQuote?: string;
  consent: { given: boolean; at?: string; how?: string };
  peopleConsent?: Record<string, { given: boolean; at?: string; how?: string }>;
  metricLink?: { unit: string; metric: string; from: string; to: string };
  status: 'draft' | 'submitted' | 'published' | 'rejected';
  moderation?: { at: string; reason: string };
  reactions: number;
  createdAt: string;
}

/** Where a problem is in an input file, and what was expected there. */
export interface InputProblem {
  file: string;
  /** 1-based line in the file; 0 when the problem concerns the whole file. */
  line: number;
  /** Column header (or 1-based index when there is no header); '' for the whole row or file. */
  column: string;
  value: string;
  /** What was expected, in plain words (English); `code` selects the translated phrasing. */
  expected: string;
  code: string;
  message: string;
}
