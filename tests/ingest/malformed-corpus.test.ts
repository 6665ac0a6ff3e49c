import { describe, expect, it } from 'vitest';
import {
  formatProblem,
  importCustomers,
  importCustomersStream,
  importEmployees,
  importEmployeesStream,
  type ImportResult,
  type IngestProblem,
} from '../../src/ingest/index.ts';
import { fixture } from './helpers.ts';

/** One malformed export of tests/fixtures/ingest/malformed and exactly what the importer must say. */
interface Case {
  file: string;
  kind: 'employees' | 'customers';
  /** [line, column, value, code, English message, French message] per problem. */
  problems: [number, string, string, string, string, string][];
  skipped: number;
}

const cases: Case[] = [
  {
    file: 'empty.csv', kind: 'customers', skipped: 0,
    problems: [[0, '', '', 'empty-file',
      'empty.csv: expected a header row and at least one data row, got an empty file.',
      'empty.csv : attendu une ligne d’en-tête et au moins une ligne de données, fichier vide.']],
  },
  {
    file: 'header-only.csv', kind: 'customers', skipped: 0,
    problems: [[0, '', '', 'header-only',
      'header-only.csv: expected data rows after the header, got none.',
      'header-only.csv : attendu des lignes de données après l’en-tête, aucune trouvée.']],
  },
  {
    file: 'missing-unit-column.csv', kind: 'customers', skipped: 0,
    problems: [[0, '', '', 'missing-unit-column',
      'missing-unit-column.csv: expected a column naming the unit (unit, team, site, store, branch, …), got none among "Date", "NPS", "CSAT", "Comment"; name one in the mapping.',
      'missing-unit-column.csv : attendu une colonne nommant l’unité (unité, équipe, site, agence, magasin, …), aucune parmi « Date », « NPS », « CSAT », « Comment » ; indiquez-la dans la correspondance.']],
  },
  {
    file: 'out-of-range-scores.csv', kind: 'customers', skipped: 2,
    problems: [
      [3, 'NPS', '11', 'invalid-score', 'out-of-range-scores.csv, line 3, column "NPS": expected a whole number from 0 to 10, got "11".',
        'out-of-range-scores.csv, ligne 3, colonne « NPS » : attendu un nombre entier de 0 à 10, trouvé « 11 ».'],
      [4, 'CSAT', '0', 'invalid-score', 'out-of-range-scores.csv, line 4, column "CSAT": expected a whole number from 1 to 5, got "0".',
        'out-of-range-scores.csv, ligne 4, colonne « CSAT » : attendu un nombre entier de 1 à 5, trouvé « 0 ».'],
      [4, 'CES', '8', 'invalid-score', 'out-of-range-scores.csv, line 4, column "CES": expected a whole number from 1 to 7, got "8".',
        'out-of-range-scores.csv, ligne 4, colonne « CES » : attendu un nombre entier de 1 à 7, trouvé « 8 ».'],
    ],
  },
  {
    file: 'non-numeric-scores.csv', kind: 'employees', skipped: 2,
    problems: [
      [3, 'I have the tools I need', 'quatre', 'invalid-score',
        'non-numeric-scores.csv, line 3, column "I have the tools I need": expected a number from 1 to 5 or an agreement answer ("Strongly agree" … "Strongly disagree"), got "quatre".',
        'non-numeric-scores.csv, ligne 3, colonne « I have the tools I need » : attendu un nombre de 1 à 5 ou une réponse d’accord (« Tout à fait d’accord » … « Pas du tout d’accord »), trouvé « quatre ».'],
      [3, 'eNPS', 'neuf', 'invalid-score',
        'non-numeric-scores.csv, line 3, column "eNPS": expected a whole number from 0 to 10, got "neuf".',
        'non-numeric-scores.csv, ligne 3, colonne « eNPS » : attendu un nombre entier de 0 à 10, trouvé « neuf ».'],
      [4, 'My manager recognises my work', 'Sometimes', 'invalid-score',
        'non-numeric-scores.csv, line 4, column "My manager recognises my work": expected a number from 1 to 5 or an agreement answer ("Strongly agree" … "Strongly disagree"), got "Sometimes".',
        'non-numeric-scores.csv, ligne 4, colonne « My manager recognises my work » : attendu un nombre de 1 à 5 ou une réponse d’accord (« Tout à fait d’accord » … « Pas du tout d’accord »), trouvé « Sometimes ».'],
    ],
  },
  {
    file: 'unbalanced-quotes.csv', kind: 'customers', skipped: 0,
    problems: [[3, '', '', 'unterminated-quote',
      'unbalanced-quotes.csv, line 3: expected a closing quote for the field opened on this line, reached the end of the file.',
      'unbalanced-quotes.csv, ligne 3 : attendu un guillemet fermant le champ ouvert sur cette ligne, fin du fichier atteinte.']],
  },
  {
    file: 'mixed-delimiters.csv', kind: 'customers', skipped: 1,
    problems: [[3, '', 'Paris Sales,02/07/2026,7,4', 'mixed-delimiters',
      'mixed-delimiters.csv, line 3: expected fields separated by ";" like the rest of the file, got fields separated by ",".',
      'mixed-delimiters.csv, ligne 3 : attendu des champs séparés par « ; » comme le reste du fichier, trouvé des champs séparés par « , ».']],
  },
  {
    file: 'duplicate-respondents.csv', kind: 'employees', skipped: 2,
    problems: [
      [4, 'Respondent ID', 'R-001', 'duplicate-respondent',
        'duplicate-respondents.csv, line 4, column "Respondent ID": expected one response per respondent, unit and period, got "R-001" again (first on line 2).',
        'duplicate-respondents.csv, ligne 4, colonne « Respondent ID » : attendu une seule réponse par répondant, unité et période, trouvé « R-001 » une nouvelle fois (déjà ligne 2).'],
      [6, 'Respondent ID', 'R-002', 'duplicate-respondent',
        'duplicate-respondents.csv, line 6, column "Respondent ID": expected one response per respondent, unit and period, got "R-002" again (first on line 3).',
        'duplicate-respondents.csv, ligne 6, colonne « Respondent ID » : attendu une seule réponse par répondant, unité et période, trouvé « R-002 » une nouvelle fois (déjà ligne 3).'],
    ],
  },
];

