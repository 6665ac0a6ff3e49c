import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/components/export-menu/export-menu.ts';
import '../../src/components/lag-chart/lag-chart.ts';
import '../../src/components/trend/trend.ts';
import '../../src/components/unit-table/unit-table.ts';
import type { SymExportMenu, SymExportEvent } from '../../src/components/export-menu/export-menu.ts';
import type { LagChartData } from '../../src/components/lag-chart/lag-chart.types.ts';
import type { TrendData } from '../../src/components/trend/trend.types.ts';
import type { UnitTableData } from '../../src/components/unit-table/unit-table.types.ts';
import { PRINT_ATTRIBUTE, serializeSvg, svgToPng } from '../../src/components/shared/chart-export.ts';
import { axeViolations } from '../helpers/axe.ts';

const lags: LagChartData = {
  employeeMetric: 'engagement',
  customerMetric: 'nps',
  lags: [
    { k: 0, direction: 'ex-to-cx', r: 0.28, ci: [0.18, 0.37], n: 420, p: 0.0001, pAdjusted: 0.0003 },
    { k: 1, direction: 'ex-to-cx', r: 0.41, ci: [0.33, 0.48], n: 395, p: 0.00001, pAdjusted: 0.00005 },
    { k: 1, direction: 'cx-to-ex', r: 0.05, ci: [-0.05, 0.15], n: 395, p: 0.32, pAdjusted: 0.41 },
  ],
};

const trend: TrendData = {
  periods: ['2026-Q1', '2026-Q2'],
  unit: 'a',
  unitName: '=Team A',
  employee: { metric: 'engagement', threshold: 5, points: [{ period: '2026-Q1', value: 3.5, ci: [3.3, 3.7], n: 12 }, { period: '2026-Q2', value: null, n: 0, gap: 'below-threshold' }] },
  customer: { metric: 'nps', threshold: 10, points: [{ period: '2026-Q1', value: -12, ci: [-22, -2], n: 80 }, { period: '2026-Q2', value: 18, ci: [9, 27], n: 90 }] },
  annotations: [{ date: '2026-05-04', label: '+1 from a customer', kind: 'kudos' }],
};

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Cancels the download and keeps what the menu produced. */
function capture(target: EventTarget): SymExportEvent['detail'][] {
  const seen: SymExportEvent['detail'][] = [];
  target.addEventListener('sym-export', (e) => {
    const event = e as SymExportEvent;
    event.preventDefault();
    seen.push(event.detail);
  });
  return seen;
}

