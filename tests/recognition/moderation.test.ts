import { describe, expect, it } from 'vitest';
import type { Story } from '../../src/model/types.ts';
import { MODERATION_RULES, checkRules, failedRules, publishedRules } from '../../src/recognition/moderation-rules.ts';
import { approveStory, canTransition, emptyDraft, rejectStory, reviseStory, submitDraft } from '../../src/recognition/story-workflow.ts';
import type { StoryDraft } from '../../src/recognition/types.ts';

const at = '2026-04-01T09:00:00Z';
const draft: StoryDraft = {
  ...emptyDraft('d1', { at, author: 'Ana R.', unit: 'lyon-care' }),
  title: 'Chloé turned a complaint into loyalty',
  body: 'A customer called for the third time. Chloé took the case from the top and called back the next morning.',
  people: ['Chloé D.'],
  peopleConsent: { 'Chloé D.': { given: true, at: '2026-03-30', how: 'in-app' } },
  values: ['care'],
  customerQuote: 'Chloé restored my faith in your company.',
  consent: { given: true, at: '2026-03-29', how: 'email' },
};

describe('moderation rules', () => {
  it('are published data with English and French text for every rule', () => {
    expect(MODERATION_RULES.length).toBe(10);
    for (const rule of MODERATION_RULES) {
      expect(rule.text.en.title.length).toBeGreaterThan(3);
      expect(rule.text.fr.text.length).toBeGreaterThan(10);
      expect(rule.text.fr.text).not.toBe(rule.text.en.text);
      expect(rule.check === undefined).toBe(rule.stage === 'judgement');
    }
    expect(MODERATION_RULES.filter((r) => r.consent).map((r) => r.id)).toEqual(['customer-consent', 'people-consent']);
    const fr = publishedRules('fr');
    expect(fr.find((r) => r.id === 'customer-consent')!.title).toBe('Le client accepte d’être cité');
    expect(JSON.parse(JSON.stringify(fr))).toEqual(fr);
  });

  it('checks a complete, consented story as passing and leaves judgement to people', () => {
    const checks = checkRules(draft);
    expect(checks.filter((c) => c.passed === false)).toEqual([]);
    expect(checks.filter((c) => c.passed === null).map((c) => c.id)).toEqual(['respectful', 'true-and-specific', 'confidential', 'not-duplicate']);
  });

  it('names what is missing', () => {
    const bad = { ...draft, title: ' ', body: 'short', values: [], metricLink: { unit: 'u', metric: 'nps', from: '2026-Q3', to: '2026-Q1' } };
    expect(failedRules(bad, ['submit'])).toEqual(['complete', 'company-value', 'metric-link']);
    expect(checkRules(bad).find((c) => c.id === 'complete')!.detail).toEqual(['title', 'body']);
    const mixed = { ...draft, metricLink: { unit: 'u', metric: 'nps', from: '2026-01', to: '2026-Q1' } };
    expect(failedRules(mixed, ['submit'])).toEqual(['metric-link']);
    expect(failedRules({ ...draft, metricLink: { unit: 'u', metric: 'nps', from: '2026-Q1', to: '2026-Q3' } }, ['submit'])).toEqual([]);
  });

  it('finds e-mail addresses and phone numbers', () => {
    expect(failedRules({ ...draft, body: `${draft.body} Write to jean.dupont@example.fr` }, ['publish'])).toEqual(['no-contact-details']);
    expect(checkRules({ ...draft, customerQuote: 'Call me on +33 6 12 34 56 78' }).find((c) => c.id === 'no-contact-details')!.detail).toEqual(['customerQuote']);
    // Dates and short numbers are not contact details.
    expect(failedRules({ ...draft, body: `${draft.body} On 2026-03-01 we had 120 calls.` }, ['publish'])).toEqual([]);
  });

  it('flags missing consent for the quote and for each named person', () => {
    const noConsent = { ...draft, consent: { given: false }, peopleConsent: {} };
    expect(failedRules(noConsent, ['publish'])).toEqual(['customer-consent', 'people-consent']);
    expect(checkRules(noConsent).find((c) => c.id === 'people-consent')!.detail).toEqual(['Chloé D.']);
  });
});

