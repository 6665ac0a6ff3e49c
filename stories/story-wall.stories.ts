import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/story-wall/story-wall.ts';
import type { Story as RecognitionStory } from '../src/model/types.ts';
import type { WorkspaceState } from '../src/components/shared/workspace-context.ts';
import { exportStoryFeed } from '../src/recognition/story-feed.ts';

const units = [
  { id: 'lyon-front', name: 'Lyon Front Desk' },
  { id: 'paris-phone', name: 'Paris Phone' },
  { id: 'lille-chat', name: 'Lille Chat' },
];

const base = { consent: { given: false }, status: 'published' as const, reactions: 3 };
const stories: RecognitionStory[] = [
  { ...base, id: 's1', unit: 'lyon-front', title: 'Camille turned a complaint into loyalty', body: '**Camille Martin** called the billing team while the customer waited, then *kept* her promise to call back.', people: ['Camille Martin'], peopleConsent: { 'Camille Martin': { given: true, at: '2025-01-10', how: 'in app' } }, values: ['care', 'listening'], customerQuote: 'Camille restored my faith in your company.', consent: { given: true, at: '2025-02-10', how: 'email' }, createdAt: '2025-02-11T10:15:00Z', reactions: 42 },
  { ...base, id: 's2', unit: 'paris-phone', title: 'A blocked file cleared in one morning', body: 'Hugo found the missing document and explained the next steps in plain words.', people: ['Hugo Bernard'], values: ['initiative'], createdAt: '2025-05-20T14:00:00Z' },
  { ...base, id: 's3', unit: 'paris-phone', title: 'Two colleagues, one weekend rescue', body: 'Noah Dubois and Léa Petit stayed on the line until the delivery was rerouted.', people: ['Noah Dubois', 'Léa Petit'], peopleConsent: { 'Noah Dubois': { given: true, at: '2025-01-10', how: 'in app' }, 'Léa Petit': { given: true, at: '2025-01-10', how: 'in app' } }, values: ['teamwork', 'care'], createdAt: '2025-08-03T09:30:00Z' },
  { ...base, id: 's4', unit: 'lille-chat', title: 'The chat answer that saved a launch', body: 'Sam answered within two minutes, on a Sunday:\n- checked the order\n- sent the missing part by courier', people: ['Sam Leroy'], peopleConsent: { 'Sam Leroy': { given: true, at: '2025-01-10', how: 'in app' } }, values: ['expertise'], createdAt: '2026-01-15T16:45:00Z', metricLink: { unit: 'lille-chat', metric: 'csat', from: '2025-Q4', to: '2026-Q2' } },
  { ...base, id: 's5', unit: 'lyon-front', title: 'A draft', body: 'Not published yet.', people: [], values: ['care'], status: 'draft', createdAt: '2026-02-01T09:00:00Z' },
];

const feed = exportStoryFeed(stories, { units, exportedAt: '2026-11-02T09:00:00Z' });
const feedUrl = `data:application/json,${encodeURIComponent(JSON.stringify(feed))}`;
const malformedUrl = `data:application/json,${encodeURIComponent(JSON.stringify({ format: 'symmetry-insights-stories', version: 2, exportedAt: 'yesterday', stories: [{ id: 'x', title: 1 }] }))}`;
const loadingWorkspace = { status: 'loading', request: {}, selection: {}, select: () => {}, refresh: async () => {} } as unknown as WorkspaceState;

const meta: Meta = {
  title: 'Elements/sym-story-wall',
  component: 'sym-story-wall',
  parameters: { docs: { description: { component: 'Published stories as a grid or an accessible carousel (pauses on hover and focus, respects reduced motion), filtered by unit, value and period; reads a JSON export from `src`.' } } },
};
export default meta;
type Story = StoryObj;

