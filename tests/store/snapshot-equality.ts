import { expect } from 'vitest';
import type { WorkspaceSnapshot } from '../../src/store/bundle-format.ts';

/** Column data compared element by element (NaN equal to NaN): a deep equality of 10⁵-row arrays is slow. */
function sameColumn(a: ArrayLike<unknown>, b: ArrayLike<unknown>): boolean {
  if (a.length !== b.length || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/** Asserts two snapshots hold exactly the same records and column data. */
export function expectSameSnapshot(actual: WorkspaceSnapshot, expected: WorkspaceSnapshot): void {
  const { datasets: d1, ...rest1 } = actual;
  const { datasets: d2, ...rest2 } = expected;
  expect(rest1).toEqual(rest2);
  expect(d1.map((d) => d.record)).toEqual(d2.map((d) => d.record));
  d1.forEach((d, i) => d.data.forEach((column, c) => {
    expect(sameColumn(column, d2[i]!.data[c]!), `${d.record.id} ${d.record.columns[c]!.name}`).toBe(true);
  }));
}