describe('story status transitions', () => {
  it('allows only draft → submitted → published | rejected, and rejected → draft', () => {
    expect(canTransition('draft', 'submitted')).toBe(true);
    expect(canTransition('draft', 'published')).toBe(false);
    expect(canTransition('submitted', 'published')).toBe(true);
    expect(canTransition('submitted', 'rejected')).toBe(true);
    expect(canTransition('published', 'rejected')).toBe(false);
    expect(canTransition('rejected', 'draft')).toBe(true);
  });

  it('submits a draft that meets the submit rules, trimming text and copying consents', () => {
    const result = submitDraft({ ...draft, title: `  ${draft.title} ` }, at);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.story.status).toBe('submitted');
    expect(result.story.title).toBe(draft.title);
    expect(result.story.peopleConsent).toEqual(draft.peopleConsent);
    expect(submitDraft({ ...draft, values: [] }, at)).toEqual({ ok: false, refusal: { code: 'rules-failed', rules: ['company-value'] } });
  });

  it('submits a story whose consent is missing, but does not publish it', () => {
    const submitted = submitDraft({ ...draft, consent: { given: false } }, at);
    expect(submitted.ok).toBe(true);
    if (!submitted.ok) return;
    const refused = approveStory(submitted.story, { at, by: 'mod' });
    expect(refused).toEqual({ ok: false, refusal: { code: 'rules-failed', rules: ['customer-consent'] } });
  });

  it('publishes the anonymised rendering when consent is missing', () => {
    const submitted = submitDraft({ ...draft, consent: { given: false }, peopleConsent: {} }, at);
    if (!submitted.ok) throw new Error('not submitted');
    const result = approveStory(submitted.story, { at, by: 'mod', anonymise: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.story.status).toBe('published');
    expect(result.story.customerQuote).toBeUndefined();
    expect(result.story.people).toEqual([]);
    expect(result.story.title).toBe('C. turned a complaint into loyalty');
    expect(result.anonymised).toEqual({ quoteRemoved: true, peopleReplaced: ['Chloé D.'] });
  });

  it('does not publish contact details even anonymised', () => {
    const submitted = submitDraft({ ...draft, body: `${draft.body} Reach her on 06 12 34 56 78.` }, at);
    if (!submitted.ok) throw new Error('not submitted');
    expect(approveStory(submitted.story, { at, by: 'mod', anonymise: true })).toEqual({ ok: false, refusal: { code: 'rules-failed', rules: ['no-contact-details'] } });
  });

  it('rejects only with a known rule and a reason, and refuses to moderate twice', () => {
    const submitted = submitDraft(draft, at);
    if (!submitted.ok) throw new Error('not submitted');
    expect(rejectStory(submitted.story, { at, by: 'mod', rule: 'respectful', reason: ' ' })).toEqual({ ok: false, refusal: { code: 'reason-required' } });
    expect(rejectStory(submitted.story, { at, by: 'mod', rule: 'be-nice', reason: 'x' })).toEqual({ ok: false, refusal: { code: 'unknown-rule', rule: 'be-nice' } });
    const rejected = rejectStory(submitted.story, { at, by: 'mod', rule: 'not-duplicate', reason: 'Told in March.' });
    expect(rejected.ok && rejected.story.status).toBe('rejected');
    expect(rejected.ok && rejected.story.moderation).toEqual({ at, reason: 'Told in March.', rule: 'not-duplicate', by: 'mod' });
    if (!rejected.ok) return;
    expect(approveStory(rejected.story, { at, by: 'mod' })).toEqual({ ok: false, refusal: { code: 'wrong-status', status: 'rejected' } });
    const revised = reviseStory(rejected.story as Story, { at, author: 'Ana R.' });
    expect(revised.ok && revised.draft.title).toBe(draft.title);
  });
});
