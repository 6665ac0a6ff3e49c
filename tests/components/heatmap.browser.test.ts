import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/heatmap/heatmap.ts';
import type { SymHeatmap } from '../../src/components/heatmap/heatmap.ts';
import type { CorrelationHeatmapData, HeatmapData, UnitHeatmapData } from '../../src/components/heatmap/heatmap.types.ts';
import { axeViolations } from '../helpers/axe.ts';

const correlations: CorrelationHeatmapData = {
  mode: 'correlations',
  rows: ['engagement', 'recognition', 'workload'],
  columns: ['nps', 'csat'],
  cells: [
    { row: 'engagement', column: 'nps', r: 0.41, n: 120, p: 0.00001, pAdjusted: 0.00006 },
    { row: 'engagement', column: 'csat', r: 0.22, n: 118, p: 0.016, pAdjusted: 0.032 },
    { row: 'recognition', column: 'nps', r: 0.35, n: 120, p: 0.0001, pAdjusted: 0.0003 },
    { row: 'recognition', column: 'csat', r: 0.09, n: 118, p: 0.33, pAdjusted: 0.4 },
    { row: 'workload', column: 'nps', r: -0.63, n: 120, p: 0.0000001, pAdjusted: 0.0000006 },
    { row: 'workload', column: 'csat', r: Number.NaN, n: 2, p: Number.NaN, pAdjusted: Number.NaN },
  ],
};

const units: UnitHeatmapData = {
  mode: 'units',
  threshold: 5,
  units: [{ id: 'lyon', name: 'Lyon Part-Dieu' }, { id: 'leeds', name: 'Leeds Central' }],
  items: ['autonomy', 'manager_support'],
  cells: [
    { unit: 'lyon', item: 'autonomy', value: 3.84, delta: 0.12 },
    { unit: 'lyon', item: 'manager_support', value: 3.41, delta: -0.3 },
    { unit: 'leeds', item: 'autonomy', value: null, delta: null, suppressed: true },
    { unit: 'leeds', item: 'manager_support', value: 4.02, delta: 0.31 },
  ],
};

async function mount(value: HeatmapData | undefined, lang?: string): Promise<SymHeatmap> {
  const host = document.createElement('div');
  if (lang) host.lang = lang;
  const el = document.createElement('sym-heatmap');
  el.data = value;
  host.append(el);
  document.body.append(host);
  await el.updateComplete;
  return el;
}

const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

afterEach(() => document.body.replaceChildren());

describe('<sym-heatmap>', () => {
  it('has no axe violations in both modes, with the data table open too', async () => {
    for (const value of [correlations, units]) {
      const el = await mount(value);
      expect(await axeViolations(el)).toEqual([]);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')!.click();
      await el.updateComplete;
      expect(await axeViolations(el)).toEqual([]);
      el.remove();
    }
  });

  it('moves focus from cell to cell with arrow keys as a grid', async () => {
    const el = await mount(correlations);
    const root = el.shadowRoot!;
    const first = root.querySelector<HTMLElement>('td[tabindex="0"]')!;
    expect(first.getAttribute('aria-label')).toContain('Engagement with NPS');
    first.focus();
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(root.activeElement?.getAttribute('aria-label')).toContain('Engagement with CSAT');
    await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    expect(root.activeElement?.getAttribute('aria-label')).toContain('Recognition with CSAT');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowLeft}');
    await el.updateComplete;
    expect(root.activeElement?.getAttribute('aria-label')).toContain('Workload with NPS');
    expect(root.querySelectorAll('td[tabindex="0"]')).toHaveLength(1);
  });

  it('prints the signed r in every cell, "*" after BH, n in the accessible name, on a diverging scale', async () => {
    const el = await mount(correlations);
    const cells = [...el.shadowRoot!.querySelectorAll<HTMLElement>('td.cell')];
    expect(cells.map(text)).toEqual(['+0.41*', '+0.22*', '+0.35*', '+0.09', '-0.63*', '–']);
    expect(cells[0]!.getAttribute('aria-label')).toBe('Engagement with NPS: r = +0.41, n = 120, adjusted p = < 0.001, significant after adjustment');
    expect(cells[5]!.getAttribute('aria-label')).toContain('no data');
    const background = (cell: HTMLElement) => getComputedStyle(cell).backgroundColor;
    // Positive r is blue-ish, negative r red-ish on RdBu.
    const [pr, , pb] = background(cells[0]!).match(/\d+/g)!.map(Number);
    const [nr, , nb] = background(cells[4]!).match(/\d+/g)!.map(Number);
    expect(pb!).toBeGreaterThan(pr!);
    expect(nr!).toBeGreaterThan(nb!);
    expect(text(el.shadowRoot!.querySelector('figcaption'))).toContain('4 correlations are significant after Benjamini–Hochberg adjustment. Strongest: Workload with NPS, r = -0.63.');
  });

  it('shows units × items with signed deltas, hides small cells in words, and selects a unit with Enter', async () => {
    const el = await mount(units);
    expect(el.getAttribute('mode')).toBe('units');
    const root = el.shadowRoot!;
    const cells = [...root.querySelectorAll<HTMLElement>('td.cell')];
    expect(cells.map(text)).toEqual(['3.84 +0.12', '3.41 -0.30', '— Fewer than 5 answers: hidden to protect anonymity', '4.02 +0.31']);
    expect(cells[2]!.getAttribute('aria-label')).toBe('Leeds Central, Autonomy: Fewer than 5 answers: hidden to protect anonymity');
    expect(root.querySelector('thead')!.textContent).toContain('Manager support');
    const picked: (string | undefined)[] = [];
    el.addEventListener('sym-select', (e) => picked.push(e.detail.unit));
    cells[0]!.focus();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(picked).toEqual(['leeds']);
  });

  it('speaks French with decimal commas when an ancestor has lang="fr"', async () => {
    const el = await mount(correlations, 'fr');
    const root = el.shadowRoot!;
    expect(text(root.querySelector('td.cell'))).toBe('+0,41*');
    expect(root.querySelector('td.cell')!.getAttribute('aria-label')).toContain('Engagement avec NPS : r = +0,41');
    expect(text(root.querySelector('figcaption'))).toContain('significatives après correction de Benjamini–Hochberg');
    const unitsFr = await mount(units, 'fr');
    expect(text(unitsFr.shadowRoot!.querySelector('td.cell'))).toBe('3,84 +0,12');
    expect(unitsFr.shadowRoot!.querySelector('thead')!.textContent).toContain('Soutien du manager');
  });

  it('says there is nothing to show without data or cells', async () => {
    const el = await mount(undefined);
    expect(el.shadowRoot!.textContent).toContain('No cells to show yet.');
    expect(await axeViolations(el)).toEqual([]);
    const none = await mount({ mode: 'correlations', rows: [], columns: [], cells: [] });
    expect(none.shadowRoot!.querySelector('table')).toBeNull();
    expect(none.shadowRoot!.textContent).toContain('No cells to show yet.');
  });
});
