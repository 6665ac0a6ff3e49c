// (c) Customer CSV pipeline: ours (decode + sniff + parse + validate + columnar build, then
// aggregate) against papaparse and d3-dsv parsing alone (strings out, no validation) on the same text.
import Papa from 'papaparse';
// d3 re-exports d3-dsv; importing it through d3 relies only on a declared dependency.
import { csvParseRows } from 'd3';
import { measure, ms, rate, table, uniform } from './timing.mjs';

const HEADER = 'unit,date,customer,nps,csat,ces,resolved_first_contact,channel,segment,comment';
const CHANNELS = ['phone', 'email', 'chat', 'store'];
const SEGMENTS = ['B2C', 'B2B'];
const COMMENTS = ['', '', '', '', '', '', 'Quick answer', '"Had to call twice, then it worked"', '"Said ""thanks"" twice"'];

/** A CX-platform style export of `rows` answers over 2,000 stores and 2025–2026 (LF line ends). */
export function customerCsv(rows, seed = 11) {
  const next = uniform(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const unit = `Store ${String(1 + Math.floor(next() * 2000)).padStart(4, '0')}`;
    const month = 1 + Math.floor(next() * 24);
    const date = `${2025 + (month > 12 ? 1 : 0)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    const nps = Math.floor(next() * 11);
    const csat = next() < 0.1 ? '' : String(1 + Math.floor(next() * 5));
    const ces = 1 + Math.floor(next() * 7);
    const fcr = next() < 0.05 ? '' : next() < 0.7 ? 'true' : 'false';
    lines.push(`${unit},${date},C${i + 1},${nps},${csat},${ces},${fcr},${pick(CHANNELS)},${pick(SEGMENTS)},${pick(COMMENTS)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function benchCsv(ingest, analytics, sizes) {
  const rows = [];
  const summary = [];
  for (const n of sizes) {
    const text = customerCsv(n);
    const bytes = new TextEncoder().encode(text);
    const mb = bytes.length / 1e6;
    const runs = n >= 1e6 ? 3 : n >= 1e5 ? 5 : 9;
    // Steady state for every contender: a re-warmed call after each collection, calls back to back for 200 ms.
    const steady = { rewarm: true, minSampleMs: 200 };

    const imported = measure(() => ingest.importCustomers(bytes, { file: 'customers.csv' }), runs, undefined, steady);
    if (!imported.result.ok || imported.result.table.length !== n) {
      throw new Error(`import of ${n} rows failed: ${JSON.stringify(imported.result.problems.slice(0, 3))}`);
    }
    const table_ = imported.result.table;
    const aggregated = measure(() => analytics.aggregateCustomers(table_, undefined, { granularity: 'quarter' }), runs, undefined, steady);
    const parsed = measure(() => ingest.parseCsv(text), runs, undefined, steady);
    const papa = measure(() => Papa.parse(text, { header: false, dynamicTyping: false }), runs, undefined, steady);
    const d3 = measure(() => csvParseRows(text), runs, undefined, steady);
    // Both parsers also return the header row and, for papaparse, the empty last line.
    if (d3.result.length !== n + 1 || papa.result.data.length < n + 1 || parsed.result.records.length !== n + 1) {
      throw new Error(`a parse of ${n} rows returned a different row count`);
    }

    const line = (name, time, timedRuns) => [name, n.toExponential(0).replace('+', ''), mb.toFixed(1), ms(time), rate((n / time) * 1000), ((mb / time) * 1000).toFixed(1), ms((time / n) * 1e5), timedRuns];
    const pipeline = imported.ms + aggregated.ms;
    rows.push(
      line('ours: import (decode, sniff, parse, validate, columns)', imported.ms, imported.runs),
      line('ours: aggregate per unit × quarter', aggregated.ms, aggregated.runs),
      line('ours: full pipeline', pipeline, ''),
      line('ours: parse only (parseCsv, strings)', parsed.ms, parsed.runs),
      line('papaparse: parse only (strings)', papa.ms, papa.runs),
      line('d3-dsv csvParseRows: parse only (strings)', d3.ms, d3.runs),
    );
    summary.push({ n, pipeline, importMs: imported.ms, parseMs: parsed.ms, papa: papa.ms, d3: d3.ms, verdict: pipeline < papa.ms ? 'ok' : 'MISS' });
  }
  return { text: table(['step', 'rows', 'MB', 'median ms', 'rows/s', 'MB/s', 'ms per 10^5 rows', 'runs'], rows), summary };
}
