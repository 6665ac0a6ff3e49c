import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/workspace/workspace.ts';
import '../src/components/dashboard/dashboard.ts';

const meta: Meta = {
  title: 'Elements/sym-dashboard',
  component: 'sym-dashboard',
  parameters: { docs: { description: { component: 'The default dashboard, inside a `<sym-workspace>` that loads the sample dataset.' } } },
};
export default meta;
type Story = StoryObj;

async function ready(canvasElement: HTMLElement) {
  const workspace = canvasElement.querySelector('sym-workspace')!;
  await waitFor(() => expect(workspace.state.status).toBe('ready'), { timeout: 20_000 });
  const dashboard = canvasElement.querySelector('sym-dashboard')!;
  await dashboard.updateComplete;
  // The panels below the scatter join one task after the first paint.
  await waitFor(() => expect(dashboard.shadowRoot!.querySelector('sym-insights')).not.toBeNull());
  return dashboard;
}

export const WithSampleData: Story = {
  render: () => html`<sym-workspace sample database="story-dashboard"><sym-dashboard></sym-dashboard></sym-workspace>`,
  play: async ({ canvasElement }) => {
    const dashboard = await ready(canvasElement);
    const scatter = dashboard.shadowRoot!.querySelector('sym-scatter')!;
    await scatter.updateComplete;
    await expect(scatter.shadowRoot!.querySelectorAll('.point').length).toBeGreaterThan(50);
    await expect(scatter.shadowRoot!.querySelector('figcaption')!.textContent).toMatch(/Pearson r = 0\.\d\d/);
  },
};

export const French: Story = {
  render: () => html`<div lang="fr"><sym-workspace sample database="story-dashboard"><sym-dashboard></sym-dashboard></sym-workspace></div>`,
  play: async ({ canvasElement }) => {
    const dashboard = await ready(canvasElement);
    await expect(dashboard.shadowRoot!.textContent).toContain('Ce que disent les données');
  },
};

/** A filter set from the bar: numbers follow, employee figures stay the protected ones. */
export const Filtered: Story = {
  render: () => html`<sym-workspace sample database="story-dashboard" filter-delay="10"><sym-dashboard></sym-dashboard></sym-workspace>`,
  play: async ({ canvasElement }) => {
    const dashboard = await ready(canvasElement);
    const workspace = canvasElement.querySelector('sym-workspace')!;
    const bar = dashboard.shadowRoot!.querySelector('sym-filter-bar')!;
    await bar.updateComplete;
    const segment = bar.shadowRoot!.querySelector<HTMLSelectElement>('select[name="segment"]')!;
    segment.value = 'B2B';
    segment.dispatchEvent(new Event('change'));
    await waitFor(() => expect(workspace.state.analysis?.filter.segment).toEqual(['B2B']), { timeout: 20_000 });
    await expect(bar.shadowRoot!.querySelector('[role=status]')!.textContent).toContain('1 filter applied');
  },
};
