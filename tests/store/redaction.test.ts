import { describe, expect, it } from 'vitest';
import { ERASED, ErasureRequestError, eraseRows, redactRecord, redactStory, redactTexts, redactUnit, SubjectMatcher } from '../../src/store/redaction.ts';
import { MISSING_CODE } from '../../src/model/types.ts';
import type { CustomerTable, EmployeeTable, Story } from '../../src/model/types.ts';

const employees: EmployeeTable = {
  kind: 'employees',
  length: 5,
  unit: { codes: Uint32Array.of(0, 1, 0, 1, 0), values: ['a', 'b'] },
  period: { codes: Uint32Array.of(0, 0, 1, 1, 0), values: ['2026-Q1', '2026-Q2'] },
  respondent: { codes: Uint32Array.of(0, 1, 2, 1, MISSING_CODE), values: ['R1', 'r2', 'R3'] },
  itemIds: ['x'],
  items: [Float64Array.of(1, 2, 3, 4, NaN)],
  itemScale: { min: 1, max: 5 },
  enps: Float64Array.of(10, 9, 8, 7, 6),
};

const customers: CustomerTable = {
  kind: 'customers',
  length: 4,
  unit: { codes: Uint32Array.of(0, 0, 0, 0), values: ['a'] },
  period: { codes: Uint32Array.of(0, 0, 0, 0), values: ['2026-01-03'] },
  customer: ['jean.dupont@example.fr', 'C2', 'jean.dupont@example.fr', 'C3'],
  nps: Float64Array.of(10, 0, 9, NaN),
  comment: ['Merci à Élodie', 'Jean Dupont a appelé trois fois', '', 'Élodie Martin, super'],
};

describe('SubjectMatcher', () => {
  it('needs an id', () => {
    expect(() => new SubjectMatcher({ kind: 'respondent', id: '  ' })).toThrow(ErasureRequestError);
  });

  it('matches ids and names case-insensitively, whole, after trimming and NFC normalisation', () => {
    const m = new SubjectMatcher({ kind: 'respondent', id: 'R2', names: ['Élodie Martin', 'Élodie', 'E'] });
    expect(m.isId(' r2 ')).toBe(true);
    expect(m.isId('R22')).toBe(false);
    // "E\u0301" is É decomposed (NFD).
    expect(m.isSubject('E\u0301LODIE')).toBe(true);
    expect(m.isSubject('Élodie Martin')).toBe(true);
    // One-letter names are ignored: they would black out ordinary words.
    expect(m.isSubject('E')).toBe(false);
  });

  it('blacks out whole-word mentions, the longest name first, and leaves other text as it is', () => {
    const m = new SubjectMatcher({ kind: 'respondent', id: 'R2', names: ['Élodie', 'Élodie  Martin'] });
    expect(m.redact('Merci à Élodie Martin et à ÉLODIE !')).toBe(`Merci à ${ERASED} et à ${ERASED} !`);
    expect(m.redact('Élodie\nMartin')).toBe(ERASED);
    expect(m.redact('Élodies, Rélodie')).toBe('Élodies, Rélodie');
    expect(m.redact('ticket R2, R23')).toBe(`ticket ${ERASED}, R23`);
    const text = 'Nothing here';
    expect(m.redact(text)).toBe(text);
  });
});

