import { describe, expect, it } from 'vitest';
import { importCustomers, importEmployees, type IngestProblem } from '../../src/ingest/index.ts';
import { numbers, strings } from './helpers.ts';

/** The user-facing fields of a problem (detail is for translations). */
const view = ({ file, line, column, value, expected, code, message }: IngestProblem) =>
  ({ file, line, column, value, expected, code, message });

describe('file-level problems', () => {
  it('reports an empty file', () => {
    for (const input of [new Uint8Array(), '', '\r\n\n', new Uint8Array([0xef, 0xbb, 0xbf])]) {
      const result = importCustomers(input, { file: 'customers.csv' });
      expect(result.ok).toBe(false);
      expect(result.problems.map(view)).toEqual([{
        file: 'customers.csv', line: 0, column: '', value: '', code: 'empty-file',
        expected: 'a header row and at least one data row',
        message: 'customers.csv: expected a header row and at least one data row, got an empty file.',
      }]);
    }
  });

  it('reports a header without rows', () => {
    const result = importCustomers('unit,date,nps\r\n,,\r\n', { file: 'customers.csv' });
    expect(result.problems.map(view)).toEqual([{
      file: 'customers.csv', line: 0, column: '', value: '', code: 'header-only',
      expected: 'data rows after the header',
      message: 'customers.csv: expected data rows after the header, got none.',
    }]);
  });

  it('reports a missing unit column, listing the columns found', () => {
    const result = importCustomers('date,nps\n2026-07-01,9\n', { file: 'customers.csv' });
    expect(result.problems.map(view)).toEqual([{
      file: 'customers.csv', line: 0, column: '', value: '', code: 'missing-unit-column',
      expected: 'a column naming the unit (unit, team, site, store, branch, …)',
      message: 'customers.csv: expected a column naming the unit (unit, team, site, store, branch, …), got none among "date", "nps"; name one in the mapping.',
    }]);
  });

  it('reports missing period and measure columns', () => {
    const result = importEmployees('team,comment\nA,ok\n', { file: 'survey.csv' });
    expect(result.problems.map((p) => [p.code, p.message])).toEqual([
      ['missing-period-column', 'survey.csv: expected a period or date column (period, quarter, month, date, timestamp, …), got none among "team", "comment"; name one in the mapping or give the period.'],
      ['no-measure-columns', 'survey.csv: expected item columns with answers from 1 to 5, or an eNPS column, got none.'],
    ]);
  });

  it('reports an unterminated quote on the line where the quoted field opened', () => {
    const result = importCustomers('unit,date,nps,comment\nA,2026-07-01,9,fine\nB,2026-07-01,8,"it said ""hi\nC,2026-07-02,7,ok\n', { file: 'customers.csv' });
    expect(result.ok).toBe(false);
    expect(result.problems.map(view)).toEqual([{
      file: 'customers.csv', line: 3, column: '', value: '', code: 'unterminated-quote',
      expected: 'a closing quote for the field opened on this line',
      message: 'customers.csv, line 3: expected a closing quote for the field opened on this line, reached the end of the file.',
    }]);
  });

  it('reports a UTF-16 file instead of reading garbage', () => {
    const result = importCustomers(new Uint8Array([0xff, 0xfe, 0x75, 0, 0x6e, 0]), { file: 'unicode.txt' });
    expect(result.problems.map((p) => p.message)).toEqual([
      'unicode.txt: expected UTF-8 or Windows-1252 text, got UTF-16LE; save the file as "CSV UTF-8".',
    ]);
  });

  it('reports a first line of data instead of a header, unless the mapping names columns by number', () => {
    const text = 'Lyon,2026-07-01,9\nParis,2026-07-02,7\n';
    expect(importCustomers(text, { file: 'c.csv' }).problems.map(view)).toEqual([{
      file: 'c.csv', line: 1, column: '', value: 'Lyon,2026-07-01,9', code: 'missing-header',
      expected: 'a header row naming the columns (unit, period, …)',
      message: 'c.csv, line 1: expected a header row naming the columns (unit, period, …), got data ("Lyon,2026-07-01,9"); name the columns or give a mapping by column number.',
    }]);
    const mapped = importCustomers(text, { file: 'c.csv', mapping: { 1: 'unit', 2: 'date', 3: 'nps' } });
    if (!mapped.ok) throw new Error(mapped.problems[0]?.message);
    expect(numbers(mapped.table.nps)).toEqual([9, 7]);
  });

  it('reports two columns for one role, unknown mapped columns and unknown roles', () => {
    expect(importCustomers('unit,Unit,date,nps\nA,B,2026-07-01,9\n', { file: 'c.csv' }).problems.map((p) => p.message)).toEqual([
      'c.csv, column "Unit": expected one column with the role "unit", got this one and "unit".',
    ]);
    const result = importCustomers('unit,date,nps\nA,2026-07-01,9\n', {
      file: 'c.csv',
      mapping: { Score: 'nps', nps: 'enps' },
    });
    expect(result.problems.map((p) => [p.code, p.column, p.value])).toEqual([
      ['unknown-column', 'Score', ''],
      ['invalid-mapping', 'nps', 'enps'],
    ]);
  });

  it('reports an invalid period option', () => {
    expect(importEmployees('team,q1\nA,4\n', { file: 's.csv', period: 'summer' }).problems.map((p) => p.code)).toEqual(['invalid-date']);
  });
});

