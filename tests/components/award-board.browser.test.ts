import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/award-board/award-board.ts';
import type { SymAwardBoard } from '../../src/components/award-board/award-board.ts';
import type { Unit } from '../../src/model/types.ts';
import type { Nomination } from '../../src/recognition/types.ts';
import type { ParticipationCell } from '../../src/recognition/participation.ts';
import { axeViolations } from '../helpers/axe.ts';
import { mountElement, shadowQuery as q } from '../helpers/mount.ts';
import { until as waitUntil } from '../helpers/until.ts';
import { freshDatabase, mountInWorkspace, withClient } from '../helpers/workspace.ts';

const units: Unit[] = [
  { id: 'care', name: 'Customer Care', people: ['Zoë A.', 'Tom T.', 'Amelia R.'] },
  { id: 'chat', name: 'Live Chat', people: ['Raj P.'] },
];
const nomination = (id: string, nominee: string, customer: string, status: Nomination['status'] = 'confirmed', patch: Partial<Nomination> = {}): Nomination => ({
  id, period: '2026-Q1', unit: 'care', nominee, nomineeKind: 'person', customer, source: 'comment', comment: `Thanks ${nominee.split(' ')[0]}!`, status, createdAt: '2026-04-01T00:00:00Z', ...patch,
});
const nominations: Nomination[] = [
  nomination('1', 'Tom T.', 'C1'), nomination('2', 'Tom T.', 'C2'), nomination('3', 'Tom T.', 'C2'),
  nomination('4', 'Zoë A.', 'C3'), nomination('5', 'Amelia R.', 'C4', 'pending-review', { score: 10 }),
  nomination('6', 'chat', 'C5', 'confirmed', { unit: 'chat', nomineeKind: 'team', comment: 'Live Chat rocks' }),
  nomination('7', 'Raj P.', 'C6', 'confirmed', { period: '2025-Q4', unit: 'chat' }),
];
const participation: ParticipationCell[] = [
  { unit: 'chat', name: 'Live Chat', period: '2026-Q1', n: 6, nps: 100, npsAnswers: 6, perfectShare: 1, flagged: true, headcount: 4, perEmployee: 1.5 },
  { unit: 'care', name: 'Customer Care', period: '2026-Q1', n: 140, nps: 32, npsAnswers: 140, perfectShare: 0.3, flagged: false },
];

const mount = (attributes: Record<string, string> = {}, lang?: string): Promise<SymAwardBoard> => mountElement('sym-award-board', (el) => {
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  el.units = units;
  el.nominations = nominations;
  el.awards = [];
  el.participation = participation;
}, lang);

/** Loading the whole sample and extracting nominations from its comments in the worker take long on a busy machine. */
const until = (check: () => boolean) => waitUntil(check, 60_000, 50);
const names = (el: SymAwardBoard) => [...el.shadowRoot!.querySelectorAll('[part=nominee] strong')].map((s) => s.textContent);

afterEach(() => document.body.replaceChildren());

