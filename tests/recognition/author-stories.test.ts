import { describe, expect, it } from 'vitest';
import type { Story } from '../../src/model/types.ts';
import type { AuditEntry } from '../../src/store/schema.ts';
import { authorStories, submittedBy } from '../../src/recognition/author-stories.ts';
import { emptyDraft, rejectStory, reviseStory } from '../../src/recognition/story-workflow.ts';

const base: Story = {
  id: 's1', title: 'Tom and the printer', body: 'Tom fixed the printer before the morning rush.', unit: 'care', people: [], values: ['initiative'],
  consent: { given: false }, status: 'submitted', reactions: 0, createdAt: '2026-03-01T10:00:00Z',
};
const rejected = rejectStory({ ...base, id: 's2', title: 'Told twice' }, { at: '2026-03-03T09:00:00Z', by: 'Maud', rule: 'not-duplicate', reason: 'Published last month' });
const published: Story = { ...base, id: 's3', title: 'Published one', status: 'published', moderation: { at: '2026-03-04T09:00:00Z', reason: '' } };
const othersStory: Story = { ...base, id: 's4', title: 'Not mine' };
const audit: AuditEntry[] = [
  { seq: 1, at: '2026-03-01T10:00:00Z', subject: 'story', subjectId: 's1', action: 'submitted', actor: 'Ana' },
  { seq: 2, at: '2026-03-02T10:00:00Z', subject: 'story', subjectId: 's2', action: 'submitted', actor: 'Ana' },
  { seq: 3, at: '2026-03-02T11:00:00Z', subject: 'story', subjectId: 's3', action: 'submitted', actor: 'Ana' },
  { seq: 4, at: '2026-03-02T12:00:00Z', subject: 'story', subjectId: 's4', action: 'submitted', actor: 'Léa' },
  // A kudos by Ana is not a story she submitted.
  { seq: 5, at: '2026-03-02T12:00:00Z', subject: 'kudos', subjectId: 's9', action: 'submitted', actor: 'Ana' },
];

describe('an author’s stories', () => {
  if (!rejected.ok) throw new Error('fixture');
  const stories = [base, rejected.story, published, othersStory];

  it('finds what the author submitted from the audit log', () => {
    expect([...submittedBy(audit, ' Ana ')].sort()).toEqual(['s1', 's2', 's3']);
    expect(submittedBy(audit, 'Nobody').size).toBe(0);
  });

  it('lists their stories newest decision first, with the rule and reason of a rejection', () => {
    const list = authorStories('Ana', { stories, drafts: [], audit });
    expect(list.map((s) => [s.id, s.status])).toEqual([['s3', 'published'], ['s2', 'rejected'], ['s1', 'submitted']]);
    expect(list[1]!.decision).toEqual({ at: '2026-03-03T09:00:00Z', rule: 'not-duplicate', reason: 'Published last month' });
    // A published story carries its date, never a rule or a reason.
    expect(list[0]!.decision).toEqual({ at: '2026-03-04T09:00:00Z' });
    expect(list[2]!.decision).toBeUndefined();
  });

  it('puts drafts first, marks revised ones, and lists nothing for an empty author', () => {
    const revised = reviseStory(rejected.story, { at: '2026-03-05T08:00:00Z', author: 'Ana' });
    if (!revised.ok) throw new Error('revise');
    const fresh = { ...emptyDraft('d1', { at: '2026-03-06T08:00:00Z', author: 'Ana' }), title: 'New one' };
    const someoneElses = emptyDraft('d2', { at: '2026-03-06T08:00:00Z', author: 'Léa' });
    const log = [...audit, { seq: 6, at: '2026-03-05T08:00:00Z', subject: 'story' as const, subjectId: 's2', action: 'revised', actor: 'Ana' }];
    // After a revision the store holds the draft instead of the rejected story.
    const list = authorStories('Ana', { stories: stories.filter((s) => s.id !== 's2'), drafts: [revised.draft, fresh, someoneElses], audit: log });
    expect(list.map((s) => [s.id, s.status, s.revised ?? false])).toEqual([['d1', 'draft', false], ['s2', 'draft', true], ['s3', 'published', false], ['s1', 'submitted', false]]);
    expect(authorStories('  ', { stories, drafts: [fresh], audit })).toEqual([]);
  });
});
