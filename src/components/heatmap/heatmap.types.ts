/** The two views of `<sym-heatmap>`. */
export const HEATMAP_MODES = ['correlations', 'units'] as const;
export type HeatmapMode = (typeof HEATMAP_MODES)[number];

/** One employee × customer metric correlation. */
export interface CorrelationCell {
  /** Employee metric id, one of `rows`. */
  row: string;
  /** Customer metric id, one of `columns`. */
  column: string;
  /** Pearson r; `NaN` when it could not be estimated. */
  r: number;
  /** Number of (unit, period) pairs behind `r`. */
  n: number;
  /** Two-sided p-value before adjustment. */
  p: number;
  /** Benjamini–Hochberg adjusted p-value across the whole matrix. */
  pAdjusted: number;
}

/** Correlation matrix: employee metrics as rows, customer metrics as columns. */
export interface CorrelationHeatmapData {
  mode: 'correlations';
  /** Employee metric ids (`engagement`, `enps`, item ids), top to bottom. */
  rows: string[];
  /** Customer metric ids (`nps`, `csat`, `ces`, `fcr`), left to right. */
  columns: string[];
  /** At most one cell per row × column; a missing cell reads "no data". */
  cells: CorrelationCell[];
}

/** One unit's score on one item, and how far it sits from its parent unit. */
export interface UnitItemCell {
  /** Unit id, one of `units[].id`. */
  unit: string;
  /** Item id, one of `items`. */
  item: string;
  /** Mean score; `null` when suppressed or missing. */
  value: number | null;
  /** `value` minus the parent unit's value; `null` when either is missing. */
  delta: number | null;
  /** Hidden by the anonymity floor: fewer than `threshold` answers. */
  suppressed?: boolean;
}

/** Units × items, each cell a score and its difference from the parent unit. */
export interface UnitHeatmapData {
  mode: 'units';
  /** Rows, top to bottom. */
  units: { id: string; name: string }[];
  /** Item (or metric) ids, left to right. */
  items: string[];
  cells: UnitItemCell[];
  /** Minimum answers for a cell to be shown (the anonymity floor). */
  threshold: number;
}

/** What `<sym-heatmap>` draws: a correlation matrix or a units × items grid. */
export type HeatmapData = CorrelationHeatmapData | UnitHeatmapData;
