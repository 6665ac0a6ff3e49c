import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/components/story-composer/story-composer.ts';
import type { Unit } from '../src/model/types.ts';
import type { StoryDraft } from '../src/recognition/types.ts';
import { emptyDraft } from '../src/recognition/story-workflow.ts';

const units: Unit[] = [
  { id: 'lyon-care', name: 'Service Client Lyon', people: ['Élodie M.', 'Loïc B.', 'Zoë A.'] },
  { id: 'dublin-chat', name: 'Live Chat Dublin', people: ['Siobhán K.', 'Tom T.'] },
];
const draft: StoryDraft = {
  ...emptyDraft('story-demo', { at: '2026-03-02T09:00:00Z', author: 'Ana R.', unit: 'lyon-care' }),
  title: 'Élodie M. turned a complaint into loyalty',
  body: 'A customer called for the third time, close to leaving. Élodie took the case from the top, got billing on the line and called back the next morning as promised.',
  people: ['Élodie M.', 'Loïc B.'],
  peopleConsent: { 'Élodie M.': { given: true, at: '2026-03-01', how: 'in-app' }, 'Loïc B.': { given: false } },
  values: ['care', 'initiative'],
  customerQuote: 'Élodie m’a redonné confiance dans votre entreprise.',
  consent: { given: false },
  metricLink: { unit: 'lyon-care', metric: 'nps', from: '2026-Q1', to: '2026-Q2' },
};

const meta: Meta = {
  title: 'Recognition/sym-story-composer',
  component: 'sym-story-composer',
  parameters: { docs: { description: { component: 'Writes a recognition story with consent for the quote and every name, shows the published moderation rules, autosaves the draft and submits it.' } } },
};
export default meta;
type Story = StoryObj;

export const Overview: Story = {
  render: () => html`<sym-story-composer author="Ana R." .units=${units} .draft=${draft}></sym-story-composer>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('sym-story-composer')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.textContent).toContain('Not agreed to be named yet: Loïc B.');
    await expect(el.shadowRoot!.querySelector('[data-rule="customer-consent"] .mark')!.getAttribute('data-state')).toBe('failed');
  },
};

export const Empty: Story = {
  render: () => html`<sym-story-composer author="Ana R." .units=${units}></sym-story-composer>`,
};

export const French: Story = {
  render: () => html`<div lang="fr"><sym-story-composer author="Ana R." .units=${units} .draft=${draft}></sym-story-composer></div>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('sym-story-composer')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.textContent).toContain('Raconter une histoire client');
  },
};

export const Dark: Story = {
  render: () => html`<div style="background:#0d1117;padding:1rem;--sym-color-surface:#161b22;--sym-color-text:#e6edf3;--sym-color-muted:#9198a1;--sym-color-border:#6e7681;--sym-color-accent:#1f6feb;--sym-color-danger:#f85149;--sym-color-positive:#3fb950;--sym-color-focus:#58a6ff">
    <sym-story-composer author="Ana R." .units=${units} .draft=${draft}></sym-story-composer></div>`,
};
