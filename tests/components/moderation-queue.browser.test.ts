import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/moderation-queue/moderation-queue.ts';
import type { SymModerationQueue } from '../../src/components/moderation-queue/moderation-queue.ts';
import type { Story } from '../../src/model/types.ts';
import { emptyDraft } from '../../src/recognition/story-workflow.ts';
import type { StoryDraft } from '../../src/recognition/types.ts';
import type { StoryFeed } from '../../src/recognition/story-feed.ts';
import { parseStoryFeed } from '../../src/recognition/story-feed.ts';
import { axeViolations } from '../helpers/axe.ts';
import { mountElement, shadowQuery as q } from '../helpers/mount.ts';
import { until } from '../helpers/until.ts';
import { freshDatabase, mountInWorkspace, withClient } from '../helpers/workspace.ts';

const consent = { given: true, at: '2026-03-01', how: 'email' };
function story(id: string, patch: Partial<Story> = {}): Story {
  return {
    id, title: `Story ${id}`, body: 'Élodie called the customer back the next morning, as promised.', unit: 'lyon-care', people: ['Élodie M.'],
    peopleConsent: { 'Élodie M.': consent }, values: ['care'], consent: { given: false }, status: 'submitted', reactions: 0, createdAt: '2026-03-02T10:00:00Z', ...patch,
  };
}
const stories = [story('a'), story('b', { customerQuote: 'Merci Élodie', title: 'Élodie M. and the quote' }), story('c', { status: 'published' })];

const mount = (lang?: string): Promise<SymModerationQueue> => mountElement('sym-moderation-queue', (el) => {
  el.stories = stories;
  el.audit = [];
  el.units = [{ id: 'lyon-care', name: 'Service Client' }];
}, lang);

/** Clicks an audit export button and returns the text the queue hands over for download (the download itself is cancelled). */
function exportAudit(el: SymModerationQueue, format: 'csv' | 'json'): Promise<string> {
  const exported = new Promise<string>((resolve) => el.addEventListener('sym-audit-export', (e) => {
    e.preventDefault();
    resolve(e.detail.text);
  }, { once: true }));
  q<HTMLButtonElement>(el, `[data-export=${format}]`).click();
  return exported;
}

afterEach(() => document.body.replaceChildren());

