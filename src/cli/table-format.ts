import type { AnalysisResult } from '../analytics/analyze.ts';

type Scored = number | null | undefined | { score?: number | null; mean?: number | null };

/** Shown for a number that is missing, suppressed or undefined. */
export const NO_VALUE = '–';

/** The headline number of a metric result, whichever form it takes. */
function headline(value: Scored): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  return value.score ?? value.mean ?? null;
}

function cell(value: number | null | undefined, decimals: number): string {
  return value === null || value === undefined || !Number.isFinite(value) ? NO_VALUE : value.toFixed(decimals);
}

/** Units as rows of text, header first: what both the plain-text and the HTML report show. */
export function unitRows(result: AnalysisResult): string[][] {
  const rows = [['unit', 'respondents', 'eNPS', 'engagement', 'customers', 'NPS', 'CSAT %', 'CES', 'FCR %']];
  for (const row of result.units) {
    const e = row.employees;
    const c = row.customers;
    rows.push([
      row.unit,
      e ? String(e.n) : '<min',
      cell(headline(e?.enps as Scored), 1),
      cell(headline(e?.engagement as Scored), 2),
      c ? String(c.n) : '<min',
      cell(headline(c?.nps as Scored), 1),
      cell(headline(c?.csat as Scored), 1),
      cell(headline(c?.ces as Scored), 2),
      cell(headline(c?.fcr as Scored), 1),
    ]);
  }
  return rows;
}

/** Correlations as rows of text, header first. */
export function correlationRows(result: AnalysisResult): string[][] {
  const rows = [['employee', 'customer', 'n', 'pearson r', 'p', 'spearman', 'kendall', 'p (BH)']];
  for (const c of result.correlations) {
    rows.push([c.employee, c.customer, String(c.n), cell(c.pearson.r, 3), cell(c.pearson.p, 4), cell(c.spearman.rho, 3), cell(c.kendall.tau, 3), cell(c.pAdjusted, 4)]);
  }
  return rows;
}

/** Caption of the correlations in every report format. */
export const CORRELATION_CAPTION = 'Correlations (unit-level association, not causation; p adjusted by Benjamini–Hochberg)';

function pad(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  return rows.map((r) => r.map((v, c) => (c === 0 ? v.padEnd(widths[c]!) : v.padStart(widths[c]!))).join('  ').trimEnd()).join('\n');
}

/** Plain-text tables for `symmetry analyze --format table`: units, then correlations. */
export function renderTable(result: AnalysisResult): string {
  return `${pad(unitRows(result))}\n\n${CORRELATION_CAPTION}:\n${pad(correlationRows(result))}\n`;
}
