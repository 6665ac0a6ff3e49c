import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import '../src/components/nomination-form/nomination-form.ts';
import type { SymNominationForm } from '../src/components/nomination-form/nomination-form.ts';
import type { Unit } from '../src/model/types.ts';
import type { Nomination } from '../src/recognition/types.ts';

const units: Unit[] = [
  { id: 'lyon', name: 'Lyon' },
  { id: 'lyon-care', name: 'Service Client Lyon', parentId: 'lyon', people: ['Élodie M.', 'Loïc B.', 'Zoë A.'] },
  { id: 'dublin-chat', name: 'Live Chat Dublin', parentId: 'lyon', people: ['Siobhán K.', 'Raj P.'] },
];
// This customer already nominated someone this period: the form refuses a second one.
const already: Nomination[] = [{
  id: 'f0', period: '2026-Q2', unit: 'lyon-care', nominee: 'Zoë A.', nomineeKind: 'person', customer: 'C-1042', source: 'form', status: 'confirmed', createdAt: '2026-04-03T10:00:00Z',
}];

const meta: Meta = {
  title: 'Recognition/sym-nomination-form',
  component: 'sym-nomination-form',
  parameters: { docs: { description: { component: 'The customer-facing nomination form: name a person (typed or picked) or the whole team, say why, optionally leave a contact, agree to the details being stored. One nomination per customer and period.' } } },
};
export default meta;
type Story = StoryObj;

export const Overview: Story = {
  render: () => html`<sym-nomination-form unit="lyon-care" period="2026-Q2" .units=${units}></sym-nomination-form>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('sym-nomination-form')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelectorAll('#people option').length).toBe(3);
  },
};

export const Empty: Story = {
  render: () => html`<sym-nomination-form period="2026-Q2" .units=${[]}></sym-nomination-form>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('sym-nomination-form')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.textContent).toContain('Nominations cannot be received right now.');
  },
};

export const Error: Story = {
  name: 'Error: already nominated',
  render: () => html`<sym-nomination-form unit="lyon-care" period="2026-Q2" customer="C-1042" .units=${units} .nominations=${already}></sym-nomination-form>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<SymNominationForm>('sym-nomination-form')!;
    await el.updateComplete;
    const root = el.shadowRoot!;
    await userEvent.type(root.querySelector<HTMLInputElement>('#name')!, 'Loïc');
    await userEvent.type(root.querySelector<HTMLTextAreaElement>('#reason')!, 'He found my parcel in ten minutes.');
    await userEvent.click(root.querySelector<HTMLInputElement>('#consent')!);
    await userEvent.click(root.querySelector<HTMLButtonElement>('button[type=submit]')!);
    await el.updateComplete;
    await expect(root.querySelector('[part=status]')!.textContent).toContain('You have already sent a nomination for Q2 2026');
  },
};

export const Problems: Story = {
  render: () => html`<sym-nomination-form period="2026-Q2" .units=${units}></sym-nomination-form>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<SymNominationForm>('sym-nomination-form')!;
    await el.updateComplete;
    await userEvent.click(el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!);
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelectorAll('[part=problems] li').length).toBe(5);
  },
};

export const French: Story = {
  render: () => html`<div lang="fr"><sym-nomination-form unit="lyon-care" period="2026-Q2" .units=${units}></sym-nomination-form></div>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('sym-nomination-form')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.textContent).toContain('Nominations pour T2 2026');
  },
};

export const Dark: Story = {
  render: () => html`<div style="background:#0d1117;padding:1rem;--sym-color-surface:#161b22;--sym-color-text:#e6edf3;--sym-color-muted:#9198a1;--sym-color-border:#6e7681;--sym-color-accent:#1f6feb;--sym-color-danger:#f85149;--sym-color-positive:#3fb950;--sym-color-focus:#58a6ff">
    <sym-nomination-form unit="lyon-care" period="2026-Q2" .units=${units}></sym-nomination-form></div>`,
};