describe('row problems', () => {
  const customers = [
    'unit,date,NPS,CSAT,CES,FCR',
    'Lyon,2026-07-01,9,5,2,yes',
    'Lyon,2026-07-01,11,5,2,yes',
    'Lyon,2026-07-01,dix,5,2,no',
    'Lyon,2026-07-01,8.5,6,0,peut-être',
    ',hier,7,4,3,oui',
    'Paris,2026-07-02,,,,',
  ].join('\n');

  it('lists every invalid cell with file, line, column, value and what was expected', () => {
    const result = importCustomers(customers, { file: 'customers.csv' });
    expect(result.ok).toBe(false);
    expect(result.problems.map(view)).toEqual([
      { file: 'customers.csv', line: 3, column: 'NPS', value: '11', code: 'invalid-score', expected: 'a whole number from 0 to 10',
        message: 'customers.csv, line 3, column "NPS": expected a whole number from 0 to 10, got "11".' },
      { file: 'customers.csv', line: 4, column: 'NPS', value: 'dix', code: 'invalid-score', expected: 'a whole number from 0 to 10',
        message: 'customers.csv, line 4, column "NPS": expected a whole number from 0 to 10, got "dix".' },
      { file: 'customers.csv', line: 5, column: 'NPS', value: '8.5', code: 'invalid-score', expected: 'a whole number from 0 to 10',
        message: 'customers.csv, line 5, column "NPS": expected a whole number from 0 to 10, got "8.5".' },
      { file: 'customers.csv', line: 5, column: 'CSAT', value: '6', code: 'invalid-score', expected: 'a whole number from 1 to 5',
        message: 'customers.csv, line 5, column "CSAT": expected a whole number from 1 to 5, got "6".' },
      { file: 'customers.csv', line: 5, column: 'CES', value: '0', code: 'invalid-score', expected: 'a whole number from 1 to 7',
        message: 'customers.csv, line 5, column "CES": expected a whole number from 1 to 7, got "0".' },
      { file: 'customers.csv', line: 5, column: 'FCR', value: 'peut-être', code: 'invalid-boolean', expected: 'yes or no (true/false, 1/0, yes/no, oui/non)',
        message: 'customers.csv, line 5, column "FCR": expected yes or no (true/false, 1/0, yes/no, oui/non), got "peut-être".' },
      { file: 'customers.csv', line: 6, column: 'unit', value: '', code: 'missing-unit', expected: 'a unit name',
        message: 'customers.csv, line 6, column "unit": expected a unit name, got an empty cell.' },
      { file: 'customers.csv', line: 6, column: 'date', value: 'hier', code: 'invalid-date',
        expected: 'a date (2026-07-15, 15/07/2026) or a period (2026-07, 2026-Q3, T3 2026)',
        message: 'customers.csv, line 6, column "date": expected a date (2026-07-15, 15/07/2026) or a period (2026-07, 2026-Q3, T3 2026), got "hier".' },
    ]);
    expect(result.report).toMatchObject({ rows: 0, skipped: 4, totalProblems: 8 });
  });

  it('imports the valid rows in skip-invalid mode and lists the skipped lines', () => {
    const result = importCustomers(customers, { file: 'customers.csv', mode: 'skip-invalid' });
    if (!result.ok) throw new Error('expected the valid rows');
    expect(strings(result.table.unit)).toEqual(['Lyon', 'Paris']);
    expect(numbers(result.table.nps)).toEqual([9, null]);
    expect(numbers(result.table.fcr)).toEqual([1, null]);
    expect([...new Set(result.problems.map((p) => p.line))]).toEqual([3, 4, 5, 6]);
    expect(result.report).toMatchObject({ rows: 2, skipped: 4, totalProblems: 8 });
  });

  it('fails skip-invalid mode when no row is valid', () => {
    const result = importCustomers('unit,date,nps\nA,2026-07-01,12\n', { file: 'c.csv', mode: 'skip-invalid' });
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.code)).toEqual(['invalid-score']);
  });

  it('lists the first maxProblems problems and counts them all', () => {
    const rows = Array.from({ length: 150 }, () => 'A,2026-07-01,99').join('\n');
    const result = importCustomers(`unit,date,nps\n${rows}\n`, { file: 'c.csv' });
    expect(result.problems).toHaveLength(100);
    expect(result.problems[99]?.line).toBe(101);
    expect(result.report.totalProblems).toBe(150);
    expect(importCustomers(`unit,date,nps\n${rows}\n`, { file: 'c.csv', maxProblems: 3 }).problems).toHaveLength(3);
  });

  it('reports rows written with another delimiter clearly', () => {
    const result = importCustomers('unit;date;nps\nLyon;2026-07-01;9\nParis,2026-07-02,8\nNice;2026-07-03;7\n', { file: 'mixed.csv' });
    expect(result.problems.map(view)).toEqual([{
      file: 'mixed.csv', line: 3, column: '', value: 'Paris,2026-07-02,8', code: 'mixed-delimiters',
      expected: 'fields separated by ";" like the rest of the file',
      message: 'mixed.csv, line 3: expected fields separated by ";" like the rest of the file, got fields separated by ",".',
    }]);
  });

  it('reports ragged rows', () => {
    const result = importCustomers('unit,date,nps\nLyon,2026-07-01,9,extra\nParis,2026-07-02\n', { file: 'c.csv' });
    expect(result.problems.map((p) => [p.line, p.code, p.message])).toEqual([
      [2, 'field-count', 'c.csv, line 2: expected 3 fields like the header, got 4.'],
      [3, 'field-count', 'c.csv, line 3: expected 3 fields like the header, got 2.'],
    ]);
  });

  it('accepts empty cells beyond the header, as spreadsheets write them', () => {
    const result = importCustomers('unit;date;nps\nLyon;2026-07-01;9;;\nParis;2026-07-02;8;\n', { file: 'c.csv' });
    if (!result.ok) throw new Error(result.problems[0]?.message);
    expect(numbers(result.table.nps)).toEqual([9, 8]);
  });

  it('reports duplicated respondent ids within one unit and period', () => {
    const text = 'unit,period,respondent,q1\nA,2026-Q3,R1,4\nA,2026-Q3,R2,5\nA,2026-Q3,R1,5\nB,2026-Q3,R1,3\nA,2026-Q4,R1,2\n';
    const result = importEmployees(text, { file: 'survey.csv' });
    expect(result.problems.map(view)).toEqual([{
      file: 'survey.csv', line: 4, column: 'respondent', value: 'R1', code: 'duplicate-respondent',
      expected: 'one response per respondent, unit and period',
      message: 'survey.csv, line 4, column "respondent": expected one response per respondent, unit and period, got "R1" again (first on line 2).',
    }]);
  });

  it('reports the same answer twice in a long file', () => {
    const text = 'unit,period,respondent,item,value\nA,2026-Q3,R1,autonomy,4\nA,2026-Q3,R1,Autonomy,5\n';
    expect(importEmployees(text, { file: 'long.csv' }).problems.map((p) => p.message)).toEqual([
      'long.csv, line 3, column "item": expected one answer per respondent and item, unit and period, got item "autonomy" again (first on line 2).',
    ]);
  });

  it('reports item answers outside the declared scale, and unknown agreement text', () => {
    const text = 'unit,period,q1,q2\nA,2026-07,4,5\nA,2026-07,6,Sometimes\nA,2026-07,3,Agree\n';
    expect(importEmployees(text, { file: 's.csv' }).problems.map((p) => [p.line, p.column, p.value, p.expected])).toEqual([
      [3, 'q1', '6', 'a number from 1 to 5 or an agreement answer ("Strongly agree" … "Strongly disagree")'],
      [3, 'q2', 'Sometimes', 'a number from 1 to 5 or an agreement answer ("Strongly agree" … "Strongly disagree")'],
    ]);
  });

  it('truncates long values to 60 characters', () => {
    const long = 'x'.repeat(500);
    const [problem] = importCustomers(`unit,date,nps\nA,2026-07-01,${long}\n`, { file: 'c.csv' }).problems;
    expect(problem?.value).toBe(`${'x'.repeat(59)}…`);
  });

  it('treats empty cells as missing, not as errors', () => {
    const result = importEmployees('unit,period,q1,q2,enps\nA,2026-07,,3,\nA,2026-07,4,,\n', { file: 's.csv' });
    if (!result.ok) throw new Error(result.problems[0]?.message);
    expect(result.table.items.map(numbers)).toEqual([[null, 4], [3, null]]);
    expect(numbers(result.table.enps)).toEqual([null, null]);
  });
});

