/**
 * The published-stories export: a versioned JSON document that `<sym-story-wall src=…>` reads
 * on any page. It carries only published stories, with customer quotes removed unless the
 * customer consented and people named only when they agreed to be named (the others are
 * counted, and their names replaced in the text), by the consent rules of consent.ts. The
 * validator rebuilds every story from the fields it knows, so a hand-edited or hostile file
 * cannot smuggle in extra keys.
 *
 * @module
 */

import type { Story } from '../model/types.ts';
import { anonymiseStory, isConsentComplete } from './consent.ts';

export const STORY_FEED_FORMAT = 'symmetry-insights-stories';
export const STORY_FEED_VERSION = 1;

/** A story as published: consent-checked, with the unit's display name. */
export interface PublishedStory extends Story {
  status: 'published';
  /** How many people the story recognises who did not agree to be named. */
  anonymousPeople?: number;
  unitName?: string;
}

/** `{ format, version, exportedAt, stories }`. */
export interface StoryFeed {
  format: typeof STORY_FEED_FORMAT;
  version: typeof STORY_FEED_VERSION;
  /** ISO 8601 timestamp. */
  exportedAt: string;
  stories: PublishedStory[];
}

/** What the validator can object to; the display translates by code. */
export type FeedProblemCode =
  | 'not-json' | 'not-object' | 'wrong-format' | 'unsupported-version' | 'missing-field' | 'wrong-type'
  | 'not-published' | 'quote-without-consent' | 'invalid-date' | 'duplicate-id' | 'too-large';

/** One problem: where (`stories[3].title`), what, and a sentence in English. */
export interface FeedProblem {
  path: string;
  code: FeedProblemCode;
  /** The value found or the type expected, as short text. */
  detail: string;
  message: string;
}

export type FeedResult = { ok: true; feed: StoryFeed } | { ok: false; problems: FeedProblem[] };

/** Limits that keep a feed a feed; larger values are rejected, not truncated. */
export const FEED_LIMITS = { characters: 20_000_000, stories: 5_000, title: 300, body: 20_000, quote: 2_000, short: 200, list: 50 } as const;

/** Replaces a name that was not cleared for publication. */
export const DEFAULT_NAME_PLACEHOLDER = '[name withheld]';

/**
 * Applies consent to a story for display or export, by the same rules as publication
 * (`anonymiseStory` in consent.ts: a consent counts when given, with when and how): drops the
 * customer quote without the customer's consent, keeps only the people cleared to be named,
 * replaces the others' names in the title, body and quote, and drops the moderation note.
 */
export function redactStory<T extends Story>(story: T, placeholder = DEFAULT_NAME_PLACEHOLDER): T & { anonymousPeople: number } {
  const { story: anonymised, peopleReplaced } = anonymiseStory(story, { kind: 'role', label: placeholder });
  const { moderation: _moderation, ...rest } = anonymised;
  return { ...rest, anonymousPeople: peopleReplaced.length + ((story as Partial<PublishedStory>).anonymousPeople ?? 0) } as T & { anonymousPeople: number };
}

