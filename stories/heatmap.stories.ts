import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/heatmap/heatmap.ts';
import type { CorrelationHeatmapData, UnitHeatmapData } from '../src/components/heatmap/heatmap.types.ts';

const rows = ['engagement', 'enps', 'recognition', 'manager_support', 'workload', 'wellbeing'];
const columns = ['nps', 'csat', 'ces', 'fcr'];
const rValues = [
  [0.41, 0.33, -0.28, 0.19],
  [0.37, 0.29, -0.22, 0.12],
  [0.35, 0.26, -0.18, 0.09],
  [0.31, 0.24, -0.2, 0.14],
  [-0.36, -0.3, 0.34, -0.21],
  [0.22, 0.15, -0.07, 0.03],
];
const correlations: CorrelationHeatmapData = {
  mode: 'correlations',
  rows,
  columns,
  cells: rows.flatMap((row, i) => columns.map((column, j) => {
    const r = rValues[i]![j]!;
    const pAdjusted = Math.abs(r) >= 0.18 ? 0.0004 + (0.4 - Math.abs(r)) / 20 : 0.12 + (0.2 - Math.abs(r));
    return { row, column, r, n: 118 + ((i + j) % 3), p: pAdjusted / 3, pAdjusted };
  })),
};

const unitNames = ['Lyon Part-Dieu', 'Saint-Étienne', 'Bordeaux Mériadeck', 'London Bridge', 'Montréal Centre', 'Équipe Accueil'];
const items = ['autonomy', 'recognition', 'wellbeing', 'workload', 'manager_support', 'development'];
const units: UnitHeatmapData = {
  mode: 'units',
  threshold: 5,
  units: unitNames.map((name, i) => ({ id: `u${i}`, name })),
  items,
  cells: unitNames.flatMap((_, i) => items.map((item, j) => {
    const suppressed = (i === 2 && j === 1) || (i === 5 && j >= 3);
    const delta = suppressed ? null : Math.round((((i * 7 + j * 5) % 11) - 5) * 6) / 100;
    return { unit: `u${i}`, item, value: suppressed ? null : 3.6 + (delta ?? 0), delta, suppressed };
  })),
};

const meta: Meta = {
  title: 'Elements/sym-heatmap',
  component: 'sym-heatmap',
  parameters: { docs: { description: { component: 'Correlation matrix (employee × customer metrics) or units × items with deltas vs the parent; an accessible grid with a data-table twin.' } } },
};
export default meta;
type Story = StoryObj;

export const Overview: Story = {
  render: () => html`<sym-heatmap .data=${correlations}></sym-heatmap>`,
  play: async ({ canvasElement }) => {
    const map = canvasElement.querySelector('sym-heatmap')!;
    await map.updateComplete;
    const root = map.shadowRoot!;
    const cells = root.querySelectorAll<HTMLElement>('td.cell');
    await expect(cells).toHaveLength(24);
    await expect(cells[0]!.textContent!.trim()).toBe('+0.41*');
    await expect(cells[0]!.getAttribute('aria-label')).toContain('n = 118');
    cells[0]!.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowRight}');
    await waitFor(() => expect(root.activeElement?.getAttribute('aria-label')).toContain('eNPS with CSAT'));
  },
};

export const Units: Story = {
  render: () => html`<sym-heatmap mode="units" .data=${units}></sym-heatmap>`,
  play: async ({ canvasElement }) => {
    const map = canvasElement.querySelector('sym-heatmap')!;
    await map.updateComplete;
    const first = map.shadowRoot!.querySelector('td.cell')!;
    await expect(first.querySelector('.delta')!.textContent).toBe('-0.30');
    await expect(map.shadowRoot!.querySelector('figcaption')!.textContent).toContain('4 cells are hidden: fewer than 5 answers.');
  },
};

export const Suppressed: Story = {
  render: () => html`<sym-heatmap .data=${{ ...units, cells: units.cells.map((c) => (c.unit === 'u0' ? { ...c, value: null, delta: null, suppressed: true } : c)) }}></sym-heatmap>`,
  play: async ({ canvasElement }) => {
    const map = canvasElement.querySelector('sym-heatmap')!;
    await map.updateComplete;
    const firstRow = [...map.shadowRoot!.querySelectorAll('tbody tr')][0]!;
    const cells = [...firstRow.querySelectorAll('td.cell')];
    await expect(cells.every((c) => c.querySelector('.value')!.textContent === '—')).toBe(true);
    await expect(cells[0]!.getAttribute('aria-label')).toBe('Lyon Part-Dieu, Autonomy: Fewer than 5 answers: hidden to protect anonymity');
  },
};

