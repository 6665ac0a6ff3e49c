/**
 * Recognition as annotations on a trend (the shape `<sym-trend>` draws: date, label, kind):
 * published stories, awards and kudos of a unit, oldest first. Kudos stay quiet: labelled by
 * the value they thank, never by who gave or received them.
 *
 * @module
 */

import type { Story } from '../model/types.ts';
import type { Award, Kudos } from './types.ts';

export interface RecognitionAnnotation {
  /** ISO date-time, or the award's period id. */
  date: string;
  label: string;
  kind: 'story' | 'award' | 'kudos';
}

export function recognitionAnnotations(input: { stories?: readonly Story[]; awards?: readonly Award[]; kudos?: readonly Kudos[]; unit?: string }): RecognitionAnnotation[] {
  const inUnit = (unit: string) => input.unit === undefined || unit === input.unit;
  const list: RecognitionAnnotation[] = [
    ...(input.stories ?? []).filter((s) => s.status === 'published' && inUnit(s.unit)).map((s) => ({ date: s.createdAt, label: s.title, kind: 'story' as const })),
    ...(input.awards ?? []).filter((a) => inUnit(a.unit)).map((a) => ({ date: a.period, label: a.nomineeKind === 'team' ? a.unit : a.nominee, kind: 'award' as const })),
    ...(input.kudos ?? []).filter((k) => inUnit(k.unit)).map((k) => ({ date: k.createdAt, label: k.value, kind: 'kudos' as const })),
  ];
  return list.sort((a, b) => a.date.localeCompare(b.date));
}
