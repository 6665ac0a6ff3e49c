import { describe, expect, it } from 'vitest';
import { importCustomers, importEmployees, unguardText } from '../../src/ingest/index.ts';
import { customersToCsv, employeesToCsv } from '../../src/model/csv-export.ts';
import type { CategoricalColumn, CustomerTable } from '../../src/model/types.ts';
import { generateSampleDataset } from '../../src/model/sample-dataset.ts';
import { strings } from './helpers.ts';

const column = (values: string[]): CategoricalColumn => {
  const distinct = [...new Set(values)];
  return { codes: Uint32Array.from(values, (v) => distinct.indexOf(v)), values: distinct };
};

describe('unguardText', () => {
  it('drops the apostrophe the export puts before = + - @ tab and CR, and only that one', () => {
    expect(['\'=SUM(A1)', '\'+1 pour l’équipe', '\'-5 min', '\'@home', '\'\tx', '\'\rx'].map(unguardText))
      .toEqual(['=SUM(A1)', '+1 pour l’équipe', '-5 min', '@home', '\tx', '\rx']);
    expect(["'t Hoff", "'Boss'", "'", "''=x", 'plain', '=raw'].map(unguardText)).toEqual(["'t Hoff", "'Boss'", "'", "''=x", 'plain', '=raw']);
  });
});

describe('importing what the formula guard of the CSV export wrote', () => {
  const comments = ['=HYPERLINK("http://x")', '+1 pour l’équipe', '-', '@support merci', "'t Hoff était là", "'Boss'", 'ok', ''];
  const table: CustomerTable = {
    kind: 'customers',
    length: comments.length,
    unit: column(['+33 Lyon', '-Paris', '@Nice', 'Lille', 'Lille', 'Lille', 'Lille', 'Lille']),
    period: column(comments.map(() => '2026-07-01')),
    customer: ['=C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8'],
    nps: Float64Array.from(comments, (_, i) => i),
    channel: column(comments.map((_, i) => (i % 2 === 0 ? '@chat' : 'phone'))),
    segment: column(comments.map(() => '-B2B')),
    comment: comments,
  };

  it('writes guarded cells that a spreadsheet would not run', () => {
    const csv = customersToCsv(table);
    expect(csv).toContain(`'+33 Lyon`);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  for (const lang of ['en', 'fr'] as const) {
    it(`reads the guarded text cells back as they were (${lang} dialect)`, () => {
      const result = importCustomers(customersToCsv(table, undefined, { lang }), { file: 'export.csv' });
      if (!result.ok) throw new Error(result.problems[0]?.message);
      expect(strings(result.table.unit)).toEqual(strings(table.unit));
      expect(result.table.customer).toEqual(table.customer);
      expect(strings(result.table.channel)).toEqual(strings(table.channel));
      expect(strings(result.table.segment)).toEqual(strings(table.segment));
      expect(result.table.comment).toEqual(comments);
    });
  }

  it('round-trips respondent ids of employee exports', () => {
    const text = "unit,period,respondent,q1\r\n'-Lyon,2026-Q3,'=R1,4\r\n'@Paris,2026-Q3,'+R2,5\r\n";
    const result = importEmployees(text, { file: 'e.csv' });
    if (!result.ok) throw new Error(result.problems[0]?.message);
    expect(strings(result.table.unit)).toEqual(['-Lyon', '@Paris']);
    expect(strings(result.table.respondent)).toEqual(['=R1', '+R2']);
  });

  it('reads the sample dataset’s comments back unchanged, guarded ones included', () => {
    const sample = generateSampleDataset({ seed: 11 });
    const guarded = (sample.customers.comment ?? []).filter((c) => /^[=+\-@]/.test(c));
    expect(guarded.length).toBeGreaterThan(0);
    const result = importCustomers(customersToCsv(sample.customers), { file: 'customers.csv' });
    if (!result.ok) throw new Error(result.problems[0]?.message);
    expect(result.table.comment).toEqual(sample.customers.comment?.map((c) => c.trim()));
    const back = employeesToCsv(sample.employees);
    expect(importEmployees(back, { file: 'employees.csv' }).ok).toBe(true);
  });
});
