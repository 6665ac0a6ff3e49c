import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/kpi/kpi.ts';
import '../src/components/workspace/workspace.ts';
import type { KpiData } from '../src/components/shared/analysis-view.ts';

const series = [
  { period: '2026-Q1', value: 12 },
  { period: '2026-Q2', value: 15 },
  { period: '2026-Q3', value: 14 },
  { period: '2026-Q4', value: 21 },
];
const enps: KpiData = { value: 21, ci: [14.2, 27.8], n: 412, threshold: 5, previous: { period: '2026-Q3', value: 14 }, series, period: '2026-Q4', unitName: 'Lyon Part-Dieu' };
const csat: KpiData = { value: 81.46, ci: [79.9, 82.9], n: 2310, threshold: 10, previous: { period: '2026-Q3', value: 82.1 }, series: series.map((s) => ({ ...s, value: 78 + s.value / 5 })), period: '2026-Q4' };

const meta: Meta = {
  title: 'Elements/sym-kpi',
  component: 'sym-kpi',
  parameters: { docs: { description: { component: 'A metric tile with value, 95% CI, change vs the previous period, sparkline and n.' } } },
};
export default meta;
type Story = StoryObj;

export const Overview: Story = {
  render: () => html`<div style="display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:1rem">
    <sym-kpi metric="enps" .data=${enps}></sym-kpi>
    <sym-kpi metric="csat" .data=${csat}></sym-kpi>
  </div>`,
  play: async ({ canvasElement }) => {
    const [tile] = canvasElement.querySelectorAll('sym-kpi');
    await tile!.updateComplete;
    await expect(tile!.shadowRoot!.querySelector('[part=value]')!.textContent).toBe('+21');
  },
};

export const Suppressed: Story = {
  render: () => html`<sym-kpi metric="enps" .data=${{ ...enps, suppressed: 'below-threshold' } satisfies KpiData}></sym-kpi>`,
  play: async ({ canvasElement }) => {
    const tile = canvasElement.querySelector('sym-kpi')!;
    await tile.updateComplete;
    await expect(tile.shadowRoot!.textContent).toContain('Fewer than 5 answers');
    await expect(tile.shadowRoot!.textContent).not.toContain('21');
  },
};

/** No data and no workspace loading any: a plain note, not a busy state. */
export const NoData: Story = {
  render: () => html`<sym-kpi metric="nps"></sym-kpi>`,
  play: async ({ canvasElement }) => {
    const tile = canvasElement.querySelector('sym-kpi')!;
    await tile.updateComplete;
    await expect(tile.shadowRoot!.textContent).toContain('No answers yet');
  },
};

/** Inside a workspace whose data has no answers for the tile's measure (here, no CES column). */
export const MeasureNotInData: Story = {
  render: () => html`<sym-kpi metric="ces" .workspace=${{
    status: 'ready', selection: {}, request: {}, filter: {}, pending: false, revision: 0,
    analysis: { periods: [], measures: ['enps', 'engagement', 'nps', 'csat'], thresholds: { minEmployees: 5, minCustomers: 10 } },
  }}></sym-kpi>`,
  play: async ({ canvasElement }) => {
    const tile = canvasElement.querySelector('sym-kpi')!;
    await tile.updateComplete;
    await expect(tile.shadowRoot!.querySelector('[part=value]')!.textContent).toBe('Customer effort: no answers in this data');
  },
};

export const French: Story = {
  render: () => html`<div lang="fr"><sym-kpi metric="csat" .data=${csat}></sym-kpi></div>`,
  play: async ({ canvasElement }) => {
    const tile = canvasElement.querySelector('sym-kpi')!;
    await tile.updateComplete;
    // French percent: decimal comma and a no-break space (U+00A0 or U+202F by ICU version) before %.
    await expect(tile.shadowRoot!.querySelector('[part=value]')!.textContent).toMatch(/^81,5[\u00a0\u202f]%$/);
  },
};

export const Dark: Story = {
  render: () => html`<div style="background:#0d1117;padding:1rem;--sym-color-surface:#161b22;--sym-color-text:#e6edf3;--sym-color-muted:#9198a1;--sym-color-border:#30363d;--sym-color-positive:#3fb950;--sym-color-negative:#f85149">
    <sym-kpi metric="enps" .data=${enps}></sym-kpi></div>`,
};

/** From a workspace with the sample dataset: the whole organisation, real figures. */
export const Organisation: Story = {
  render: () => html`<sym-workspace sample database="story-kpi"><div style="display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:1rem">
    <sym-kpi metric="enps"></sym-kpi><sym-kpi metric="nps"></sym-kpi></div></sym-workspace>`,
  play: async ({ canvasElement }) => {
    const workspace = canvasElement.querySelector('sym-workspace')!;
    await waitFor(() => expect(workspace.state.status).toBe('ready'), { timeout: 20_000 });
    const tile = canvasElement.querySelector('sym-kpi')!;
    await tile.updateComplete;
    await expect(tile.shadowRoot!.textContent).toContain('Whole organisation');
    await expect(tile.shadowRoot!.querySelector('[part=value]')!.textContent).toMatch(/^[+−-]?\d+$/);
  },
};
