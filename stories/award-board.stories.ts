import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/components/award-board/award-board.ts';
import type { Unit } from '../src/model/types.ts';
import type { Award, Nomination } from '../src/recognition/types.ts';
import type { ParticipationCell } from '../src/recognition/participation.ts';

const units: Unit[] = [
  { id: 'lyon-care', name: 'Service Client Lyon', people: ['Élodie M.', 'Loïc B.', 'Zoë A.'] },
  { id: 'dublin-chat', name: 'Live Chat Dublin', people: ['Siobhán K.', 'Tom T.'] },
];
const n = (id: string, unit: string, nominee: string, customer: string, comment: string, status: Nomination['status'] = 'confirmed', nomineeKind: Nomination['nomineeKind'] = 'person'): Nomination => ({
  id, period: '2026-Q1', unit, nominee, nomineeKind, customer, source: 'comment', comment, status, score: 10, createdAt: '2026-04-01T00:00:00Z',
});
const nominations: Nomination[] = [
  n('1', 'lyon-care', 'Élodie M.', 'C1', 'Merci à Élodie pour sa patience.'),
  n('2', 'lyon-care', 'Élodie M.', 'C2', 'Bravo à Élodie : problème réglé en cinq minutes !'),
  n('3', 'dublin-chat', 'Siobhán K.', 'C3', 'Siobhán was brilliant.'),
  n('4', 'dublin-chat', 'dublin-chat', 'C4', 'The Live Chat Dublin team sorted it in minutes.', 'confirmed', 'team'),
  n('5', 'dublin-chat', 'Tom T.', 'C5', 'Thanks to Tom for sorting it out so quickly!', 'pending-review'),
  n('6', 'lyon-care', 'Zoë A.', 'C6', 'Zoë a rappelé comme promis, c’est rare et appréciable.', 'pending-review'),
];
const awards: Award[] = [{ id: 'a1', period: '2026-Q1', unit: 'dublin-chat', nominee: 'Siobhán K.', nomineeKind: 'person', nominations: 1, reason: 'A customer kept.', chosenBy: 'Maud', chosenAt: '2026-04-02T00:00:00Z' }];
const participation: ParticipationCell[] = [
  { unit: 'back-office', name: 'Back Office Lyon', period: '2026-Q1', n: 7, nps: 100, npsAnswers: 7, perfectShare: 1, flagged: true, headcount: 9, perEmployee: 0.78 },
];

const meta: Meta = {
  title: 'Recognition/sym-award-board',
  component: 'sym-award-board',
  parameters: { docs: { description: { component: 'Customer-nominated awards: nominees (alphabetical and without counts unless the public leaderboard is opted in), review of candidates from comments and choice of winners for moderators, and the participation × score flags.' } } },
};
export default meta;
type Story = StoryObj;

export const Overview: Story = {
  render: () => html`<sym-award-board .units=${units} .nominations=${nominations} .awards=${awards} .participation=${participation}></sym-award-board>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('sym-award-board')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelector('.count')).toBeNull();
    await expect(el.shadowRoot!.querySelector('[part=winner]')).not.toBeNull();
  },
};

export const Moderator: Story = {
  render: () => html`<sym-award-board moderator .units=${units} .nominations=${nominations} .awards=${awards} .participation=${participation}></sym-award-board>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('sym-award-board')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelectorAll('[data-candidate]').length).toBe(2);
  },
};

export const PublicLeaderboard: Story = {
  render: () => html`<sym-award-board public-leaderboard .units=${units} .nominations=${nominations} .awards=${awards} .participation=${[]}></sym-award-board>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('sym-award-board')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelector('.rank')!.textContent).toBe('No. 1');
  },
};

export const Empty: Story = {
  render: () => html`<sym-award-board .nominations=${[]} .awards=${[]} .participation=${[]}></sym-award-board>`,
};

export const French: Story = {
  render: () => html`<div lang="fr"><sym-award-board moderator .units=${units} .nominations=${nominations} .awards=${awards} .participation=${participation}></sym-award-board></div>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('sym-award-board')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.textContent).toContain('Prix décernés par les clients');
  },
};

export const Dark: Story = {
  render: () => html`<div style="background:#0d1117;padding:1rem;--sym-color-surface:#161b22;--sym-color-text:#e6edf3;--sym-color-muted:#9198a1;--sym-color-border:#6e7681;--sym-color-accent:#1f6feb;--sym-color-danger:#f85149;--sym-color-positive:#3fb950;--sym-color-focus:#58a6ff;--sym-award-winner:#4d3800;--sym-award-winner-text:#fff8c5">
    <sym-award-board moderator .units=${units} .nominations=${nominations} .awards=${awards} .participation=${participation}></sym-award-board></div>`,
};
