import type { AnalysisResult } from '../../analytics/analyze.ts';
import { periodUnit } from '../../analytics/packed-result.ts';
import { customerValue, employeeValue } from '../shared/analysis-view.ts';

/**
 * Per-period positions of units on the scatter's two metrics, and their split into drawable runs.
 * Pure: no DOM. A period where either metric is suppressed or missing is a gap, never interpolated.
 */

/** One unit in one period; `x`/`y` are null when the value is suppressed or missing. */
export interface TrajectoryStep {
  period: string;
  x: number | null;
  y: number | null;
  /** Respondents behind the employee value in that period (0 when none is shown). */
  n: number;
}

/** A unit's path through the periods, one step per period of the axis, in period order. */
export interface UnitTrajectory {
  id: string;
  name: string;
  steps: TrajectoryStep[];
}

/** A present step with its position in chart coordinates. */
export interface PlacedStep extends TrajectoryStep {
  x: number;
  y: number;
  cx: number;
  cy: number;
}

/** Runs of consecutive present steps: each is drawn as one path; a gap starts a new run. */
export function trajectoryRuns(steps: TrajectoryStep[]): (TrajectoryStep & { x: number; y: number })[][] {
  const runs: (TrajectoryStep & { x: number; y: number })[][] = [];
  let current: (TrajectoryStep & { x: number; y: number })[] | undefined;
  for (const step of steps) {
    if (step.x === null || step.y === null || !Number.isFinite(step.x) || !Number.isFinite(step.y)) {
      current = undefined;
      continue;
    }
    if (!current) {
      current = [];
      runs.push(current);
    }
    current.push({ ...step, x: step.x, y: step.y });
  }
  return runs;
}

/**
 * The trajectories of the linkage-level units over `analysis.periods`. Only `units` when given
 * (decoding packed period entries for those units only); units with no present step are left out.
 */
export function trajectoriesFromAnalysis(analysis: AnalysisResult, x: string, y: string, units?: readonly string[]): UnitTrajectory[] {
  const level = analysis.thresholds.level;
  const wanted = units ?? analysis.units.filter((u) => u.level === level).map((u) => u.unit);
  const names = new Map(analysis.units.map((u) => [u.unit, u.name]));
  const trajectories: UnitTrajectory[] = [];
  for (const id of wanted) {
    const steps = analysis.periods.map((entry): TrajectoryStep => {
      const summary = periodUnit(entry, id);
      const ex = summary ? employeeValue(summary, x) : undefined;
      const cy = summary ? customerValue(summary, y) : undefined;
      const present = ex !== undefined && cy !== undefined && Number.isFinite(ex.value) && Number.isFinite(cy.value);
      return { period: entry.period, x: present ? ex.value : null, y: present ? cy.value : null, n: present ? ex.n : 0 };
    });
    if (steps.some((s) => s.x !== null)) trajectories.push({ id, name: names.get(id) ?? id, steps });
  }
  return trajectories;
}

/** Every present position of the trajectories, so the scales can make room for them. */
export function trajectoryExtentPoints(trajectories: readonly UnitTrajectory[]): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  for (const t of trajectories) {
    for (const s of t.steps) if (s.x !== null && s.y !== null && Number.isFinite(s.x) && Number.isFinite(s.y)) out.push({ x: s.x, y: s.y });
  }
  return out;
}

/** A trajectory in chart coordinates: the runs as SVG path data, and its first and last present step for labels. */
export interface PlacedTrajectory {
  id: string;
  name: string;
  runs: PlacedStep[][];
  paths: string[];
  first?: PlacedStep;
  last?: PlacedStep;
}

/** Places a trajectory with the chart's scales (the same ones the points use). */
export function placeTrajectory(trajectory: UnitTrajectory, xScale: (v: number) => number, yScale: (v: number) => number): PlacedTrajectory {
  const runs = trajectoryRuns(trajectory.steps).map((run) => run.map((s) => ({ ...s, cx: xScale(s.x), cy: yScale(s.y) })));
  const paths = runs.filter((run) => run.length > 1).map((run) => run.map((s, i) => `${i === 0 ? 'M' : 'L'}${round(s.cx)},${round(s.cy)}`).join(''));
  const all = runs.flat();
  return { id: trajectory.id, name: trajectory.name, runs, paths, first: all[0], last: all[all.length - 1] };
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