/** The workspace's selected unit (here set directly): its row header gets a bar, its cells an outline. */
export const SelectedUnit: Story = {
  render: () => html`<sym-heatmap mode="units" selected="u3" .data=${units}></sym-heatmap>`,
  play: async ({ canvasElement }) => {
    const map = canvasElement.querySelector('sym-heatmap')!;
    await map.updateComplete;
    const root = map.shadowRoot!;
    await expect(root.querySelector('tr[data-selected] th')!.textContent).toBe('London Bridge');
    await expect(root.querySelectorAll('td[aria-selected="true"]')).toHaveLength(6);
    await userEvent.click(root.querySelector<HTMLElement>('td[data-row="0"][data-column="0"]')!);
    await waitFor(() => expect(root.querySelector('tr[data-selected] th')!.textContent).toBe('Lyon Part-Dieu'));
  },
};

/** Strong effects on both palettes' darkest and most contested colours (r = -0.68, -0.60, +0.71), in both themes. */
const strongRows = ['engagement', 'recognition', 'workload'];
const strongValues = [[-0.68, -0.6, 0.71, 0.95], [-0.95, -0.45, 0.5, 0.62], [-0.8, -0.3, 0.3, 0.84]];
const strong: CorrelationHeatmapData = {
  mode: 'correlations',
  rows: strongRows,
  columns,
  cells: strongRows.flatMap((row, i) => columns.map((column, j) => ({ row, column, r: strongValues[i]![j]!, n: 96, p: 0.0001, pAdjusted: 0.0004 }))),
};

export const StrongEffects: Story = {
  render: () => html`
    <sym-heatmap .data=${strong}></sym-heatmap>
    <sym-heatmap palette="puor" .data=${strong}></sym-heatmap>
    <div style="background:#0d1117;color:#e6edf3;padding:1rem;--sym-color-text:#e6edf3;--sym-color-muted:#9198a1;--sym-color-grid:#21262d;--sym-color-surface:#161b22;--sym-color-border:#30363d;--sym-heatmap-empty-color:#161b22">
      <sym-heatmap .data=${strong}></sym-heatmap>
      <sym-heatmap palette="puor" .data=${strong}></sym-heatmap>
    </div>`,
  play: async ({ canvasElement }) => {
    const maps = [...canvasElement.querySelectorAll('sym-heatmap')];
    await Promise.all(maps.map((m) => m.updateComplete));
    const first = maps[0]!.shadowRoot!.querySelectorAll<HTMLElement>('td.cell');
    // r = -0.68 reads white on its red, r = -0.60 black on a lighter red.
    await expect(getComputedStyle(first[0]!).color).toBe('rgb(255, 255, 255)');
    await expect(getComputedStyle(first[1]!).color).toBe('rgb(0, 0, 0)');
  },
};

export const NotSignificant: Story = {
  render: () => html`<sym-heatmap .data=${{ ...correlations, cells: correlations.cells.map((c) => ({ ...c, r: c.r / 4, pAdjusted: 0.3 })) }}></sym-heatmap>`,
  play: async ({ canvasElement }) => {
    const map = canvasElement.querySelector('sym-heatmap')!;
    await map.updateComplete;
    await expect(map.shadowRoot!.querySelectorAll('.mark')).toHaveLength(0);
    await expect(map.shadowRoot!.querySelector('figcaption')!.textContent).toContain('0 correlations are significant');
  },
};

export const Empty: Story = {
  render: () => html`<sym-heatmap></sym-heatmap>`,
  play: async ({ canvasElement }) => {
    const map = canvasElement.querySelector('sym-heatmap')!;
    await map.updateComplete;
    await expect(map.shadowRoot!.textContent).toContain('No cells to show yet.');
  },
};

export const French: Story = {
  render: () => html`<div lang="fr"><sym-heatmap .data=${correlations}></sym-heatmap></div>`,
  play: async ({ canvasElement }) => {
    const map = canvasElement.querySelector('sym-heatmap')!;
    await map.updateComplete;
    const root = map.shadowRoot!;
    await expect(root.querySelector('td.cell')!.textContent!.trim()).toBe('+0,41*');
    await expect(root.querySelector('thead')!.textContent).toContain('Effort client');
    await expect(root.querySelector('figcaption')!.textContent).toContain('après correction de Benjamini–Hochberg');
  },
};

export const Dark: Story = {
  render: () => html`<div style="background:#0d1117;color:#e6edf3;padding:1rem;--sym-color-text:#e6edf3;--sym-color-muted:#9198a1;--sym-color-grid:#21262d;--sym-color-surface:#161b22;--sym-color-border:#30363d;--sym-heatmap-empty-color:#161b22;--sym-heatmap-suppressed-color:#30363d">
    <sym-heatmap palette="puor" .data=${units}></sym-heatmap></div>`,
  play: async ({ canvasElement }) => {
    const map = canvasElement.querySelector('sym-heatmap')!;
    await map.updateComplete;
    await expect(map.shadowRoot!.querySelectorAll('td.cell')).toHaveLength(36);
  },
};
