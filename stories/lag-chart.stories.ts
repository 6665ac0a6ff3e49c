import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/lag-chart/lag-chart.ts';
import type { LagChartData, LagCorrelation } from '../src/components/lag-chart/lag-chart.types.ts';

const NAN_CI: [number, number] = [Number.NaN, Number.NaN];
const lag = (direction: LagCorrelation['direction'], k: number, r: number, n: number, pAdjusted: number): LagCorrelation => {
  if (!Number.isFinite(r)) return { k, direction, r, ci: NAN_CI, n, p: Number.NaN, pAdjusted: Number.NaN };
  // Fisher-z interval, as the analytics layer computes it.
  const z = Math.atanh(r);
  const half = 1.959964 / Math.sqrt(n - 3);
  return { k, direction, r, ci: [Math.tanh(z - half), Math.tanh(z + half)], n, p: pAdjusted / 2, pAdjusted };
};

const data: LagChartData = {
  employeeMetric: 'recognition',
  customerMetric: 'nps',
  lags: [
    lag('ex-to-cx', 0, 0.24, 612, 0.0001), lag('ex-to-cx', 1, 0.41, 595, 0.00002), lag('ex-to-cx', 2, 0.19, 560, 0.0004),
    lag('ex-to-cx', 3, 0.08, 512, 0.11), lag('ex-to-cx', 4, Number.NaN, 2, Number.NaN),
    lag('cx-to-ex', 0, 0.24, 612, 0.0001), lag('cx-to-ex', 1, 0.06, 595, 0.19), lag('cx-to-ex', 2, -0.04, 560, 0.38),
    lag('cx-to-ex', 3, 0.02, 512, 0.66), lag('cx-to-ex', 4, Number.NaN, 2, Number.NaN),
  ],
};

const notSignificant: LagChartData = {
  employeeMetric: 'engagement',
  customerMetric: 'csat',
  lags: [0, 1, 2].flatMap((k) => [lag('ex-to-cx', k, 0.09 - k * 0.03, 48 - k * 4, 0.42 + k * 0.1), lag('cx-to-ex', k, -0.05 + k * 0.02, 48 - k * 4, 0.61 + k * 0.05)]),
};

const meta: Meta = {
  title: 'Elements/sym-lag-chart',
  component: 'sym-lag-chart',
  parameters: { docs: { description: { component: 'Correlation by lag k in both directions (employee → customer, customer → employee), with 95% CIs, n per lag and BH significance.' } } },
};
export default meta;
type Story = StoryObj;

export const Overview: Story = {
  render: () => html`<sym-lag-chart width="560" .data=${data}></sym-lag-chart>`,
  play: async ({ canvasElement }) => {
    const chart = canvasElement.querySelector('sym-lag-chart')!;
    await chart.updateComplete;
    const root = chart.shadowRoot!;
    await expect(root.querySelectorAll('.point')).toHaveLength(8);
    await expect(root.querySelector('figcaption')!.textContent).toContain('employee → customer at lag 1, r = 0.41');
    const first = root.querySelector<SVGElement>('.point[tabindex="0"]')!;
    first.focus();
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(root.activeElement?.getAttribute('aria-label')).toContain('lag 1: r = 0.41'));
    await userEvent.click(root.querySelector('.table-toggle')!);
    await waitFor(() => expect(root.querySelectorAll('tbody tr')).toHaveLength(10));
    await expect(root.querySelector('tbody')!.textContent).toContain('too few pairs to estimate');
  },
};

export const NotSignificant: Story = {
  render: () => html`<sym-lag-chart width="480" .data=${notSignificant}></sym-lag-chart>`,
  play: async ({ canvasElement }) => {
    const chart = canvasElement.querySelector('sym-lag-chart')!;
    await chart.updateComplete;
    const root = chart.shadowRoot!;
    await expect(root.querySelectorAll('.sig')).toHaveLength(0);
    await expect(root.querySelector('figcaption')!.textContent).toContain('not significant after Benjamini–Hochberg adjustment. None of the 6 estimable lags is significant.');
  },
};

export const Empty: Story = {
  render: () => html`<sym-lag-chart width="480"></sym-lag-chart>`,
  play: async ({ canvasElement }) => {
    const chart = canvasElement.querySelector('sym-lag-chart')!;
    await chart.updateComplete;
    await expect(chart.shadowRoot!.textContent).toContain('No lagged correlations to show yet.');
  },
};

export const French: Story = {
  render: () => html`<div lang="fr"><sym-lag-chart width="560" .data=${data}></sym-lag-chart></div>`,
  play: async ({ canvasElement }) => {
    const chart = canvasElement.querySelector('sym-lag-chart')!;
    await chart.updateComplete;
    const caption = chart.shadowRoot!.querySelector('figcaption')!.textContent!;
    await expect(caption).toContain('collaborateurs → clients avec un décalage de 1, r = 0,41');
    await expect(caption).toContain('pas une causalité');
  },
};

export const Narrow: Story = {
  render: () => html`<div style="width:360px"><sym-lag-chart .data=${data}></sym-lag-chart></div>`,
  play: async ({ canvasElement }) => {
    const chart = canvasElement.querySelector('sym-lag-chart')!;
    await waitFor(() => expect(Number(chart.shadowRoot!.querySelector('svg[part=plot]')!.getAttribute('width'))).toBeLessThanOrEqual(360));
  },
};

export const Dark: Story = {
  render: () => html`<div style="background:#0d1117;color:#e6edf3;padding:1rem;--sym-color-text:#e6edf3;--sym-color-muted:#9198a1;--sym-color-grid:#21262d;--sym-color-surface:#0d1117;--sym-color-border:#30363d;--sym-lag-ex-color:#4493f8;--sym-lag-cx-color:#f0883e">
    <sym-lag-chart width="560" .data=${data}></sym-lag-chart></div>`,
  play: async ({ canvasElement }) => {
    const chart = canvasElement.querySelector('sym-lag-chart')!;
    await chart.updateComplete;
    await expect(chart.shadowRoot!.querySelectorAll('.point')).toHaveLength(8);
  },
};
