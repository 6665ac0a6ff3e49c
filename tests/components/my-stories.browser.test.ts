import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/my-stories/my-stories.ts';
import '../../src/components/story-composer/story-composer.ts';
import type { SymMyStories } from '../../src/components/my-stories/my-stories.ts';
import type { AuthorStory } from '../../src/recognition/author-stories.ts';
import { emptyDraft } from '../../src/recognition/story-workflow.ts';
import type { StoryDraft } from '../../src/recognition/types.ts';
import { axeViolations } from '../helpers/axe.ts';
import { mountElement, shadowQuery as q } from '../helpers/mount.ts';
import { until } from '../helpers/until.ts';
import { freshDatabase, mountInWorkspace, withClient } from '../helpers/workspace.ts';

const stories: AuthorStory[] = [
  { id: 'd1', title: 'Half written', unit: 'care', status: 'draft', at: '2026-03-06T08:00:00Z' },
  { id: 's2', title: 'Told twice', unit: 'care', status: 'rejected', at: '2026-03-03T09:00:00Z', decision: { at: '2026-03-03T09:00:00Z', rule: 'not-duplicate', reason: 'Published <i>last</i> month' } },
  { id: 's3', title: 'Published one', unit: 'chat', status: 'published', at: '2026-03-04T09:00:00Z', decision: { at: '2026-03-04T09:00:00Z' } },
  { id: 's1', title: 'Waiting', unit: 'care', status: 'submitted', at: '2026-03-01T10:00:00Z' },
];
const units = [{ id: 'care', name: 'Customer Care' }, { id: 'chat', name: 'Live Chat' }];

const mount = (lang?: string): Promise<SymMyStories> => mountElement('sym-my-stories', (el) => {
  el.author = 'Ana';
  el.stories = stories;
  el.units = units;
}, lang);

afterEach(() => document.body.replaceChildren());