export const Overview: Story = {
  render: () => html`<sym-story-wall .stories=${stories} .units=${units}></sym-story-wall>`,
  play: async ({ canvasElement }) => {
    const wall = canvasElement.querySelector('sym-story-wall')!;
    await wall.updateComplete;
    const root = wall.shadowRoot!;
    await expect(root.querySelectorAll('sym-story-card')).toHaveLength(4);
    const select = root.querySelector<HTMLSelectElement>('select[data-filter=unit]')!;
    await userEvent.selectOptions(select, 'paris-phone');
    await waitFor(() => expect(root.querySelectorAll('sym-story-card')).toHaveLength(2));
    await expect(root.querySelector('.count')!.textContent).toBe('2 of 4 stories');
  },
};

export const Carousel: Story = {
  render: () => html`<div style="max-width:36rem"><sym-story-wall mode="carousel" interval="8000" .stories=${stories} .units=${units}></sym-story-wall></div>`,
  play: async ({ canvasElement }) => {
    const wall = canvasElement.querySelector('sym-story-wall')!;
    await wall.updateComplete;
    const root = wall.shadowRoot!;
    await expect(root.querySelector('[aria-roledescription=carousel]')).not.toBeNull();
    await userEvent.click(root.querySelector('.next')!);
    await waitFor(() => expect(root.querySelector('.slide')!.getAttribute('aria-label')).toBe('2 of 4'));
    await expect(root.querySelector('#slides')!.getAttribute('aria-live')).toBe('polite');
  },
};

export const FromExport: Story = {
  render: () => html`<sym-story-wall src=${feedUrl}></sym-story-wall>`,
  play: async ({ canvasElement }) => {
    const wall = canvasElement.querySelector('sym-story-wall')!;
    await waitFor(() => expect(wall.shadowRoot!.querySelectorAll('sym-story-card')).toHaveLength(4));
  },
};

export const Empty: Story = {
  render: () => html`<sym-story-wall .stories=${[]}></sym-story-wall>`,
  play: async ({ canvasElement }) => {
    const wall = canvasElement.querySelector('sym-story-wall')!;
    await wall.updateComplete;
    await expect(wall.shadowRoot!.textContent).toContain('No published stories yet.');
  },
};

export const Loading: Story = {
  render: () => html`<sym-story-wall .workspace=${loadingWorkspace}></sym-story-wall>`,
  play: async ({ canvasElement }) => {
    const wall = canvasElement.querySelector('sym-story-wall')!;
    await wall.updateComplete;
    await expect(wall.shadowRoot!.querySelector('[aria-busy=true]')!.textContent).toBe('Loading stories…');
  },
};

export const Error: Story = {
  render: () => html`<sym-story-wall src=${malformedUrl}></sym-story-wall>`,
  play: async ({ canvasElement }) => {
    const wall = canvasElement.querySelector('sym-story-wall')!;
    await waitFor(() => expect(wall.shadowRoot!.querySelector('[role=alert]')).not.toBeNull());
    await expect(wall.shadowRoot!.querySelector('[role=alert]')!.textContent).toContain('version 2 is not supported');
  },
};

export const French: Story = {
  render: () => html`<div lang="fr"><sym-story-wall .stories=${stories} .units=${units}></sym-story-wall></div>`,
  play: async ({ canvasElement }) => {
    const wall = canvasElement.querySelector('sym-story-wall')!;
    await wall.updateComplete;
    await expect(wall.shadowRoot!.querySelector('.count')!.textContent).toBe('4 histoires');
  },
};

export const Dark: Story = {
  render: () => html`<div style="background:#0d1117;color:#e6edf3;padding:1rem;--sym-color-text:#e6edf3;--sym-color-muted:#9198a1;--sym-color-border:#30363d;--sym-color-surface:#161b22;--sym-story-card-background:#0d1117;--sym-story-accent:#4493f8;--sym-story-quote-background:#161b22;--sym-story-tag-background:#0c2d6b;--sym-story-tag-color:#cae8ff;--sym-story-metric-color:#a5d6ff">
    <sym-story-wall mode="carousel" interval="8000" .stories=${stories} .units=${units}></sym-story-wall></div>`,
  play: async ({ canvasElement }) => {
    const wall = canvasElement.querySelector('sym-story-wall')!;
    await wall.updateComplete;
    await expect(wall.shadowRoot!.querySelectorAll('sym-story-card')).toHaveLength(1);
  },
};
