import { describe, expect, it } from 'vitest';
import type { Story } from '../../src/model/types.ts';
import { recognitionAnnotations } from '../../src/recognition/annotations.ts';

const story = (id: string, unit: string, status: Story['status'], createdAt: string): Story => ({
  id, title: `Story ${id}`, body: '', unit, people: [], values: [], consent: { given: false }, status, reactions: 0, createdAt,
});

describe('recognition annotations', () => {
  it('lists published stories, awards and quiet kudos of a unit, oldest first', () => {
    const result = recognitionAnnotations({
      unit: 'care',
      stories: [story('a', 'care', 'published', '2026-03-01T00:00:00Z'), story('b', 'care', 'submitted', '2026-01-01T00:00:00Z'), story('c', 'chat', 'published', '2026-01-01T00:00:00Z')],
      awards: [{ id: 'w', period: '2026-Q1', unit: 'care', nominee: 'Zoë A.', nomineeKind: 'person', nominations: 2, reason: '', chosenBy: 'm', chosenAt: '' }],
      kudos: [{ id: 'k', from: 'Tom', to: 'Zoë A.', unit: 'care', value: 'teamwork', message: 'Thanks', period: '2026-Q1', createdAt: '2026-02-01T00:00:00Z' }],
    });
    expect(result).toEqual([
      { date: '2026-02-01T00:00:00Z', label: 'teamwork', kind: 'kudos' },
      { date: '2026-03-01T00:00:00Z', label: 'Story a', kind: 'story' },
      { date: '2026-Q1', label: 'Zoë A.', kind: 'award' },
    ]);
    expect(JSON.stringify(result)).not.toContain('Tom');
  });
});
