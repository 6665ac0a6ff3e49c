import { beforeAll, describe, expect, it } from 'vitest';
import { beforeAndAfter, spotlightFromAnalysis, spotlightLayout } from '../../src/components/story-spotlight/spotlight-layout.ts';
import { analyze } from '../../src/analytics/analyze.ts';
import type { AnalysisResult } from '../../src/analytics/analyze.ts';
import { generateSampleDataset } from '../../src/model/sample-dataset.ts';
import type { Story } from '../../src/model/types.ts';

let analysis: AnalysisResult;
let published: Story[];

beforeAll(() => {
  const sample = generateSampleDataset();
  analysis = analyze(sample.employees, sample.customers, sample.units);
  published = sample.stories.filter((s) => s.status === 'published');
}, 60_000);

describe('spotlightFromAnalysis on the sample dataset', () => {
  it('takes every value from the analysis of the story\'s unit, and every gap\'s reason too', () => {
    let gaps = 0;
    for (const story of published) {
      const data = spotlightFromAnalysis(analysis, story, 2)!;
      expect(data.periods.length).toBeGreaterThanOrEqual(3);
      expect(data.periods.length).toBeLessThanOrEqual(5);
      expect(data.periods).toContain(data.storyPeriod);
      for (const series of data.series) {
        for (const point of series.points) {
          const summary = analysis.periods.find((p) => p.period === point.period)!.units.find((u) => u.unit === story.unit);
          if (series.metric === 'enps') {
            if (point.value !== null) expect(point.value).toBe(summary!.employees!.enps!.score);
            else {
              gaps++;
              expect(point.reason).toBe(summary?.employeesSuppressed ?? 'no-data');
            }
          } else if (point.value !== null) expect(point.value).toBe(summary!.customers!.nps!.score);
          else {
            gaps++;
            expect(['few-customers', 'no-data']).toContain(point.reason);
          }
        }
      }
    }
    // The sample has small teams: some quarters are withheld, and the spotlight must show it.
    expect(gaps).toBeGreaterThan(0);
  });
});

describe('beforeAndAfter', () => {
  it('picks the last shown value before the story\'s period and the last one after it', () => {
    const series = { metric: 'nps' as const, points: [
      { period: '2025-Q1', value: 10 }, { period: '2025-Q2', value: null, reason: 'few-customers' as const },
      { period: '2025-Q3', value: 14 }, { period: '2025-Q4', value: 20 }, { period: '2026-Q1', value: null, reason: 'no-data' as const },
    ] };
    expect(beforeAndAfter(series, '2025-Q2')).toEqual({ before: { period: '2025-Q1', value: 10 }, after: { period: '2025-Q4', value: 20 } });
    expect(beforeAndAfter(series, '2025-Q1')).toEqual({ after: { period: '2025-Q4', value: 20 } });
    expect(beforeAndAfter(series, '2026-Q1')).toEqual({ before: { period: '2025-Q4', value: 20 } });
  });
});

describe('spotlightLayout', () => {
  it('breaks the line at withheld periods and marks the story\'s period', () => {
    const layout = spotlightLayout({
      unit: 'u', unitName: 'U', storyPeriod: '2025-Q2', periods: ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'],
      series: [
        { metric: 'enps', points: [{ period: '2025-Q1', value: -20 }, { period: '2025-Q2', value: null, reason: 'below-threshold' }, { period: '2025-Q3', value: 5 }, { period: '2025-Q4', value: 12 }] },
        { metric: 'nps', points: [{ period: '2025-Q1', value: 30 }, { period: '2025-Q2', value: 35 }, { period: '2025-Q3', value: 40 }, { period: '2025-Q4', value: 41 }] },
      ],
      thresholds: { minEmployees: 5, minCustomers: 10 },
    }, 400, 200);
    const [enps, nps] = layout.series;
    expect(enps!.path.match(/M/g)).toHaveLength(2);
    expect(nps!.path.match(/M/g)).toHaveLength(1);
    expect(enps!.points).toHaveLength(3);
    expect(layout.gaps).toEqual([{ metric: 'enps', period: '2025-Q2', x: layout.xTicks[1]!.x, reason: 'below-threshold' }]);
    expect(layout.storyX).toBe(layout.xTicks[1]!.x);
    expect(layout.zeroY).toBeDefined();
    // Higher values sit higher on screen.
    expect(nps!.points[3]!.y).toBeLessThan(enps!.points[0]!.y);
  });
});
