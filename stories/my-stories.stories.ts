import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/components/my-stories/my-stories.ts';
import type { AuthorStory } from '../src/recognition/author-stories.ts';
import type { WorkspaceState } from '../src/components/shared/workspace-context.ts';

const units = [{ id: 'lyon-care', name: 'Service Client Lyon' }, { id: 'dublin-chat', name: 'Live Chat Dublin' }];
const stories: AuthorStory[] = [
  { id: 'd1', title: 'The parcel found in ten minutes', unit: 'lyon-care', status: 'draft', at: '2026-03-09T08:00:00Z' },
  {
    id: 's2', title: 'Élodie and the lost booking', unit: 'lyon-care', status: 'rejected', at: '2026-03-06T09:00:00Z',
    decision: { at: '2026-03-06T09:00:00Z', rule: 'true-and-specific', reason: 'Could you say what Élodie did, and what changed for the customer?' },
  },
  { id: 's3', title: 'A stuck case solved by Siobhán', unit: 'dublin-chat', status: 'published', at: '2026-03-05T09:00:00Z', decision: { at: '2026-03-05T09:00:00Z' } },
  { id: 's4', title: 'Teamwork at quarter end', unit: 'lyon-care', status: 'submitted', at: '2026-03-04T10:00:00Z' },
];
// A workspace whose storage cannot be read: the element says so.
const broken = {
  status: 'ready',
  client: { api: { authorStories: () => Promise.reject(new Error('The browser storage is unavailable.')), units: () => Promise.resolve([]) } },
} as unknown as WorkspaceState;

const meta: Meta = {
  title: 'Recognition/sym-my-stories',
  component: 'sym-my-stories',
  parameters: { docs: { description: { component: 'An author’s own stories: waiting, published, or not published with the published rule the moderator cited and the reason. Rejected stories can be revised.' } } },
};
export default meta;
type Story = StoryObj;

export const Overview: Story = {
  render: () => html`<sym-my-stories author="Ana R." .stories=${stories} .units=${units}></sym-my-stories>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('sym-my-stories')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelector('[data-id=s2] [data-reason]')!.textContent).toContain('what changed for the customer');
  },
};

export const Empty: Story = {
  render: () => html`<sym-my-stories author="Ana R." .stories=${[]}></sym-my-stories>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('sym-my-stories')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.textContent).toContain('You have not submitted a story yet.');
  },
};

export const LoadError: Story = {
  name: 'Error',
  render: () => html`<sym-my-stories author="Ana R." .workspace=${broken}></sym-my-stories>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('sym-my-stories')!;
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    await expect(el.shadowRoot!.querySelector('[part=status]')!.textContent).toContain('The browser storage is unavailable.');
  },
};

export const French: Story = {
  render: () => html`<div lang="fr"><sym-my-stories author="Ana R." .stories=${stories} .units=${units}></sym-my-stories></div>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('sym-my-stories')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.textContent).toContain('Non publiée');
  },
};

export const Dark: Story = {
  render: () => html`<div style="background:#0d1117;padding:1rem;--sym-color-surface:#161b22;--sym-color-text:#e6edf3;--sym-color-muted:#9198a1;--sym-color-border:#6e7681;--sym-color-accent:#1f6feb;--sym-color-danger:#f85149;--sym-color-positive:#3fb950;--sym-color-focus:#58a6ff">
    <sym-my-stories author="Ana R." .stories=${stories} .units=${units}></sym-my-stories></div>`,
};
