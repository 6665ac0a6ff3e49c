import { describe, expect, it } from 'vitest';
import { chooseWinner, extractNominations, formNomination, nomineeBoard, reviewNomination, tallyNominations } from '../../src/recognition/nominations.ts';
import type { Nomination } from '../../src/recognition/types.ts';
import { customerTable, units } from './fixtures.ts';

const at = '2026-04-01T00:00:00Z';
const table = customerTable([
  { unit: 'lyon-care', date: '2026-01-10', customer: 'C1', nps: 10, comment: 'Merci à élodie pour sa patience.' },
  { unit: 'lyon-care', date: '2026-02-11', customer: 'C1', nps: 9, comment: 'Encore Elodie, parfaite !' },
  { unit: 'lyon-care', date: '2026-02-12', customer: 'C2', nps: 10, comment: 'Élodie M. a tout réglé.' },
  { unit: 'lyon-care', date: '2026-02-13', customer: 'C3', nps: 9, comment: 'Thanks Tom!' },
  { unit: 'lyon-care', date: '2026-02-14', customer: 'C4', nps: 10, comment: 'Bravo au Service client' },
  { unit: 'lyon-care', date: '2026-04-02', customer: 'C1', nps: 10, comment: 'Élodie again' },
  { unit: 'lyon-chat', date: '2026-02-15', customer: 'C5', comment: 'Tommy was there' },
  { unit: 'lyon-chat', date: '2026-02-16', customer: 'C6', nps: 3, comment: '' },
]);

function confirmAll(list: Nomination[]): Nomination[] {
  return list.map((n) => {
    const r = reviewNomination(n, 'confirm', { at, by: 'mod' });
    return r.ok ? r.nomination : n;
  });
}

describe('nominations from customer comments', () => {
  const extracted = extractNominations(table, units, { at });

  it('finds people and teams named in comments, all pending review', () => {
    expect(extracted.map((n) => [n.id, n.nominee, n.period, n.customer])).toEqual([
      ['cmt-0-p0', 'Élodie M.', '2026-Q1', 'C1'],
      ['cmt-1-p0', 'Élodie M.', '2026-Q1', 'C1'],
      ['cmt-2-p0', 'Élodie M.', '2026-Q1', 'C2'],
      ['cmt-3-p1', 'Tom T.', '2026-Q1', 'C3'],
      ['cmt-3-p2', 'Tom B.', '2026-Q1', 'C3'],
      ['cmt-4-team', 'lyon-care', '2026-Q1', 'C4'],
      ['cmt-5-p0', 'Élodie M.', '2026-Q2', 'C1'],
    ]);
    expect(extracted.every((n) => n.status === 'pending-review' && n.source === 'comment')).toBe(true);
    expect(extracted[3]!.ambiguous).toBe(true);
    expect(extracted[2]!.matched).toBe('full');
    expect(extracted[0]!.score).toBe(10);
    expect(extractNominations(table, units, { at, granularity: 'month' })[0]!.period).toBe('2026-01');
  });

  it('gives the same ids when extracting twice', () => {
    expect(extractNominations(table, units, { at }).map((n) => n.id)).toEqual(extracted.map((n) => n.id));
  });

  it('counts nothing until a moderator confirms, then one per customer per period', () => {
    const pending = tallyNominations(extracted, { period: '2026-Q1' });
    expect(pending.every((t) => t.customers === 0)).toBe(true);
    expect(pending.find((t) => t.nominee === 'Élodie M.')!.pending).toBe(3);

    const confirmed = confirmAll(extracted);
    const tallies = tallyNominations(confirmed, { period: '2026-Q1' });
    const elodie = tallies.find((t) => t.nominee === 'Élodie M.')!;
    // C1 twice in Q1 counts once; C2 once.
    expect(elodie.customers).toBe(2);
    expect(elodie.confirmed).toEqual(['cmt-0-p0', 'cmt-1-p0', 'cmt-2-p0']);
    expect(tallies[0]!.nominee).toBe('Élodie M.');
    expect(tallyNominations(confirmed, { period: '2026-Q2' })[0]!.customers).toBe(1);
  });

  it('drops dismissed candidates and refuses to review twice', () => {
    const dismissed = reviewNomination(extracted[4]!, 'dismiss', { at, by: 'mod' });
    expect(dismissed.ok && dismissed.nomination.status).toBe('dismissed');
    if (!dismissed.ok) return;
    expect(reviewNomination(dismissed.nomination, 'confirm', { at, by: 'mod' })).toEqual({ ok: false, refusal: 'wrong-status' });
    expect(tallyNominations([dismissed.nomination]).length).toBe(0);
  });
});

