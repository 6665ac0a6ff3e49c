/**
 * An author's own stories with the decision on each: what they submitted (the audit log says
 * who submitted what, so the Story record itself carries no author), its status, and for a
 * rejection the published rule cited and the moderator's reason. Drafts they are still writing,
 * including rejected stories they chose to revise, come first.
 *
 * @module
 */

import type { Story } from '../model/types.ts';
import type { AuditEntry } from '../store/schema.ts';
import type { ModerationRuleId } from './moderation-rules.ts';
import { moderationRule } from './moderation-rules.ts';
import type { StoryModeration } from './story-workflow.ts';
import type { StoryDraft } from './types.ts';

/** One of the author's stories as they see it. */
export interface AuthorStory {
  id: string;
  title: string;
  unit: string;
  status: Story['status'];
  /** Last change: the draft's last save, the submission, or the decision. */
  at: string;
  /** The decision on a published or rejected story; `rule` and `reason` on rejection only. */
  decision?: { at: string; rule?: ModerationRuleId; reason?: string };
  /** True for a draft that was rejected once and is being revised. */
  revised?: boolean;
}

/** Ids of the stories `author` submitted, by the audit log's `submitted` entries. */
export function submittedBy(audit: readonly AuditEntry[], author: string): Set<string> {
  const who = author.trim();
  return new Set(audit.filter((e) => e.subject === 'story' && e.action === 'submitted' && e.actor === who).map((e) => e.subjectId));
}

function decisionOf(story: Story): AuthorStory['decision'] {
  const moderation = story.moderation as StoryModeration | undefined;
  if (!moderation || (story.status !== 'published' && story.status !== 'rejected')) return undefined;
  const decision: NonNullable<AuthorStory['decision']> = { at: moderation.at };
  if (story.status === 'rejected') {
    const rule = moderation.rule ? moderationRule(moderation.rule) : undefined;
    if (rule) decision.rule = rule.id;
    if (moderation.reason) decision.reason = moderation.reason;
  }
  return decision;
}

/**
 * The author's drafts and submitted stories, drafts first, then newest change first. An empty
 * author name matches nothing: the list is personal.
 */
export function authorStories(author: string, records: { stories: readonly Story[]; drafts: readonly StoryDraft[]; audit: readonly AuditEntry[] }): AuthorStory[] {
  if (!author.trim()) return [];
  const mine = submittedBy(records.audit, author);
  const revisedIds = new Set(records.audit.filter((e) => e.subject === 'story' && e.action === 'revised').map((e) => e.subjectId));
  const drafts: AuthorStory[] = records.drafts
    .filter((d) => d.author === author.trim())
    .map((d) => ({ id: d.id, title: d.title, unit: d.unit, status: 'draft' as const, at: d.updatedAt, ...(revisedIds.has(d.id) ? { revised: true } : {}) }));
  const draftIds = new Set(drafts.map((d) => d.id));
  const stories: AuthorStory[] = records.stories
    .filter((s) => mine.has(s.id) && !draftIds.has(s.id))
    .map((s) => {
      const decision = decisionOf(s);
      return { id: s.id, title: s.title, unit: s.unit, status: s.status, at: decision?.at ?? s.createdAt, ...(decision ? { decision } : {}) };
    });
  const newestFirst = (a: AuthorStory, b: AuthorStory) => b.at.localeCompare(a.at) || a.id.localeCompare(b.id);
  return [...drafts.sort(newestFirst), ...stories.sort(newestFirst)];
}