describe('<sym-my-stories>', () => {
  it('shows each story’s status and, for a rejection, the published rule and the reason; no axe violations', async () => {
    const el = await mount();
    expect([...el.shadowRoot!.querySelectorAll('[part=story]')].map((a) => a.getAttribute('data-status'))).toEqual(['draft', 'rejected', 'published', 'submitted']);
    const rejected = q(el, '[data-id=s2]');
    expect(rejected.querySelector('.badge')!.textContent).toBe('Not published');
    expect(rejected.querySelector('[data-rule]')!.textContent).toBe('Not already told: The same story has not been published already.');
    // The moderator's words are shown as text.
    expect(rejected.querySelector('[data-reason]')!.textContent).toBe('Published <i>last</i> month');
    expect(rejected.querySelector('i')).toBeNull();
    expect(q(el, '[data-id=s3]').textContent).toContain('Published on 4 Mar 2026');
    expect(q(el, '[data-id=s3] [part=decision]')).toBeNull();
    expect(q(el, '[data-id=s1]').textContent).toContain('Waiting for moderation');
    // The rules are published beside the decisions.
    expect(el.shadowRoot!.querySelectorAll('[part=rules] li')).toHaveLength(10);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('revises a rejected story from the keyboard and opens drafts', async () => {
    const el = await mount();
    const opened: { id: string; revised: boolean }[] = [];
    el.addEventListener('sym-draft-open', (e) => opened.push(e.detail));
    q<HTMLButtonElement>(el, '[data-id=s2] [data-action=revise]').focus();
    await userEvent.keyboard('{Enter}');
    await until(() => opened.length === 1);
    expect(opened[0]).toEqual({ id: 's2', revised: true });
    await el.updateComplete;
    expect(q(el, '[data-id=s2]').getAttribute('data-status')).toBe('draft');
    expect(q(el, '[part=status]').textContent).toBe('The story is a draft again: edit it and submit it once more.');
    q<HTMLButtonElement>(el, '[data-id=d1] [data-action=open]').focus();
    await userEvent.keyboard(' ');
    await until(() => opened.length === 2);
    expect(opened[1]).toEqual({ id: 'd1', revised: false });
  });

  it('is empty without stories, and speaks French', async () => {
    const el = await mount('fr');
    const text = el.shadowRoot!.textContent!;
    expect(text).toContain('Mes histoires');
    expect(q(el, '[data-id=s2] .badge').textContent).toBe('Non publiée');
    expect(q(el, '[data-id=s2] [data-rule]').textContent).toContain('Pas déjà racontée');
    expect(q(el, '[data-id=s2] [data-action=revise]').textContent).toBe('Reprendre « Told twice »');
    expect(await axeViolations(el)).toEqual([]);
    el.stories = [];
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).toContain('Vous n’avez pas encore soumis d’histoire.');
  });

  it('reads the author’s stories from IndexedDB and revises through the workspace', async () => {
    const database = freshDatabase('my-stories');
    await withClient(database, async (api) => {
      const at = '2026-03-02T10:00:00Z';
      const base: StoryDraft = { ...emptyDraft('x', { at, author: 'Ana' }), body: 'Tom fixed the printer before the morning rush, so no customer waited.', unit: 'care', values: ['initiative'] };
      for (const [id, author] of [['a1', 'Ana'], ['a2', 'Ana'], ['l1', 'Léa']] as const) {
        expect((await api.saveDraft({ ...base, id, author, title: `Story ${id}` })).ok).toBe(true);
        expect((await api.submitStory(id, author)).ok).toBe(true);
      }
      expect((await api.moderateStories({ ids: ['a1'], decision: 'reject', actor: 'Maud', rule: 'true-and-specific', reason: 'Which customer was it?' })).ok).toBe(true);
      expect((await api.moderateStories({ ids: ['a2'], decision: 'approve', actor: 'Maud' })).ok).toBe(true);
      // Someone else cannot revise Ana's story.
      const notHers = await api.reviseStory('a1', 'Léa');
      expect(!notHers.ok && notHers.error.refusal).toBe('not-author');
    });

    const el = document.createElement('sym-my-stories');
    el.author = 'Ana';
    const workspace = mountInWorkspace(database, el);
    await until(() => el.shadowRoot!.querySelectorAll('[part=story]').length === 2);
    expect(q(el, '[data-id=a1]').getAttribute('data-status')).toBe('rejected');
    expect(q(el, '[data-id=a1] [data-reason]').textContent).toBe('Which customer was it?');
    expect(q(el, '[data-id=a1] [data-rule]').getAttribute('data-rule')).toBe('true-and-specific');
    expect(q(el, '[data-id=a2]').getAttribute('data-status')).toBe('published');
    expect(el.shadowRoot!.querySelector('[data-id=l1]')).toBeNull();

    // The composer beside it opens the revised draft.
    const composer = document.createElement('sym-story-composer');
    composer.author = 'Ana';
    workspace.append(composer);
    el.addEventListener('sym-draft-open', (e) => (composer.draftId = e.detail.id));
    q<HTMLButtonElement>(el, '[data-id=a1] [data-action=revise]').click();
    await until(() => q(el, '[data-id=a1]')?.getAttribute('data-status') === 'draft');
    await until(() => composer.shadowRoot!.querySelector<HTMLInputElement>('#title')?.value === 'Story a1');
    await composer.flush();

    await withClient(database, async (api) => {
      expect(await api.storiesByStatus('rejected')).toEqual([]);
      expect(await api.loadDraft('a1')).toMatchObject({ id: 'a1', title: 'Story a1', author: 'Ana' });
      const log = await api.auditLog({ subject: 'story', subjectId: 'a1' });
      expect(log.map((e) => [e.action, e.actor])).toEqual([['revised', 'Ana'], ['rejected', 'Maud'], ['submitted', 'Ana']]);
      // Submitted again, it is waiting once more.
      expect((await api.submitStory('a1', 'Ana')).ok).toBe(true);
      expect((await api.authorStories('Ana')).find((s) => s.id === 'a1')?.status).toBe('submitted');
    });
  }, 60_000);
});
