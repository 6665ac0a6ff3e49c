import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn, waitFor } from 'storybook/test';
import '../src/components/filter-bar/filter-bar.ts';
import '../src/components/workspace/workspace.ts';
import '../src/components/kpi/kpi.ts';
import type { FilterFacets } from '../src/analytics/filters.ts';

const facets: FilterFacets = {
  periods: ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'],
  units: [
    { id: 'north', name: 'North', parentId: null, level: 'region' },
    { id: 'south', name: 'South', parentId: null, level: 'region' },
    { id: 'lille', name: 'Lille', parentId: 'north', level: 'site' },
    { id: 'lyon', name: 'Lyon', parentId: 'south', level: 'site' },
    { id: 'lyon-care', name: 'Lyon Customer Care', parentId: 'lyon', level: 'team' },
    { id: 'lyon-chat', name: 'Lyon Live Chat', parentId: 'lyon', level: 'team' },
  ],
  segments: ['B2B', 'B2C'],
  channels: ['chat', 'email', 'phone', 'store'],
};

const meta: Meta = {
  title: 'Elements/sym-filter-bar',
  component: 'sym-filter-bar',
  parameters: {
    docs: { description: { component: 'Period range, unit (region > site > team), customer segment and channel. Employee figures are never recounted on a filter: it only chooses which protected cells are shown.' } },
  },
};
export default meta;
type Story = StoryObj;

const onChange = fn();

export const Overview: Story = {
  render: () => html`<sym-filter-bar .facets=${facets} @sym-filter-change=${(e: CustomEvent) => onChange(e.detail)}></sym-filter-bar>`,
  play: async ({ canvasElement }) => {
    const bar = canvasElement.querySelector('sym-filter-bar')!;
    await bar.updateComplete;
    const region = bar.shadowRoot!.querySelector<HTMLSelectElement>('select[name="unit-0"]')!;
    region.value = 'south';
    region.dispatchEvent(new Event('change'));
    await expect(onChange).toHaveBeenLastCalledWith({ filter: { units: ['south'] } });
  },
};

export const Filtered: Story = {
  render: () => html`<sym-filter-bar .facets=${facets} .filter=${{ periodFrom: '2026-Q2', units: ['lyon'], segment: ['B2B'], channel: ['phone'] }}></sym-filter-bar>`,
  play: async ({ canvasElement }) => {
    const bar = canvasElement.querySelector('sym-filter-bar')!;
    await bar.updateComplete;
    await expect(bar.shadowRoot!.querySelectorAll('select').length).toBe(7);
    await expect(bar.shadowRoot!.querySelector('[role=status]')!.textContent).toContain('4 filters applied');
  },
};

/** Before the data is there. */
export const Loading: Story = { render: () => html`<sym-filter-bar></sym-filter-bar>` };

/** A dataset without units or customer attributes: only the period range. */
export const Empty: Story = {
  render: () => html`<sym-filter-bar .facets=${{ periods: ['2026-Q1'], units: [], segments: [], channels: [] } satisfies FilterFacets}></sym-filter-bar>`,
};

export const French: Story = {
  render: () => html`<div lang="fr"><sym-filter-bar .facets=${facets} .filter=${{ units: ['north'] }}></sym-filter-bar></div>`,
  play: async ({ canvasElement }) => {
    const bar = canvasElement.querySelector('sym-filter-bar')!;
    await bar.updateComplete;
    await expect(bar.shadowRoot!.textContent).toContain('Tous les sites');
    await expect(bar.shadowRoot!.querySelector('select[name="periodFrom"] option')!.textContent).toBe('T1 2026');
  },
};

export const Dark: Story = {
  render: () => html`<div style="background:#0d1117;color:#e6edf3;padding:1rem;--sym-color-surface:#161b22;--sym-color-text:#e6edf3;--sym-color-muted:#9198a1;--sym-color-border:#30363d;--sym-color-focus:#58a6ff;color-scheme:dark">
    <sym-filter-bar .facets=${facets}></sym-filter-bar></div>`,
};

/** Inside a workspace with the sample dataset: the tile follows the filter. */
export const InWorkspace: Story = {
  render: () => html`<sym-workspace sample database="story-filter-bar" filter-delay="10">
    <sym-filter-bar></sym-filter-bar>
    <div style="max-width:16rem;margin-top:1rem"><sym-kpi metric="nps"></sym-kpi></div>
  </sym-workspace>`,
  play: async ({ canvasElement }) => {
    const workspace = canvasElement.querySelector('sym-workspace')!;
    await waitFor(() => expect(workspace.state.status).toBe('ready'), { timeout: 20_000 });
    const bar = canvasElement.querySelector('sym-filter-bar')!;
    await bar.updateComplete;
    const segment = bar.shadowRoot!.querySelector<HTMLSelectElement>('select[name="segment"]')!;
    segment.value = 'B2C';
    segment.dispatchEvent(new Event('change'));
    await waitFor(() => expect(workspace.state.analysis?.filter.segment).toEqual(['B2C']), { timeout: 20_000 });
  },
};
