import { describe, expect, it } from 'vitest';
import { activeFilterCount, choosePeriod, chooseUnit, chooseValue, isInSubtrees, unitChoices, unitPath } from '../../src/components/filter-bar/filter-model.ts';
import type { FacetUnit } from '../../src/components/filter-bar/filter-model.ts';

const units: FacetUnit[] = [
  { id: 'n', name: 'North', parentId: null, level: 'region' },
  { id: 's', name: 'South', parentId: null, level: 'region' },
  { id: 'ly', name: 'Lyon', parentId: 's', level: 'site' },
  { id: 'ly-1', name: 'Lyon 1', parentId: 'ly', level: 'team' },
];
const axis = ['2026-Q1', '2026-Q2', '2026-Q3'];

describe('filter model', () => {
  it('cascades unit selects down to the first level left at "all"', () => {
    expect(unitChoices(units, undefined).map((c) => [c.level, c.value, c.options.length])).toEqual([['region', '', 2]]);
    expect(unitChoices(units, 'ly').map((c) => [c.level, c.value])).toEqual([['region', 's'], ['site', 'ly'], ['team', '']]);
    expect(unitChoices(units, 'ly-1').map((c) => c.value)).toEqual(['s', 'ly', 'ly-1']);
    expect(unitPath(units, 'ly-1').map((u) => u.id)).toEqual(['s', 'ly', 'ly-1']);
  });

  it('chooses a unit, or goes back up to the parent with "all"', () => {
    expect(chooseUnit({}, units, 0, 's')).toEqual({ units: ['s'] });
    expect(chooseUnit({ units: ['ly'] }, units, 1, '')).toEqual({ units: ['s'] });
    expect(chooseUnit({ units: ['s'], segment: ['B2B'] }, units, 0, '')).toEqual({ segment: ['B2B'] });
  });

  it('keeps period bounds ordered and drops bounds at the axis ends', () => {
    expect(choosePeriod({}, 'periodFrom', '2026-Q2', axis)).toEqual({ periodFrom: '2026-Q2' });
    expect(choosePeriod({ periodTo: '2026-Q2' }, 'periodFrom', '2026-Q3', axis)).toEqual({ periodFrom: '2026-Q3', periodTo: '2026-Q3' });
    expect(choosePeriod({ periodFrom: '2026-Q2' }, 'periodFrom', '2026-Q1', axis)).toEqual({});
  });

  it('counts active filters and tests subtree membership', () => {
    expect(activeFilterCount(chooseValue({ periodFrom: '2026-Q2', periodTo: '2026-Q3' }, 'channel', 'chat'))).toBe(2);
    expect(chooseValue({ channel: ['chat'] }, 'channel', '')).toEqual({});
    expect(isInSubtrees(units, 'ly-1', ['s'])).toBe(true);
    expect(isInSubtrees(units, 'ly-1', ['n'])).toBe(false);
  });
});
