import type { PeriodGranularity, Story } from '../model/types.ts';
import type { AuditEntry, SymmetryDB } from '../store/schema.ts';
import { StoreWriteError } from '../store/workspace-store.ts';
import type { SymmetryDatabase } from '../store/workspace-store.ts';
import type { IDBPTransaction, StoreNames } from 'idb';
import type { AnalysisRequest, ErrorData, LoadedWorkspace, Result, WorkspaceAccess } from './api-types.ts';
import type { Award, Kudos, Nomination, NominationStatus, StoryDraft } from '../recognition/types.ts';
import { auditEntry, auditToCsv, auditToJson, consentAuditEntries } from '../recognition/audit.ts';
import { approveStory, rejectStory, reviseStory, submitDraft } from '../recognition/story-workflow.ts';
import { authorStories, submittedBy } from '../recognition/author-stories.ts';
import type { AuthorStory } from '../recognition/author-stories.ts';
import { exportStoryFeed } from '../recognition/story-feed.ts';
import type { StoryFeed } from '../recognition/story-feed.ts';
import type { TransitionRefusal } from '../recognition/story-workflow.ts';
import type { NameReplacement } from '../recognition/consent.ts';
import { chooseWinner, extractNominations, formNomination, reviewNomination, tallyNominations } from '../recognition/nominations.ts';
import type { NominationForm, NomineeTally } from '../recognition/nominations.ts';
import { createKudos, recentKudos } from '../recognition/kudos.ts';
import type { KudosInput } from '../recognition/kudos.ts';
import { participationView } from '../recognition/participation.ts';
import type { ParticipationCell } from '../recognition/participation.ts';
import { densityLinkage, recognitionDensity } from '../recognition/density.ts';
import type { DensityCell, DensityView } from '../recognition/density.ts';
import { eraseCustomerQuote, erasePerson } from '../recognition/erasure.ts';
import type { ErasureResult, RecognitionRecords } from '../recognition/erasure.ts';

/** A refusal by the domain rules, as data: which rule or check said no. */
export type RecognitionError = ErrorData & { refusal?: string; rules?: string[] };
export type RecognitionResult<T> = { ok: true; value: T } | { ok: false; error: RecognitionError };

/** The outcome of a bulk moderation: what changed and what the rules refused. */
export interface ModerationOutcome {
  published: string[];
  rejected: string[];
  refused: { id: string; refusal: TransitionRefusal }[];
}

type Store = StoreNames<SymmetryDB>;
type WriteTx<S extends Store[]> = IDBPTransaction<SymmetryDB, S, 'readwrite'>;

const newId = (prefix: string) => `${prefix}-${crypto.randomUUID()}`;
const now = () => new Date().toISOString();

function refused(message: string, refusal: string, rules?: string[]): { ok: false; error: RecognitionError } {
  return { ok: false, error: { message, code: 'invalid-input', refusal, ...(rules ? { rules } : {}) } };
}

function describeRefusal(refusal: TransitionRefusal): { ok: false; error: RecognitionError } {
  if (refusal.code === 'rules-failed') return refused(`Rules not met: ${refusal.rules.join(', ')}.`, refusal.code, refusal.rules);
  if (refusal.code === 'wrong-status') return refused(`Not possible for a story that is ${refusal.status}.`, refusal.code);
  if (refusal.code === 'unknown-rule') return refused(`Unknown rule: ${refusal.rule}.`, refusal.code);
  return refused('A reason is required.', refusal.code);
}

/**
 * Runs `work` in one readwrite transaction over `stores` (the audit log always included), so a
 * decision and its audit entry are stored together or not at all. Listens for abort too: a full
 * disk aborts the transaction without a request error.
 */
async function write<S extends Store[], T>(db: SymmetryDatabase, stores: S, work: (tx: WriteTx<[...S, 'audit']>, audit: (entry: AuditEntry) => void) => Promise<T>): Promise<T> {
  const tx = db.transaction([...stores, 'audit'] as [...S, 'audit'], 'readwrite');
  const done = tx.done;
  const pending: Promise<unknown>[] = [];
  const audit = (entry: AuditEntry) => {
    pending.push(tx.objectStore('audit').add(entry));
  };
  try {
    const value = await work(tx, audit);
    await Promise.all(pending);
    await done;
    return value;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    await Promise.allSettled([done, ...pending]);
    const cause = tx.error ?? error;
    if (cause instanceof DOMException && cause.name === 'QuotaExceededError') {
      throw new StoreWriteError('The browser refused to store the change: its storage quota for this site is full. Nothing was changed.', 'quota');
    }
    throw error;
  }
}

