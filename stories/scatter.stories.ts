import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/scatter/scatter.ts';
import type { ScatterData, ScatterPoint } from '../src/components/shared/chart-types.ts';
import type { UnitTrajectory } from '../src/components/scatter/scatter-trajectories.ts';

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

/** 20,000 synthetic units, enough to switch the points to canvas painting. */
function manyPoints(count: number): ScatterData {
  let seed = 7;
  const random = () => ((seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296);
  const quadrants = ['virtuous', 'fragile', 'untapped', 'critical'] as const;
  const points: ScatterPoint[] = Array.from({ length: count }, (_, i) => {
    const x = 2 + random() * 3;
    const y = -40 + (x - 2) * 25 + random() * 40;
    return { id: `t${i}`, name: `Team ${i + 1}`, x, y, n: 5 + Math.floor(random() * 40), quadrant: quadrants[(x > 3.5 ? 0 : 1) + (y > 10 ? 0 : 2)] ?? 'virtuous' };
  });
  return { xMetric: 'engagement', yMetric: 'nps', period: '2026-Q4', points, correlation: { r: 0.78, ci: [0.77, 0.79], p: 1e-12, n: count } };
}
const many = manyPoints(20_000);

const periods = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'];
// Each unit drifts towards its pooled position; one period of Saint-Étienne is withheld (fewer than 5 answers).
const trajectories: UnitTrajectory[] = data.points.slice(0, 6).map((p, u) => ({
  id: p.id,
  name: p.name,
  steps: periods.map((period, i) => (u === 1 && i === 2
    ? { period, x: null, y: null, n: 0 }
    : { period, x: p.x - (3 - i) * 0.08 * (u % 2 ? 1 : -1), y: p.y - (3 - i) * 3, n: p.n })),
}));

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

/** Nothing to plot (no data, no workspace): a plain sentence, not a busy state. */
export const Empty: Story = {
  render: () => html`<sym-scatter width="480"></sym-scatter>`,
  play: async ({ canvasElement }) => {
    const chart = canvasElement.querySelector('sym-scatter')!;
    await chart.updateComplete;
    const note = chart.shadowRoot!.querySelector('p.muted')!;
    await expect(note.textContent).toBe('No units to plot yet.');
    await expect(note.hasAttribute('aria-busy')).toBe(false);
  },
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

export const ManyPoints: Story = {
  render: () => html`<sym-scatter width="560" .data=${many}></sym-scatter>`,
  play: async ({ canvasElement }) => {
    const chart = canvasElement.querySelector('sym-scatter')!;
    await chart.updateComplete;
    const root = chart.shadowRoot!;
    await expect(root.querySelector('canvas')).not.toBeNull();
    // One SVG mark (the focused unit) instead of 20,000.
    await expect(root.querySelectorAll('.point')).toHaveLength(1);
    root.querySelector<SVGElement>('.point[tabindex="0"]')!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(root.activeElement?.getAttribute('data-index')).toBe('1'));
  },
};

export const ManyPointsDark: Story = {
  render: () => html`<div style="background:#0d1117;color:#e6edf3;padding:1rem;--sym-color-text:#e6edf3;--sym-color-muted:#9198a1;--sym-color-grid:#21262d;--sym-color-surface:#0d1117">
    <sym-scatter width="560" .data=${many}></sym-scatter></div>`,
};

export const Trajectories: Story = {
  render: () => html`<sym-scatter width="560" .data=${data} .trajectories=${trajectories}></sym-scatter>`,
  play: async ({ canvasElement }) => {
    const chart = canvasElement.querySelector('sym-scatter')!;
    await chart.updateComplete;
    const root = chart.shadowRoot!;
    const toggle = root.querySelector<HTMLButtonElement>('[part=trajectories-toggle]')!;
    await userEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-pressed')).toBe('true'));
    await expect(root.querySelectorAll('.trajectory')).toHaveLength(6);
    await expect(root.querySelector('figcaption')!.textContent).toContain('Trajectories of 6 units over 4 periods');
  },
};

export const TrajectoriesFrench: Story = {
  render: () => html`<div lang="fr"><sym-scatter width="560" .data=${data} .trajectories=${trajectories}></sym-scatter></div>`,
  play: async ({ canvasElement }) => {
    const chart = canvasElement.querySelector('sym-scatter')!;
    await chart.updateComplete;
    const toggle = chart.shadowRoot!.querySelector<HTMLButtonElement>('[part=trajectories-toggle]')!;
    await expect(toggle.textContent!.trim()).toBe('Afficher les trajectoires');
    await userEvent.click(toggle);
    await waitFor(() => expect(chart.shadowRoot!.querySelector('figcaption')!.textContent).toContain('Trajectoires de 6 unités'));
  },
};

export const TrajectoriesDark: Story = {
  render: () => html`<div style="background:#0d1117;color:#e6edf3;padding:1rem;--sym-color-text:#e6edf3;--sym-color-muted:#9198a1;--sym-color-grid:#21262d;--sym-color-surface:#0d1117">
    <sym-scatter width="560" .data=${data} .trajectories=${trajectories}></sym-scatter></div>`,
  play: async ({ canvasElement }) => {
    const chart = canvasElement.querySelector('sym-scatter')!;
    await chart.updateComplete;
    await userEvent.click(chart.shadowRoot!.querySelector<HTMLButtonElement>('[part=trajectories-toggle]')!);
    await waitFor(() => expect(chart.shadowRoot!.querySelectorAll('.trajectory-path').length).toBeGreaterThan(0));
  },
};
