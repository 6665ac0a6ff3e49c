import { beforeAll, describe, expect, it } from 'vitest';
import { annotationPeriod, trendLayout } from '../../src/components/trend/trend-layout.ts';
import { annotationsFromAwards, annotationsFromKudos, annotationsFromStories, customerTrendMetrics, employeeTrendMetrics, gapCounts, trendFromAnalysis, trendUnit } from '../../src/components/trend/trend-view.ts';
import type { TrendData } from '../../src/components/trend/trend.types.ts';
import { analyze } from '../../src/analytics/analyze.ts';
import type { AnalysisResult, UnitSummary } from '../../src/analytics/analyze.ts';
import { generateSampleDataset } from '../../src/model/sample-dataset.ts';
import type { SampleDataset } from '../../src/model/sample-dataset.ts';
import type { Story } from '../../src/model/types.ts';

const data: TrendData = {
  periods: ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'],
  unit: 'a',
  employee: {
    metric: 'engagement', threshold: 5, points: [
      { period: '2026-Q1', value: 3.5, ci: [3.3, 3.7], n: 12 },
      { period: '2026-Q2', value: null, n: 0, gap: 'below-threshold' },
      { period: '2026-Q3', value: 3.8, ci: [3.6, 4.0], n: 14 },
      // 2026-Q4 missing from the series altogether.
    ],
  },
  customer: {
    metric: 'nps', threshold: 10, points: [
      { period: '2026-Q1', value: 12, ci: [2, 22], n: 80 },
      { period: '2026-Q2', value: 18, ci: [9, 27], n: 90 },
      { period: '2026-Q3', value: null, n: 0, gap: 'few-customers' },
      { period: '2026-Q4', value: 25, ci: [16, 35], n: 95 },
    ],
  },
  annotations: [
    { date: '2026-05-04', label: 'b', kind: 'award' },
    { date: '2026-04-01', label: 'a', kind: 'story' },
    { date: '2026-12-31T23:00:00Z', label: 'c', kind: 'kudos' },
    { date: '2027-01-02', label: 'late', kind: 'story' },
    { date: 'not a date', label: 'bad', kind: 'story' },
  ],
};

