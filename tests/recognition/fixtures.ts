import type { CategoricalColumn, CustomerTable, Unit } from '../../src/model/types.ts';
import { MISSING_CODE } from '../../src/model/types.ts';

/** A dictionary-encoded column from one value per row ('' is missing). */
export function categorical(rows: readonly string[]): CategoricalColumn {
  const values: string[] = [];
  const index = new Map<string, number>();
  const codes = new Uint32Array(rows.length);
  rows.forEach((value, i) => {
    if (value === '') {
      codes[i] = MISSING_CODE;
      return;
    }
    let code = index.get(value);
    if (code === undefined) {
      code = values.length;
      values.push(value);
      index.set(value, code);
    }
    codes[i] = code;
  });
  return { codes, values };
}

export interface FeedbackRow {
  unit: string;
  date: string;
  customer?: string;
  nps?: number;
  csat?: number;
  comment?: string;
}

/** A small customer table from rows of feedback. */
export function customerTable(rows: readonly FeedbackRow[]): CustomerTable {
  return {
    kind: 'customers',
    length: rows.length,
    unit: categorical(rows.map((r) => r.unit)),
    period: categorical(rows.map((r) => r.date)),
    customer: rows.map((r) => r.customer ?? ''),
    nps: Float64Array.from(rows.map((r) => r.nps ?? Number.NaN)),
    csat: Float64Array.from(rows.map((r) => r.csat ?? Number.NaN)),
    comment: rows.map((r) => r.comment ?? ''),
  };
}

export const units: Unit[] = [
  { id: 'lyon', name: 'Lyon', attributes: { level: 'site', size: 20 } },
  { id: 'lyon-care', name: 'Service Client', parentId: 'lyon', people: ['Élodie M.', 'Tom T.', 'Tom B.', 'Zoë A.'], attributes: { level: 'team', size: 12 } },
  { id: 'lyon-chat', name: 'Live Chat', parentId: 'lyon', people: ['Siobhán K.', 'Raj P.'], attributes: { level: 'team', size: 8 } },
];
