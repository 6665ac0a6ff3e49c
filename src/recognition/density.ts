/**
 * Recognition density: published stories + awards + kudos per 10 employees of a unit in a
 * period, a metric the linkage analytics can correlate with eNPS and NPS unit × period.
 *
 * @module
 */

import type { PeriodGranularity, Story, Unit } from '../model/types.ts';
import { toPeriod } from '../analytics/periods.ts';
import type { AnalysisResult } from '../analytics/analyze.ts';
import { pearson } from '../analytics/correlation.ts';
import type { PearsonResult } from '../analytics/correlation.ts';
import { adjustPValues } from '../analytics/multiple-comparisons.ts';
import type { Award, Kudos } from './types.ts';

export interface DensityCell {
  unit: string;
  period: string;
  stories: number;
  awards: number;
  kudos: number;
  /** Declared headcount (unit attribute `size`). */
  headcount: number;
  /** (stories + awards + kudos) per 10 employees; NaN when the headcount is unknown. */
  density: number;
}

export interface DensityInput {
  units: readonly Unit[];
  stories: readonly Story[];
  awards: readonly Award[];
  kudos: readonly Kudos[];
  granularity?: PeriodGranularity;
  /** Periods to cover; by default every period with a recognition. Units × periods without any get 0. */
  periods?: readonly string[];
}

/**
 * Density per unit × period for the units that recognition is recorded against (teams: the units
 * without children) and every period. Only published stories count.
 */
export function recognitionDensity(input: DensityInput): DensityCell[] {
  const granularity = input.granularity ?? 'quarter';
  const parents = new Set(input.units.map((u) => u.parentId).filter((p): p is string => p !== undefined));
  const leaves = input.units.filter((u) => !parents.has(u.id));
  const counts = new Map<string, { stories: number; awards: number; kudos: number }>();
  const periods = new Set<string>(input.periods ?? []);
  const add = (unit: string, when: string, kind: 'stories' | 'awards' | 'kudos') => {
    const period = toPeriod(when, granularity);
    if (period === null) return;
    if (!input.periods) periods.add(period);
    const key = `${unit}\u0000${period}`;
    const c = counts.get(key) ?? { stories: 0, awards: 0, kudos: 0 };
    c[kind]++;
    counts.set(key, c);
  };
  for (const s of input.stories) if (s.status === 'published') add(s.unit, s.createdAt.slice(0, 10), 'stories');
  for (const a of input.awards) add(a.unit, a.period, 'awards');
  for (const k of input.kudos) add(k.unit, k.createdAt.slice(0, 10), 'kudos');
  const sortedPeriods = [...periods].sort();
  const cells: DensityCell[] = [];
  for (const unit of leaves) {
    const headcount = unit.attributes?.size ?? Number.NaN;
    for (const period of sortedPeriods) {
      const c = counts.get(`${unit.id}\u0000${period}`) ?? { stories: 0, awards: 0, kudos: 0 };
      const density = headcount > 0 ? (10 * (c.stories + c.awards + c.kudos)) / headcount : Number.NaN;
      cells.push({ unit: unit.id, period, ...c, headcount, density });
    }
  }
  return cells;
}

/** Density against eNPS or NPS, unit × period, with Pearson's r over the pairs where both exist. */
export interface DensityCorrelation {
  metric: 'enps' | 'nps';
  pairs: { unit: string; period: string; density: number; value: number }[];
  pearson: PearsonResult;
}

/**
 * Correlates density with the eNPS or NPS of the same unit and period from an analysis (its
 * `periods`, where suppressed values are already absent). A unit-level association, not causation.
 */
export function correlateDensity(cells: readonly DensityCell[], analysis: Pick<AnalysisResult, 'periods'>, metric: 'enps' | 'nps'): DensityCorrelation {
  const byPeriod = new Map(analysis.periods.map((p) => [p.period, new Map(p.units.map((u) => [u.unit, u]))]));
  const pairs: DensityCorrelation['pairs'] = [];
  for (const cell of cells) {
    if (!Number.isFinite(cell.density)) continue;
    const summary = byPeriod.get(cell.period)?.get(cell.unit);
    const value = metric === 'enps' ? summary?.employees?.enps?.score : summary?.customers?.nps?.score;
    if (value === undefined || !Number.isFinite(value)) continue;
    pairs.push({ unit: cell.unit, period: cell.period, density: cell.density, value });
  }
  return { metric, pairs, pearson: pearson(pairs.map((p) => p.density), pairs.map((p) => p.value)) };
}

/** Density against eNPS and NPS shown together, with p-values adjusted across both (Benjamini–Hochberg). */
export interface DensityLinkage {
  metric: 'enps' | 'nps';
  pearson: PearsonResult;
  /** BH-adjusted p across the correlations shown together; NaN when `pearson.p` is. */
  pAdjusted: number;
}

/** Both correlations a density view shows, adjusted for the two being read together (DESIGN §4). */
export function densityLinkage(cells: readonly DensityCell[], analysis: Pick<AnalysisResult, 'periods'>): DensityLinkage[] {
  const results = (['enps', 'nps'] as const).map((metric) => correlateDensity(cells, analysis, metric));
  const adjusted = adjustPValues(results.map((r) => r.pearson.p), 'bh');
  return results.map((r, i) => ({ metric: r.metric, pearson: r.pearson, pAdjusted: adjusted[i] as number }));
}

/** What the density view shows: the cells, and their linkage with the eNPS and NPS of one analysis. */
export interface DensityView {
  cells: DensityCell[];
  linkage: DensityLinkage[];
}
