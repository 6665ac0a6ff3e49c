import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/components/kudos/kudos.ts';
import type { Unit } from '../src/model/types.ts';
import type { Kudos } from '../src/recognition/types.ts';

const units: Unit[] = [{ id: 'lyon-care', name: 'Service Client Lyon', people: ['Élodie M.', 'Loïc B.', 'Zoë A.'] }];
const kudos: Kudos[] = [
  { id: 'k1', from: 'Loïc B.', to: 'Zoë A.', unit: 'lyon-care', value: 'teamwork', message: 'Thanks for covering my calls on Friday.', period: '2026-Q1', createdAt: '2026-03-06T10:00:00Z' },
  { id: 'k2', from: 'Zoë A.', to: 'Élodie M.', unit: 'lyon-care', value: 'care', message: 'So calm with a worried customer.', feedback: { quote: 'Merci à Élodie pour sa patience.' }, period: '2026-Q1', createdAt: '2026-03-08T10:00:00Z' },
];

const meta: Meta = {
  title: 'Recognition/sym-kudos',
  component: 'sym-kudos',
  parameters: { docs: { description: { component: 'Quiet peer recognition tied to a company value and, optionally, to the customer feedback that prompted it. No counts, no ranking.' } } },
};
export default meta;
type Story = StoryObj;

export const Overview: Story = {
  render: () => html`<sym-kudos giver="Loïc B." unit="lyon-care" show-recent .units=${units} .kudos=${kudos}></sym-kudos>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('sym-kudos')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelectorAll('[data-kudos]').length).toBe(2);
  },
};

export const Quiet: Story = {
  render: () => html`<sym-kudos giver="Loïc B." unit="lyon-care" .units=${units} .kudos=${kudos}></sym-kudos>`,
};

export const Empty: Story = {
  render: () => html`<sym-kudos show-recent .units=${units} .kudos=${[]}></sym-kudos>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('sym-kudos')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.textContent).toContain('No kudos yet.');
  },
};

export const French: Story = {
  render: () => html`<div lang="fr"><sym-kudos giver="Loïc B." unit="lyon-care" show-recent .units=${units} .kudos=${kudos}></sym-kudos></div>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('sym-kudos')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.textContent).toContain('Remerciements récents');
  },
};

export const Dark: Story = {
  render: () => html`<div style="background:#0d1117;padding:1rem;--sym-color-surface:#161b22;--sym-color-text:#e6edf3;--sym-color-muted:#9198a1;--sym-color-border:#6e7681;--sym-color-accent:#1f6feb;--sym-color-danger:#f85149;--sym-color-positive:#3fb950;--sym-color-focus:#58a6ff">
    <sym-kudos giver="Loïc B." unit="lyon-care" show-recent .units=${units} .kudos=${kudos}></sym-kudos></div>`,
};
