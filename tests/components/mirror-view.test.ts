import { describe, expect, it } from 'vitest';
import { mirrorMatrix, mirrorVerdict } from '../../src/components/mirror/mirror-view.ts';
import type { MirrorEntry, MirrorResult } from '../../src/analytics/mirror.ts';
import { analyze } from '../../src/analytics/analyze.ts';
import { generateSampleDataset } from '../../src/model/sample-dataset.ts';

const entry = (employee: string, customer: MirrorEntry['customer'], expected: MirrorEntry['expected'], r: number, significant: boolean): MirrorEntry => ({
  employee, customer, expected, metric: employee, n: 96, r, p: significant ? 0.001 : 0.4, ci: [r - 0.2, r + 0.2], rho: r,
  pAdjusted: significant ? 0.002 : 0.5, significant, asExpected: Number.isNaN(r) ? null : expected === 'positive' ? r > 0 : r < 0,
});

const result: MirrorResult = {
  caption: 'unit-level association',
  entries: [
    entry('recognition', 'nps', 'positive', 0.37, true),
    entry('workload', 'ces', 'negative', -0.48, true),
    entry('wellbeing', 'csat', 'positive', -0.25, true),
    entry('manager_support', 'nps', 'positive', 0.05, false),
    entry('autonomy', 'fcr', 'positive', Number.NaN, false),
  ],
  missing: [{ employee: 'development', customer: 'csat', expected: 'positive' }],
};

describe('mirrorVerdict', () => {
  it('compares the sign of r with the expected direction', () => {
    expect(mirrorVerdict({ r: 0.3, expected: 'positive' })).toBe('as-expected');
    expect(mirrorVerdict({ r: -0.3, expected: 'negative' })).toBe('as-expected');
    expect(mirrorVerdict({ r: -0.3, expected: 'positive' })).toBe('opposite');
    expect(mirrorVerdict({ r: 0.1, expected: 'negative' })).toBe('opposite');
    expect(mirrorVerdict({ r: Number.NaN, expected: 'positive' })).toBe('no-estimate');
  });
});

describe('mirrorMatrix', () => {
  const matrix = mirrorMatrix(result);

  it('puts employee items in rows (pair order) and customer measures in columns (NPS, CSAT, CES, FCR)', () => {
    expect(matrix.rows).toEqual(['recognition', 'workload', 'wellbeing', 'manager_support', 'autonomy']);
    expect(matrix.columns).toEqual(['nps', 'csat', 'ces', 'fcr']);
    expect(matrix.cells[0]![0]!.entry.r).toBe(0.37);
    expect(matrix.cells[0]![1]).toBeUndefined();
    expect(matrix.cells[1]![2]!.verdict).toBe('as-expected');
    expect(matrix.cells[2]![1]!.verdict).toBe('opposite');
    expect(matrix.cells[2]![1]!.observed).toBe('negative');
    expect(matrix.cells[4]![3]!.observed).toBe('none');
  });

  it('counts pairs by verdict and significance; undefined r is neither', () => {
    expect(matrix.counts).toEqual({ pairs: 5, asExpected: 3, opposite: 1, noEstimate: 1, significant: 3, asExpectedSignificant: 2, oppositeSignificant: 1 });
    expect(matrix.missing).toEqual(result.missing);
  });

  it('agrees with the analysis on the sample dataset', () => {
    const sample = generateSampleDataset({ scale: 0.3 });
    const analysis = analyze(sample.employees, sample.customers, sample.units);
    const m = mirrorMatrix(analysis.mirror);
    expect(m.counts.pairs).toBe(analysis.mirror.entries.length);
    for (const e of analysis.mirror.entries) {
      const cell = m.cells[m.rows.indexOf(e.metric)]![m.columns.indexOf(e.customer)]!;
      expect(cell.entry).toBe(e);
      expect(cell.verdict === 'as-expected').toBe(e.asExpected === true);
    }
  });
});
