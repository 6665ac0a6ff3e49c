/** Kinds of annotation, each drawn with its own marker shape. */
export const ANNOTATION_KINDS = ['story', 'award', 'kudos'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

/** A dated event drawn on the period it falls in: a published story, an award, kudos. */
export interface TrendAnnotation {
  /** ISO date or date-time (`2026-07-31`, `2026-07-31T09:19:00Z`), or a period id. */
  date: string;
  label: string;
  kind: AnnotationKind;
}

/** Why a period has no value: the anonymity floor, complementary suppression, too few customers. */
export type TrendGapReason = 'below-threshold' | 'complementary' | 'few-customers' | 'no-data';

/** One period of a series: a value with its 95% CI, or a gap with its reason. */
export interface TrendPoint {
  period: string;
  /** null when the period is a gap. */
  value: number | null;
  ci?: [number, number];
  /** Respondents (employee side) or answers (customer side) behind the value. */
  n: number;
  gap?: TrendGapReason;
}

/** A metric over periods: one panel of the chart. */
export interface TrendSeries {
  metric: string;
  /** Display name overriding the translated metric name. */
  label?: string;
  /** The floor that applied: minEmployees or minCustomers. */
  threshold: number;
  points: TrendPoint[];
}

/** What `<sym-trend>` draws. Pure data, so the chart can be embedded anywhere. */
export interface TrendData {
  /** Periods of the time axis, oldest first. */
  periods: string[];
  employee: TrendSeries;
  customer: TrendSeries;
  /** Unit id shown (`*` for the whole organisation). */
  unit: string;
  unitName?: string;
  annotations?: TrendAnnotation[];
  /** True when the organisation total was asked for but is not in the results (another unit is shown). */
  organisationMissing?: boolean;
}

/** The two series, in the order the panels are drawn (employees above, customers below). */
export const TREND_SIDES = ['employee', 'customer'] as const;
export type TrendSide = (typeof TREND_SIDES)[number];
