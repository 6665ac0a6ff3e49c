import { describe, expect, it } from 'vitest';
import { participationView } from '../../src/recognition/participation.ts';
import { createKudos, recentKudos } from '../../src/recognition/kudos.ts';
import { customerTable, units } from './fixtures.ts';

describe('participation × score', () => {
  const rows = [
    ...Array.from({ length: 6 }, (_, i) => ({ unit: 'lyon-chat', date: `2026-01-0${i + 1}`, nps: 10 })),
    ...Array.from({ length: 25 }, (_, i) => ({ unit: 'lyon-care', date: '2026-01-15', nps: i < 20 ? 10 : 6 })),
    ...Array.from({ length: 4 }, () => ({ unit: 'lyon-chat', date: '2026-04-10', csat: 5 })),
    ...Array.from({ length: 21 }, () => ({ unit: 'lyon-care', date: '2026-04-10', nps: 10 })),
    { unit: 'lyon-care', date: '2026-07-10' },
  ];
  const view = participationView(customerTable(rows), units);

  it('flags units with few answers that are all perfect, first', () => {
    expect(view.map((c) => [c.unit, c.period, c.n, c.flagged])).toEqual([
      ['lyon-chat', '2026-Q1', 6, true],
      ['lyon-chat', '2026-Q2', 4, true],
      ['lyon-care', '2026-Q1', 25, false],
      ['lyon-care', '2026-Q2', 21, false],
    ]);
  });

  it('reports NPS, the share of perfect scores and answers per employee', () => {
    const care = view.find((c) => c.unit === 'lyon-care' && c.period === '2026-Q1')!;
    expect(care.nps).toBe(100 * (20 - 5) / 25);
    expect(care.perfectShare).toBe(0.8);
    expect(care.perEmployee).toBeCloseTo(25 / 12, 12);
    expect(care.name).toBe('Service Client');
    const csatOnly = view.find((c) => c.period === '2026-Q2' && c.unit === 'lyon-chat')!;
    expect(Number.isNaN(csatOnly.nps)).toBe(true);
    expect(csatOnly.perfectShare).toBe(1);
  });

  it('uses the floor it is given', () => {
    expect(participationView(customerTable(rows), units, { minFeedback: 5 }).filter((c) => c.flagged).map((c) => c.n)).toEqual([4]);
  });
});

describe('kudos', () => {
  const at = '2026-05-02T12:00:00Z';
  const base = { from: 'Raj P.', to: 'Siobhán K.', unit: 'lyon-chat', value: 'care', message: ' Thanks for covering my shift ' };

  it('ties kudos to a value and optionally to a customer’s feedback', () => {
    const result = createKudos({ ...base, feedback: { quote: ' She was wonderful ', customer: 'C7' } }, units, { id: 'k1', at });
    expect(result).toEqual({ ok: true, kudos: { id: 'k1', from: 'Raj P.', to: 'Siobhán K.', unit: 'lyon-chat', value: 'care', message: 'Thanks for covering my shift', period: '2026-Q2', createdAt: at, feedback: { quote: 'She was wonderful', customer: 'C7' } } });
    const plain = createKudos({ ...base, feedback: { quote: '  ' } }, units, { id: 'k2', at });
    expect(plain.ok && plain.kudos.feedback).toBeUndefined();
  });

  it('refuses what it cannot record', () => {
    expect(createKudos({ ...base, to: '' }, units, { id: 'k', at })).toEqual({ ok: false, refusal: 'recipient-required' });
    expect(createKudos({ ...base, to: 'Someone Else' }, units, { id: 'k', at })).toEqual({ ok: false, refusal: 'unknown-recipient' });
    expect(createKudos({ ...base, to: 'Raj P.' }, units, { id: 'k', at })).toEqual({ ok: false, refusal: 'self-kudos' });
    expect(createKudos({ ...base, value: '' }, units, { id: 'k', at })).toEqual({ ok: false, refusal: 'value-required' });
    expect(createKudos({ ...base, message: 'x'.repeat(501) }, units, { id: 'k', at })).toEqual({ ok: false, refusal: 'message-too-long' });
    expect(createKudos({ ...base, from: ' ' }, units, { id: 'k', at })).toEqual({ ok: false, refusal: 'giver-required' });
    // A unit without a people list accepts any recipient.
    expect(createKudos({ ...base, unit: 'lyon', to: 'Anyone' }, units, { id: 'k', at }).ok).toBe(true);
  });

  it('lists the most recent first', () => {
    const made = ['2026-01-01', '2026-03-01', '2026-02-01'].map((d, i) => {
      const r = createKudos(base, units, { id: `k${i}`, at: `${d}T00:00:00Z` });
      if (!r.ok) throw new Error(r.refusal);
      return r.kudos;
    });
    expect(recentKudos(made, 2).map((k) => k.id)).toEqual(['k1', 'k2']);
  });
});