describe('trendLayout', () => {
  const layout = trendLayout(data, 600, 360);
  const [employee, customer] = layout.panels;

  it('stacks the employee panel above the shared axis and the customer panel below', () => {
    expect(employee.side).toBe('employee');
    expect(employee.bottom).toBe(layout.axisY);
    expect(customer.top).toBeGreaterThan(layout.axisY);
    expect(customer.bottom).toBeLessThanOrEqual(360);
    expect(layout.xTicks.map((t) => t.period)).toEqual(data.periods);
    // Periods are equally spaced and inside the margins.
    const xs = layout.xTicks.map((t) => t.position);
    expect(xs[1]! - xs[0]!).toBeCloseTo(layout.step, 9);
    expect(xs[0]).toBeGreaterThan(layout.margin.left);
    expect(xs[3]).toBeLessThan(600 - layout.margin.right);
  });

  it('turns suppressed, short and absent periods into gaps, never points', () => {
    expect(employee.points.map((p) => p.period)).toEqual(['2026-Q1', '2026-Q3']);
    expect(employee.gaps.map((g) => [g.period, g.reason])).toEqual([['2026-Q2', 'below-threshold'], ['2026-Q4', 'no-data']]);
    expect(customer.gaps.map((g) => [g.period, g.reason])).toEqual([['2026-Q3', 'few-customers']]);
    // The line and the band break at the gap: two separate runs on the customer side.
    expect(customer.line.match(/M/g)).toHaveLength(2);
    expect(customer.band.match(/M/g)).toHaveLength(2);
    // A lone point has no line segment of its own.
    expect(employee.line.match(/M/g)).toHaveLength(2);
    const gap = customer.gaps[0]!;
    expect(gap.cx).toBeCloseTo(layout.xTicks[2]!.position, 9);
    expect(gap.width).toBeLessThan(layout.step);
  });

  it('scales each panel on its own values and CIs, higher values higher up', () => {
    const q1 = customer.points[0]!;
    const q4 = customer.points[customer.points.length - 1]!;
    expect(q4.cy).toBeLessThan(q1.cy);
    for (const p of [...employee.points, ...customer.points]) {
      expect(p.yHi).toBeLessThanOrEqual(p.cy);
      expect(p.yLo).toBeGreaterThanOrEqual(p.cy);
      expect(p.yHi).toBeGreaterThanOrEqual(employee.top - 1e-9);
    }
    const ticks = customer.yTicks.map((t) => t.value);
    expect(Math.min(...ticks)).toBeLessThanOrEqual(16);
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(30);
  });

  it('groups annotations by period and kind, side by side, items in date order, and reports the others', () => {
    expect(layout.annotations.map((a) => [a.kind, a.period, a.items.map((i) => i.label)])).toEqual([
      ['story', '2026-Q2', ['a']], ['award', '2026-Q2', ['b']], ['kudos', '2026-Q4', ['c']],
    ]);
    const [a, b] = layout.annotations;
    expect(a!.cx).toBeLessThan(b!.cx);
    expect((a!.cx + b!.cx) / 2).toBeCloseTo(layout.xTicks[1]!.position, 9);
    expect(layout.unplaced.map((u) => u.label)).toEqual(['late', 'bad']);
    expect(layout.annotationRules.map((r) => r.period)).toEqual(['2026-Q2', '2026-Q4']);
    const many = trendLayout({ ...data, annotations: Array.from({ length: 30 }, (_, i) => ({ date: `2026-0${4 + (i % 3)}-${String(10 + i % 15).padStart(2, '0')}`, label: `s${i}`, kind: 'story' as const })) }, 600, 360);
    expect(many.annotations).toHaveLength(1);
    expect(many.annotations[0]!.items).toHaveLength(30);
    expect(many.annotations[0]!.items[0]!.date <= many.annotations[0]!.items[29]!.date).toBe(true);
  });

  it('gives ticks the decimals that tell them apart', () => {
    const narrow = trendLayout({ ...data, employee: { ...data.employee, points: data.employee.points.map((p) => (p.value === null ? p : { ...p, value: 3.5 + (p.value - 3.5) / 10, ci: undefined })) } }, 600, 360);
    const [panel] = narrow.panels;
    const labels = panel.yTicks.map((t) => t.value.toFixed(panel.tickDecimals));
    expect(new Set(labels).size).toBe(labels.length);
    expect(layout.panels[1].tickDecimals).toBe(0);
  });

  it('labels every period when there is room, and every k-th ending with the latest when not', () => {
    expect(layout.xTicks.every((t) => t.labelled)).toBe(true);
    const months = Array.from({ length: 24 }, (_, i) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    const series = { metric: 'nps', threshold: 10, points: months.map((period, i) => ({ period, value: i, n: 20 })) };
    const dense = trendLayout({ periods: months, unit: '*', employee: { ...series, metric: 'engagement' }, customer: series }, 360, 300);
    const labelled = dense.xTicks.filter((t) => t.labelled);
    expect(labelled.at(-1)!.period).toBe('2026-12');
    expect(labelled.length).toBeLessThan(months.length);
    for (let i = 1; i < labelled.length; i++) expect(labelled[i]!.position - labelled[i - 1]!.position).toBeGreaterThanOrEqual(58);
  });

  it('maps dates, months and periods to the axis granularity', () => {
    expect(annotationPeriod('2026-02-28', ['2026-01', '2026-02'])).toBe('2026-02');
    expect(annotationPeriod('2026-07', ['2026-Q3'])).toBe('2026-Q3');
    expect(annotationPeriod('2026-Q3', ['2026-Q3'])).toBe('2026-Q3');
    expect(annotationPeriod('2026-08-01', ['2025', '2026'])).toBe('2026');
    expect(annotationPeriod('2026-08-01', [])).toBeUndefined();
  });
});

describe('trend from an analysis', () => {
  let sample: SampleDataset;
  let analysis: AnalysisResult;
  beforeAll(() => {
    sample = generateSampleDataset({ scale: 0.3 });
    analysis = analyze(sample.employees, sample.customers, sample.units, { lag: 1 });
  });

  it('reads every period of a unit, with suppressed periods as gaps carrying the reason', () => {
    const unit = 'saint-etienne-front';
    const trend = trendFromAnalysis(analysis, 'engagement', 'nps', unit)!;
    expect(trend.periods).toEqual(analysis.periods.map((p) => p.period));
    for (const [i, { units }] of analysis.periods.entries()) {
      const summary = units.find((u) => u.unit === unit);
      const point = trend.employee.points[i]!;
      if (summary?.employeesSuppressed) {
        expect(point.value).toBeNull();
        expect(point.gap).toBe(summary.employeesSuppressed);
        expect(point.n).toBe(0);
      } else if (summary?.employees?.engagement) {
        expect(point.value).toBe(summary.employees.engagement.mean);
        expect(point.ci).toEqual(summary.employees.engagement.ci);
      }
    }
    expect(gapCounts(trend.employee)['below-threshold']).toBeGreaterThan(0);
    expect(trend.unitName).toBe(analysis.units.find((u) => u.unit === unit)!.name);
  });

  it('uses the organisation total when present, and otherwise says a top-level unit stands in', () => {
    const organisation = (analysis as AnalysisResult & { organisation?: UnitSummary | null }).organisation;
    if (organisation) {
      expect(trendUnit(analysis, undefined)).toEqual({ id: '*', name: organisation.name, organisationMissing: false });
      const trend = trendFromAnalysis(analysis, 'engagement', 'nps')!;
      expect(trend.organisationMissing).toBeUndefined();
      const last = analysis.periods.at(-1) as { organisation?: UnitSummary | null };
      expect(trend.employee.points.at(-1)!.value).toBe(last.organisation!.employees!.engagement!.mean);
    }
    // Results without an organisation total (older ones, or data with its own unit "*").
    const withoutTotal = {
      ...analysis, organisation: null, units: analysis.units.filter((u) => u.unit !== '*'),
      periods: analysis.periods.map((p) => ({ ...p, organisation: null, units: p.units.filter((u) => u.unit !== '*') })),
    } as AnalysisResult;
    const stand = trendUnit(withoutTotal, undefined)!;
    expect(stand.organisationMissing).toBe(true);
    expect(withoutTotal.units.find((u) => u.unit === stand.id)!.parentId).toBeNull();
    expect(trendFromAnalysis(withoutTotal, 'engagement', 'nps')!.organisationMissing).toBe(true);
    expect(trendUnit(analysis, 'no-such-unit')).toBeUndefined();
  });

  it('offers the metrics the results have', () => {
    expect(employeeTrendMetrics(analysis).slice(0, 2)).toEqual(['engagement', 'enps']);
    expect(employeeTrendMetrics(analysis)).toContain('recognition');
    expect(customerTrendMetrics(analysis)).toEqual(['nps', 'csat', 'ces', 'fcr']);
  });

  it('turns published stories into annotations, of the unit and the units below it', () => {
    const published = sample.stories.filter((s) => s.status === 'published');
    const all = annotationsFromStories(sample.stories, analysis);
    expect(all).toHaveLength(published.length);
    expect(all.every((a) => a.kind === 'story')).toBe(true);
    const region = analysis.units.find((u) => u.level === 'region')!.unit;
    const inRegion = annotationsFromStories(sample.stories, analysis, region);
    const parents = new Map(analysis.units.map((u) => [u.unit, u.parentId]));
    const regionOf = (unit: string): string | null => {
      let current: string | null = unit;
      while (current && parents.get(current)) current = parents.get(current)!;
      return current;
    };
    expect(inRegion).toHaveLength(published.filter((s) => regionOf(s.unit) === region).length);
    const draft: Story = { ...published[0]!, status: 'draft' };
    expect(annotationsFromStories([draft], analysis)).toEqual([]);
  });

  it('turns awards into annotations on their period and kudos on their date, filtered by unit', () => {
    const team = analysis.units.find((u) => u.level === 'team')!;
    const elsewhere = analysis.units.find((u) => u.level === 'team' && u.parentId !== team.parentId)!;
    const award = { id: 'w', period: '2026-Q2', unit: team.unit, nominee: 'Karim C.', nomineeKind: 'person' as const, nominations: 3, reason: 'Named by customers', chosenBy: 'hr', chosenAt: '2026-07-02' };
    const kudos = { id: 'k', from: 'Ana', to: 'Tom', unit: elsewhere.unit, value: 'care', message: 'Thanks', period: '2026-Q3', createdAt: '2026-08-10T09:00:00Z' };
    expect(annotationsFromAwards([award], analysis)).toEqual([{ date: '2026-Q2', label: 'Karim C.: Named by customers', kind: 'award' }]);
    expect(annotationsFromKudos([kudos], analysis)).toEqual([{ date: '2026-08-10T09:00:00Z', label: 'Ana → Tom: Thanks', kind: 'kudos' }]);
    expect(annotationsFromAwards([award], analysis, team.parentId!)).toHaveLength(1);
    expect(annotationsFromKudos([kudos], analysis, team.parentId!)).toHaveLength(0);
  });
});
