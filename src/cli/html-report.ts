/**
 * `symmetry analyze --format html`: one self-contained page (inline styles, no scripts, no
 * external resources) with the units table and the correlations table, so it can be mailed or
 * archived as is. Every value from the data (unit names, metric ids, file names) is escaped.
 *
 * @module
 */
import type { AnalysisResult } from '../analytics/analyze.ts';
import { escapeMarkup } from '../model/escape-markup.ts';
import { CORRELATION_CAPTION, correlationRows, unitRows } from './table-format.ts';

/** Where the numbers came from, printed under the title. */
export interface HtmlReportSources {
  employees: string;
  customers: string;
}

// Inline styles only; the page's own CSP forbids scripts and any fetch, even if a value slipped through.
const STYLE = `
  :root { color-scheme: light dark; --ink: #1d2430; --muted: #5b6576; --line: #d5dae2; --head: #eef1f5; }
  @media (prefers-color-scheme: dark) { :root { --ink: #e8ebf0; --muted: #a9b2c0; --line: #3a4352; --head: #262d38; } }
  body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); margin: 2rem auto; max-width: 72rem; padding: 0 1rem; }
  h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
  p { color: var(--muted); margin: .25rem 0 1rem; }
  table { border-collapse: collapse; width: 100%; margin: 0 0 2rem; font-variant-numeric: tabular-nums; }
  caption { text-align: left; font-weight: 600; padding: .5rem 0; }
  th, td { border-bottom: 1px solid var(--line); padding: .3rem .6rem; text-align: right; }
  th[scope="col"] { background: var(--head); }
  th:first-child, td:first-child { text-align: left; }
  tbody th { font-weight: normal; text-align: left; }
`;

function htmlTable(caption: string, rows: readonly string[][]): string {
  const [header = [], ...body] = rows;
  const head = header.map((h) => `<th scope="col">${escapeMarkup(h)}</th>`).join('');
  const lines = body.map((row) => `<tr>${row.map((v, c) => (c === 0 ? `<th scope="row">${escapeMarkup(v)}</th>` : `<td>${escapeMarkup(v)}</td>`)).join('')}</tr>`);
  return `<table>\n<caption>${escapeMarkup(caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${lines.join('\n')}\n</tbody>\n</table>`;
}

/** The report page for `symmetry analyze --format html`. */
export function renderHtml(result: AnalysisResult, sources: HtmlReportSources): string {
  const t = result.thresholds;
  const settings = `Periods by ${t.granularity}; employee numbers shown from ${t.minEmployees} respondents, customer metrics from ${t.minCustomers} answers; ` +
    `${result.linkedUnits} linked units; lags up to ${t.lag}.`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Symmetry Insights report</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Symmetry Insights report</h1>
<p>Employees: ${escapeMarkup(sources.employees)}. Customers: ${escapeMarkup(sources.customers)}.</p>
<p>${escapeMarkup(settings)}</p>
${htmlTable('Units', unitRows(result))}
${htmlTable(CORRELATION_CAPTION, correlationRows(result))}
</main>
</body>
</html>
`;
}
