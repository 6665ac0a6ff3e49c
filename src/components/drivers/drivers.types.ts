/** One candidate driver of the outcome, with its relative weight and its plain correlation. */
export interface Driver {
  /** Metric or item id (`recognition`, `engagement`, …). */
  id: string;
  /** Display name overriding the translated item or metric name. */
  label?: string;
  /** Johnson's raw relative weight: the driver's share of R² (raw weights sum to R²). */
  rawWeight: number;
  /** Raw weight rescaled to percent of R², from 0 to 100 (rescaled weights sum to 100). */
  rescaled: number;
  /** Plain Pearson correlation of the driver with the outcome, across units. */
  r: number;
}

/** Why the analysis was not run: too few units for a stable regression. */
export interface DriversRefusal {
  reason: 'too-few-units';
  /** Units the analysis needs: 10 per driver, at least 30. */
  needed: number;
  /** Units available. */
  n: number;
}

/** What `<sym-drivers>` draws: key drivers of one customer outcome (or of engagement). */
export interface DriversData {
  /** Outcome metric id (`nps`, `csat`, `engagement`, …). */
  outcome: string;
  /** Display name overriding the translated outcome name. */
  outcomeLabel?: string;
  /** Units in the regression. */
  n: number;
  /** Share of the outcome's variance the drivers explain together, 0–1. */
  rSquared: number;
  /** In any order; the element sorts them by `rescaled`, largest first. */
  drivers: Driver[];
  /** Set when the analysis was refused; then no bars are drawn. */
  refused?: DriversRefusal;
}