describe('nomination form', () => {
  it('records a confirmed nomination, once per customer and period', () => {
    const form = { unit: 'lyon-chat', nominee: 'Raj P.', nomineeKind: 'person' as const, customer: 'C9', period: '2026-Q1', comment: 'Very kind', consent: { given: true, at: '2026-03-30T08:00:00Z', how: 'form' } };
    const first = formNomination(form, [], units, { id: 'f1', at });
    expect(first.ok && first.nomination.status).toBe('confirmed');
    if (!first.ok) return;
    expect(formNomination(form, [first.nomination], units, { id: 'f2', at })).toEqual({ ok: false, refusal: 'already-nominated' });
    expect(formNomination({ ...form, period: '2026-Q2' }, [first.nomination], units, { id: 'f3', at }).ok).toBe(true);
    expect(formNomination({ ...form, customer: ' ' }, [], units, { id: 'f4', at })).toEqual({ ok: false, refusal: 'customer-required' });
    expect(formNomination({ ...form, nominee: 'Nobody' }, [], units, { id: 'f5', at })).toEqual({ ok: false, refusal: 'unknown-nominee' });
    expect(formNomination({ ...form, unit: 'nowhere' }, [], units, { id: 'f6', at })).toEqual({ ok: false, refusal: 'unknown-unit' });
    expect(formNomination({ ...form, nominee: 'lyon-chat', nomineeKind: 'team' }, [], units, { id: 'f7', at }).ok).toBe(true);
    // A second form in the period is refused whoever it names; another customer is welcome.
    expect(formNomination({ ...form, nominee: 'Siobhán K.' }, [first.nomination], units, { id: 'f8', at })).toEqual({ ok: false, refusal: 'already-nominated' });
    expect(formNomination({ ...form, customer: 'C10', nominee: 'Siobhán K.' }, [first.nomination], units, { id: 'f9', at }).ok).toBe(true);
    // A dismissed nomination does not count.
    expect(formNomination({ ...form, nominee: 'Siobhán K.' }, [{ ...first.nomination, status: 'dismissed' }], units, { id: 'f10', at }).ok).toBe(true);
  });

  it('needs the customer\'s consent to store their details, and keeps the contact apart from the words', () => {
    const form = { unit: 'lyon-chat', nominee: 'Raj P.', nomineeKind: 'person' as const, customer: 'C9', period: '2026-Q1', comment: 'Very kind' };
    expect(formNomination(form, [], units, { id: 'f1', at })).toEqual({ ok: false, refusal: 'consent-required' });
    expect(formNomination({ ...form, consent: { given: false } }, [], units, { id: 'f1', at })).toEqual({ ok: false, refusal: 'consent-required' });
    const made = formNomination({ ...form, contact: ' c9@example.org ', consent: { given: true } }, [], units, { id: 'f2', at });
    expect(made.ok && made.nomination).toMatchObject({ contact: 'c9@example.org', comment: 'Very kind', consent: { given: true, at, how: 'form' } });
    // Comment nominations by the same customer do not block the form.
    const fromComment = { ...(made.ok ? made.nomination : ({} as never)), id: 'cmt-1', source: 'comment' as const, nominee: 'Siobhán K.' };
    expect(formNomination({ ...form, consent: { given: true } }, [fromComment], units, { id: 'f3', at }).ok).toBe(true);
  });
});

describe('awards', () => {
  const tallies = tallyNominations(confirmAll(extractNominations(table, units, { at })), { period: '2026-Q1' });

  it('hides the leaderboard by default: alphabetical, no counts', () => {
    const quiet = nomineeBoard(tallies, { publicLeaderboard: false });
    expect(quiet.map((t) => t.nominee)).toEqual(['Élodie M.', 'lyon-care', 'Tom B.', 'Tom T.'].sort((a, b) => a.localeCompare(b)));
    expect(quiet.every((t) => t.customers === undefined && t.rank === undefined)).toBe(true);
    const ranked = nomineeBoard(tallies, { publicLeaderboard: true });
    expect(ranked[0]).toMatchObject({ nominee: 'Élodie M.', customers: 2, rank: 1 });
    expect(ranked.slice(1).every((t) => t.rank === 2)).toBe(true);
  });

  it('lets moderators choose a winner with a confirmed nomination, once per period', () => {
    const choice = { period: '2026-Q1', unit: 'lyon-care', nominee: 'Élodie M.', nomineeKind: 'person' as const, reason: ' Patience ' };
    const won = chooseWinner(tallies, [], choice, { id: 'a1', at, by: 'mod' });
    expect(won.ok && won.award).toEqual({ id: 'a1', period: '2026-Q1', unit: 'lyon-care', nominee: 'Élodie M.', nomineeKind: 'person', nominations: 2, reason: 'Patience', chosenBy: 'mod', chosenAt: at });
    if (!won.ok) return;
    expect(chooseWinner(tallies, [won.award], choice, { id: 'a2', at, by: 'mod' })).toEqual({ ok: false, refusal: 'already-awarded' });
    expect(chooseWinner(tallies, [], { ...choice, nominee: 'Zoë A.' }, { id: 'a3', at, by: 'mod' })).toEqual({ ok: false, refusal: 'no-confirmed-nomination' });
  });
});
