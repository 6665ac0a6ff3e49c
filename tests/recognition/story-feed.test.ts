import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_NAME_PLACEHOLDER, STORY_FEED_FORMAT, exportStoryFeed, isIsoDate, parseStoryFeed, redactStory, validateStoryFeed } from '../../src/recognition/story-feed.ts';
import type { FeedProblem } from '../../src/recognition/story-feed.ts';
import { generateSampleDataset } from '../../src/model/sample-dataset.ts';
import type { Story } from '../../src/model/types.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/recognition/${name}`, import.meta.url), 'utf8');

const base: Story = {
  id: 's1',
  title: 'Ana Lima and Bruno Costa saved the day',
  body: 'Ana stayed late; Bruno called the customer back. ANA LIMA deserves it. Anabelle is someone else.',
  unit: 'team-a',
  people: ['Ana Lima', 'Bruno Costa'],
  peopleConsent: { 'Ana Lima': { given: false }, 'Bruno Costa': { given: true, at: '2025-01-02', how: 'in app' } },
  values: ['care'],
  customerQuote: 'Ana was wonderful.',
  consent: { given: true, at: '2025-01-02', how: 'email' },
  status: 'published',
  moderation: { at: '2025-01-03', reason: 'internal note' },
  reactions: 4,
  createdAt: '2025-01-02T10:00:00Z',
};

function codes(problems: FeedProblem[]): string[] {
  return problems.map((p) => `${p.path} ${p.code}`);
}

describe('redactStory', () => {
  it('names only the people who agreed, and replaces the others in every text', () => {
    const out = redactStory(base);
    expect(out.people).toEqual(['Bruno Costa']);
    expect(out.anonymousPeople).toBe(1);
    expect(out.title).toBe(`${DEFAULT_NAME_PLACEHOLDER} and Bruno Costa saved the day`);
    expect(out.body).toBe(`${DEFAULT_NAME_PLACEHOLDER} stayed late; Bruno called the customer back. ${DEFAULT_NAME_PLACEHOLDER} deserves it. Anabelle is someone else.`);
    expect(out.customerQuote).toBe(`${DEFAULT_NAME_PLACEHOLDER} was wonderful.`);
    expect(Object.keys(out.peopleConsent!)).toEqual(['Bruno Costa']);
    expect(out).not.toHaveProperty('moderation');
  });

  it('drops the customer quote without the customer\'s consent', () => {
    const out = redactStory({ ...base, consent: { given: false } });
    expect(out).not.toHaveProperty('customerQuote');
  });

  it('treats a person without a consent record as not cleared', () => {
    const { peopleConsent: _dropped, ...rest } = base;
    const out = redactStory(rest, 'someone');
    expect(out.people).toEqual([]);
    expect(out.anonymousPeople).toBe(2);
    expect(out.title).toBe('someone and someone saved the day');
  });

  it('needs when and how for a customer quote, only "given" for a colleague, as publication does', () => {
    const out = redactStory({ ...base, peopleConsent: { 'Bruno Costa': { given: true } }, consent: { given: true } });
    expect(out.people).toEqual(['Bruno Costa']);
    expect(out).not.toHaveProperty('customerQuote');
    const feed = validateStoryFeed({ format: STORY_FEED_FORMAT, version: 1, exportedAt: '2026-01-01', stories: [{ ...base, consent: { given: true } }] });
    expect(feed.ok ? [] : codes(feed.problems)).toEqual(['stories[0].customerQuote quote-without-consent']);
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(base);
    redactStory(base);
    expect(base).toEqual(copy);
  });
});

describe('exportStoryFeed', () => {
  const sample = generateSampleDataset();

  it('exports only the published sample stories, consent applied, in a feed that validates', () => {
    const feed = exportStoryFeed(sample.stories, { exportedAt: '2026-11-02T09:00:00Z', units: sample.units });
    const published = sample.stories.filter((s) => s.status === 'published');
    expect(feed.format).toBe(STORY_FEED_FORMAT);
    expect(feed.version).toBe(1);
    expect(feed.stories).toHaveLength(published.length);
    expect(feed.stories.length).toBeGreaterThan(10);
    for (const story of feed.stories) {
      expect(story.status).toBe('published');
      expect(story).not.toHaveProperty('moderation');
      if (story.customerQuote !== undefined) expect(story.consent.given).toBe(true);
      expect(story.unitName).toBe(sample.units.find((u) => u.id === story.unit)!.name);
    }
    const round = validateStoryFeed(JSON.parse(JSON.stringify(feed)));
    expect(round.ok).toBe(true);
    if (round.ok) expect(round.feed).toEqual(feed);
  });

  it('leaves out drafts, submitted and rejected stories', () => {
    const feed = exportStoryFeed([{ ...base, status: 'draft' }, { ...base, id: 's2', status: 'rejected' }, { ...base, id: 's3', status: 'submitted' }]);
    expect(feed.stories).toEqual([]);
    expect(isIsoDate(feed.exportedAt)).toBe(true);
  });
});

