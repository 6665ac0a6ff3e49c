import { describe, expect, it } from 'vitest';
import { STACK_LINE, analyzeFixtures, fixture, symmetry } from './helpers.ts';

function analyzeBad(...extra: string[]) {
  return symmetry('analyze', '--employees', fixture('bad-employees.csv'), '--customers', fixture('bad-customers.csv'), ...extra);
}

describe('symmetry analyze with bad files', () => {
  it('exits 1 with one sentence per problem naming file, line, column, value and what was expected', async () => {
    const run = await analyzeBad();
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(STACK_LINE);
    const employees = fixture('bad-employees.csv');
    const customers = fixture('bad-customers.csv');
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      `${employees}, line 3, column "enps": expected a whole number from 0 to 10, got "12".`,
      `${employees}, line 4, column "period": expected a date (2026-07-15, 15/07/2026) or a period (2026-07, 2026-Q3, T3 2026), got "2026-Q5".`,
      `${customers}, line 3, column "nps": expected a whole number from 0 to 10, got "11".`,
      `${customers}, line 4, column "csat": expected a whole number from 1 to 5, got "five".`,
      `${customers}, line 5, column "resolved_first_contact": expected yes or no (true/false, 1/0, yes/no, oui/non), got "maybe".`,
    ]);
  });

  it('writes the problems in French with --lang fr', async () => {
    const run = await analyzeBad('--lang', 'fr');
    expect(run.code).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    // French typography: narrow no-break spaces inside the guillemets, a no-break space before the colon.
    expect(lines[2]).toBe(`${fixture('bad-customers.csv')}, ligne 3, colonne «\u202fnps\u202f»\u00a0: attendu un nombre entier de 0 à 10, trouvé «\u202f11\u202f».`);
  });

  it('reports only the bad file when the other one is fine', async () => {
    const run = await symmetry('analyze', '--employees', fixture('employees.csv'), '--customers', fixture('bad-customers.csv'));
    expect(run.code).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line.startsWith(`${fixture('bad-customers.csv')}, line `)).toBe(true);
  });
});

describe('symmetry usage errors', () => {
  it.each([
    [['analyze', '--employees', fixture('employees.csv')], 'analyze needs both --employees FILE and --customers FILE.'],
    [['analyze', '--employees', fixture('employees.csv'), '--customers', fixture('nowhere.csv')], `${fixture('nowhere.csv')}: no such file.`],
    [['analyze', '--employees', fixture('employees.csv'), '--customers', fixture('customers.csv'), '--period', 'week'], '--period expects month, quarter or year, got "week".'],
    [['analyze', '--employees', fixture('employees.csv'), '--customers', fixture('customers.csv'), '--format', 'xml'], '--format expects json, table or html, got "xml".'],
    [['analyze', '--employees', fixture('employees.csv'), '--customers', fixture('customers.csv'), '--min-employees', '0'], '--min-employees expects a whole number of at least 1, got "0".'],
    [['analyze', '--employees', fixture('employees.csv'), '--customers', fixture('customers.csv'), '--lag', '1.5'], '--lag expects a whole number of at least 0, got "1.5".'],
    [['analyze', '--employees', fixture('employees.csv'), '--customers', fixture('customers.csv'), '--lang', 'de'], '--lang expects en or fr, got "de".'],
    [['frobnicate'], 'Unknown command "frobnicate".'],
  ])('exits 2 with one sentence and the usage: %j', async (args, sentence) => {
    const run = await symmetry(...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const [first, ...rest] = run.stderr.split('\n');
    expect(first).toBe(sentence);
    expect(rest[0]).toBe('Usage:');
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('rejects an unknown option without a stack trace', async () => {
    const run = await analyzeFixtures('--colour', 'blue');
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toContain("Unknown option '--colour'");
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('prints the usage on --help (exit 0) and without a command (exit 2)', async () => {
    const help = await symmetry('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('symmetry analyze --employees FILE --customers FILE');
    expect(help.stdout).toContain('[--format json|table|html]');
    const bare = await symmetry();
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe(help.stdout);
  });
});
