import { describe, expect, it } from 'vitest';
import type { Story } from '../../src/model/types.ts';
import { anonymiseStory, consentGaps, initialOf, isConsentComplete, replaceName } from '../../src/recognition/consent.ts';

const story: Story = {
  id: 's1',
  title: 'Élodie M. saved the day',
  body: 'Élodie stayed late with Tom B. to fix the order. Thanks Élodie M. and Tom.',
  unit: 'lyon-care',
  people: ['Élodie M.', 'Tom B.'],
  values: ['care'],
  customerQuote: 'Tom B. restored my faith in you.',
  consent: { given: false },
  peopleConsent: { 'Élodie M.': { given: true, at: '2026-03-01', how: 'in-app' }, 'Tom B.': { given: false } },
  status: 'submitted',
  reactions: 0,
  createdAt: '2026-03-02T10:00:00Z',
};

describe('consent', () => {
  it('counts a consent only when it is given, dated and says how', () => {
    expect(isConsentComplete({ given: true, at: '2026-01-01', how: 'email' })).toBe(true);
    expect(isConsentComplete({ given: true, at: '2026-01-01' })).toBe(false);
    expect(isConsentComplete({ given: true, how: 'email' })).toBe(false);
    expect(isConsentComplete({ given: false, at: '2026-01-01', how: 'email' })).toBe(false);
    expect(isConsentComplete(undefined)).toBe(false);
  });

  it('finds the quote and the names that lack consent', () => {
    expect(consentGaps(story)).toEqual({ customer: true, people: ['Tom B.'] });
    expect(consentGaps({ ...story, customerQuote: '  ' }).customer).toBe(false);
    expect(consentGaps({ ...story, consent: { given: true, at: '2026-03-01', how: 'email' } }).customer).toBe(false);
    // A customer's consent needs when and how; a colleague's agreement counts once given.
    expect(consentGaps({ ...story, consent: { given: true } }).customer).toBe(true);
    expect(consentGaps({ ...story, peopleConsent: { 'Élodie M.': { given: true }, 'Tom B.': { given: true } } }).people).toEqual([]);
  });

  it('replaces whole names, first names alone, and keeps a sentence-ending dot', () => {
    expect(replaceName('Thanks tom b. and Tom. Tomas stays.', 'Tom B.', 'T.')).toBe('Thanks T. and T. Tomas stays.');
    expect(replaceName('Merci à Élodie M. Elle est top', 'Élodie M.', 'É.')).toBe('Merci à É. Elle est top');
    expect(replaceName('Merci à elodie m. pour tout', 'Élodie M.', 'une collègue')).toBe('Merci à une collègue pour tout');
    expect(replaceName('Tom and Tom B.', 'Tom B.', 'X', { firstName: false })).toBe('Tom and X.');
  });

  it('gives initials from the first name', () => {
    expect(initialOf('élodie M.')).toBe('É.');
    expect(initialOf('')).toBe('');
  });

  it('offers an anonymised rendering: quote removed, names without consent replaced and dropped', () => {
    const result = anonymiseStory(story);
    expect(result.quoteRemoved).toBe(true);
    expect(result.peopleReplaced).toEqual(['Tom B.']);
    expect(result.story.customerQuote).toBeUndefined();
    expect(result.story.people).toEqual(['Élodie M.']);
    expect(Object.keys(result.story.peopleConsent ?? {})).toEqual(['Élodie M.']);
    expect(result.story.body).toBe('Élodie stayed late with T. to fix the order. Thanks Élodie M. and T.');
    expect(result.story.title).toBe('Élodie M. saved the day');
    expect(JSON.stringify(result.story)).not.toMatch(/Tom/);
    // The input is not modified.
    expect(story.people).toHaveLength(2);
  });

  it('replaces names by a role when asked, and keeps a consented quote', () => {
    const consented = { ...story, consent: { given: true, at: '2026-03-01', how: 'email' } };
    const result = anonymiseStory(consented, { kind: 'role', label: 'a colleague' });
    expect(result.quoteRemoved).toBe(false);
    expect(result.story.customerQuote).toBe('a colleague restored my faith in you.');
    expect(consentGaps(result.story)).toEqual({ customer: false, people: [] });
  });
});
