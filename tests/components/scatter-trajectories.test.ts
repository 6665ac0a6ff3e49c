import { describe, expect, it } from 'vitest';
import type { AnalysisResult, UnitSummary } from '../../src/analytics/analyze.ts';
import { packPeriods, unpackPeriods } from '../../src/analytics/packed-result.ts';
import { placeTrajectory, trajectoriesFromAnalysis, trajectoryExtentPoints, trajectoryRuns } from '../../src/components/scatter/scatter-trajectories.ts';
import type { TrajectoryStep } from '../../src/components/scatter/scatter-trajectories.ts';

function summary(unit: string, engagement: number | null, nps: number | null, n = 8, level = 'team'): UnitSummary {
  const mean = (value: number) => ({ mean: value, ci: [value - 0.2, value + 0.2], n, sd: 0.5 });
  return {
    unit, name: `Unit ${unit}`, parentId: null, level,
    employees: engagement === null ? null : { n, enps: null, engagement: mean(engagement), items: {} },
    customers: nps === null ? null : { n: 40, nps: { score: nps, ci: [nps - 5, nps + 5], n: 40 }, csat: null, ces: null, fcr: null },
    ...(engagement === null ? { employeesSuppressed: 'below-threshold' } : {}),
  } as unknown as UnitSummary;
}

function analysis(): AnalysisResult {
  return {
    units: [summary('a', 3.5, 20), summary('b', 4, 30), summary('region', 3.8, 25, 40, 'region')],
    periods: [
      { period: '2026-Q1', units: [summary('a', 3.1, 10), summary('b', 3.9, 28)], organisation: null },
      // Unit a's employee side is suppressed in Q2: a gap, not an interpolated point.
      { period: '2026-Q2', units: [summary('a', null, 15), summary('b', 4.1, 31)], organisation: null },
      { period: '2026-Q3', units: [summary('a', 3.6, 22), summary('b', 4.0, 33)], organisation: null },
      { period: '2026-Q4', units: [summary('a', 3.9, 30)], organisation: null },
    ],
    thresholds: { level: 'team' },
  } as unknown as AnalysisResult;
}

describe('trajectoryRuns', () => {
  const step = (period: string, x: number | null, y: number | null): TrajectoryStep => ({ period, x, y, n: x === null ? 0 : 5 });

  it('breaks a path at every missing period and never fills it in', () => {
    const runs = trajectoryRuns([step('1', 1, 2), step('2', 2, 3), step('3', null, 4), step('4', 3, null), step('5', 4, 5), step('6', Number.NaN, 1), step('7', 6, 7)]);
    expect(runs.map((run) => run.map((s) => s.period))).toEqual([['1', '2'], ['5'], ['7']]);
  });

  it('gives no run when nothing is present', () => {
    expect(trajectoryRuns([step('1', null, null)])).toEqual([]);
  });
});

describe('trajectoriesFromAnalysis', () => {
  it('builds one step per period for each linkage-level unit, with suppressed and missing periods as null', () => {
    const trajectories = trajectoriesFromAnalysis(analysis(), 'engagement', 'nps');
    expect(trajectories.map((t) => t.id)).toEqual(['a', 'b']);
    const [a, b] = trajectories;
    expect(a!.name).toBe('Unit a');
    expect(a!.steps).toEqual([
      { period: '2026-Q1', x: 3.1, y: 10, n: 8 },
      { period: '2026-Q2', x: null, y: null, n: 0 },
      { period: '2026-Q3', x: 3.6, y: 22, n: 8 },
      { period: '2026-Q4', x: 3.9, y: 30, n: 8 },
    ]);
    // Unit b has no row in Q4.
    expect(b!.steps.map((s) => s.x)).toEqual([3.9, 4.1, 4.0, null]);
  });

  it('reads only the units asked for, from packed period lists as well', () => {
    const packed = unpackPeriods(packPeriods(analysis()));
    const trajectories = trajectoriesFromAnalysis(packed, 'engagement', 'nps', ['b']);
    expect(trajectories).toHaveLength(1);
    expect(trajectories[0]!.steps.map((s) => s.y)).toEqual([28, 31, 33, null]);
  });

  it('leaves out units with no present period and metrics nobody has', () => {
    expect(trajectoriesFromAnalysis(analysis(), 'engagement', 'csat')).toEqual([]);
    expect(trajectoriesFromAnalysis(analysis(), 'engagement', 'nps', ['nobody'])).toEqual([]);
  });
});

describe('placeTrajectory', () => {
  it('places present steps with the given scales, one path per run, and finds the ends', () => {
    const [a] = trajectoriesFromAnalysis(analysis(), 'engagement', 'nps');
    const placed = placeTrajectory(a!, (v) => v * 100, (v) => 200 - v);
    expect(placed.runs.map((run) => run.length)).toEqual([1, 2]);
    expect(placed.paths).toEqual(['M360,178L390,170']);
    expect(placed.first).toMatchObject({ period: '2026-Q1', cx: 310, cy: 190 });
    expect(placed.last).toMatchObject({ period: '2026-Q4', cx: 390, cy: 170 });
  });

  it('lists every present position for the axes to cover', () => {
    const points = trajectoryExtentPoints(trajectoriesFromAnalysis(analysis(), 'engagement', 'nps'));
    expect(points).toHaveLength(6);
    expect(points).toContainEqual({ x: 3.9, y: 30 });
  });
});