function parseSvg(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

async function wrapLagChart(lang?: string): Promise<SymExportMenu> {
  const host = document.createElement('div');
  if (lang) host.lang = lang;
  host.innerHTML = '<sym-export-menu filename="lags"><sym-lag-chart width="480"></sym-lag-chart></sym-export-menu>';
  document.body.append(host);
  const chart = host.querySelector('sym-lag-chart')!;
  chart.data = lags;
  const menu = host.querySelector('sym-export-menu')!;
  menu.caption = { title: 'Engagement → NPS by lag', thresholds: { minEmployees: 5, minCustomers: 10 }, period: '2026-Q3' };
  await chart.updateComplete;
  await menu.updateComplete;
  return menu;
}

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('<sym-export-menu>', () => {
  it('offers PNG, SVG, CSV and Print as a labelled group, axe-clean, in English and French', async () => {
    const menu = await wrapLagChart();
    const buttons = [...menu.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim());
    expect(buttons).toEqual(['PNG', 'SVG', 'CSV', 'Print']);
    expect(menu.shadowRoot!.querySelector('[role="group"]')!.getAttribute('aria-label')).toBe('Export this view');
    expect(await axeViolations(menu)).toEqual([]);
    document.body.replaceChildren();
    const fr = await wrapLagChart('fr');
    expect([...fr.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim())).toEqual(['PNG', 'SVG', 'CSV', 'Imprimer']);
  });

  it('exports a chart it wraps (one that knows nothing about exporting) as a valid standalone SVG with its caption', async () => {
    const menu = await wrapLagChart();
    const seen = capture(menu);
    const blob = (await menu.exportAs('svg'))!;
    expect(blob.type).toBe('image/svg+xml;charset=utf-8');
    const text = await blob.text();
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const doc = parseSvg(text);
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('viewBox')).toMatch(/^0 0 480 \d+/);
    // Computed styles are inlined with custom properties resolved, so no stylesheet is needed.
    expect(text).not.toContain('var(');
    const series = [...doc.querySelectorAll('path')].find((p) => (p.getAttribute('style') ?? '').includes('fill:none'));
    expect(series?.getAttribute('style')).toMatch(/stroke:rgb\(/);
    expect(root.querySelector('[tabindex]')).toBeNull();
    const caption = [...doc.querySelectorAll('.sym-export-caption text')].map((t) => t.textContent);
    expect(caption).toContain('Engagement → NPS by lag');
    expect(caption).toContain('Period: Q3 2026');
    expect(caption).toContain('Thresholds: employee results need 5 or more respondents, customer results 10 or more answers');
    expect(seen).toEqual([{ format: 'svg', filename: 'lags.svg', blob }]);
    expect(menu.shadowRoot!.querySelector('[role="status"]')!.textContent).toBe('SVG ready: lags.svg');
  });

  it('rasterises to a PNG at twice the CSS size', async () => {
    const menu = await wrapLagChart();
    capture(menu);
    const blob = (await menu.exportAs('png'))!;
    expect(blob.type).toBe('image/png');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 8)]).toEqual(PNG_SIGNATURE);
    const bitmap = await createImageBitmap(blob);
    const doc = menu.svgDocument()!;
    expect(bitmap.width).toBe(Math.round(doc.width * 2));
    expect(bitmap.height).toBe(Math.round(doc.height * 2));
  });

  it('writes the CSV of a given table with formula cells neutralised and the caption on top', async () => {
    const menu = await wrapLagChart();
    capture(menu);
    menu.table = { columns: ['Unit', 'r'], rows: [['=cmd|" /C calc"!A0', -0.41], ['@SUM(1)', 0.2]] };
    const blob = (await menu.exportAs('csv'))!;
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Engagement → NPS by lag');
    const header = lines.indexOf('Unit,r');
    expect(lines[header - 1]).toBe('');
    expect(lines[header + 1]).toBe(`"'=cmd|"" /C calc""!A0",-0.41`);
    expect(lines[header + 2]).toBe(`'@SUM(1),0.2`);
  });

  it('reads the data table of a chart for the CSV when it is open, and says when there is nothing to export', async () => {
    const menu = await wrapLagChart();
    capture(menu);
    expect(await menu.exportAs('csv')).toBeUndefined();
    expect(menu.shadowRoot!.querySelector('[role="status"]')!.textContent).toBe('Nothing to export yet.');
    const chart = menu.querySelector('sym-lag-chart')!;
    chart.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await chart.updateComplete;
    const text = await (await menu.exportAs('csv'))!.text();
    expect(text).toContain('Direction,Lag k,r,95% CI,n,Adjusted p (BH)');
    expect(text).toContain('Employee → customer,1,0.41*');
    // Text read from the page that starts like a formula is guarded too.
    expect(text).toContain(`Customer → employee,1,0.05,'-0.05 – 0.15,395`);
  });

  it('exports a trend it is built into: plot SVG, and CSV with raw numbers and guarded labels', async () => {
    const el = document.createElement('sym-trend');
    el.width = 560;
    el.data = trend;
    document.body.append(el);
    await el.updateComplete;
    const menu = el.shadowRoot!.querySelector('sym-export-menu')!;
    await menu.updateComplete;
    const seen = capture(el);
    const csv = await (await menu.exportAs('csv'))!.text();
    // "=" inside a cell is harmless; only a leading one would run.
    expect(csv).toContain('Unit: =Team A\r\n');
    for (const line of csv.split('\r\n')) expect(line).not.toMatch(/^[=+@-]/);
    expect(csv).toContain('2026-Q1,3.5,3.3,3.7,12,-12,-22,-2,80');
    expect(csv).toContain('2026-Q2,fewer than 5 answers,,,,18,9,27,90');
    expect(csv).toContain(`Kudos: +1 from a customer`);
    expect(csv).not.toMatch(/\r\n\+1/);
    const svg = await (await menu.exportAs('svg'))!.text();
    const doc = parseSvg(svg);
    expect(doc.querySelectorAll('pattern')).toHaveLength(1);
    expect([...doc.querySelectorAll('.sym-export-caption text')].map((t) => t.textContent)).toContain('Thresholds: employee results need 5 or more respondents, customer results 10 or more answers');
    expect(seen.map((s) => s.filename)).toEqual(['trend.csv', 'trend.svg']);
  });

  it('exports an HTML table view (no SVG) as an SVG table and a PNG', async () => {
    const cell = { kind: 'value', value: 3.2, n: 10 } as const;
    const data: UnitTableData = {
      rows: [{ id: 'a', name: 'Team A', parentId: null, level: 'team', respondents: 10, customers: 30, cells: { enps: cell, engagement: cell, nps: { kind: 'suppressed', reason: 'few-customers' }, csat: cell, ces: cell, fcr: cell } }],
      minEmployees: 5, minCustomers: 10,
    };
    const el = document.createElement('sym-unit-table');
    el.data = data;
    document.body.append(el);
    await el.updateComplete;
    const menu = el.shadowRoot!.querySelector('sym-export-menu')!;
    capture(el);
    const doc = parseSvg(await (await menu.exportAs('svg'))!.text());
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('Team A');
    expect(texts).toContain('fewer than 10 customer answers');
    const png = new Uint8Array(await (await menu.exportAs('png'))!.arrayBuffer());
    expect([...png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
  });

  it('finds its target by id with for=', async () => {
    document.body.innerHTML = '<sym-lag-chart id="lags" width="400"></sym-lag-chart><sym-export-menu for="lags"></sym-export-menu>';
    const chart = document.querySelector('sym-lag-chart')!;
    chart.data = lags;
    await chart.updateComplete;
    const menu = document.querySelector('sym-export-menu')!;
    expect(menu.view).toBe(chart);
    capture(menu);
    const doc = parseSvg(await (await menu.exportAs('svg'))!.text());
    expect(doc.documentElement.getAttribute('width')).toBe('400');
  });

  it('prints the view alone with the caption, and cleans up afterwards', async () => {
    const menu = await wrapLagChart();
    let during: { marked: string | null; sheet: boolean; caption: string } | undefined;
    vi.spyOn(window, 'print').mockImplementation(() => {
      during = {
        marked: menu.getAttribute(PRINT_ATTRIBUTE),
        sheet: document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes(PRINT_ATTRIBUTE))),
        caption: menu.shadowRoot!.querySelector('.print-caption')!.textContent!,
      };
    });
    await menu.exportAs('print');
    expect(window.print).toHaveBeenCalledOnce();
    expect(during?.marked).toBe('root');
    expect(during?.sheet).toBe(true);
    expect(during?.caption).toContain('Engagement → NPS by lag');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(menu.hasAttribute(PRINT_ATTRIBUTE)).toBe(false);
  });

  it('serialises an SVG on its own and rasterises it', async () => {
    document.body.innerHTML = '<div style="color: rgb(10, 20, 30); background: rgb(1, 2, 3)"><svg width="40" height="20"><rect width="10" height="10" style="fill: currentColor"></rect><text x="0" y="18">a &amp; b</text></svg></div>';
    const source = document.querySelector('svg')!;
    const doc = serializeSvg(source, ['Caption <1>']);
    const parsed = parseSvg(doc.text);
    expect(parsed.querySelector('rect')!.getAttribute('fill')).toBe('rgb(1, 2, 3)');
    expect(parsed.querySelectorAll('rect')[1]!.getAttribute('style')).toContain('fill:rgb(10, 20, 30)');
    expect(parsed.querySelector('.sym-export-caption text')!.textContent).toBe('Caption <1>');
    expect(doc.height).toBeGreaterThan(20);
    const png = await svgToPng(doc, 3);
    const bitmap = await createImageBitmap(png);
    expect(bitmap.width).toBe(120);
  });
});
