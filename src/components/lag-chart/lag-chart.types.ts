/** The two directions of a lagged correlation, in the order the legend lists them. */
export const LAG_DIRECTIONS = ['ex-to-cx', 'cx-to-ex'] as const;

/**
 * `ex-to-cx`: employee metric at period t against customer metric at t + k.
 * `cx-to-ex`: customer metric at t against employee metric at t + k.
 */
export type LagDirection = (typeof LAG_DIRECTIONS)[number];

/** One lagged correlation: the unit-level Pearson r of one direction at one lag. */
export interface LagCorrelation {
  /** Lag in periods, 0 or more. */
  k: number;
  direction: LagDirection;
  /** Pearson r; `NaN` when there were too few (unit, t) pairs to estimate it. */
  r: number;
  /** 95% confidence interval by Fisher z; `[NaN, NaN]` when `r` is `NaN`. */
  ci: [number, number];
  /** Number of (unit, t) pairs behind `r`. */
  n: number;
  /** Two-sided p-value before adjustment. */
  p: number;
  /** Benjamini–Hochberg adjusted p-value, across every lag and direction shown together. */
  pAdjusted: number;
}

/** What `<sym-lag-chart>` draws. Pure data, so the chart can be embedded anywhere. */
export interface LagChartData {
  /** Employee metric id (`engagement`, `enps` or an item id). */
  employeeMetric: string;
  /** Customer metric id (`nps`, `csat`, `ces` or `fcr`). */
  customerMetric: string;
  /** Display names overriding the translated metric names. */
  employeeLabel?: string;
  customerLabel?: string;
  /** Every lag k = 0..K of both directions; missing lags are simply not drawn. */
  lags: LagCorrelation[];
}
