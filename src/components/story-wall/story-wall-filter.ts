import type { PeriodGranularity, Story } from '../../model/types.ts';
import { comparePeriods, toPeriod } from '../../analytics/periods.ts';

/**
 * Filtering of the story wall, without a DOM: which stories show for a unit, a value and a
 * period, and which choices the filters offer.
 */

/** The wall's filters; an absent or empty field matches every story. */
export interface StoryWallFilter {
  unit?: string;
  value?: string;
  period?: string;
}

/** The period a story belongs to, from its creation date; undefined for an unreadable date. */
export function storyPeriod(story: Story, granularity: PeriodGranularity): string | undefined {
  return toPeriod(story.createdAt.slice(0, 10), granularity) ?? undefined;
}

/** Stories matching every set filter, newest first. */
export function filterStories<T extends Story>(stories: readonly T[], filter: StoryWallFilter, granularity: PeriodGranularity): T[] {
  return stories
    .filter((s) => !filter.unit || s.unit === filter.unit)
    .filter((s) => !filter.value || s.values.includes(filter.value))
    .filter((s) => !filter.period || storyPeriod(s, granularity) === filter.period)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
}

/** The choices each filter offers: units by name, values alphabetically, periods in time order. */
export function filterChoices(stories: readonly Story[], granularity: PeriodGranularity, unitName: (id: string) => string): {
  units: { id: string; name: string }[];
  values: string[];
  periods: string[];
} {
  const units = [...new Set(stories.map((s) => s.unit))].map((id) => ({ id, name: unitName(id) }));
  units.sort((a, b) => a.name.localeCompare(b.name));
  const values = [...new Set(stories.flatMap((s) => s.values))].sort((a, b) => a.localeCompare(b));
  const periods = [...new Set(stories.map((s) => storyPeriod(s, granularity)).filter((p): p is string => p !== undefined))].sort(comparePeriods);
  return { units, values, periods };
}
