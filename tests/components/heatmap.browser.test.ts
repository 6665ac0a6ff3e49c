import { afterEach, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import '../../src/components/heatmap/heatmap.ts';
import type { SymHeatmap } from '../../src/components/heatmap/heatmap.ts';
import type { CorrelationHeatmapData, HeatmapData, UnitHeatmapData } from '../../src/components/heatmap/heatmap.types.ts';
import { divergingColours } from '../../src/components/heatmap/heatmap-scale.ts';
import type { HeatmapPalette } from '../../src/components/heatmap/heatmap-scale.ts';
import type { WorkspaceSelection, WorkspaceState } from '../../src/components/shared/workspace-context.ts';
import { axeViolations, axeViolationsWithTable } from '../helpers/axe.ts';
import { pressKeys } from '../helpers/keyboard.ts';
import { mountElement } from '../helpers/mount.ts';

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

const mount = (value: HeatmapData | undefined, lang?: string): Promise<SymHeatmap> => mountElement('sym-heatmap', (el) => {
  el.data = value;
}, lang);

const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

afterEach(() => document.body.replaceChildren());

/** WCAG contrast of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = colour.match(/[\d.]+/g)!.slice(0, 3).map((c) => {
      const s = Number(c) / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const hex = (colour: string) => `#${colour.match(/\d+/g)!.slice(0, 3).map((c) => Number(c).toString(16).padStart(2, '0')).join('')}`;

/** Every r from -1 to +1 in steps of 0.01: 67 rows × 3 columns. */
const sweep: CorrelationHeatmapData = (() => {
  const rows = Array.from({ length: 67 }, (_, i) => `item_${i}`);
  const columns = ['nps', 'csat', 'ces'];
  const cells = rows.flatMap((row, i) => columns.map((column, j) => {
    const r = (i * 3 + j - 100) / 100;
    return { row, column, r, n: 80, p: 0.001, pAdjusted: Math.abs(r) > 0.2 ? 0.01 : 0.3 };
  }));
  return { mode: 'correlations', rows, columns, cells };
})();

const darkTheme = 'background:#0d1117;color:#e6edf3;--sym-color-text:#e6edf3;--sym-color-muted:#9198a1;--sym-color-surface:#161b22;--sym-color-border:#30363d;--sym-heatmap-empty-color:#161b22';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

function fakeWorkspace(selection: WorkspaceSelection, picks: WorkspaceSelection[] = []): WorkspaceState {
  return {
    status: 'ready', request: {}, filter: {}, pending: false, revision: 0, selection,
    select: (next) => { picks.push(next); },
    setFilter: () => undefined,
    refresh: async () => undefined,
  };
}

describe('<sym-heatmap>', () => {
  it('has no axe violations in both modes, with the data table open too', async () => {
    for (const value of [correlations, units]) {
      const el = await mount(value);
      expect(await axeViolationsWithTable(el)).toEqual([]);
      el.remove();
    }
  });

  it('moves focus from cell to cell with arrow keys as a grid', async () => {
    const el = await mount(correlations);
    const root = el.shadowRoot!;
    const first = root.querySelector<HTMLElement>('td[tabindex="0"]')!;
    expect(first.getAttribute('aria-label')).toContain('Engagement with NPS');
    first.focus();
    expect((await pressKeys(el, '{ArrowRight}'))?.getAttribute('aria-label')).toContain('Engagement with CSAT');
    expect((await pressKeys(el, '{ArrowDown}'))?.getAttribute('aria-label')).toContain('Recognition with CSAT');
    expect((await pressKeys(el, '{ArrowDown}{ArrowDown}{ArrowLeft}'))?.getAttribute('aria-label')).toContain('Workload with NPS');
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

  describe('text contrast of every cell', () => {
    afterEach(async () => {
      await cdp().send('Emulation.setEmulatedMedia', { features: [] });
    });

    for (const palette of ['rdbu', 'puor'] as const satisfies readonly HeatmapPalette[]) {
      for (const theme of ['light', 'dark'] as const) {
        it(`keeps 4.5:1 or more for r from -1 to +1, ${palette}, ${theme} theme`, async () => {
          await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: theme }] });
          expect(matchMedia('(prefers-color-scheme: dark)').matches).toBe(theme === 'dark');
          const host = document.createElement('div');
          if (theme === 'dark') host.setAttribute('style', darkTheme);
          const el = document.createElement('sym-heatmap');
          el.palette = palette;
          el.data = sweep;
          host.append(el);
          document.body.append(host);
          await el.updateComplete;
          const expected = divergingColours(1, palette);
          const cells = [...el.shadowRoot!.querySelectorAll<HTMLElement>('td.cell')];
          expect(cells).toHaveLength(201);
          const failures: string[] = [];
          cells.forEach((cell, k) => {
            const r = (k - 100) / 100;
            const background = getComputedStyle(cell).backgroundColor;
            // The colour on screen is the one computed for this r, not another cell's or a theme's.
            if (hex(background) !== expected(r).background) failures.push(`r = ${r}: background ${hex(background)}, expected ${expected(r).background}`);
            for (const part of cell.querySelectorAll<HTMLElement>('.value, .mark')) {
              const ratio = contrast(getComputedStyle(part).color, background);
              if (ratio < 4.5) failures.push(`r = ${r}: ${part.className} ${getComputedStyle(part).color} on ${background} = ${ratio.toFixed(2)}:1`);
            }
          });
          expect(failures).toEqual([]);
          expect(cells.filter((c) => c.querySelector('.mark')).length).toBeGreaterThan(100);
          expect(await axeViolations(el)).toEqual([]);
        });
      }
    }

    it('draws the new colour at once when r changes (r = -0.68 to -0.60 once read black on the old red, 4.3:1)', async () => {
      const one = (r: number): CorrelationHeatmapData => ({ mode: 'correlations', rows: ['engagement'], columns: ['nps'], cells: [{ row: 'engagement', column: 'nps', r, n: 40, p: 0.001, pAdjusted: 0.002 }] });
      const el = await mount(one(-0.68));
      await nextFrame();
      el.data = one(-0.6);
      await el.updateComplete;
      const cell = el.shadowRoot!.querySelector<HTMLElement>('td.cell')!;
      const background = getComputedStyle(cell).backgroundColor;
      const text = getComputedStyle(cell.querySelector('.value')!).color;
      expect(hex(background)).toBe('#d56050');
      expect(text).toBe('rgb(0, 0, 0)');
      expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5);
      expect(await axeViolations(el)).toEqual([]);
    });
  });

  describe('the selected unit', () => {
    it('highlights the workspace\'s selected unit: row header bar, outlined cells, aria-selected', async () => {
      const picks: WorkspaceSelection[] = [];
      const el = await mount(units);
      el.workspace = fakeWorkspace({ unit: 'leeds' }, picks);
      await el.updateComplete;
      const root = el.shadowRoot!;
      const [lyonRow, leedsRow] = [...root.querySelectorAll<HTMLTableRowElement>('tbody tr')] as [HTMLTableRowElement, HTMLTableRowElement];
      expect(leedsRow.hasAttribute('data-selected')).toBe(true);
      expect(lyonRow.hasAttribute('data-selected')).toBe(false);
      expect([...leedsRow.querySelectorAll('td')].map((c) => c.getAttribute('aria-selected'))).toEqual(['true', 'true']);
      expect([...lyonRow.querySelectorAll('td')].map((c) => c.getAttribute('aria-selected'))).toEqual(['false', 'false']);
      expect(getComputedStyle(leedsRow.querySelector('th')!).boxShadow).toContain('inset');
      expect(getComputedStyle(lyonRow.querySelector('th')!).boxShadow).toBe('none');
      expect(getComputedStyle(leedsRow.querySelector('th')!).fontWeight).toBe('700');
      expect(getComputedStyle(leedsRow.querySelector('td')!).boxShadow).toContain('inset');
      expect(await axeViolations(el)).toEqual([]);

      // Another view selects Lyon: the highlight follows.
      el.workspace = fakeWorkspace({ unit: 'lyon' }, picks);
      await el.updateComplete;
      expect(lyonRow.hasAttribute('data-selected')).toBe(true);
      expect(leedsRow.hasAttribute('data-selected')).toBe(false);

      // Enter on a cell of the selected unit clears the selection; on another unit picks it.
      root.querySelector<HTMLElement>('td[data-row="0"][data-column="0"]')!.focus();
      await userEvent.keyboard('{Enter}');
      await userEvent.keyboard('{ArrowDown}{Enter}');
      expect(picks).toEqual([{ unit: undefined }, { unit: 'leeds' }]);
    });

    it('tracks its own selection outside a workspace, and marks nothing in correlations mode', async () => {
      const el = await mount(units);
      expect(el.shadowRoot!.querySelector('tr[data-selected]')).toBeNull();
      el.shadowRoot!.querySelector<HTMLElement>('td[data-row="1"][data-column="1"]')!.click();
      await el.updateComplete;
      expect(el.selected).toBe('leeds');
      expect(el.shadowRoot!.querySelectorAll('tr[data-selected] th')).toHaveLength(1);
      expect(el.shadowRoot!.querySelector('tr[data-selected] th')!.textContent).toBe('Leeds Central');
      const matrix = await mount(correlations);
      matrix.selected = 'leeds';
      await matrix.updateComplete;
      expect(matrix.shadowRoot!.querySelector('[data-selected], [aria-selected]')).toBeNull();
    });
  });
});