describe('hostile input', () => {
  it('handles a single 2 MB line: a header without rows', () => {
    const line = `unit,date,nps,${'x'.repeat(2 * 1024 * 1024)}`;
    const result = importCustomers(new TextEncoder().encode(line), { file: 'big.csv' });
    expect(result.problems.map((p) => p.code)).toEqual(['header-only']);
  });

  it('imports a 2 MB comment', () => {
    const comment = 'très long, "cité"; '.repeat(110_000);
    const text = `unit,date,nps,comment\nA,2026-07-01,9,"${comment.replaceAll('"', '""')}"\nB,2026-07-02,7,ok\n`;
    const result = importCustomers(new TextEncoder().encode(text), { file: 'big.csv', chunkSize: 64 * 1024 });
    if (!result.ok) throw new Error(result.problems[0]?.message);
    expect(result.table.comment?.[0]).toBe(comment.trim());
    expect(strings(result.table.unit)).toEqual(['A', 'B']);
  });

  it('keeps __proto__, constructor and toString headers out of any object prototype', () => {
    const text = 'unit,period,__proto__,constructor,toString,hasOwnProperty\nA,2026-07,1,2,3,4\nB,2026-07,5,4,3,2\n';
    const result = importEmployees(text, { file: 'evil.csv' });
    if (!result.ok) throw new Error(result.problems[0]?.message);
    expect(result.table.itemIds).toEqual(['proto', 'constructor', 'tostring', 'hasownproperty']);
    expect(result.table.items.map(numbers)).toEqual([[1, 5], [2, 4], [3, 3], [4, 2]]);
    expect(result.report.mapping.map((m) => m.column)).toEqual(['unit', 'period', '__proto__', 'constructor', 'toString', 'hasOwnProperty']);
    expect(Object.getPrototypeOf(result.report)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).unit).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);

    // A JSON mapping keeps "__proto__" as an own key; it is read as a header, not a prototype.
    const mapping = JSON.parse('{"__proto__": "ignore", "constructor": {"item": "ctor"}}') as Record<string, 'ignore'>;
    const mapped = importEmployees(text, { file: 'evil.csv', mapping });
    if (!mapped.ok) throw new Error(mapped.problems[0]?.message);
    expect(mapped.table.itemIds).toEqual(['ctor', 'tostring', 'hasownproperty']);
    const unitOnly = importCustomers('__proto__,date,nps\nA,2026-07-01,9\n', {
      file: 'evil.csv',
      mapping: new Map([['__proto__', 'unit']]),
    });
    if (!unitOnly.ok) throw new Error(unitOnly.problems[0]?.message);
    expect(strings(unitOnly.table.unit)).toEqual(['A']);
  });
});

