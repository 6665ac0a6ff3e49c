import type { QuadrantId } from '../../i18n/translation.ts';

/** One unit on a scatter of an employee metric against a customer metric. */
export interface ScatterPoint {
  id: string;
  name: string;
  x: number;
  y: number;
  /** Respondents behind the employee value (point size). */
  n: number;
  quadrant?: QuadrantId;
}

/** What `<sym-scatter>` draws. */
export interface ScatterData {
  xMetric: string;
  yMetric: string;
  xLabel?: string;
  yLabel?: string;
  points: ScatterPoint[];
  correlation?: { r: number; ci: [number, number]; p: number; pAdjusted?: number; n: number };
  period?: string;
}
