import { describe, expect, it } from 'vitest';
import { importCustomers } from '../../src/ingest/import-table.ts';
import { createRandom } from '../../src/model/random.ts';

const HEADER = 'unit,date,customer,nps,csat,ces,resolved_first_contact,channel,segment,comment';
const GOOD = {
  unit: ['Lyon', 'Paris Opéra', ' Nice ', "'=Lille"],
  date: ['2026-07-01', '02/07/2026', '2026-Q3', ' 2026-07 '],
  nps: ['0', '9', '10', ' 7 ', ''],
  csat: ['1', '5', '4', ''],
  ces: ['1', '7', ' 3', ''],
  fcr: ['true', 'false', 'oui', 'No', ''],
  channel: ['phone', 'chat', ' email', ''],
  segment: ['B2B', 'B2C', ''],
  comment: ['', 'Merci', '"Had to call twice, then it worked"', ' spaced '],
};
const BAD = { unit: ['', ' '], date: ['31/02/2026', 'soon', ''], nps: ['11', 'x', '-1', '9.5'], csat: ['0', '6'], ces: ['8'], fcr: ['maybe'] };

/**
 * A seeded export: mostly valid rows, some with bad cells (several in one row at times), some
 * ragged; `trailing` adds an empty field to every other data line.
 */
function customerExport(seed: number, rows: number, badRate: number, trailing: boolean): string {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[random.int(0, items.length - 1)]!;
  const cell = (key: keyof typeof GOOD): string =>
    key in BAD && random.chance(badRate) ? pick(BAD[key as keyof typeof BAD]) : pick(GOOD[key]);
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const fields = [cell('unit'), cell('date'), `C${i % 700}`, cell('nps'), cell('csat'), cell('ces'), cell('fcr'), cell('channel'), cell('segment'), cell('comment')];
    // A ragged row is checked alone either way.
    const ragged = random.chance(badRate / 4);
    if (ragged) fields.pop();
    lines.push(fields.join(',') + (trailing && !ragged ? ',' : ''));
  }
  return `${lines.join('\n')}\n`;
}

describe('customer rows checked in batches', () => {
  // A trailing empty field sends every row through the one-row check: both must agree exactly.
  for (const [mode, badRate] of [['strict', 0.002], ['skip-invalid', 0.01], ['skip-invalid', 0.2]] as const) {
    it(`finds the same problems in the same order and builds the same table (${mode}, ${badRate * 100} % bad cells)`, () => {
      for (const seed of [1, 2, 3]) {
        const rows = 2500 + seed * 300;
        const options = { file: 'c.csv', mode, maxProblems: 1000, chunkSize: 4096 } as const;
        const batched = importCustomers(customerExport(seed, rows, badRate, false), options);
        const alone = importCustomers(customerExport(seed, rows, badRate, true), options);
        expect(batched.report.totalProblems).toBeGreaterThan(0);
        expect(batched.problems).toEqual(alone.problems);
        expect(batched.report.skipped).toBe(alone.report.skipped);
        expect(batched.report.totalProblems).toBe(alone.report.totalProblems);
        expect(batched.ok).toBe(alone.ok);
        if (batched.ok && alone.ok) {
          expect(batched.table).toEqual(alone.table);
          expect(batched.table.length).toBe(rows - batched.report.skipped);
        }
      }
    });
  }

  it('lists problems by line across batch boundaries, then by column within a line', () => {
    const lines = [HEADER];
    for (let i = 0; i < 3000; i++) {
      const bad = i === 1023 || i === 1024 || i === 2999;
      lines.push(`${bad ? '' : 'Lyon'},2026-07-01,C${i},${bad ? 11 : 9},4,2,${bad ? 'maybe' : 'true'},phone,B2C,`);
    }
    const result = importCustomers(lines.join('\n'), { file: 'c.csv' });
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => [p.line, p.column, p.code])).toEqual([1025, 1026, 3001].flatMap((line) => [
      [line, 'unit', 'missing-unit'], [line, 'nps', 'invalid-score'], [line, 'resolved_first_contact', 'invalid-boolean'],
    ]));
  });

  it('still lists the problems of rows read before an unterminated quote at the end', () => {
    // More rows than the sample that decides the columns, so that rows are being checked.
    const rows = Array.from({ length: 300 }, (_, i) => `Lyon,2026-07-01,C${i},${i === 250 ? 11 : 9},4,2,true,phone,B2C,`);
    const text = `${HEADER}\n${rows.join('\n')}\nLyon,2026-07-01,C2,9,4,2,true,phone,B2C,"never closed\n`;
    const result = importCustomers(text, { file: 'c.csv' });
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => [p.code, p.line])).toEqual([['unterminated-quote', 302], ['invalid-score', 252]]);
  });
});

