import { describe, expect, it } from 'vitest';
import { importCustomers, importEmployees } from '../../src/ingest/index.ts';
import { customersToCsv, employeesToCsv } from '../../src/model/csv-export.ts';
import { generateSampleDataset } from '../../src/model/sample-dataset.ts';
import { numbers, strings } from './helpers.ts';

describe('importing what the CSV export writes', () => {
  const sample = generateSampleDataset({ seed: 7 });

  it('reads the sample employee table back unchanged', () => {
    const result = importEmployees(employeesToCsv(sample.employees), { file: 'employees.csv' });
    if (!result.ok) throw new Error(result.problems[0]?.message);
    const [a, b] = [result.table, sample.employees];
    expect(a.length).toBe(b.length);
    expect(a.itemIds).toEqual(b.itemIds);
    expect(strings(a.unit)).toEqual(strings(b.unit));
    expect(strings(a.period)).toEqual(strings(b.period));
    expect(a.items.map(numbers)).toEqual(b.items.map(numbers));
    expect(numbers(a.enps)).toEqual(numbers(b.enps));
  });

  it('reads the sample customer table back unchanged', () => {
    const result = importCustomers(customersToCsv(sample.customers), { file: 'customers.csv' });
    if (!result.ok) throw new Error(result.problems[0]?.message);
    const [a, b] = [result.table, sample.customers];
    expect(a.length).toBe(b.length);
    expect(strings(a.unit)).toEqual(strings(b.unit));
    expect(strings(a.period)).toEqual(strings(b.period));
    for (const key of ['nps', 'csat', 'ces', 'fcr'] as const) expect(numbers(a[key]), key).toEqual(numbers(b[key]));
    expect(strings(a.channel)).toEqual(strings(b.channel));
  });
});
