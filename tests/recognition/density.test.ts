import { describe, expect, it } from 'vitest';
import type { AnalysisResult, UnitSummary } from '../../src/analytics/analyze.ts';
import type { Story, Unit } from '../../src/model/types.ts';
import { correlateDensity, densityLinkage, recognitionDensity } from '../../src/recognition/density.ts';
import type { Award, Kudos } from '../../src/recognition/types.ts';
import { expectClose } from '../helpers/close.ts';
import reference from './density-reference.json';

const units: Unit[] = [
  { id: 'root', name: 'Org' },
  { id: 'A', name: 'A', parentId: 'root', attributes: { size: 10 } },
  { id: 'B', name: 'B', parentId: 'root', attributes: { size: 20 } },
  { id: 'C', name: 'C', parentId: 'root', attributes: { size: 5 } },
  { id: 'D', name: 'D', parentId: 'root' },
];

const story = (unit: string, createdAt: string, status: Story['status'] = 'published'): Story => ({
  id: `${unit}-${createdAt}-${status}`, title: 't', body: 'b', unit, people: [], values: [], consent: { given: false }, status, reactions: 0, createdAt,
});
const award = (unit: string, period: string): Award => ({ id: `a-${unit}-${period}`, unit, period, nominee: 'x', nomineeKind: 'person', nominations: 1, reason: '', chosenBy: 'm', chosenAt: '' });
const kudos = (unit: string, createdAt: string): Kudos => ({ id: `k-${unit}-${createdAt}`, from: 'a', to: 'b', unit, value: 'care', message: '', period: '', createdAt });

const input = {
  units,
  stories: [
    story('A', '2026-01-05T10:00:00Z'), story('A', '2026-02-05T10:00:00Z'), story('A', '2026-02-06T10:00:00Z', 'submitted'),
    story('B', '2026-04-02T10:00:00Z'), story('B', '2026-05-02T10:00:00Z'), story('C', '2026-06-30T23:00:00Z'),
  ],
  awards: [award('B', '2026-Q1')],
  kudos: [kudos('A', '2026-03-01T00:00:00Z'), kudos('A', '2026-04-01T00:00:00Z'), kudos('B', '2026-04-03T00:00:00Z'), kudos('B', '2026-05-03T00:00:00Z')],
};

function summary(unit: string, enps: number | null, nps: number | null): UnitSummary {
  const score = (s: number) => ({ score: s }) as never;
  return {
    unit, name: unit, parentId: 'root', level: 'team',
    employees: enps === null ? null : ({ n: 10, enps: score(enps), engagement: null, items: {} }),
    customers: nps === null ? null : ({ n: 30, nps: score(nps), csat: null, ces: null, fcr: null }),
  };
}

const analysis: Pick<AnalysisResult, 'periods'> = {
  periods: [
    { period: '2026-Q1', units: [summary('A', 30, 40), summary('B', 10, 20), summary('C', -5, 15)], organisation: null },
    { period: '2026-Q2', units: [summary('A', 12, 35), summary('B', 25, 38), summary('C', null, 30)], organisation: null },
  ],
};

describe('recognition density', () => {
  const cells = recognitionDensity(input);

  it('counts published stories, awards and kudos per 10 employees of each team and period', () => {
    const row = (unit: string, period: string) => cells.find((c) => c.unit === unit && c.period === period)!;
    expect(cells.map((c) => `${c.unit} ${c.period}`)).toEqual(['A 2026-Q1', 'A 2026-Q2', 'B 2026-Q1', 'B 2026-Q2', 'C 2026-Q1', 'C 2026-Q2', 'D 2026-Q1', 'D 2026-Q2']);
    expect(row('A', '2026-Q1')).toEqual({ unit: 'A', period: '2026-Q1', stories: 2, awards: 0, kudos: 1, headcount: 10, density: 3 });
    expect(row('B', '2026-Q1').density).toBe(0.5);
    expect(row('C', '2026-Q1').density).toBe(0);
    expect(row('B', '2026-Q2').density).toBe(2);
    expect(row('C', '2026-Q2').density).toBe(2);
    // No headcount: undefined, not zero.
    expect(Number.isNaN(row('D', '2026-Q1').density)).toBe(true);
  });

  it('covers the periods it is given, by month too', () => {
    expect(new Set(recognitionDensity({ ...input, periods: ['2026-Q3'] }).map((c) => c.density))).toEqual(new Set([0, Number.NaN]));
    expect(recognitionDensity({ ...input, granularity: 'month' }).find((c) => c.unit === 'A' && c.period === '2026-02')!.stories).toBe(1);
  });

  it('correlates with eNPS and NPS unit × period as scipy does', () => {
    for (const metric of ['enps', 'nps'] as const) {
      const result = correlateDensity(cells, analysis, metric);
      const want = reference[metric];
      expect(result.pairs.length).toBe(want.n);
      expect(result.pearson.n).toBe(want.n);
      expectClose(result.pearson.r, want.r, { abs: 1e-12 }, `${metric} r`);
      expectClose(result.pearson.p, want.p, { rel: 1e-9 }, `${metric} p`);
      expectClose(result.pearson.ci[0], want.ci[0] as number, { abs: 1e-9 }, `${metric} ci low`);
      expectClose(result.pearson.ci[1], want.ci[1] as number, { abs: 1e-9 }, `${metric} ci high`);
    }
  });

  it('adjusts the two p-values shown together as scipy does (Benjamini–Hochberg)', () => {
    const linkage = densityLinkage(cells, analysis);
    expect(linkage.map((l) => l.metric)).toEqual(['enps', 'nps']);
    for (const l of linkage) {
      expectClose(l.pAdjusted, reference[l.metric].pAdjusted, { rel: 1e-9 }, `${l.metric} p adjusted`);
      expectClose(l.pearson.r, reference[l.metric].r, { abs: 1e-12 }, `${l.metric} r`);
    }
    // With one correlation undefined, the other is left as it is (m = 1), and NaN stays NaN.
    const partial = densityLinkage(cells.filter((c) => c.period === '2026-Q1'), { periods: [analysis.periods[0]!, { ...analysis.periods[1]!, units: [] }] });
    expect(partial.every((l) => l.pearson.n === 3)).toBe(true);
    const none = densityLinkage(cells.slice(0, 1), analysis);
    expect(none.every((l) => Number.isNaN(l.pAdjusted))).toBe(true);
  });

  it('is NaN with a reason when there are too few pairs', () => {
    const result = correlateDensity(cells.slice(0, 2), analysis, 'enps');
    expect(Number.isNaN(result.pearson.r)).toBe(true);
    expect(result.pearson.reason).toBe('too-few-pairs');
  });
});