describe('<sym-moderation-queue>', () => {
  it('shows only submitted stories with their consent state, and has no axe violations', async () => {
    const el = await mount();
    expect(el.shadowRoot!.querySelectorAll('[part=story]')).toHaveLength(2);
    expect(q(el, '[data-id=b]').textContent).toContain('No customer consent for the quote');
    expect(q(el, '[data-id=a]').textContent).toContain('Everyone named agreed');
    expect(q(el, '[data-id=b] [data-action=approve-anonymised]')).not.toBeNull();
    expect(q(el, '[data-id=a] [data-action=approve-anonymised]')).toBeNull();
    expect(await axeViolations(el)).toEqual([]);
  });

  it('does not publish without consent, but publishes the anonymised story', async () => {
    const el = await mount();
    expect(q<HTMLButtonElement>(el, '[data-id=b] [data-action=approve]').disabled).toBe(true);
    // Selected in bulk, the rules still refuse it and say why.
    q<HTMLInputElement>(el, '[data-id=b] input[type=checkbox]').click();
    await el.updateComplete;
    q<HTMLButtonElement>(el, '[data-action=approve-selected]').click();
    await until(() => q(el, '[part=status]').textContent !== '');
    expect(el.shadowRoot!.querySelectorAll('[part=story]')).toHaveLength(2);
    expect(q(el, '[part=status]').textContent).toContain('“Élodie M. and the quote” cannot be published: The customer agreed to be quoted.');
    const done = new Promise<string[]>((resolve) => el.addEventListener('sym-moderate', (e) => resolve(e.detail.ids), { once: true }));
    q<HTMLButtonElement>(el, '[data-id=b] [data-action=approve-anonymised]').click();
    expect(await done).toEqual(['b']);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part=story]')).toHaveLength(1);
    expect(q(el, '[part=audit] tbody').textContent).toContain('Approved, anonymised');
  });

  it('rejects with the keyboard: rule and reason are required', async () => {
    const el = await mount();
    q<HTMLButtonElement>(el, '[data-id=a] [data-action=reject]').click();
    await el.updateComplete;
    await until(() => el.shadowRoot!.activeElement?.id === 'reject-rule');
    expect(await axeViolations(el)).toEqual([]);
    await userEvent.keyboard('{Enter}');
    await userEvent.selectOptions(q<HTMLSelectElement>(el, '#reject-rule'), 'not-duplicate');
    q<HTMLTextAreaElement>(el, '#reject-reason').focus();
    await userEvent.keyboard('Told last month');
    q<HTMLButtonElement>(el, '.reject-form button[type=submit]').focus();
    await userEvent.keyboard('{Enter}');
    await until(() => el.shadowRoot!.querySelectorAll('[part=story]').length === 1);
    const row = q(el, '[part=audit] tbody tr').textContent!;
    expect(row).toContain('Rejected');
    expect(row).toContain('Told last month');
  });

  it('shows what users typed as text, never as markup', async () => {
    const el = await mount();
    const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    el.stories = [story('x', { title: payload, body: `Body ${payload}`, customerQuote: payload, consent: { given: true, at: '2026-03-01', how: 'email' } })];
    await el.updateComplete;
    const article = q(el, '[data-id=x]');
    expect(article.querySelector('img, script')).toBeNull();
    expect(article.querySelector('h3')!.textContent).toBe(payload);
    expect((window as { __xss?: number }).__xss).toBeUndefined();
  });

  it('speaks French', async () => {
    const el = await mount('fr');
    const text = el.shadowRoot!.textContent!;
    expect(text).toContain('Histoires à modérer');
    expect(text).toContain('2 histoires en attente');
    expect(text).toContain('Pas de consentement du client pour la citation');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('moderates in bulk through the workspace, with audit entries stored and exported', async () => {
    const database = freshDatabase('queue');
    await withClient(database, async (api) => {
      const at = '2026-03-02T10:00:00Z';
      const base: StoryDraft = { ...emptyDraft('x', { at, author: 'Ana' }), body: 'Tom fixed the printer before the morning rush, so no customer waited.', unit: 'lyon-care', values: ['initiative'] };
      for (const [id, patch] of [['s1', {}], ['s2', {}], ['s3', { customerQuote: 'Thanks Tom', consent: { given: false } }]] as const) {
        expect((await api.saveDraft({ ...base, ...patch, id, title: `Story ${id}` })).ok).toBe(true);
        expect((await api.submitStory(id, 'Ana')).ok).toBe(true);
      }
    });

    const el = document.createElement('sym-moderation-queue');
    el.actor = 'Maud';
    mountInWorkspace(database, el);
    await until(() => el.shadowRoot!.querySelectorAll('[part=story]').length === 3);

    q<HTMLInputElement>(el, '#select-all').click();
    await el.updateComplete;
    q<HTMLButtonElement>(el, '[data-action=approve-selected]').click();
    await until(() => el.shadowRoot!.querySelectorAll('[part=story]').length === 1);
    expect(q(el, '[part=status]').textContent).toContain('2 approved, 1 refused by the rules');

    await withClient(database, async (api) => {
      expect((await api.storiesByStatus('published')).map((s) => s.id).sort()).toEqual(['s1', 's2']);
      expect((await api.storiesByStatus('submitted')).map((s) => s.id)).toEqual(['s3']);
      const log = await api.auditLog({ subject: 'story', subjectId: 's1' });
      expect(log.map((e) => [e.action, e.actor])).toEqual([['approved', 'Maud'], ['submitted', 'Ana']]);
    });

    const csv = await exportAudit(el, 'csv');
    expect(csv.split('\r\n')[0]).toBe('seq,at,subject,subjectId,action,actor,reason,detail');
    expect(csv).toContain(',story,s2,approved,Maud,');
    expect(csv).toContain('consent-customer');
  }, 60_000);

  it('exports the published stories as a feed the story wall reads, consent applied', async () => {
    const el = await mount();
    const feeds: StoryFeed[] = [];
    el.addEventListener('sym-feed-export', (e) => {
      e.preventDefault();
      feeds.push(e.detail.feed);
      // The text is a valid feed for <sym-story-wall src=…>.
      expect(parseStoryFeed(e.detail.text).ok).toBe(true);
    });
    q<HTMLButtonElement>(el, '[data-export=feed]').click();
    await until(() => feeds.length === 1);
    expect(feeds[0]!.stories.map((s) => s.id)).toEqual(['c']);
    expect(q(el, '[part=status]').textContent).toBe('1 published story exported.');
    // A story approved here joins the feed.
    q<HTMLButtonElement>(el, '[data-id=a] [data-action=approve]').click();
    await until(() => el.shadowRoot!.querySelectorAll('[part=story]').length === 1);
    q<HTMLButtonElement>(el, '[data-export=feed]').click();
    await until(() => feeds.length === 2);
    expect(feeds[1]!.stories.map((s) => s.id)).toEqual(['a', 'c']);
    expect(feeds[1]!.stories[0]).not.toHaveProperty('moderation');
  });

  it('erases a name on request with the keyboard, after a confirmation, from the queue and the exports', async () => {
    const el = await mount();
    const erased: Record<string, number>[] = [];
    el.addEventListener('sym-erase', (e) => erased.push(e.detail.counts));
    q<HTMLElement>(el, '[part=erasure] summary').focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(q<HTMLDetailsElement>(el, '[part=erasure]').open).toBe(true);
    // Nothing typed: nothing to confirm.
    q<HTMLButtonElement>(el, '[data-action=review-erase]').click();
    await el.updateComplete;
    expect(q(el, '[part=status]').textContent).toBe('Write the name or the quote to erase.');
    expect(el.shadowRoot!.activeElement?.id).toBe('erase-value');
    await userEvent.keyboard('Élodie M.{Enter}');
    await until(() => el.shadowRoot!.activeElement?.getAttribute('data-action') === 'confirm-erase');
    expect(q(el, '#erase-confirm-text').textContent).toBe('Erase “Élodie M.” everywhere? This cannot be undone.');
    expect(await axeViolations(el)).toEqual([]);
    // Cancel goes back without erasing.
    q<HTMLButtonElement>(el, '[data-action=cancel-erase]').click();
    await until(() => el.shadowRoot!.activeElement?.getAttribute('data-action') === 'review-erase');
    expect(erased).toHaveLength(0);
    await userEvent.keyboard('{Enter}');
    await until(() => el.shadowRoot!.activeElement?.getAttribute('data-action') === 'confirm-erase');
    await userEvent.keyboard('{Enter}');
    await until(() => erased.length === 1);
    expect(erased[0]).toMatchObject({ stories: 3 });
    expect(q(el, '[part=status]').textContent).toBe('Erased: 3 records changed.');
    expect(q(el, '[data-id=b] h3').textContent).toBe('[…] and the quote');
    expect(q(el, '[data-id=b] blockquote').textContent).toBe('Merci […]');
    const feed = new Promise<string>((resolve) => el.addEventListener('sym-feed-export', (e) => {
      e.preventDefault();
      resolve(e.detail.text);
    }, { once: true }));
    q<HTMLButtonElement>(el, '[data-export=feed]').click();
    expect(await feed).not.toContain('Élodie');
  });

  it('speaks French in the export and erasure parts', async () => {
    const el = await mount('fr');
    expect(q(el, '[data-export=feed]').textContent).toBe('Exporter les histoires publiées (JSON)');
    expect(q(el, '[part=erasure] summary').textContent).toBe('Effacement sur demande (RGPD)');
    q<HTMLInputElement>(el, 'input[name=erase-kind][value=quote]').click();
    await el.updateComplete;
    expect(q(el, 'label[for=erase-value]').textContent).toBe('La citation, mot pour mot');
  });

  it('erases through the workspace: IndexedDB records, the story feed and the audit export no longer hold the name', async () => {
    const database = freshDatabase('queue-erase');
    await withClient(database, async (api) => {
      const at = '2026-03-02T10:00:00Z';
      const ok = { given: true, at: '2026-03-01', how: 'email' };
      const draft: StoryDraft = {
        ...emptyDraft('p1', { at, author: 'Ana' }), title: 'Zoë A. saved the morning', body: 'Zoë fixed the printer before the rush, so no customer waited.', unit: 'lyon-care',
        values: ['initiative'], people: ['Zoë A.'], peopleConsent: { 'Zoë A.': ok }, customerQuote: 'Zoë was brilliant', consent: ok,
      };
      expect((await api.saveDraft(draft)).ok).toBe(true);
      expect((await api.submitStory('p1', 'Ana')).ok).toBe(true);
      expect((await api.moderateStories({ ids: ['p1'], decision: 'approve', actor: 'Maud' })).ok).toBe(true);
    });
    const el = document.createElement('sym-moderation-queue');
    el.actor = 'DPO';
    mountInWorkspace(database, el);
    await until(() => el.workspace?.client !== undefined && el.shadowRoot!.querySelector('[part=audit] tbody tr') !== null);

    const exportFeed = () => new Promise<StoryFeed>((resolve) => {
      el.addEventListener('sym-feed-export', (e) => {
        e.preventDefault();
        resolve(e.detail.feed);
      }, { once: true });
      q<HTMLButtonElement>(el, '[data-export=feed]').click();
    });
    const before = await exportFeed();
    expect(before.stories.map((s) => s.title)).toEqual(['Zoë A. saved the morning']);

    q<HTMLElement>(el, '[part=erasure] summary').click();
    await el.updateComplete;
    q<HTMLInputElement>(el, '#erase-value').focus();
    await userEvent.keyboard('Zoë A.');
    q<HTMLButtonElement>(el, '[data-action=review-erase]').click();
    await until(() => el.shadowRoot!.querySelector('[data-action=confirm-erase]') !== null);
    q<HTMLButtonElement>(el, '[data-action=confirm-erase]').click();
    await until(() => /Erased: \d+ records changed\./.test(q(el, '[part=status]').textContent ?? ''));

    const after = await exportFeed();
    expect(after.stories).toHaveLength(1);
    expect(JSON.stringify(after)).not.toContain('Zoë');
    expect(after.stories[0]!.title).toBe('[…] saved the morning');
    const log = await exportAudit(el, 'json');
    expect(log).not.toContain('Zoë');
    expect(log).toContain('person-erased');

    await withClient(database, async (api) => {
      expect(JSON.stringify(await api.storiesByStatus('published'))).not.toContain('Zoë');
      // The quote named her too: it is scrubbed, not dropped, since the customer consented.
      expect((await api.storiesByStatus('published'))[0]!.customerQuote).toBe('[…] was brilliant');
    });
  }, 60_000);
});
