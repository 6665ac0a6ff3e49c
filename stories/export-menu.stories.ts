import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/export-menu/export-menu.ts';
import '../src/components/lag-chart/lag-chart.ts';
import type { LagChartData } from '../src/components/lag-chart/lag-chart.types.ts';
import type { SymExportEvent } from '../src/components/export-menu/export-menu.ts';

const lags: LagChartData = {
  employeeMetric: 'engagement',
  customerMetric: 'nps',
  lags: [
    { k: 0, direction: 'ex-to-cx', r: 0.28, ci: [0.18, 0.37], n: 420, p: 0.0001, pAdjusted: 0.0003 },
    { k: 1, direction: 'ex-to-cx', r: 0.41, ci: [0.33, 0.48], n: 395, p: 0.00001, pAdjusted: 0.00005 },
    { k: 2, direction: 'ex-to-cx', r: 0.12, ci: [0.01, 0.23], n: 360, p: 0.03, pAdjusted: 0.07 },
    { k: 0, direction: 'cx-to-ex', r: 0.28, ci: [0.18, 0.37], n: 420, p: 0.0001, pAdjusted: 0.0003 },
    { k: 1, direction: 'cx-to-ex', r: 0.05, ci: [-0.05, 0.15], n: 395, p: 0.32, pAdjusted: 0.41 },
    { k: 2, direction: 'cx-to-ex', r: -0.03, ci: [-0.14, 0.08], n: 360, p: 0.57, pAdjusted: 0.62 },
  ],
};
const caption = { title: 'Engagement and NPS by lag', thresholds: { minEmployees: 5, minCustomers: 10, alpha: 0.05, lag: 2 }, granularity: 'quarter' as const, n: { value: 96, what: 'units' as const } };
const table = { columns: ['Direction', 'k', 'r'], rows: lags.lags.map((l) => [l.direction, l.k, l.r]) };

/** Stories keep the files: the event is cancelled so nothing is downloaded. */
const keep = (event: SymExportEvent) => event.preventDefault();

const meta: Meta = {
  title: 'Elements/sym-export-menu',
  component: 'sym-export-menu',
  parameters: { docs: { description: { component: 'PNG, SVG, CSV and Print for any view, each carrying the active filters, period, n and thresholds. Wrap a chart, point at it with for=, or set .target.' } } },
};
export default meta;
type Story = StoryObj;

export const WrappingAChart: Story = {
  render: () => html`<sym-export-menu filename="lags" .caption=${caption} .table=${table} @sym-export=${keep}>
    <sym-lag-chart width="520" .data=${lags}></sym-lag-chart>
  </sym-export-menu>`,
  play: async ({ canvasElement }) => {
    const menu = canvasElement.querySelector('sym-export-menu')!;
    await menu.updateComplete;
    const blob = await menu.exportAs('svg');
    await expect(await blob!.text()).toContain('Engagement and NPS by lag');
    await waitFor(() => expect(menu.shadowRoot!.querySelector('[role=status]')!.textContent).toBe('SVG ready: lags.svg'));
  },
};

export const PointingAtAChart: Story = {
  render: () => html`<sym-export-menu for="story-lags" .caption=${caption} @sym-export=${keep}></sym-export-menu>
    <sym-lag-chart id="story-lags" width="520" .data=${lags}></sym-lag-chart>`,
  play: async ({ canvasElement }) => {
    const menu = canvasElement.querySelector('sym-export-menu')!;
    await expect(menu.view).toBe(canvasElement.querySelector('sym-lag-chart'));
  },
};

export const NothingToExport: Story = {
  render: () => html`<sym-export-menu formats="csv" @sym-export=${keep}><p>No data yet.</p></sym-export-menu>`,
  play: async ({ canvasElement }) => {
    const menu = canvasElement.querySelector('sym-export-menu')!;
    await menu.updateComplete;
    await menu.exportAs('csv');
    await waitFor(() => expect(menu.shadowRoot!.querySelector('[role=status]')!.textContent).toBe('Nothing to export yet.'));
  },
};

export const French: Story = {
  render: () => html`<div lang="fr"><sym-export-menu .caption=${caption} @sym-export=${keep}>
    <sym-lag-chart width="520" .data=${lags}></sym-lag-chart></sym-export-menu></div>`,
  play: async ({ canvasElement }) => {
    const menu = canvasElement.querySelector('sym-export-menu')!;
    await menu.updateComplete;
    await expect(menu.shadowRoot!.querySelector('button[data-format=print]')!.textContent).toBe('Imprimer');
    await expect(menu.captionLines()).toContain('Période : tous les trimestres regroupés');
  },
};

export const Dark: Story = {
  render: () => html`<div style="background:#0d1117;color:#e6edf3;padding:1rem;--sym-color-text:#e6edf3;--sym-color-muted:#9198a1;--sym-color-grid:#21262d;--sym-color-surface:#161b22;--sym-color-border:#30363d;--sym-lag-ex-color:#4493f8;--sym-lag-cx-color:#f0883e">
    <sym-export-menu .caption=${caption} @sym-export=${keep}><sym-lag-chart width="520" .data=${lags}></sym-lag-chart></sym-export-menu></div>`,
  play: async ({ canvasElement }) => {
    const menu = canvasElement.querySelector('sym-export-menu')!;
    await menu.updateComplete;
    const png = await menu.exportAs('png');
    await expect(png!.type).toBe('image/png');
  },
};
