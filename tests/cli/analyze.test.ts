import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeFixtures, fixture } from './helpers.ts';

interface Reference {
  linkedUnits: string[];
  enps: Record<string, number>;
  nps: Record<string, number>;
  enps_nps: { n: number; pearson: { r: number; p: number }; spearman: { rho: number; p: number }; kendall: { tau: number; p: number } };
}

// Made by tests/fixtures/cli/make_reference.py with scipy.
const reference = JSON.parse(readFileSync(fixture('reference.json'), 'utf8')) as Reference;

interface JsonUnit {
  unit: string;
  employees: { n: number; enps: { score: number } | null; engagement: { mean: number } | null; items: Record<string, unknown> } | null;
  customers: { n: number; nps: { score: number } | null; csat: unknown; ces: unknown; fcr: unknown } | null;
}

interface JsonCorrelation {
  employee: string;
  customer: string;
  n: number;
  pearson: { r: number | null; p: number | null; ci: [number | null, number | null] };
  spearman: { rho: number | null; p: number | null };
  kendall: { tau: number | null; p: number | null };
  pAdjusted: number | null;
}

interface JsonResult {
  units: JsonUnit[];
  correlations: JsonCorrelation[];
  periods: { period: string }[];
}

async function analyzeJson(...extra: string[]): Promise<JsonResult> {
  const run = await analyzeFixtures(...extra);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as JsonResult;
}

/** Relative closeness for p-values; tiny p-values are compared absolutely. */
function expectP(actual: number | null, expected: number): void {
  expect(actual).not.toBeNull();
  if (expected < 1e-12) expect(actual as number).toBeLessThan(1e-12);
  else expect(Math.abs((actual as number) - expected) / expected).toBeLessThan(1e-6);
}

describe('symmetry analyze --format json', () => {
  it('prints the DESIGN §5 shape: units with employee and customer blocks, correlations with three methods', async () => {
    const result = await analyzeJson();
    expect(result.units.map((u) => u.unit)).toEqual(['Lyon Support', 'Paris Opéra', 'Lille Centre', 'Nantes Sud', 'Bordeaux Gare', 'Marseille Port', 'Tiny Team']);
    const paris = result.units.find((u) => u.unit === 'Paris Opéra')!;
    expect(Object.keys(paris.employees!)).toEqual(expect.arrayContaining(['n', 'enps', 'engagement', 'items']));
    expect(Object.keys(paris.employees!.items).sort()).toEqual(['autonomy', 'recognition']);
    expect(paris.employees!.n).toBe(12);
    expect(Object.keys(paris.customers!)).toEqual(expect.arrayContaining(['n', 'nps', 'csat', 'ces', 'fcr']));
    expect(paris.customers!.n).toBe(24);

    expect(result.correlations.length).toBe(4 * 4);
    for (const row of result.correlations) {
      expect(Object.keys(row)).toEqual(expect.arrayContaining(['employee', 'customer', 'n', 'pearson', 'spearman', 'kendall', 'pAdjusted']));
      expect(Object.keys(row.pearson)).toEqual(expect.arrayContaining(['r', 'p', 'ci']));
      expect(Object.keys(row.spearman)).toEqual(expect.arrayContaining(['rho', 'p']));
      expect(Object.keys(row.kendall)).toEqual(expect.arrayContaining(['tau', 'p']));
      // Benjamini–Hochberg never lowers a p-value.
      if (row.pearson.p !== null) expect(row.pAdjusted as number).toBeGreaterThanOrEqual(row.pearson.p);
    }
  });

  it('withholds employee numbers below the anonymity floor and shows customers only from 10 answers', async () => {
    const result = await analyzeJson();
    const tiny = result.units.find((u) => u.unit === 'Tiny Team')!;
    expect(tiny.employees).toBeNull();
    expect(tiny.customers).toBeNull();
    const shown = result.units.filter((u) => u.employees !== null && u.customers !== null).map((u) => u.unit);
    expect(shown).toEqual(reference.linkedUnits);
  });

  it('matches scipy on the unit scores and on the eNPS × NPS correlations', async () => {
    const result = await analyzeJson();
    for (const unit of reference.linkedUnits) {
      const row = result.units.find((u) => u.unit === unit)!;
      expect(row.employees!.enps!.score).toBeCloseTo(reference.enps[unit] as number, 9);
      expect(row.customers!.nps!.score).toBeCloseTo(reference.nps[unit] as number, 9);
    }
    const pair = result.correlations.find((c) => c.employee === 'enps' && c.customer === 'nps')!;
    const expected = reference.enps_nps;
    expect(pair.n).toBe(expected.n);
    expect(pair.pearson.r as number).toBeCloseTo(expected.pearson.r, 9);
    expectP(pair.pearson.p, expected.pearson.p);
    expect(pair.spearman.rho as number).toBeCloseTo(expected.spearman.rho, 9);
    expectP(pair.spearman.p, expected.spearman.p);
    expect(pair.kendall.tau as number).toBeCloseTo(expected.kendall.tau, 9);
    expectP(pair.kendall.p, expected.kendall.p);
    expect(pair.pearson.ci[0] as number).toBeLessThan(pair.pearson.r as number);
    expect(pair.pearson.ci[1] as number).toBeGreaterThan(pair.pearson.r as number);
  });

  it('writes undefined statistics as null, never as a made-up number', async () => {
    // Every linked unit has the same first-contact resolution rate, so its correlations are undefined.
    const result = await analyzeJson();
    const fcr = result.correlations.filter((c) => c.customer === 'fcr');
    expect(fcr.length).toBe(4);
    for (const row of fcr) expect([row.pearson.r, row.spearman.rho, row.kendall.tau, row.pAdjusted]).toEqual([null, null, null, null]);
  });

  it('applies --min-employees, --period and --min-customers', async () => {
    const lowered = await analyzeJson('--min-employees', '3');
    expect(lowered.units.find((u) => u.unit === 'Tiny Team')!.employees!.n).toBe(3);

    const monthly = await analyzeJson('--period', 'month');
    // Customer answers fall in February and May: the monthly axis spans them without gaps.
    expect(monthly.periods.map((p) => p.period)).toEqual(['2026-02', '2026-03', '2026-04', '2026-05']);
    const quarterly = await analyzeJson();
    expect(quarterly.periods.map((p) => p.period)).toEqual(['2026-Q1', '2026-Q2']);

    const strict = await analyzeJson('--min-customers', '25');
    for (const unit of strict.units) expect(unit.customers?.nps ?? null).toBeNull();
  });
});
