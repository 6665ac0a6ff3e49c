import type { MirrorEntry, MirrorPair } from '../../analytics/mirror.ts';

/** How an observed correlation compares with the direction its pair expects. */
export type MirrorVerdict = 'as-expected' | 'opposite' | 'no-estimate';

/** A configured pair placed in the matrix. */
export interface MirrorCell {
  entry: MirrorEntry;
  verdict: MirrorVerdict;
  observed: 'positive' | 'negative' | 'none';
}

/** The mirror as a matrix: employee items (rows) × customer measures (columns). */
export interface MirrorMatrix {
  rows: string[];
  columns: string[];
  /** cells[row][column]; undefined where no pair is configured. */
  cells: (MirrorCell | undefined)[][];
  counts: { pairs: number; asExpected: number; opposite: number; noEstimate: number; significant: number; asExpectedSignificant: number; oppositeSignificant: number };
  missing: MirrorPair[];
}
