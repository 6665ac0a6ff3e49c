import { describe, expect, it } from 'vitest';
import type { Unit } from '../../src/model/types.ts';
import { NOMINATION_REASON_MAX, nominableUnits, nominationPeriod, nominationProblems, resolveNominee } from '../../src/components/nomination-form/nomination-form-model.ts';
import type { NominationFormState } from '../../src/components/nomination-form/nomination-form-model.ts';

const people = ['Élodie M.', 'Tom T.', 'Tom B.', 'Siobhán K.'];
const units: Unit[] = [
  { id: 'lyon', name: 'Lyon' },
  { id: 'care', name: 'Service Client', parentId: 'lyon', people },
  { id: 'chat', name: 'Live Chat', parentId: 'lyon' },
];
const filled: NominationFormState = { unit: 'care', kind: 'person', name: 'elodie', reason: 'Called me back', customer: 'C1', contact: '', consent: true };

describe('nomination form model', () => {
  it('matches a typed name to one listed person, ignoring case and accents', () => {
    expect(resolveNominee(' ÉLODIE m. ', people)).toEqual({ ok: true, person: 'Élodie M.' });
    expect(resolveNominee('siobhan', people)).toEqual({ ok: true, person: 'Siobhán K.' });
    expect(resolveNominee('Tom B.', people)).toEqual({ ok: true, person: 'Tom B.' });
    expect(resolveNominee('Thanks to Élodie M. at the desk', people)).toEqual({ ok: true, person: 'Élodie M.' });
  });

  it('asks to pick when a first name is shared, and refuses unknown or empty names', () => {
    expect(resolveNominee('tom', people)).toEqual({ ok: false, problem: 'name-unclear', candidates: ['Tom T.', 'Tom B.'] });
    expect(resolveNominee('Tommy', people)).toEqual({ ok: false, problem: 'unknown-nominee', candidates: [] });
    expect(resolveNominee('   ', people)).toEqual({ ok: false, problem: 'nominee-required', candidates: [] });
  });

  it('lists every problem in field order', () => {
    expect(nominationProblems(filled, units)).toEqual([]);
    expect(nominationProblems({ ...filled, unit: '', name: '', reason: ' ', customer: '', consent: false }, units))
      .toEqual(['unit-required', 'nominee-required', 'reason-required', 'customer-required', 'consent-required']);
    // Without a team, a typed name cannot be checked yet: only the team is asked for.
    expect(nominationProblems({ ...filled, unit: 'nowhere' }, units)).toEqual(['unit-required']);
    expect(nominationProblems({ ...filled, kind: 'team', name: '' }, units)).toEqual([]);
    expect(nominationProblems({ ...filled, reason: 'x'.repeat(NOMINATION_REASON_MAX + 1) }, units)).toEqual(['reason-too-long']);
    expect(nominationProblems({ ...filled, name: 'Tom' }, units)).toEqual(['name-unclear']);
  });

  it('counts a nomination in the period of its date, and offers teams only', () => {
    expect(nominationPeriod('2026-05-14T10:00:00Z', 'quarter')).toBe('2026-Q2');
    expect(nominationPeriod('2026-05-14T10:00:00Z', 'month')).toBe('2026-05');
    expect(nominationPeriod('2026-05-14T10:00:00Z', 'year')).toBe('2026');
    expect(nominableUnits(units).map((u) => u.id)).toEqual(['chat', 'care']);
  });
});
