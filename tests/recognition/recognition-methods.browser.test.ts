import { afterEach, describe, expect, it } from 'vitest';
import { createAnalyticsClient } from '../../src/worker/client.ts';
import type { AnalyticsClient } from '../../src/worker/client.ts';
import { emptyDraft } from '../../src/recognition/story-workflow.ts';
import type { StoryDraft } from '../../src/recognition/types.ts';
import { ERASED } from '../../src/recognition/erasure.ts';
import { densityLinkage } from '../../src/recognition/density.ts';
import { unpackPeriods } from '../../src/analytics/packed-result.ts';

const clients: AnalyticsClient[] = [];
async function client(): Promise<AnalyticsClient> {
  const c = await createAnalyticsClient(`recognition-${crypto.randomUUID()}`);
  clients.push(c);
  return c;
}

afterEach(() => {
  for (const c of clients.splice(0)) c.dispose();
});

const consent = { given: true, at: '2026-03-01', how: 'email' };
const draft = (id: string): StoryDraft => ({
  ...emptyDraft(id, { at: '2026-03-02T00:00:00Z', author: 'Ana' }),
  title: 'Élodie M. saved the day', body: 'Élodie called the customer back the next morning, as promised.', unit: 'care', values: ['care'],
  people: ['Élodie M.'], peopleConsent: { 'Élodie M.': consent }, customerQuote: 'Merci Élodie, vraiment top', consent,
});

describe('recognition methods (real worker and IndexedDB)', () => {
  it('erases a name everywhere, exports included, and logs only counts', async () => {
    const c = await client();
    expect(await c.api.where()).toBe('worker');
    await c.api.saveDraft(draft('s1'));
    expect((await c.api.submitStory('s1', 'Ana')).ok).toBe(true);
    expect((await c.api.moderateStories({ ids: ['s1'], decision: 'approve', actor: 'Maud' })).ok).toBe(true);
    expect((await c.api.giveKudos({ from: 'Tom', to: 'Élodie M.', unit: 'care', value: 'care', message: 'Thanks Élodie!' })).ok).toBe(true);
    expect(await c.api.exportAudit('csv')).toContain('Élodie M.');

    const erased = await c.api.erasePerson({ person: 'Élodie M.', actor: 'DPO' });
    expect(erased).toEqual({ ok: true, value: { stories: 1, drafts: 0, nominations: 0, kudos: 1, awards: 0, audit: 1 } });
    const [story] = await c.api.storiesByStatus('published');
    expect(story!.title).toBe(`${ERASED} saved the day`);
    expect(story!.people).toEqual([]);
    const [kudos] = await c.api.listKudos();
    expect(kudos).toMatchObject({ to: ERASED, message: `Thanks ${ERASED}!` });
    for (const format of ['csv', 'json'] as const) expect(await c.api.exportAudit(format)).not.toContain('Élodie');
    const [last] = await c.api.auditLog({ limit: 1 });
    expect(last).toMatchObject({ action: 'person-erased', actor: 'DPO', detail: { stories: 1, kudos: 1 } });
  });

  it('erases a customer quote from stories and the audit log', async () => {
    const c = await client();
    await c.api.saveDraft(draft('s2'));
    await c.api.submitStory('s2', 'Ana');
    const result = await c.api.eraseCustomerQuote({ quote: 'merci élodie, vraiment top', actor: 'DPO' });
    expect(result.ok && result.value.stories).toBe(1);
    const [story] = await c.api.storiesByStatus('submitted');
    expect(story!.customerQuote).toBeUndefined();
    expect(story!.consent).toEqual({ given: false });
    expect(JSON.stringify(await c.api.auditLog())).not.toContain('vraiment top');
  });

  it('refuses what the rules refuse and leaves the data as it was', async () => {
    const c = await client();
    const refused = await c.api.submitStory('missing', 'Ana');
    expect(refused.ok).toBe(false);
    await c.api.saveDraft({ ...draft('s3'), values: [] });
    const rules = await c.api.submitStory('s3', 'Ana');
    expect(!rules.ok && rules.error.rules).toEqual(['company-value']);
    expect(await c.api.loadDraft('s3')).toBeDefined();
    expect(await c.api.auditLog()).toEqual([]);
    // Without a stored dataset there is nothing to extract nor to correlate.
    expect((await c.api.extractNominations({ actor: 'Maud' })).ok).toBe(false);
    expect(await c.api.recognitionDensity()).toEqual([]);
    expect(await c.api.recognitionDensityView()).toEqual({ ok: true, value: { cells: [], linkage: [] } });
    expect(await c.api.participation()).toEqual([]);
  });

  it('exports the published feed, consent applied and erasures included, and revises only the author\'s rejected stories', async () => {
    const c = await client();
    for (const id of ['p1', 'r1']) {
      await c.api.saveDraft(draft(id));
      expect((await c.api.submitStory(id, 'Ana')).ok).toBe(true);
    }
    await c.api.moderateStories({ ids: ['p1'], decision: 'approve', actor: 'Maud' });
    await c.api.moderateStories({ ids: ['r1'], decision: 'reject', actor: 'Maud', rule: 'confidential', reason: 'Mentions a price' });
    const feed = await c.api.exportStoryFeed();
    expect(feed.stories.map((s) => s.id)).toEqual(['p1']);
    expect(feed.stories[0]).not.toHaveProperty('moderation');
    expect((await c.api.authorStories('Ana')).map((s) => [s.id, s.status, s.decision?.rule])).toEqual([['r1', 'rejected', 'confidential'], ['p1', 'published', undefined]]);
    expect((await c.api.reviseStory('p1', 'Ana')).ok).toBe(false);
    expect((await c.api.reviseStory('r1', 'Léa')).ok).toBe(false);
    const revised = await c.api.reviseStory('r1', 'Ana');
    expect(revised.ok && revised.value.author).toBe('Ana');
    await c.api.erasePerson({ person: 'Élodie M.', actor: 'DPO' });
    expect(JSON.stringify(await c.api.exportStoryFeed())).not.toContain('Élodie');
    // The revised draft was erased too.
    expect(JSON.stringify(await c.api.loadDraft('r1'))).not.toContain('Élodie M.');
  });

  it('computes the density linkage in the worker, identical to correlating its cells with the analysis of the same request', async () => {
    const c = await client();
    expect((await c.api.loadSample({ seed: 5 })).ok).toBe(true);
    const request = { granularity: 'quarter' as const, filter: { periodFrom: '2025-Q3', segment: ['B2C'] } };
    const view = await c.api.recognitionDensityView(request);
    if (!view.ok) throw new Error(view.error.message);
    const analysis = await c.api.analyze(request, { pack: true });
    if (!analysis.ok) throw new Error(analysis.error.message);
    const result = unpackPeriods(analysis.value);
    const periods = result.periods.map((p) => p.period);
    const cells = await c.api.recognitionDensity({ granularity: 'quarter', periods });
    expect(view.value.cells).toEqual(cells);
    // The periods are the filtered analysis' own.
    expect(new Set(view.value.cells.map((cell) => cell.period))).toEqual(new Set(periods));
    expect(periods).not.toContain('2025-Q2');
    // Bit for bit: the same Pearson and BH as on the page, NaN where undefined.
    expect(view.value.linkage).toEqual(densityLinkage(cells, result));
    expect(view.value.linkage.map((l) => l.metric)).toEqual(['enps', 'nps']);
    expect(view.value.linkage.every((l) => l.pearson.n > 20 && Number.isFinite(l.pearson.r))).toBe(true);
  }, 120_000);
});
