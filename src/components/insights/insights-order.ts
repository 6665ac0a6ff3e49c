/**
 * Which insights `<sym-insights>` shows first, and how many. DOM-free so node tests reach it.
 *
 * Order: significant linkages and lags (after Benjamini–Hochberg), then key drivers, quadrants
 * and reliability, then effects that are not significant, then findings without an estimate.
 * Effects are ranked by the end of their 95% CI nearest zero, so a precise r = 0.45 outranks a
 * vague r = 0.50 whose interval reaches 0.10.
 *
 * @module
 */

import type { InsightSectionId } from '../../i18n/areas/insights.ts';
import type { Insight } from './insights.types.ts';

export type { InsightSectionId } from '../../i18n/areas/insights.ts';

/** The groups in the order they are shown. */
export const INSIGHT_SECTIONS: readonly InsightSectionId[] = ['associations', 'drivers', 'quadrants', 'reliability', 'not-significant', 'no-estimate'];

/** Insights shown before "Show all" when no `limit` is given. */
export const DEFAULT_INSIGHT_LIMIT = 6;

/** Which group an insight belongs to. */
export function sectionOf(insight: Insight): InsightSectionId {
  if (insight.kind === 'reliability') return insight.reliability && Number.isFinite(insight.reliability.icc2) ? 'reliability' : 'no-estimate';
  const estimable = Number.isFinite(insight.effect.r);
  if (insight.kind === 'quadrant') {
    // Counts without a correlation still describe the units; a refused placement has nothing to say.
    if (!insight.quadrants || insight.reason !== undefined) return 'no-estimate';
    return estimable && !insight.significant ? 'not-significant' : 'quadrants';
  }
  if (!estimable) return 'no-estimate';
  if (!insight.significant) return 'not-significant';
  return insight.kind === 'driver' ? 'drivers' : 'associations';
}

/**
 * The effect size the data vouch for: |CI bound nearest zero|, 0 when the interval spans zero;
 * without an interval (driver insights) |r| if significant, else 0; −1 when there is no effect.
 */
export function assuredEffect(insight: Insight): number {
  const { r, ci: [lo, hi] } = insight.effect;
  if (!Number.isFinite(r)) return -1;
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return insight.significant ? Math.abs(r) : 0;
  if (lo > 0) return lo;
  if (hi < 0) return -hi;
  return 0;
}

/** Stronger assured effect first, then larger |r|, then larger n. */
function byEffect(a: Insight, b: Insight): number {
  return assuredEffect(b) - assuredEffect(a) || Math.abs(b.effect.r) - Math.abs(a.effect.r) || b.n - a.n;
}

/**
 * Ranks insights for display (see the module comment). Within significant associations, the
 * concurrent and lagged versions of one metric pair say much the same thing, so the second one
 * waits until every other pair has had its turn. Reliability and no-estimate insights keep their
 * given order. Nothing is dropped.
 */
export function orderInsights(insights: readonly Insight[]): Insight[] {
  const sections = new Map<InsightSectionId, Insight[]>(INSIGHT_SECTIONS.map((id) => [id, []]));
  for (const insight of insights) sections.get(sectionOf(insight))!.push(insight);
  for (const id of ['associations', 'drivers', 'quadrants', 'not-significant'] as const) sections.get(id)!.sort(byEffect);
  const associations = sections.get('associations')!;
  const seen = new Set<string>();
  const first: Insight[] = [];
  const repeats: Insight[] = [];
  for (const insight of associations) {
    const pair = `${insight.employee}\u0000${insight.customer ?? ''}`;
    (seen.has(pair) ? repeats : first).push(insight);
    seen.add(pair);
  }
  sections.set('associations', [...first, ...repeats]);
  return INSIGHT_SECTIONS.flatMap((id) => sections.get(id)!);
}

export interface InsightGroup {
  section: InsightSectionId;
  insights: Insight[];
}

/** What the list shows at a given length. */
export interface InsightsShown {
  /** Shown insights, grouped in order; empty groups are left out. */
  groups: InsightGroup[];
  total: number;
  shown: number;
  /** Insights left out by the limit. */
  hidden: number;
  /** Of the hidden ones, effects not significant after adjustment: the list says how many. */
  hiddenNotSignificant: number;
  /** Whether the whole list spans more than one group, i.e. whether headings help. */
  grouped: boolean;
}

/**
 * The first `limit` of `ordered` (all of them when `limit` is not a positive number), grouped.
 * `ordered` is the output of {@link orderInsights}.
 */
export function showInsights(ordered: readonly Insight[], limit: number): InsightsShown {
  const count = Number.isFinite(limit) && limit >= 1 ? Math.floor(limit) : ordered.length;
  const visible = ordered.slice(0, count);
  const groups: InsightGroup[] = [];
  for (const insight of visible) {
    const section = sectionOf(insight);
    const last = groups[groups.length - 1];
    if (last?.section === section) last.insights.push(insight);
    else groups.push({ section, insights: [insight] });
  }
  const left = ordered.slice(visible.length);
  return {
    groups,
    total: ordered.length,
    shown: visible.length,
    hidden: left.length,
    hiddenNotSignificant: left.filter((i) => sectionOf(i) === 'not-significant').length,
    grouped: new Set(ordered.map(sectionOf)).size > 1,
  };
}
