/**
 * What `<sym-filter-bar>` shows and how a choice changes the filter. Pure: tests reach it
 * without a DOM.
 *
 * @module
 */

import type { AnalysisFilter, FilterFacets } from '../../analytics/filters.ts';
import { comparePeriods } from '../../analytics/periods.ts';

export type FacetUnit = FilterFacets['units'][number];

/** One select of the unit picker: the options at one depth under the chosen ancestors. */
export interface UnitLevelChoice {
  depth: number;
  /** `region`, `site` or `team`: the level of the options (for the label). */
  level: string;
  options: FacetUnit[];
  /** Chosen id at this depth, '' for "all". */
  value: string;
}

/** Children of each unit id ('' for the roots), in facet order. */
export function childrenByParent(units: readonly FacetUnit[]): Map<string, FacetUnit[]> {
  const children = new Map<string, FacetUnit[]>();
  for (const unit of units) {
    const key = unit.parentId ?? '';
    const list = children.get(key);
    if (list) list.push(unit);
    else children.set(key, [unit]);
  }
  return children;
}

/** The unit and its ancestors, root first; empty for an unknown id. */
export function unitPath(units: readonly FacetUnit[], id: string | undefined): FacetUnit[] {
  if (id === undefined) return [];
  const byId = new Map(units.map((u) => [u.id, u]));
  const path: FacetUnit[] = [];
  const seen = new Set<string>();
  for (let unit = byId.get(id); unit && !seen.has(unit.id); unit = unit.parentId ? byId.get(unit.parentId) : undefined) {
    seen.add(unit.id);
    path.unshift(unit);
  }
  return path;
}

/**
 * The cascade of selects for a chosen unit: the roots, then the children of each chosen unit,
 * down to the first depth left at "all" (or to a leaf).
 */
export function unitChoices(units: readonly FacetUnit[], chosen: string | undefined): UnitLevelChoice[] {
  const children = childrenByParent(units);
  const path = unitPath(units, chosen);
  const choices: UnitLevelChoice[] = [];
  let parent = '';
  for (let depth = 0; ; depth++) {
    const options = children.get(parent);
    if (!options || options.length === 0) break;
    const value = path[depth]?.id ?? '';
    choices.push({ depth, level: options[0]!.level, options, value });
    if (!value) break;
    parent = value;
  }
  return choices;
}

/** The filter after choosing `id` at `depth` of the unit picker ('' = all at that depth). */
export function chooseUnit(filter: AnalysisFilter, units: readonly FacetUnit[], depth: number, id: string): AnalysisFilter {
  const path = unitPath(units, filter.units?.[0]);
  const target = id || (depth > 0 ? path[depth - 1]?.id : undefined);
  const { units: _previous, ...rest } = filter;
  return target ? { ...rest, units: [target] } : rest;
}

/** The filter after choosing a period bound; the other bound moves if they would cross. */
export function choosePeriod(filter: AnalysisFilter, bound: 'periodFrom' | 'periodTo', period: string, axis: readonly string[]): AnalysisFilter {
  const next: AnalysisFilter = { ...filter };
  const isEnd = bound === 'periodFrom' ? period === axis[0] : period === axis[axis.length - 1];
  if (!period || isEnd) delete next[bound];
  else next[bound] = period;
  if (next.periodFrom && next.periodTo && comparePeriods(next.periodFrom, next.periodTo) > 0) {
    if (bound === 'periodFrom') next.periodTo = next.periodFrom;
    else next.periodFrom = next.periodTo;
  }
  return next;
}

/** The filter after choosing one value of a customer attribute ('' = all). */
export function chooseValue(filter: AnalysisFilter, key: 'segment' | 'channel', value: string): AnalysisFilter {
  const next: AnalysisFilter = { ...filter };
  if (value) next[key] = [value];
  else delete next[key];
  return next;
}

/** Number of filters that restrict something (the period range counts once). */
export function activeFilterCount(filter: AnalysisFilter): number {
  return (filter.periodFrom || filter.periodTo ? 1 : 0) + (filter.units?.length ? 1 : 0) + (filter.segment?.length ? 1 : 0) + (filter.channel?.length ? 1 : 0);
}

/** True when `id` is one of `roots` or below one of them. */
export function isInSubtrees(units: readonly FacetUnit[], id: string, roots: readonly string[]): boolean {
  return unitPath(units, id).some((u) => roots.includes(u.id));
}
