/**
 * Rows of the recognition density table, without the DOM: one per team for a period, in
 * alphabetical order (density is read beside the numbers, not ranked).
 *
 * @module
 */

import type { Unit } from '../../model/types.ts';
import type { DensityCell } from '../../recognition/density.ts';

export interface DensityRow extends DensityCell {
  name: string;
}

/** The periods of the cells, oldest first. */
export function densityPeriods(cells: readonly DensityCell[]): string[] {
  return [...new Set(cells.map((c) => c.period))].sort();
}

/** The teams' cells in one period, named and in alphabetical order. */
export function densityRows(cells: readonly DensityCell[], units: readonly Pick<Unit, 'id' | 'name'>[], period: string): DensityRow[] {
  const names = new Map(units.map((u) => [u.id, u.name]));
  return cells
    .filter((c) => c.period === period)
    .map((c) => ({ ...c, name: names.get(c.unit) ?? c.unit }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.unit.localeCompare(b.unit));
}