describe('<sym-award-board>', () => {
  it('is quiet by default: nominees in alphabetical order, no counts, latest period', async () => {
    const el = await mount();
    expect(names(el)).toEqual(['The Live Chat team', 'Tom T.', 'Zoë A.']);
    expect(el.shadowRoot!.querySelector('.count')).toBeNull();
    expect(el.shadowRoot!.querySelector('.rank')).toBeNull();
    expect(el.shadowRoot!.textContent).toContain('Counts stay with the moderators');
    // Pending candidates are not nominees yet, and review controls are for moderators.
    expect(names(el)).not.toContain('Amelia R.');
    expect(el.shadowRoot!.querySelector('[part=review]')).toBeNull();
    expect(await axeViolations(el)).toEqual([]);
  });

  it('ranks with counts only when the public leaderboard is opted in, one nomination per customer', async () => {
    const el = await mount({ 'public-leaderboard': '' });
    expect(names(el)[0]).toBe('Tom T.');
    expect(q(el, '[data-nominee="Tom T."] .count').textContent).toBe('2 customers');
    expect(q(el, '[data-nominee="Tom T."] .rank').textContent).toBe('No. 1');
    expect(q(el, '#nominees-heading').textContent).toBe('Leaderboard');
  });

  it('lets a moderator confirm a candidate and choose a winner with the keyboard', async () => {
    const el = await mount({ moderator: '' });
    expect(await axeViolations(el)).toEqual([]);
    const candidate = q(el, '[data-candidate="5"]');
    expect(candidate.textContent).toContain('Score 10');
    q<HTMLButtonElement>(el, '[data-candidate="5"] [data-action=confirm]').focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(names(el)).toContain('Amelia R.');
    q<HTMLButtonElement>(el, '[data-nominee="Tom T."] [data-action=choose]').focus();
    await userEvent.keyboard('{Enter}');
    await until(() => el.shadowRoot!.activeElement?.id === 'winner-reason');
    await userEvent.keyboard('Two customers in one quarter');
    const awarded = new Promise<string>((resolve) => el.addEventListener('sym-award', (e) => resolve(e.detail.award.nominee), { once: true }));
    q<HTMLButtonElement>(el, '[data-nominee="Tom T."] button[type=submit]').click();
    expect(await awarded).toBe('Tom T.');
    await el.updateComplete;
    expect(q(el, '[data-nominee="Tom T."] [part=winner]').textContent).toBe('Winner');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('confirms the shown single-match candidates in one go, not the ambiguous ones', async () => {
    const el = await mount({ moderator: '' });
    el.nominations = [...nominations, nomination('8', 'Zoë A.', 'C7', 'pending-review'), nomination('9', 'Tom T.', 'C8', 'pending-review', { ambiguous: true })];
    await el.updateComplete;
    const reviewed = new Promise<string[]>((resolve) => el.addEventListener('sym-nomination-review', (e) => resolve(e.detail.ids), { once: true }));
    q<HTMLButtonElement>(el, '[data-action=confirm-shown]').click();
    expect(await reviewed).toEqual(['5', '8']);
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('[data-candidate]')].map((c) => c.getAttribute('data-candidate'))).toEqual(['9']);
    expect(q(el, '[data-candidate="9"]').textContent).toContain('Several people share this first name');
    // Customer Care is not flagged in the participation view: no note.
    expect(el.shadowRoot!.querySelector('[data-few-perfect]')).toBeNull();
    el.participation = [{ ...participation[0]!, unit: 'care', name: 'Customer Care' }];
    await el.updateComplete;
    expect(q(el, '[data-candidate="9"] [data-few-perfect]').textContent).toContain('few answers this period are all perfect');
  });

  it('flags teams whose few answers are all perfect', async () => {
    const el = await mount();
    const rows = el.shadowRoot!.querySelectorAll('[part=participation] tbody tr');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.textContent).toContain('Live Chat');
    expect(rows[0]!.textContent).toContain('100%');
  });

  it('speaks French and switches period', async () => {
    const el = await mount({ moderator: '' }, 'fr');
    const text = el.shadowRoot!.textContent!;
    expect(text).toContain('Prix décernés par les clients');
    expect(text).toContain('Peu de réponses, toutes parfaites');
    expect(q(el, '[data-nominee="Tom T."] .count').textContent).toBe('2 clients');
    await userEvent.selectOptions(q<HTMLSelectElement>(el, '#period'), '2025-Q4');
    await el.updateComplete;
    expect(names(el)).toEqual(['Raj P.']);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('finds nominations in stored comments, reviews them and stores the winner', async () => {
    const database = freshDatabase('awards');
    await withClient(database, async (api) => {
      expect((await api.loadSample({})).ok).toBe(true);
    }, { inThread: false });
    const el = document.createElement('sym-award-board');
    el.moderator = true;
    el.actor = 'Maud';
    mountInWorkspace(database, el);
    await until(() => el.workspace?.client !== undefined && el.shadowRoot!.querySelector('[data-action=extract]') !== null);

    q<HTMLButtonElement>(el, '[data-action=extract]').click();
    await until(() => el.shadowRoot!.querySelector('[data-candidate]') !== null);
    expect(q(el, '[part=status]').textContent).toMatch(/\d+ new candidates found/);
    const id = q(el, '[data-candidate]').getAttribute('data-candidate')!;
    q<HTMLButtonElement>(el, `[data-candidate="${id}"] [data-action=confirm]`).click();
    await until(() => el.shadowRoot!.querySelector('[part=nominee] [data-action=choose]') !== null);
    q<HTMLButtonElement>(el, '[part=nominee] [data-action=choose]').click();
    await el.updateComplete;
    q<HTMLButtonElement>(el, '[part=nominee] button[type=submit]').click();
    await until(() => el.shadowRoot!.querySelector('[part=winner]') !== null);

    await withClient(database, async (api) => {
      const confirmed = await api.listNominations({ status: 'confirmed' });
      expect(confirmed.map((n) => n.id)).toEqual([id]);
      const awards = await api.listAwards();
      expect(awards).toHaveLength(1);
      expect(awards[0]).toMatchObject({ nominee: confirmed[0]!.nominee, chosenBy: 'Maud', nominations: 1 });
      const log = await api.auditLog();
      expect(log.map((e) => e.action).slice(0, 3)).toEqual(['winner-chosen', 'confirmed', 'nominations-extracted']);
      // Extracting again finds nothing new and keeps the review.
      const again = await api.extractNominations({ actor: 'Maud' });
      expect(again.ok && again.value.found).toBe(0);
      expect((await api.listNominations({ status: 'confirmed' })).length).toBe(1);

      // The form path: one nomination per customer and period.
      const team = (await api.units()).find((u) => (u.people?.length ?? 0) > 0)!;
      const form = { unit: team.id, nominee: team.people![0]!, nomineeKind: 'person' as const, customer: 'C-form', period: '2026-Q2', comment: 'So helpful', consent: { given: true, at: '2026-04-02T09:00:00Z', how: 'form' } };
      const first = await api.nominate(form);
      expect(first.ok && first.value.status).toBe('confirmed');
      const second = await api.nominate(form);
      expect(!second.ok && second.error.refusal).toBe('already-nominated');
      expect((await api.nominationTallies({ period: '2026-Q2' })).find((t) => t.nominee === form.nominee)?.customers).toBeGreaterThanOrEqual(1);

      // Aggregates for the analytics: density per team and period, participation per unit and period.
      const density = await api.recognitionDensity();
      expect(density.length).toBeGreaterThan(100);
      expect(density.some((c) => c.stories > 0 && c.density > 0)).toBe(true);
      expect((await api.participation()).length).toBeGreaterThan(100);
    });
  }, 180_000);
});