describe('eraseRows()', () => {
  it('drops every row of the respondent and the id from the dictionary, keeping the other rows aligned', () => {
    const { table, removed } = eraseRows(employees, new SubjectMatcher({ kind: 'respondent', id: 'R2' }));
    expect(removed).toBe(2);
    expect(table.length).toBe(3);
    expect(table.respondent!.values).toEqual(['R1', 'R3']);
    expect(Array.from(table.respondent!.codes)).toEqual([0, 1, MISSING_CODE]);
    expect(Array.from(table.unit.codes)).toEqual([0, 0, 0]);
    expect(Array.from(table.period.codes)).toEqual([0, 1, 0]);
    expect(Array.from(table.items[0]!)).toEqual([1, 3, NaN]);
    expect(Array.from(table.enps!)).toEqual([10, 8, 6]);
    // The input is not modified.
    expect(employees.length).toBe(5);
    expect(employees.respondent!.values).toEqual(['R1', 'r2', 'R3']);
  });

  it('drops the customer rows with their comments', () => {
    const { table, removed } = eraseRows(customers, new SubjectMatcher({ kind: 'customer', id: 'Jean.Dupont@example.fr' }));
    expect(removed).toBe(2);
    expect(table.customer).toEqual(['C2', 'C3']);
    expect(Array.from(table.nps!)).toEqual([0, NaN]);
    expect(table.comment).toEqual(['Jean Dupont a appelé trois fois', 'Élodie Martin, super']);
  });

  it('returns the same table when no row is the subject’s', () => {
    const result = eraseRows(employees, new SubjectMatcher({ kind: 'respondent', id: 'nobody' }));
    expect(result.removed).toBe(0);
    expect(result.table).toBe(employees);
  });
});

describe('redaction of texts, stories, units and unknown records', () => {
  const matcher = new SubjectMatcher({ kind: 'respondent', id: 'E-204', names: ['Élodie Martin', 'Élodie'] });

  it('counts the comments it changes', () => {
    const { texts, changed } = redactTexts(customers.comment!, matcher);
    expect(changed).toBe(2);
    expect(texts).toEqual([`Merci à ${ERASED}`, 'Jean Dupont a appelé trois fois', '', `${ERASED}, super`]);
    expect(redactTexts(['rien'], matcher).changed).toBe(0);
  });

  it('removes the person from a story and blacks out mentions', () => {
    const story: Story = {
      id: 's1', title: 'Élodie saves the day', body: 'Tom and Élodie Martin stayed late.', unit: 'a', people: ['Élodie Martin', 'Tom'],
      values: ['care'], customerQuote: 'Thanks Élodie!', consent: { given: true, how: 'email to Élodie' },
      peopleConsent: { 'Élodie Martin': { given: true }, Tom: { given: true } }, status: 'published', reactions: 2, createdAt: '2026-01-01',
    };
    expect(redactStory(story, matcher)).toEqual({
      ...story,
      title: `${ERASED} saves the day`,
      body: `Tom and ${ERASED} stayed late.`,
      people: ['Tom'],
      customerQuote: `Thanks ${ERASED}!`,
      consent: { given: true, how: `email to ${ERASED}` },
      peopleConsent: { Tom: { given: true } },
    });
    expect(redactStory({ ...story, title: 't', body: 'b', people: ['Tom'], customerQuote: undefined, consent: { given: false }, peopleConsent: undefined }, matcher)).toBeUndefined();
  });

  it('removes the person from a unit’s people', () => {
    expect(redactUnit({ id: 'a', name: 'A', people: ['élodie', 'Tom'] }, matcher)).toEqual({ id: 'a', name: 'A', people: ['Tom'] });
    expect(redactUnit({ id: 'a', name: 'A', people: ['Tom'] }, matcher)).toBeUndefined();
  });

  it('redacts records of unknown shape, keeping ids and unchanged records', () => {
    const nomination = { id: 'Élodie', nominee: 'Élodie Martin', by: 'E-204', period: '2026-Q1', reasons: ['Élodie helped', 'fast'], team: ['Tom', 'Élodie'], votes: 3 };
    expect(redactRecord(nomination, matcher)).toEqual({
      id: 'Élodie', nominee: ERASED, by: ERASED, period: '2026-Q1', reasons: [`${ERASED} helped`, 'fast'], team: ['Tom'], votes: 3,
    });
    const other = { id: 'k1', from: 'Tom', to: 'Sam', detail: { note: 'ok' } };
    expect(redactRecord(other, matcher)).toBe(other);
    const audit = { seq: 4, at: 't', subject: 'story', subjectId: 's1', action: 'consent', actor: 'Élodie', detail: { 'Élodie Martin': true, note: 'by Élodie' } };
    expect(redactRecord(audit, matcher)).toEqual({ ...audit, actor: ERASED, detail: { note: `by ${ERASED}` } });
  });
});