describe('item columns judged from a small sample', () => {
  const outOfRange = {
    file: 'survey.csv', line: 3, column: 'autonomy', value: '7', code: 'invalid-score',
    expected: 'a number from 1 to 5 or an agreement answer ("Strongly agree" … "Strongly disagree")',
    message: 'survey.csv, line 3, column "autonomy": expected a number from 1 to 5 or an agreement answer ("Strongly agree" … "Strongly disagree"), got "7".',
  };

  it('reports the out-of-range answer of a two-row file instead of dropping the column', () => {
    const result = importEmployees('unit,period,autonomy\nA,2026-Q1,4\nB,2026-Q1,7\n', { file: 'survey.csv' });
    expect(result.ok).toBe(false);
    expect(result.report.mapping.map((a) => a.role)).toEqual(['unit', 'period', 'item']);
    expect(result.problems.map(view)).toEqual([outOfRange]);
    expect(result.report).toMatchObject({ skipped: 1, totalProblems: 1 });
  });

  it('reads the same column alike with three rows', () => {
    const result = importEmployees('unit,period,autonomy\nA,2026-Q1,4\nB,2026-Q1,7\nC,2026-Q1,3\n', { file: 'survey.csv' });
    expect(result.problems.map(view)).toEqual([outOfRange]);
  });

  it('still leaves out a numeric column mostly beyond the item scale', () => {
    const result = importEmployees('unit,period,autonomy,age\nA,2026-Q1,4,34\nB,2026-Q1,5,41\nC,2026-Q1,3,4\n', { file: 'survey.csv' });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.report.mapping.map((a) => a.role)).toEqual(['unit', 'period', 'item', 'ignore']);
    expect(numbers(result.table.items[0] as Float64Array)).toEqual([4, 5, 3]);
  });
});