/** Builds the export from any stories: only the published ones, consent applied, oldest first. */
export function exportStoryFeed(
  stories: readonly Story[],
  options: { exportedAt?: string; units?: readonly { id: string; name: string }[]; placeholder?: string } = {},
): StoryFeed {
  const names = new Map((options.units ?? []).map((u) => [u.id, u.name]));
  const published = stories
    .filter((s): s is Story & { status: 'published' } => s.status === 'published')
    .map((s) => {
      const story: PublishedStory = redactStory(s, options.placeholder);
      const unitName = names.get(s.unit);
      if (unitName !== undefined) story.unitName = unitName;
      return story;
    })
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return { format: STORY_FEED_FORMAT, version: STORY_FEED_VERSION, exportedAt: options.exportedAt ?? new Date().toISOString(), stories: published };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** True for an ISO 8601 date or date-time that names a real instant. */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

const MESSAGES: Record<FeedProblemCode, (detail: string) => string> = {
  'not-json': (d) => `the file is not JSON (${d})`,
  'not-object': () => 'expected an object',
  'wrong-format': (d) => `expected format "${STORY_FEED_FORMAT}", found ${d}`,
  'unsupported-version': (d) => `version ${d} is not supported (expected ${STORY_FEED_VERSION})`,
  'missing-field': () => 'this field is required',
  'wrong-type': (d) => `expected ${d}`,
  'not-published': (d) => `only published stories belong in an export, found status "${d}"`,
  'quote-without-consent': () => 'a customer quote without the customer\'s recorded consent (given, when and how)',
  'invalid-date': (d) => `expected an ISO 8601 date, found ${d}`,
  'duplicate-id': (d) => `the id ${d} appears twice`,
  'too-large': (d) => `too long (${d})`,
};

/** Collects problems while reading one document. */
class FeedReader {
  readonly problems: FeedProblem[] = [];

  report(path: string, code: FeedProblemCode, detail = ''): void {
    this.problems.push({ path, code, detail, message: `${path ? `${path}: ` : ''}${MESSAGES[code](detail)}.` });
  }

  string(record: Record<string, unknown>, key: string, path: string, max: number, required = true): string | undefined {
    const value = record[key];
    if (value === undefined) {
      if (required) this.report(`${path}.${key}`, 'missing-field');
      return undefined;
    }
    if (typeof value !== 'string') {
      this.report(`${path}.${key}`, 'wrong-type', 'text');
      return undefined;
    }
    if (value.length > max) {
      this.report(`${path}.${key}`, 'too-large', `${value.length} characters, at most ${max}`);
      return undefined;
    }
    return value;
  }

  strings(record: Record<string, unknown>, key: string, path: string): string[] | undefined {
    const value = record[key];
    if (value === undefined) {
      this.report(`${path}.${key}`, 'missing-field');
      return undefined;
    }
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.length <= FEED_LIMITS.short)) {
      this.report(`${path}.${key}`, 'wrong-type', `a list of short texts`);
      return undefined;
    }
    if (value.length > FEED_LIMITS.list) {
      this.report(`${path}.${key}`, 'too-large', `${value.length} entries, at most ${FEED_LIMITS.list}`);
      return undefined;
    }
    return [...(value as string[])];
  }

  consent(value: unknown, path: string): { given: boolean; at?: string; how?: string } | undefined {
    if (!isRecord(value) || typeof value.given !== 'boolean') {
      this.report(path, 'wrong-type', 'an object with "given": true or false');
      return undefined;
    }
    const out: { given: boolean; at?: string; how?: string } = { given: value.given };
    if (value.at !== undefined) {
      if (isIsoDate(value.at)) out.at = value.at;
      else this.report(`${path}.at`, 'invalid-date', describe(value.at));
    }
    const how = this.string(value, 'how', path, FEED_LIMITS.short, false);
    if (how !== undefined) out.how = how;
    return out;
  }

  story(value: unknown, path: string, seen: Set<string>): PublishedStory | undefined {
    if (!isRecord(value)) {
      this.report(path, 'not-object');
      return undefined;
    }
    const before = this.problems.length;
    const id = this.string(value, 'id', path, FEED_LIMITS.short);
    if (id !== undefined) {
      if (seen.has(id)) this.report(`${path}.id`, 'duplicate-id', JSON.stringify(id));
      seen.add(id);
    }
    const title = this.string(value, 'title', path, FEED_LIMITS.title);
    const body = this.string(value, 'body', path, FEED_LIMITS.body);
    const unit = this.string(value, 'unit', path, FEED_LIMITS.short);
    const unitName = this.string(value, 'unitName', path, FEED_LIMITS.short, false);
    const people = this.strings(value, 'people', path);
    const values = this.strings(value, 'values', path);
    const customerQuote = this.string(value, 'customerQuote', path, FEED_LIMITS.quote, false);
    const consent = value.consent === undefined ? (this.report(`${path}.consent`, 'missing-field'), undefined) : this.consent(value.consent, `${path}.consent`);
    // The export keeps a quote only with a complete consent (given, when, how): anything less is not ours.
    if (customerQuote !== undefined && consent && !isConsentComplete(consent)) this.report(`${path}.customerQuote`, 'quote-without-consent');
    if (value.status !== 'published') {
      if (value.status === undefined) this.report(`${path}.status`, 'missing-field');
      else this.report(`${path}.status`, 'not-published', typeof value.status === 'string' ? value.status.slice(0, 40) : describe(value.status));
    }
    const reactions = value.reactions;
    if (typeof reactions !== 'number' || !Number.isInteger(reactions) || reactions < 0) this.report(`${path}.reactions`, 'wrong-type', 'a whole number, 0 or more');
    const anonymousPeople = value.anonymousPeople;
    if (anonymousPeople !== undefined && (typeof anonymousPeople !== 'number' || !Number.isInteger(anonymousPeople) || anonymousPeople < 0 || anonymousPeople > FEED_LIMITS.list)) {
      this.report(`${path}.anonymousPeople`, 'wrong-type', 'a whole number, 0 or more');
    }
    if (value.createdAt === undefined) this.report(`${path}.createdAt`, 'missing-field');
    else if (!isIsoDate(value.createdAt)) this.report(`${path}.createdAt`, 'invalid-date', describe(value.createdAt));

    const peopleConsent: Record<string, { given: boolean; at?: string; how?: string }> = {};
    if (value.peopleConsent !== undefined) {
      if (!isRecord(value.peopleConsent)) this.report(`${path}.peopleConsent`, 'wrong-type', 'an object keyed by person');
      else {
        // Only the people the story names: a key like "__proto__" is never copied.
        for (const person of people ?? []) {
          if (!Object.prototype.hasOwnProperty.call(value.peopleConsent, person)) continue;
          const c = this.consent(value.peopleConsent[person], `${path}.peopleConsent[${JSON.stringify(person)}]`);
          if (c) peopleConsent[person] = c;
        }
      }
    }
    let metricLink: Story['metricLink'];
    if (value.metricLink !== undefined) {
      const link = value.metricLink;
      if (!isRecord(link)) this.report(`${path}.metricLink`, 'wrong-type', 'an object with unit, metric, from and to');
      else {
        const p = `${path}.metricLink`;
        const linkUnit = this.string(link, 'unit', p, FEED_LIMITS.short);
        const metric = this.string(link, 'metric', p, FEED_LIMITS.short);
        const from = this.string(link, 'from', p, FEED_LIMITS.short);
        const to = this.string(link, 'to', p, FEED_LIMITS.short);
        if (linkUnit !== undefined && metric !== undefined && from !== undefined && to !== undefined) metricLink = { unit: linkUnit, metric, from, to };
      }
    }
    if (this.problems.length > before) return undefined;

    const story: PublishedStory = {
      id: id as string, title: title as string, body: body as string, unit: unit as string,
      people: people as string[], values: values as string[], consent: consent as Story['consent'],
      status: 'published', reactions: reactions as number, createdAt: value.createdAt as string,
    };
    if (unitName !== undefined) story.unitName = unitName;
    if (customerQuote !== undefined) story.customerQuote = customerQuote;
    if (value.peopleConsent !== undefined) story.peopleConsent = peopleConsent;
    if (metricLink) story.metricLink = metricLink;
    if (typeof anonymousPeople === 'number') story.anonymousPeople = anonymousPeople;
    return story;
  }
}

