import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/workspace/workspace.ts';

const meta: Meta = {
  title: 'Elements/sym-workspace',
  component: 'sym-workspace',
  parameters: { docs: { description: { component: 'Owns a local workspace (IndexedDB + analytics worker) and provides it to the elements inside.' } } },
};
export default meta;

type Story = StoryObj;

export const Empty: Story = {
  render: () => html`<sym-workspace database=${`story-empty-${Date.now()}`}></sym-workspace>`,
  play: async ({ canvasElement }) => {
    const workspace = canvasElement.querySelector('sym-workspace')!;
    await waitFor(() => expect(workspace.state.status).toBe('empty'), { timeout: 10_000 });
    await expect(workspace.shadowRoot!.textContent).toContain('No data yet');
  },
};

export const EmptyFrench: Story = {
  render: () => html`<sym-workspace lang="fr" database=${`story-empty-fr-${Date.now()}`}></sym-workspace>`,
  play: async ({ canvasElement }) => {
    const workspace = canvasElement.querySelector('sym-workspace')!;
    await waitFor(() => expect(workspace.shadowRoot!.textContent).toContain('Aucune donnée'), { timeout: 10_000 });
  },
};
