import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/scatter/scatter.ts';
import type { ScatterData } from '../src/components/shared/chart-types.ts';

const names = ['Lyon Part-Dieu', 'Saint-Étienne', 'Bordeaux Mériadeck', 'London Bridge', 'Manchester Piccadilly', 'Montréal Centre', 'Équipe Accueil', 'Nantes Atlantis', 'Lille Europe', 'Leeds Central', 'Québec Vieux-Port', 'Marseille Prado'];
const data: ScatterData = {
  xMetric: 'engagement',
  yMetric: 'nps',
  period: '2026-Q4',
  points: names.map((name, i) => {
    const x = 3 + ((i * 37) % 11) / 10;
    const y = -10 + (x - 3) * 40 + ((i * 53) % 17) - 8;
    return { id: `u${i}`, name, x, y, n: 6 + ((i * 7) % 30) };
  }).map((p, _, all) => {
    const mx = all.reduce((s, q) => s + q.x, 0) / all.length;
    const my = all.reduce((s, q) => s + q.y, 0) / all.length;
    const quadrant = p.x >= mx ? (p.y >= my ? 'virtuous' : 'untapped') : p.y >= my ? 'fragile' : 'critical';
    return { ...p, quadrant } as const;
  }),
  correlation: { r: 0.62, ci: [0.06, 0.88], p: 0.031, pAdjusted: 0.047, n: 12 },
};

const meta: Meta = {
  title: 'Elements/sym-scatter',
  component: 'sym-scatter',
  parameters: { docs: { description: { component: 'Units on an employee metric × customer metric, with regression line, 95% band, quadrants and a data-table twin.' } } },
};
export default meta;
type Story = StoryObj;

export const Overview: Story = {
  render: () => html`<sym-scatter width="560" .data=${data}></sym-scatter>`,
  play: async ({ canvasElement }) => {
    const chart = canvasElement.querySelector('sym-scatter')!;
    await chart.updateComplete;
    const root = chart.shadowRoot!;
    await expect(root.querySelectorAll('.point')).toHaveLength(12);
    await expect(root.querySelector('figcaption')!.textContent).toContain('r = 0.62');
    // Keyboard: focus the first point, move right, select with Enter.
    const first = root.querySelector<SVGElement>('.point[tabindex="0"]')!;
    first.focus();
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(root.activeElement?.getAttribute('data-index')).toBe('1'));
  },
};

export const WithTable: Story = {
  render: () => html`<sym-scatter width="560" .data=${data}></sym-scatter>`,
  play: async ({ canvasElement }) => {
    const chart = canvasElement.querySelector('sym-scatter')!;
    await chart.updateComplete;
    await userEvent.click(chart.shadowRoot!.querySelector('button')!);
    await waitFor(() => expect(chart.shadowRoot!.querySelectorAll('tbody tr')).toHaveLength(12));
  },
};

export const TooFewUnits: Story = {
  render: () => html`<sym-scatter width="480" .data=${{ ...data, points: data.points.slice(0, 2), correlation: undefined }}></sym-scatter>`,
};

export const French: Story = {
  render: () => html`<div lang="fr"><sym-scatter width="560" .data=${data}></sym-scatter></div>`,
  play: async ({ canvasElement }) => {
    const chart = canvasElement.querySelector('sym-scatter')!;
    await chart.updateComplete;
    await expect(chart.shadowRoot!.querySelector('figcaption')!.textContent).toContain('r de Pearson = 0,62');
  },
};

export const Dark: Story = {
  render: () => html`<div style="background:#0d1117;color:#e6edf3;padding:1rem;--sym-color-text:#e6edf3;--sym-color-muted:#9198a1;--sym-color-grid:#21262d;--sym-color-surface:#0d1117">
    <sym-scatter width="560" .data=${data}></sym-scatter></div>`,
};