describe('validateStoryFeed', () => {
  it('accepts the fixture feed', () => {
    const result = parseStoryFeed(fixture('stories-feed.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.feed.stories.map((s) => s.id)).toEqual(['story-101', 'story-102', 'story-103', 'story-104']);
    expect(result.feed.stories[1]!.anonymousPeople).toBe(1);
  });

  it('lists every problem of a malformed feed with its path', () => {
    const result = parseStoryFeed(fixture('stories-feed-malformed.json'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(codes(result.problems)).toEqual([
      'version unsupported-version',
      'exportedAt invalid-date',
      'stories[0].title wrong-type',
      'stories[0].customerQuote quote-without-consent',
      'stories[0].status not-published',
      'stories[0].reactions wrong-type',
      'stories[0].createdAt invalid-date',
      'stories[1].id duplicate-id',
      'stories[1].title missing-field',
      'stories[1].people wrong-type',
    ]);
    expect(result.problems[0]!.message).toBe('version: version 2 is not supported (expected 1).');
    expect(result.problems[4]!.message).toBe('stories[0].status: only published stories belong in an export, found status "submitted".');
  });

  it('says clearly when the file is not JSON or not a feed', () => {
    const notJson = parseStoryFeed('<html>oops</html>');
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) {
      expect(notJson.problems[0]!.code).toBe('not-json');
      expect(notJson.problems[0]!.message).toMatch(/^the file is not JSON \(/);
    }
    for (const value of [null, [], 'x', 3]) {
      const result = validateStoryFeed(value);
      expect(result.ok ? [] : codes(result.problems)).toEqual([' not-object']);
    }
    const other = validateStoryFeed({ format: 'something-else', version: 1, exportedAt: '2026-01-01', stories: [] });
    expect(other.ok ? [] : codes(other.problems)).toEqual(['format wrong-format']);
    const missing = validateStoryFeed({});
    expect(missing.ok ? [] : codes(missing.problems)).toEqual(['format missing-field', 'version missing-field', 'exportedAt missing-field', 'stories missing-field']);
  });

  it('rebuilds stories from known fields only: extra keys and prototype keys are not copied', () => {
    const feed = JSON.parse(fixture('stories-feed.json')) as { stories: Record<string, unknown>[] };
    const first = feed.stories[0]!;
    first.onclick = 'alert(1)';
    first.peopleConsent = JSON.parse('{"__proto__": {"given": true}, "Camille Martin": {"given": true, "extra": 1}}');
    const result = validateStoryFeed(feed);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const story = result.feed.stories[0]!;
    expect(story).not.toHaveProperty('onclick');
    expect(Object.keys(story.peopleConsent!)).toEqual(['Camille Martin']);
    expect(story.peopleConsent!['Camille Martin']).toEqual({ given: true });
    expect(({} as Record<string, unknown>).given).toBeUndefined();
  });

  it('rejects oversized fields and feeds', () => {
    const long = validateStoryFeed({ format: STORY_FEED_FORMAT, version: 1, exportedAt: '2026-01-01', stories: [{ ...base, title: 'x'.repeat(301) }] });
    expect(long.ok ? [] : codes(long.problems)).toEqual(['stories[0].title too-large']);
    const huge = parseStoryFeed(' '.repeat(20_000_001));
    expect(huge.ok ? [] : codes(huge.problems)).toEqual([' too-large']);
    const many = validateStoryFeed({ format: STORY_FEED_FORMAT, version: 1, exportedAt: '2026-01-01', stories: new Array(5001).fill(base) });
    expect(many.ok ? [] : codes(many.problems)).toEqual(['stories too-large']);
  });

  it('checks metric links and consent shapes', () => {
    const result = validateStoryFeed({
      format: STORY_FEED_FORMAT, version: 1, exportedAt: '2026-01-01',
      stories: [{ ...base, consent: 'yes', metricLink: { unit: 'a', metric: 'nps', from: '2025-Q1' } }],
    });
    expect(result.ok ? [] : codes(result.problems)).toEqual(['stories[0].consent wrong-type', 'stories[0].metricLink.to missing-field']);
  });
});

describe('isIsoDate', () => {
  it('accepts dates and date-times that exist', () => {
    expect(isIsoDate('2025-02-11')).toBe(true);
    expect(isIsoDate('2025-02-11T10:15:00Z')).toBe(true);
    expect(isIsoDate('2025-02-11T10:15:00.123+01:00')).toBe(true);
    expect(isIsoDate('2025-13-45')).toBe(false);
    expect(isIsoDate('11/02/2025')).toBe(false);
    expect(isIsoDate(20250211)).toBe(false);
  });
});
