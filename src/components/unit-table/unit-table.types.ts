import type { UnitLevel } from '../../analytics/aggregate.ts';
import type { QuadrantId } from '../../i18n/translation.ts';

/** Metric columns of the table, in order. */
export const UNIT_METRICS = ['enps', 'engagement', 'nps', 'csat', 'ces', 'fcr'] as const;
export type UnitMetric = (typeof UNIT_METRICS)[number];

/** A metric of a unit: a value with its n, a suppression with its reason (and no number), or nothing. */
export type UnitCell =
  | { kind: 'value'; value: number; n: number }
  | { kind: 'suppressed'; reason: 'below-threshold' | 'complementary' | 'few-customers' }
  | { kind: 'missing' };

export interface UnitRow {
  id: string;
  name: string;
  parentId: string | null;
  level: UnitLevel;
  quadrant?: QuadrantId;
  /** Respondents; null when the group is suppressed (its size is withheld too). */
  respondents: number | null;
  /** Customer answers; null when there are none. */
  customers: number | null;
  cells: Record<UnitMetric, UnitCell>;
}

/** What `<sym-unit-table>` lists. */
export interface UnitTableData {
  rows: UnitRow[];
  minEmployees: number;
  minCustomers: number;
  /** Period the rows describe; all periods pooled when absent. */
  period?: string;
}

export type UnitSortKey = 'name' | 'level' | 'quadrant' | 'respondents' | 'customers' | UnitMetric;

export interface SortState {
  key: UnitSortKey;
  direction: 'ascending' | 'descending';
}

export interface UnitTableFilter {
  /** Part of the unit name, accents and case ignored. */
  text?: string;
  /** A quadrant, `none` for units not placed, or empty for all. */
  quadrant?: QuadrantId | 'none' | '';
  level?: UnitLevel | '';
}
