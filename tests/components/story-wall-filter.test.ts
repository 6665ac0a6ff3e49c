import { describe, expect, it } from 'vitest';
import { filterChoices, filterStories, storyPeriod } from '../../src/components/story-wall/story-wall-filter.ts';
import type { Story } from '../../src/model/types.ts';

const make = (id: string, unit: string, values: string[], createdAt: string): Story => ({
  id, unit, values, createdAt, title: id, body: '', people: [], consent: { given: false }, status: 'published', reactions: 0,
});

const stories = [
  make('a', 'u1', ['care'], '2025-01-05T10:00:00Z'),
  make('b', 'u2', ['care', 'teamwork'], '2025-04-30T23:59:00Z'),
  make('c', 'u1', ['expertise'], '2025-12-31T08:00:00Z'),
  make('d', 'u2', ['teamwork'], '2026-01-01T00:00:00Z'),
];

describe('story wall filters', () => {
  it('buckets stories into periods by their date', () => {
    expect(storyPeriod(stories[1]!, 'quarter')).toBe('2025-Q2');
    expect(storyPeriod(stories[1]!, 'month')).toBe('2025-04');
    expect(storyPeriod(stories[3]!, 'year')).toBe('2026');
    expect(storyPeriod(make('x', 'u', [], 'not a date'), 'quarter')).toBeUndefined();
  });

  it('keeps the stories matching every filter, newest first', () => {
    expect(filterStories(stories, {}, 'quarter').map((s) => s.id)).toEqual(['d', 'c', 'b', 'a']);
    expect(filterStories(stories, { unit: 'u2' }, 'quarter').map((s) => s.id)).toEqual(['d', 'b']);
    expect(filterStories(stories, { value: 'care' }, 'quarter').map((s) => s.id)).toEqual(['b', 'a']);
    expect(filterStories(stories, { unit: 'u2', value: 'care', period: '2025-Q2' }, 'quarter').map((s) => s.id)).toEqual(['b']);
    expect(filterStories(stories, { period: '2025' }, 'year').map((s) => s.id)).toEqual(['c', 'b', 'a']);
  });

  it('offers units by name, values alphabetically and periods in time order', () => {
    const choices = filterChoices(stories, 'quarter', (id) => (id === 'u1' ? 'Zeta' : 'Alpha'));
    expect(choices.units).toEqual([{ id: 'u2', name: 'Alpha' }, { id: 'u1', name: 'Zeta' }]);
    expect(choices.values).toEqual(['care', 'expertise', 'teamwork']);
    expect(choices.periods).toEqual(['2025-Q1', '2025-Q2', '2025-Q4', '2026-Q1']);
  });
});
