import type { QuadrantId } from '../../i18n/translation.ts';

/** What an insight is about: which analysis produced it. */
export type InsightKind = 'linkage' | 'lag' | 'driver' | 'quadrant' | 'reliability';
export type InsightStrength = 'negligible' | 'small' | 'moderate' | 'strong';

/** One finding, stated with its n, effect size and CI, adjusted p, and the causation caveat. */
export interface Insight {
  kind: InsightKind;
  /** Employee metric or item id (`recognition`, `engagement`, …). */
  employee: string;
  /** Customer metric id (`nps`, `csat`, …); `null` for reliability insights, which concern the employee side only. */
  customer: string | null;
  /** Number of (unit, period) pairs behind the effect. */
  n: number;
  /** Pearson r and its 95% confidence interval (Fisher z); `NaN` when undefined (too few units, reliability insights). */
  effect: { r: number; ci: [number, number] };
  /** Benjamini–Hochberg adjusted p-value. */
  pAdjusted: number;
  /** Whether `pAdjusted` is below the significance level (0.05). Non-significant insights are shown, and said to be so. */
  significant: boolean;
  strength: InsightStrength;
  direction: 'positive' | 'negative' | 'none';
  /**
   * For `lag` insights, periods between the two measures: positive when the employee metric
   * comes first (employee at t, customer at t + lag), negative when the customer metric does.
   */
  lag?: number;
  caveat: 'unit-level-association-not-causation';
  /** Driver insights: the driver's share of explained variance (percent) and the model's R². */
  driver?: { rescaled: number; rSquared: number };
  /** Quadrant insights: units per quadrant. */
  quadrants?: Record<QuadrantId, number>;
  /** Reliability insights: ICC(1), ICC(2) and whether ICC(2) reaches 0.70. */
  reliability?: { icc1: number; icc2: number; reliable: boolean };
  /** Why the effect is undefined or the analysis was refused (e.g. `too-few-units`). */
  reason?: string;
}

/** Aggregation reliability of a metric from the one-way ANOVA of respondents within units. */
export interface MetricReliability {
  /** Metric or item id. */
  metric: string;
  /** ICC(1): share of variance between units. */
  icc1: number;
  /** ICC(2): reliability of a unit's mean. */
  icc2: number;
}

/** What `<sym-insights>` shows: the plain-language findings and how they were computed. */
export interface InsightsData {
  insights: Insight[];
  reliability?: MetricReliability[];
  /** The anonymity and reliability floors that applied. */
  thresholds?: { minEmployees: number; minCustomers: number };
  /** What a unit is, for the wording ("Teams with higher …"); `unit` when absent. */
  unitKind?: 'team' | 'site' | 'unit';
  /** Period granularity, for the wording ("one quarter later"); `period` when absent. */
  granularity?: 'month' | 'quarter' | 'year';
}
