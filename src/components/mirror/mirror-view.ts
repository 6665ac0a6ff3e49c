import type { MirrorEntry, MirrorResult } from '../../analytics/mirror.ts';
import type { MirrorCell, MirrorMatrix, MirrorVerdict } from './mirror.types.ts';

/** Customer measures in the order the columns list them. */
const CUSTOMER_ORDER = ['nps', 'csat', 'ces', 'fcr'];

/** Compares the sign of r with the direction the pair expects. */
export function mirrorVerdict(entry: Pick<MirrorEntry, 'r' | 'expected'>): MirrorVerdict {
  if (!Number.isFinite(entry.r) || entry.r === 0) return 'no-estimate';
  return (entry.r > 0) === (entry.expected === 'positive') ? 'as-expected' : 'opposite';
}

/** Lays the mirror's pairs out as a matrix, rows in pair order, columns NPS, CSAT, CES, FCR. */
export function mirrorMatrix(result: MirrorResult): MirrorMatrix {
  const rows = [...new Set(result.entries.map((e) => e.metric))];
  const present = new Set(result.entries.map((e) => e.customer as string));
  const columns = [...CUSTOMER_ORDER.filter((c) => present.has(c)), ...[...present].filter((c) => !CUSTOMER_ORDER.includes(c))];
  const cells: (MirrorCell | undefined)[][] = rows.map(() => columns.map(() => undefined));
  const counts = { pairs: 0, asExpected: 0, opposite: 0, noEstimate: 0, significant: 0, asExpectedSignificant: 0, oppositeSignificant: 0 };
  for (const entry of result.entries) {
    const verdict = mirrorVerdict(entry);
    const observed = verdict === 'no-estimate' ? 'none' : entry.r > 0 ? 'positive' : 'negative';
    cells[rows.indexOf(entry.metric)]![columns.indexOf(entry.customer)] = { entry, verdict, observed };
    counts.pairs++;
    if (verdict === 'as-expected') counts.asExpected++;
    else if (verdict === 'opposite') counts.opposite++;
    else counts.noEstimate++;
    if (entry.significant && verdict !== 'no-estimate') {
      counts.significant++;
      if (verdict === 'as-expected') counts.asExpectedSignificant++;
      else counts.oppositeSignificant++;
    }
  }
  return { rows, columns, cells, counts, missing: result.missing };
}