/** French typography as the catalog writes it: narrow no-break spaces inside « », no-break spaces before : and ;. */
const french = (text: string): string =>
  text.replaceAll('« ', '«\u202f').replaceAll(' »', '\u202f»').replaceAll(' :', '\u00a0:').replaceAll(' ;', '\u00a0;');

const rows = (problems: IngestProblem[]) =>
  problems.map((p) => [p.line, p.column, p.value, p.code, p.message, formatProblem(p, 'fr')]);

const expected = (c: Case) => c.problems.map(([line, column, value, code, en, fr]) => [line, column, value, code, en, french(fr)]);

function check(result: ImportResult<unknown>, c: Case): void {
  expect(result.ok).toBe(false);
  expect(rows(result.problems)).toEqual(expected(c));
  expect(result.report.skipped).toBe(c.skipped);
  expect(result.report.totalProblems).toBe(c.problems.length);
  expect(result.report.rows).toBe(0);
}

describe('the malformed corpus', () => {
  for (const c of cases) {
    it(`refuses ${c.file} with exactly the expected problems, in English and French`, () => {
      const bytes = fixture(`malformed/${c.file}`);
      check(c.kind === 'employees' ? importEmployees(bytes, { file: c.file }) : importCustomers(bytes, { file: c.file }), c);
    });

    it(`says the same when ${c.file} is streamed in 7-byte slices`, async () => {
      const blob = new Blob([fixture(`malformed/${c.file}`)]);
      const options = { file: c.file, chunkSize: 7 };
      check(c.kind === 'employees' ? await importEmployeesStream(blob, options) : await importCustomersStream(blob, options), c);
    });
  }

  it('reports a 2 MB score on a single line as one truncated invalid score', () => {
    const text = `unit,date,nps\nA,2026-07-01,${'9'.repeat(2 * 1024 * 1024)}`;
    const result = importCustomers(new TextEncoder().encode(text), { file: 'long-line.csv' });
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => [p.line, p.column, p.code, p.value.length, p.value.at(-1)])).toEqual([
      [2, 'nps', 'invalid-score', 60, '…'],
    ]);
    expect(result.report).toMatchObject({ rows: 0, skipped: 1, totalProblems: 1 });
  });

  it('reads a 2 MB single-line file without line breaks as a header without rows', async () => {
    const text = `Team;Date;${'NPS;'.repeat(512 * 1024)}`;
    const result = await importCustomersStream(new Blob([text]), { file: 'one-line.csv' });
    expect(result.problems.map((p) => [p.code, p.line])).toEqual([['header-only', 0]]);
  });

  it('imports the valid rows of the corpus in skip-invalid mode and lists the skipped lines', () => {
    const result = importCustomers(fixture('malformed/out-of-range-scores.csv'), { file: 'out.csv', mode: 'skip-invalid' });
    if (!result.ok) throw new Error('expected the valid row');
    expect(result.report).toMatchObject({ rows: 1, skipped: 2, totalProblems: 3 });
    expect([...new Set(result.problems.map((p) => p.line))]).toEqual([3, 4]);
  });
});
