import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import '../src/components/moderation-queue/moderation-queue.ts';
import type { Story as RecognitionStory, Unit } from '../src/model/types.ts';
import type { AuditEntry } from '../src/store/schema.ts';

const units: Unit[] = [{ id: 'lyon-care', name: 'Service Client Lyon' }, { id: 'dublin-chat', name: 'Live Chat Dublin' }];
const consent = { given: true, at: '2026-03-01', how: 'email' };
const stories: RecognitionStory[] = [
  {
    id: 's1', title: 'A stuck case solved by Siobhán', body: 'A small business had waited three weeks for a fix. Siobhán found the missing document in an hour and explained the next steps in plain words.',
    unit: 'dublin-chat', people: ['Siobhán K.'], peopleConsent: { 'Siobhán K.': consent }, values: ['expertise'], customerQuote: 'Finally someone who listens. Thank you, Siobhán!',
    consent, status: 'submitted', reactions: 0, createdAt: '2026-03-04T10:00:00Z',
  },
  {
    id: 's2', title: 'Élodie M. and everyday teamwork', body: 'During the quarter-end peak, Élodie coached two new colleagues between calls without the queue growing.',
    unit: 'lyon-care', people: ['Élodie M.'], peopleConsent: { 'Élodie M.': { given: false } }, values: ['teamwork'], customerQuote: 'Merci Élodie pour sa patience.',
    consent: { given: false }, status: 'submitted', reactions: 0, createdAt: '2026-03-05T10:00:00Z',
  },
];
const audit: AuditEntry[] = [
  { seq: 2, at: '2026-03-05T10:00:00Z', subject: 'story', subjectId: 's2', action: 'submitted', actor: 'Ana R.' },
  { seq: 1, at: '2026-03-04T10:00:00Z', subject: 'story', subjectId: 's1', action: 'consent-customer', actor: 'Ana R.', detail: { given: true } },
];

const meta: Meta = {
  title: 'Recognition/sym-moderation-queue',
  component: 'sym-moderation-queue',
  parameters: { docs: { description: { component: 'Submitted stories waiting for a moderator: approve (anonymised when consent is missing) or reject with a published rule and a reason; bulk actions; an exportable audit log; a JSON feed of the published stories for `<sym-story-wall src=…>`; erasure of a name or quote on request (GDPR).' } } },
};
export default meta;
type Story = StoryObj;

export const Overview: Story = {
  render: () => html`<sym-moderation-queue .stories=${stories} .audit=${audit} .units=${units}></sym-moderation-queue>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('sym-moderation-queue')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelectorAll('[part=story]').length).toBe(2);
    await expect(el.shadowRoot!.querySelector('[data-id=s2] [data-action=approve]')!.hasAttribute('disabled')).toBe(true);
  },
};

export const Empty: Story = {
  render: () => html`<sym-moderation-queue .stories=${[]} .audit=${[]}></sym-moderation-queue>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('sym-moderation-queue')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.textContent).toContain('No story is waiting for moderation.');
  },
};

export const EraseOnRequest: Story = {
  render: () => html`<sym-moderation-queue .stories=${stories} .audit=${audit} .units=${units}></sym-moderation-queue>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('sym-moderation-queue')!;
    await el.updateComplete;
    const root = el.shadowRoot!;
    await userEvent.click(root.querySelector<HTMLElement>('[part=erasure] summary')!);
    await userEvent.type(root.querySelector<HTMLInputElement>('#erase-value')!, 'Élodie M.');
    await userEvent.click(root.querySelector<HTMLButtonElement>('[data-action=review-erase]')!);
    await el.updateComplete;
    await expect(root.querySelector('#erase-confirm-text')!.textContent).toContain('Erase “Élodie M.” everywhere?');
  },
};

export const French: Story = {
  render: () => html`<div lang="fr"><sym-moderation-queue .stories=${stories} .audit=${audit} .units=${units}></sym-moderation-queue></div>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('sym-moderation-queue')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.textContent).toContain('2 histoires en attente');
  },
};

export const Dark: Story = {
  render: () => html`<div style="background:#0d1117;padding:1rem;--sym-color-surface:#161b22;--sym-color-text:#e6edf3;--sym-color-muted:#9198a1;--sym-color-border:#6e7681;--sym-color-accent:#1f6feb;--sym-color-danger:#f85149;--sym-color-positive:#3fb950;--sym-color-focus:#58a6ff">
    <sym-moderation-queue .stories=${stories} .audit=${audit} .units=${units}></sym-moderation-queue></div>`,
};
