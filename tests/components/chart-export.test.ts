import { describe, expect, it } from 'vitest';
import { captionFromWorkspace, captionLines, csvCell, tableToCsv, tableToSvg } from '../../src/components/shared/chart-export.ts';
import type { ExportTable } from '../../src/components/shared/chart-export.ts';
import type { WorkspaceState } from '../../src/components/shared/workspace-context.ts';
import type { AnalysisResult } from '../../src/analytics/analyze.ts';

const table: ExportTable = {
  columns: ['Unit', 'NPS', 'Comment'],
  rows: [
    ['=HYPERLINK("http://x","y")', -12.5, '+1 for the team'],
    ['@SUM(A1)', 40, '-2 points, "ouch"'],
    ['\tTabbed', Number.NaN, null],
    ['Lyon, Part-Dieu', 0, 'plain\nnew line'],
  ],
};

describe('CSV of the table behind a view', () => {
  it('neutralises formula cells with an apostrophe and keeps numbers as numbers', () => {
    const csv = tableToCsv(table);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Unit,NPS,Comment');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://x"",""y"")",-12.5,'+1 for the team`);
    expect(lines[2]).toBe(`'@SUM(A1),40,"'-2 points, ""ouch"""`);
    expect(lines[3]).toBe(`'\tTabbed,,`);
    expect(lines[4]).toBe('"Lyon, Part-Dieu",0,"plain\nnew line"');
    expect(csv.endsWith('\r\n')).toBe(true);
    // No cell starts with a formula character once the quote is stripped.
    for (const cell of csv.split(/,|\r\n/)) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+@\t]/);
  });

  it('writes the caption first, one guarded cell per line, then a blank line', () => {
    const csv = tableToCsv({ columns: ['a'], rows: [[1]] }, ['Title, with comma', '-n = 5']);
    expect(csv).toBe(`"Title, with comma"\r\n'-n = 5\r\n\r\na\r\n1\r\n`);
  });

  it('formats single cells', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('-3')).toBe("'-3");
  });
});

describe('captions', () => {
  const caption = {
    title: 'Engagement and NPS over time',
    unit: 'Lyon Part-Dieu',
    period: '2026-Q3',
    filters: ['segment: B2B'],
    n: { value: 1234, what: 'units' as const },
    thresholds: { minEmployees: 5, minCustomers: 10, alpha: 0.05, lag: 2 },
    exportedAt: new Date(Date.UTC(2026, 10, 23, 12, 30)),
  };

  it('says filters, period, n and thresholds in English', () => {
    expect(captionLines(caption, 'en')).toEqual([
      'Engagement and NPS over time',
      'Unit: Lyon Part-Dieu',
      'Filters: segment: B2B',
      'Period: Q3 2026',
      'n = 1,234 units',
      'Thresholds: employee results need 5 or more respondents, customer results 10 or more answers',
      'Significance: Benjamini–Hochberg adjusted p < 0.05',
      'Lags: up to 2 periods',
      'Exported 23 November 2026 at 12:30 UTC',
    ]);
  });

  it('says them in French with French numbers, and "none" when no filter is active', () => {
    const lines = captionLines({ ...caption, filters: [], period: undefined, granularity: 'quarter' }, 'fr');
    expect(lines).toContain('Filtres : aucun');
    expect(lines).toContain('Période : tous les trimestres regroupés');
    expect(lines).toContain('n = 1\u202f234 unités');
    expect(lines).toContain('Significativité : p ajusté (Benjamini–Hochberg) < 0,05');
    expect(lines.at(-1)).toMatch(/^Exporté le 23 novembre 2026/);
  });

  it('reads the workspace: selected unit, period, other selection keys as filters, floors, n', () => {
    const analysis = {
      units: [{ unit: 'lyon', name: 'Lyon Part-Dieu' }],
      thresholds: { minEmployees: 7, minCustomers: 12, alpha: 0.05, lag: 1, granularity: 'month' },
      linkedUnits: 96,
    } as unknown as AnalysisResult;
    const state = {
      status: 'ready', analysis, request: {}, selection: { unit: 'lyon', period: '2026-07', segment: 'B2B' },
      select: () => undefined, refresh: async () => undefined,
    } as unknown as WorkspaceState;
    const built = captionFromWorkspace(state, 'en', { title: 'Units' });
    expect(built).toMatchObject({
      title: 'Units', unit: 'Lyon Part-Dieu', period: '2026-07', filters: ['segment: B2B'], granularity: 'month',
      n: { value: 96, what: 'units' }, thresholds: { minEmployees: 7, minCustomers: 12, alpha: 0.05, lag: 1 },
    });
    expect(captionLines(built, 'en')).toContain('Period: Jul 2026');
    expect(captionFromWorkspace(undefined, 'en')).toEqual({});
  });

  it('reports the analysis filter: units by name, segment, channel and the period range', () => {
    const analysis = {
      units: [{ unit: 'lyon', name: 'Lyon Part-Dieu' }],
      periods: [{ period: '2025-Q1' }, { period: '2025-Q2' }, { period: '2026-Q4' }],
      thresholds: { minEmployees: 5, minCustomers: 10, alpha: 0.05, lag: 1, granularity: 'quarter' },
      linkedUnits: 40,
      filter: { periodFrom: '2025-Q2', units: ['lyon'], segment: ['B2B'], channel: ['phone', 'chat'] },
    } as unknown as AnalysisResult;
    const state = { status: 'ready', analysis, request: {}, selection: {}, select: () => undefined, refresh: async () => undefined } as unknown as WorkspaceState;
    const lines = captionLines(captionFromWorkspace(state, 'fr'), 'fr');
    expect(lines).toContain('Filtres : unités Lyon Part-Dieu · segment B2B · canal phone, chat');
    expect(lines).toContain('Périodes : de T2 2025 à T4 2026');
  });
});

describe('tableToSvg', () => {
  it('draws a standalone SVG table with escaped text and the caption below', () => {
    const doc = tableToSvg({ columns: ['Unit', 'r'], rows: [['A & <B>', 0.4123], ['C "quoted"', null]] }, ['Title', 'n = 2 units'], 'fr');
    expect(doc.text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(doc.text).toContain('A &amp; &lt;B&gt;');
    expect(doc.text).toContain('C &quot;quoted&quot;');
    expect(doc.text).toContain('>0,41<');
    expect(doc.text).toContain('>n &#61; 2 units<');
    expect(doc.text).not.toMatch(/<B>/);
    expect(doc.height).toBe(3 * 20 + 4 + 2 * 16 + 8);
    expect(doc.text).toContain(`width="${doc.width}" height="${doc.height}"`);
    // Tags are balanced.
    const opened = (doc.text.match(/<(svg|g|text|rect|line)[\s>]/g) ?? []).length;
    const closed = (doc.text.match(/<\/(svg|g|text|rect|line)>/g) ?? []).length;
    expect(opened).toBe(closed);
  });

  it('escapes every XML special character, the apostrophe as a reference HTML also reads', () => {
    const doc = tableToSvg({ columns: ['Unit'], rows: [[`<a href="x">'&'</a>`]] });
    expect(doc.text).toContain('>&lt;a href&#61;&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;<');
    expect(doc.text).not.toContain('&apos;');
  });
});