/** Recognition: stories, consent, moderation, nominations and kudos. */
export function recognitionMethods(access: WorkspaceAccess) {
  const guard = async <T>(work: () => Promise<RecognitionResult<T>>): Promise<RecognitionResult<T>> => {
    try {
      return await work();
    } catch (error) {
      return access.failure(error);
    }
  };

  return {
    /**
     * Autosaves a draft. Drafts are seen by their composer only, so other views are not told
     * (no re-analysis on every keystroke pause).
     */
    async saveDraft(draft: StoryDraft): Promise<RecognitionResult<{ id: string; updatedAt: string }>> {
      return guard(async () => {
        const db = await access.database();
        const updatedAt = now();
        await db.put('storyDrafts', { ...draft, updatedAt } as unknown as SymmetryDB['storyDrafts']['value']);
        return { ok: true, value: { id: draft.id, updatedAt } };
      });
    },

    async loadDraft(id: string): Promise<StoryDraft | undefined> {
      const db = await access.database();
      return (await db.get('storyDrafts', id)) as StoryDraft | undefined;
    },

    /** Drafts, most recently edited first. */
    async listDrafts(): Promise<StoryDraft[]> {
      const db = await access.database();
      const drafts = (await db.getAll('storyDrafts')) as unknown as StoryDraft[];
      return drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    },

    async deleteDraft(id: string): Promise<void> {
      const db = await access.database();
      await db.delete('storyDrafts', id);
    },

    /** Submits a saved draft: the submit rules must pass; its consents are written to the audit log. */
    async submitStory(id: string, actor: string): Promise<RecognitionResult<Story>> {
      return guard(async () => {
        const db = await access.database();
        const result = await write(db, ['storyDrafts', 'stories'], async (tx, audit) => {
          const draft = (await tx.objectStore('storyDrafts').get(id)) as StoryDraft | undefined;
          if (!draft) return refused(`No draft ${id}.`, 'not-found');
          const at = now();
          const submitted = submitDraft(draft, at);
          if (!submitted.ok) return describeRefusal(submitted.refusal);
          await tx.objectStore('stories').put(submitted.story);
          await tx.objectStore('storyDrafts').delete(id);
          audit(auditEntry({ at, subject: 'story', subjectId: id, action: 'submitted', actor }));
          for (const entry of consentAuditEntries(submitted.story, at, actor)) audit(entry);
          return { ok: true as const, value: submitted.story };
        });
        if (result.ok) access.changed();
        return result;
      });
    },

    /** Stories of one status (submitted: the moderation queue), oldest first. */
    async storiesByStatus(status: Story['status']): Promise<Story[]> {
      const db = await access.database();
      const stories = await db.getAllFromIndex('stories', 'byStatus', status);
      return stories.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    },

    /**
     * Approves or rejects stories, one or many, in one transaction with an audit entry each.
     * Stories the rules refuse (consent, contact details) are left as they are and listed.
     */
    async moderateStories(request: {
      ids: string[];
      decision: 'approve' | 'reject';
      actor: string;
      anonymise?: boolean;
      replacement?: NameReplacement;
      rule?: string;
      reason?: string;
    }): Promise<RecognitionResult<ModerationOutcome>> {
      return guard(async () => {
        const db = await access.database();
        const outcome = await write(db, ['stories'], async (tx, audit) => {
          const result: ModerationOutcome = { published: [], rejected: [], refused: [] };
          const at = now();
          for (const id of request.ids) {
            const story = await tx.objectStore('stories').get(id);
            if (!story) {
              result.refused.push({ id, refusal: { code: 'wrong-status', status: 'draft' } });
              continue;
            }
            const next = request.decision === 'approve'
              ? approveStory(story, { at, by: request.actor, anonymise: request.anonymise, replacement: request.replacement })
              : rejectStory(story, { at, by: request.actor, rule: request.rule ?? '', reason: request.reason ?? '' });
            if (!next.ok) {
              result.refused.push({ id, refusal: next.refusal });
              continue;
            }
            await tx.objectStore('stories').put(next.story);
            if (request.decision === 'approve') {
              result.published.push(id);
              const anonymised = next.anonymised;
              audit(auditEntry({
                at, subject: 'story', subjectId: id, action: anonymised ? 'approved-anonymised' : 'approved', actor: request.actor,
                ...(anonymised ? { detail: { quoteRemoved: anonymised.quoteRemoved, peopleReplaced: anonymised.peopleReplaced.length } } : {}),
              }));
            } else {
              result.rejected.push(id);
              audit(auditEntry({ at, subject: 'story', subjectId: id, action: 'rejected', actor: request.actor, reason: request.reason?.trim(), detail: { rule: request.rule } }));
            }
          }
          return result;
        });
        if (outcome.published.length + outcome.rejected.length > 0) access.changed();
        return { ok: true, value: outcome };
      });
    },

    /** The stories `author` submitted and their drafts, with the decision on each (see `authorStories`). */
    async authorStories(author: string): Promise<AuthorStory[]> {
      const db = await access.database();
      const [stories, drafts, audit] = await Promise.all([db.getAll('stories'), db.getAll('storyDrafts'), db.getAll('audit')]);
      return authorStories(author, { stories, drafts: drafts as unknown as StoryDraft[], audit });
    },

    /**
     * A rejected story back to a draft its author revises (rejected → draft): the draft replaces
     * the story, whose rejection stays in the audit log. Only the author who submitted it may.
     */
    async reviseStory(id: string, author: string): Promise<RecognitionResult<StoryDraft>> {
      return guard(async () => {
        const db = await access.database();
        const result = await write(db, ['stories', 'storyDrafts'], async (tx, audit) => {
          const story = await tx.objectStore('stories').get(id);
          if (!story) return refused(`No story ${id}.`, 'not-found');
          const log = await tx.objectStore('audit').index('bySubject').getAll(['story', id]);
          if (!submittedBy(log, author).has(id)) return refused('Only the author of a story can revise it.', 'not-author');
          const at = now();
          const revised = reviseStory(story, { at, author: author.trim() });
          if (!revised.ok) return describeRefusal(revised.refusal);
          await tx.objectStore('storyDrafts').put(revised.draft as unknown as SymmetryDB['storyDrafts']['value']);
          await tx.objectStore('stories').delete(id);
          audit(auditEntry({ at, subject: 'story', subjectId: id, action: 'revised', actor: author.trim() }));
          return { ok: true as const, value: revised.draft };
        });
        if (result.ok) access.changed();
        return result;
      });
    },

    /**
     * The published stories as a feed for `<sym-story-wall src=…>`: consent applied (quotes and
     * names without consent removed), moderation notes dropped, erased names already gone.
     */
    async exportStoryFeed(options: { placeholder?: string } = {}): Promise<StoryFeed> {
      const db = await access.database();
      const [stories, units] = await Promise.all([db.getAllFromIndex('stories', 'byStatus', 'published'), db.getAll('units')]);
      return exportStoryFeed(stories, { units, ...options });
    },

    /** The audit log, newest first; of one record when `subject` and `subjectId` are given. */
    async auditLog(query: { subject?: AuditEntry['subject']; subjectId?: string; limit?: number } = {}): Promise<AuditEntry[]> {
      const db = await access.database();
      const entries = query.subject && query.subjectId
        ? await db.getAllFromIndex('audit', 'bySubject', [query.subject, query.subjectId])
        : await db.getAll('audit');
      entries.sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0));
      return query.limit === undefined ? entries : entries.slice(0, query.limit);
    },

    /** The whole audit log, oldest first, as CSV or JSON text. */
    async exportAudit(format: 'csv' | 'json'): Promise<string> {
      const db = await access.database();
      const entries = await db.getAll('audit');
      return format === 'csv' ? auditToCsv(entries) : auditToJson(entries);
    },

    /**
     * Finds nomination candidates in the stored customer comments. Candidates already stored
     * (reviewed or not) are kept as they are, so this can run again after each import.
     */
    async extractNominations(request: { actor: string; granularity?: PeriodGranularity }): Promise<RecognitionResult<{ found: number; candidates: number }>> {
      return guard(async () => {
        const workspace = await access.workspace();
        if (!workspace) return { ok: false, error: { message: 'The workspace is empty.', code: 'empty' } };
        const at = now();
        const candidates = extractNominations(workspace.customers, workspace.units, { granularity: request.granularity, at });
        const db = await access.database();
        const found = await write(db, ['nominations'], async (tx, audit) => {
          const store = tx.objectStore('nominations');
          const existing = new Set(await store.getAllKeys());
          const fresh = candidates.filter((c) => !existing.has(c.id));
          await Promise.all(fresh.map((n) => store.put(n as unknown as SymmetryDB['nominations']['value'])));
          audit(auditEntry({ at, subject: 'nomination', subjectId: '*', action: 'nominations-extracted', actor: request.actor, detail: { found: fresh.length } }));
          return fresh.length;
        });
        if (found > 0) access.changed();
        return { ok: true, value: { found, candidates: candidates.length } };
      });
    },

    async listNominations(query: { period?: string; status?: NominationStatus; unit?: string } = {}): Promise<Nomination[]> {
      const db = await access.database();
      const all = (query.period !== undefined
        ? await db.getAllFromIndex('nominations', 'byPeriod', query.period)
        : await db.getAll('nominations')) as unknown as Nomination[];
      return all
        .filter((n) => (query.status === undefined || n.status === query.status) && (query.unit === undefined || n.unit === query.unit))
        .sort((a, b) => a.period.localeCompare(b.period) || (a.row ?? 0) - (b.row ?? 0) || a.id.localeCompare(b.id));
    },

    /** The periods with nominations, oldest first. */
    async nominationPeriods(): Promise<string[]> {
      const db = await access.database();
      const periods = new Set((await db.getAll('nominations')).map((n) => n['period'] as string));
      return [...periods].sort();
    },

    /** Confirms or dismisses comment-extracted candidates, with an audit entry each. */
    async reviewNominations(request: { ids: string[]; decision: 'confirm' | 'dismiss'; actor: string }): Promise<RecognitionResult<{ updated: string[]; refused: string[] }>> {
      return guard(async () => {
        const db = await access.database();
        const value = await write(db, ['nominations'], async (tx, audit) => {
          const at = now();
          const updated: string[] = [];
          const refusedIds: string[] = [];
          for (const id of request.ids) {
            const nomination = (await tx.objectStore('nominations').get(id)) as unknown as Nomination | undefined;
            const next = nomination ? reviewNomination(nomination, request.decision, { at, by: request.actor }) : undefined;
            if (!next?.ok) {
              refusedIds.push(id);
              continue;
            }
            await tx.objectStore('nominations').put(next.nomination as unknown as SymmetryDB['nominations']['value']);
            audit(auditEntry({ at, subject: 'nomination', subjectId: id, action: request.decision === 'confirm' ? 'confirmed' : 'dismissed', actor: request.actor }));
            updated.push(id);
          }
          return { updated, refused: refusedIds };
        });
        if (value.updated.length > 0) access.changed();
        return { ok: true, value };
      });
    },

    /** A nomination from the form (one per customer, period and nominee). */
    async nominate(form: NominationForm): Promise<RecognitionResult<Nomination>> {
      return guard(async () => {
        const units = (await access.workspace())?.units ?? [];
        const db = await access.database();
        const result = await write(db, ['nominations'], async (tx, audit) => {
          const existing = (await tx.objectStore('nominations').index('byPeriod').getAll(form.period)) as unknown as Nomination[];
          const at = now();
          const made = formNomination(form, existing, units, { id: newId('form'), at });
          if (!made.ok) return refused(`Nomination refused: ${made.refusal}.`, made.refusal);
          await tx.objectStore('nominations').put(made.nomination as unknown as SymmetryDB['nominations']['value']);
          audit(auditEntry({ at, subject: 'nomination', subjectId: made.nomination.id, action: 'form-nomination', actor: 'customer' }));
          return { ok: true as const, value: made.nomination };
        });
        if (result.ok) access.changed();
        return result;
      });
    },

    async nominationTallies(query: { period?: string } = {}): Promise<NomineeTally[]> {
      const db = await access.database();
      const nominations = (query.period !== undefined
        ? await db.getAllFromIndex('nominations', 'byPeriod', query.period)
        : await db.getAll('nominations')) as unknown as Nomination[];
      return tallyNominations(nominations, query);
    },

    /** A moderator's choice of winner; the nominee needs a confirmed nomination in that period. */
    async chooseWinner(request: { period: string; unit: string; nominee: string; nomineeKind: 'person' | 'team'; reason: string; actor: string }): Promise<RecognitionResult<Award>> {
      return guard(async () => {
        const db = await access.database();
        const result = await write(db, ['nominations', 'awards'], async (tx, audit) => {
          const nominations = (await tx.objectStore('nominations').index('byPeriod').getAll(request.period)) as unknown as Nomination[];
          const awards = (await tx.objectStore('awards').index('byPeriod').getAll(request.period)) as unknown as Award[];
          const at = now();
          const chosen = chooseWinner(tallyNominations(nominations, { period: request.period }), awards, request, { id: newId('award'), at, by: request.actor });
          if (!chosen.ok) return refused(`Winner refused: ${chosen.refusal}.`, chosen.refusal);
          await tx.objectStore('awards').put(chosen.award as unknown as SymmetryDB['awards']['value']);
          audit(auditEntry({ at, subject: 'award', subjectId: chosen.award.id, action: 'winner-chosen', actor: request.actor, ...(chosen.award.reason ? { reason: chosen.award.reason } : {}), detail: { period: request.period, nominations: chosen.award.nominations } }));
          return { ok: true as const, value: chosen.award };
        });
        if (result.ok) access.changed();
        return result;
      });
    },

    async listAwards(query: { period?: string } = {}): Promise<Award[]> {
      const db = await access.database();
      const awards = (query.period !== undefined ? await db.getAllFromIndex('awards', 'byPeriod', query.period) : await db.getAll('awards')) as unknown as Award[];
      return awards.sort((a, b) => a.period.localeCompare(b.period) || a.nominee.localeCompare(b.nominee));
    },

    async giveKudos(input: KudosInput, options: { granularity?: PeriodGranularity } = {}): Promise<RecognitionResult<Kudos>> {
      return guard(async () => {
        const units = (await access.workspace())?.units ?? [];
        const at = now();
        const made = createKudos(input, units, { id: newId('kudos'), at, granularity: options.granularity });
        if (!made.ok) return refused(`Kudos refused: ${made.refusal}.`, made.refusal);
        const db = await access.database();
        await write(db, ['kudos'], async (tx, audit) => {
          await tx.objectStore('kudos').put(made.kudos as unknown as SymmetryDB['kudos']['value']);
          audit(auditEntry({ at, subject: 'kudos', subjectId: made.kudos.id, action: 'kudos-given', actor: made.kudos.from, detail: { value: made.kudos.value } }));
        });
        access.changed();
        return { ok: true, value: made.kudos };
      });
    },

    /** Recent kudos, newest first (of one unit when given). */
    async listKudos(query: { unit?: string; limit?: number } = {}): Promise<Kudos[]> {
      const db = await access.database();
      const kudos = (query.unit !== undefined ? await db.getAllFromIndex('kudos', 'byUnit', query.unit) : await db.getAll('kudos')) as unknown as Kudos[];
      return recentKudos(kudos, query.limit ?? 20);
    },

    /** Participation × score per unit and period, with few-and-perfect units flagged (aggregates only). */
    async participation(query: { granularity?: PeriodGranularity; minFeedback?: number } = {}): Promise<ParticipationCell[]> {
      const workspace = await access.workspace();
      return workspace ? participationView(workspace.customers, workspace.units, query) : [];
    },

    /** Recognition density per team and period, for correlation with eNPS and NPS. */
    async recognitionDensity(query: { granularity?: PeriodGranularity; periods?: string[] } = {}): Promise<DensityCell[]> {
      const workspace = await access.workspace();
      return workspace ? densityCells(workspace, query) : [];
    },

    /**
     * Density per team over the periods of the analysis `request` asks for, with its correlation
     * with that analysis' eNPS and NPS (BH across the two). The analysis is the one `analyze(request)`
     * returns (reused when it just ran), so the page neither decodes every period's units nor computes.
     */
    async recognitionDensityView(request: AnalysisRequest = {}): Promise<Result<DensityView>> {
      try {
        const workspace = await access.workspace();
        if (!workspace) return { ok: true, value: { cells: [], linkage: [] } };
        const analysis = access.analysis(workspace, request);
        const periods = analysis.periods.map((p) => p.period);
        const cells = await densityCells(workspace, { granularity: request.granularity, ...(periods.length > 0 ? { periods } : {}) });
        return { ok: true, value: { cells, linkage: densityLinkage(cells, analysis) } };
      } catch (error) {
        return access.failure(error);
      }
    },

    /**
     * Erases a person's name from every recognition record, the audit log and the unit's people
     * list, on request. The audit entry of the erasure holds counts, never the name.
     */
    async erasePerson(request: { person: string; actor: string }): Promise<RecognitionResult<ErasureResult['counts']>> {
      return eraseWith(request.actor, 'person-erased', (records) => erasePerson(records, request.person), request.person);
    },

    /** Erases a customer's quote (by text, or all of a customer id's) from every recognition record. */
    async eraseCustomerQuote(request: { quote?: string; customer?: string; actor: string }): Promise<RecognitionResult<ErasureResult['counts']>> {
      return eraseWith(request.actor, 'quote-erased', (records) => eraseCustomerQuote(records, request));
    },
  };

  async function densityCells(workspace: LoadedWorkspace, query: { granularity?: PeriodGranularity; periods?: string[] }): Promise<DensityCell[]> {
    const db = await access.database();
    const awards = (await db.getAll('awards')) as unknown as Award[];
    const kudos = (await db.getAll('kudos')) as unknown as Kudos[];
    return recognitionDensity({ units: workspace.units, stories: workspace.stories, awards, kudos, ...query });
  }

  async function eraseWith(actor: string, action: string, erase: (records: RecognitionRecords) => ErasureResult, person?: string): Promise<RecognitionResult<ErasureResult['counts']>> {
    return guard(async () => {
      const db = await access.database();
      const counts = await write(db, ['stories', 'storyDrafts', 'nominations', 'kudos', 'awards', 'units'], async (tx, audit) => {
        const records: RecognitionRecords = {
          stories: await tx.objectStore('stories').getAll(),
          drafts: (await tx.objectStore('storyDrafts').getAll()) as unknown as StoryDraft[],
          nominations: (await tx.objectStore('nominations').getAll()) as unknown as Nomination[],
          kudos: (await tx.objectStore('kudos').getAll()) as unknown as Kudos[],
          awards: (await tx.objectStore('awards').getAll()) as unknown as Award[],
          audit: await tx.objectStore('audit').getAll(),
        };
        const { changed, counts: erased } = erase(records);
        for (const s of changed.stories) await tx.objectStore('stories').put(s);
        for (const d of changed.drafts) await tx.objectStore('storyDrafts').put(d as unknown as SymmetryDB['storyDrafts']['value']);
        for (const n of changed.nominations) await tx.objectStore('nominations').put(n as unknown as SymmetryDB['nominations']['value']);
        for (const k of changed.kudos) await tx.objectStore('kudos').put(k as unknown as SymmetryDB['kudos']['value']);
        for (const a of changed.awards) await tx.objectStore('awards').put(a as unknown as SymmetryDB['awards']['value']);
        for (const e of changed.audit) await tx.objectStore('audit').put(e);
        if (person !== undefined) {
          for (const unit of await tx.objectStore('units').getAll()) {
            if (unit.people?.includes(person)) await tx.objectStore('units').put({ ...unit, people: unit.people.filter((p) => p !== person) });
          }
        }
        audit(auditEntry({ at: now(), subject: 'story', subjectId: '*', action, actor, detail: { ...erased } }));
        return erased;
      });
      access.changed();
      return { ok: true, value: counts };
    });
  }
}

export type RecognitionMethods = ReturnType<typeof recognitionMethods>;