/** Checks a parsed document against the feed format; every problem is listed, not just the first. */
export function validateStoryFeed(value: unknown): FeedResult {
  const reader = new FeedReader();
  if (!isRecord(value)) {
    reader.report('', 'not-object');
    return { ok: false, problems: reader.problems };
  }
  if (value.format !== STORY_FEED_FORMAT) reader.report('format', value.format === undefined ? 'missing-field' : 'wrong-format', describe(value.format));
  if (value.version !== STORY_FEED_VERSION) reader.report('version', value.version === undefined ? 'missing-field' : 'unsupported-version', describe(value.version));
  if (value.exportedAt === undefined) reader.report('exportedAt', 'missing-field');
  else if (!isIsoDate(value.exportedAt)) reader.report('exportedAt', 'invalid-date', describe(value.exportedAt));
  const stories: PublishedStory[] = [];
  if (value.stories === undefined) reader.report('stories', 'missing-field');
  else if (!Array.isArray(value.stories)) reader.report('stories', 'wrong-type', 'a list of stories');
  else if (value.stories.length > FEED_LIMITS.stories) reader.report('stories', 'too-large', `${value.stories.length} stories, at most ${FEED_LIMITS.stories}`);
  else {
    const seen = new Set<string>();
    value.stories.forEach((entry, index) => {
      const story = reader.story(entry, `stories[${index}]`, seen);
      if (story) stories.push(story);
    });
  }
  if (reader.problems.length > 0) return { ok: false, problems: reader.problems };
  return { ok: true, feed: { format: STORY_FEED_FORMAT, version: STORY_FEED_VERSION, exportedAt: value.exportedAt as string, stories } };
}

/** Parses and validates the text of a feed file. */
export function parseStoryFeed(text: string): FeedResult {
  if (text.length > FEED_LIMITS.characters) {
    const reader = new FeedReader();
    reader.report('', 'too-large', `${text.length} characters, at most ${FEED_LIMITS.characters}`);
    return { ok: false, problems: reader.problems };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reader = new FeedReader();
    reader.report('', 'not-json', error instanceof Error ? error.message : String(error));
    return { ok: false, problems: reader.problems };
  }
  return validateStoryFeed(value);
}
