import { describe, expect, it } from 'vitest';
import type { Story } from '../../src/model/types.ts';
import { ERASED, eraseCustomerQuote, erasePerson } from '../../src/recognition/erasure.ts';
import type { RecognitionRecords } from '../../src/recognition/erasure.ts';
import { auditToCsv } from '../../src/recognition/audit.ts';

const story: Story = {
  id: 's1', title: 'Élodie M. saved the day', body: 'Élodie stayed late. Tom helped too.', unit: 'care', people: ['Élodie M.'], values: ['care'],
  customerQuote: 'Merci Élodie, vraiment top', consent: { given: true, at: '2026-01-01', how: 'email' },
  peopleConsent: { 'Élodie M.': { given: true, at: '2026-01-01', how: 'in-app' } }, status: 'published', reactions: 3, createdAt: '2026-01-02T00:00:00Z',
};
const other: Story = { ...story, id: 's2', title: 'Tom T. and the printer', body: 'Tom fixed it; Élodie M. watched.', people: ['Tom T.'], peopleConsent: {}, customerQuote: undefined };

const records = (): RecognitionRecords => ({
  stories: [story, other],
  drafts: [],
  nominations: [
    { id: 'n1', period: '2026-Q1', unit: 'care', nominee: 'Élodie M.', nomineeKind: 'person', customer: 'C1', source: 'comment', comment: 'Merci Élodie, vraiment top', status: 'confirmed', createdAt: '' },
    { id: 'n2', period: '2026-Q1', unit: 'care', nominee: 'Tom T.', nomineeKind: 'person', customer: 'C2', source: 'comment', comment: 'Tom and Élodie were great', status: 'confirmed', createdAt: '' },
  ],
  kudos: [{ id: 'k1', from: 'Tom T.', to: 'Élodie M.', unit: 'care', value: 'care', message: 'Thanks Élodie!', feedback: { quote: 'Merci Élodie, vraiment top', customer: 'C1' }, period: '2026-Q1', createdAt: '' }],
  awards: [{ id: 'a1', period: '2026-Q1', unit: 'care', nominee: 'Élodie M.', nomineeKind: 'person', nominations: 2, reason: 'Élodie is patient', chosenBy: 'mod', chosenAt: '' }],
  audit: [
    { seq: 1, at: '', subject: 'story', subjectId: 's1', action: 'consent-person', actor: 'Ana', detail: { person: 'Élodie M.', given: true } },
    { seq: 2, at: '', subject: 'story', subjectId: 's1', action: 'consent-customer', actor: 'Ana', detail: { quote: 'Merci Élodie, vraiment top' } },
  ],
});

describe('erasure on request', () => {
  it('erases a person’s name from every record, exports included', () => {
    const { changed, counts } = erasePerson(records(), 'Élodie M.');
    expect(counts).toEqual({ stories: 2, drafts: 0, nominations: 1, kudos: 1, awards: 1, audit: 2 });
    const s1 = changed.stories[0]!;
    expect(s1.title).toBe(`${ERASED} saved the day`);
    expect(s1.body).toBe(`${ERASED} stayed late. Tom helped too.`);
    expect(s1.people).toEqual([]);
    expect(s1.peopleConsent).toEqual({});
    // In a story about someone else, only the full name goes: another Élodie keeps hers.
    expect(changed.stories[1]!.body).toBe(`Tom fixed it; ${ERASED} watched.`);
    expect(changed.nominations[0]!.nominee).toBe(ERASED);
    // A comment about someone else keeps a first name that may be another person's.
    expect(changed.nominations.map((n) => n.id)).toEqual(['n1']);
    expect(changed.kudos[0]).toMatchObject({ to: ERASED, from: 'Tom T.', message: `Thanks ${ERASED}!` });
    expect(changed.awards[0]).toMatchObject({ nominee: ERASED, reason: `${ERASED} is patient` });
    const text = JSON.stringify(changed) + auditToCsv(changed.audit);
    expect(text).not.toMatch(/Élodie M/);
    expect(changed.audit[0]!.detail).toEqual({ person: ERASED, given: true });
    expect(changed.audit[1]!.detail).toEqual({ quote: `Merci ${ERASED}, vraiment top` });
  });

  it('erases a customer’s quote by text or by customer id', () => {
    const byText = eraseCustomerQuote(records(), { quote: ' merci elodie, vraiment top ' });
    expect(byText.counts).toEqual({ stories: 1, drafts: 0, nominations: 1, kudos: 1, awards: 0, audit: 1 });
    expect(byText.changed.stories[0]!.customerQuote).toBeUndefined();
    expect(byText.changed.stories[0]!.consent).toEqual({ given: false });
    expect(byText.changed.nominations[0]!.comment).toBeUndefined();
    expect(byText.changed.kudos[0]!.feedback).toBeUndefined();
    expect(JSON.stringify(byText.changed)).not.toContain('vraiment top');

    const byCustomer = eraseCustomerQuote(records(), { customer: 'C2' });
    expect(byCustomer.counts.nominations).toBe(1);
    expect(byCustomer.changed.nominations[0]!.id).toBe('n2');
    expect(byCustomer.counts.stories).toBe(0);
  });

  it('erases the contact a customer left on the nomination form with their words', () => {
    const withContact = records();
    withContact.nominations.push({ id: 'f1', period: '2026-Q2', unit: 'care', nominee: 'Tom T.', nomineeKind: 'person', customer: 'C3', source: 'form', comment: 'Tom was quick', contact: 'c3@example.org', consent: { given: true, at: '2026-04-01', how: 'form' }, status: 'confirmed', createdAt: '' });
    const { changed, counts } = eraseCustomerQuote(withContact, { customer: 'C3' });
    expect(counts.nominations).toBe(1);
    expect(changed.nominations[0]).not.toHaveProperty('contact');
    expect(changed.nominations[0]).not.toHaveProperty('comment');
    expect(JSON.stringify(changed)).not.toContain('example.org');
    // Another customer's erasure leaves it alone.
    expect(eraseCustomerQuote(withContact, { customer: 'C2' }).changed.nominations.map((n) => n.id)).toEqual(['n2']);
  });

  it('changes nothing when the name or quote is not there', () => {
    expect(Object.values(erasePerson(records(), 'Nobody X.').counts).every((n) => n === 0)).toBe(true);
    expect(Object.values(eraseCustomerQuote(records(), { quote: 'never said' }).counts).every((n) => n === 0)).toBe(true);
  });
});
