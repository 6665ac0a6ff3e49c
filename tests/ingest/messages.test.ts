import { describe, expect, it } from 'vitest';
import { createProblem, formatProblem, type ProblemCode, type ProblemDetail } from '../../src/ingest/index.ts';

// A Record over ProblemCode: adding a code without a sample here fails to compile.
const SAMPLES: Record<ProblemCode, { line: number; column?: string; value?: string; detail?: ProblemDetail }> = {
  'empty-file': { line: 0 },
  'header-only': { line: 0 },
  'missing-header': { line: 1, value: 'Lyon,2026-07-01,9' },
  'unsupported-encoding': { line: 0, detail: { encoding: 'utf-16le' } },
  'unterminated-quote': { line: 12 },
  'field-count': { line: 4, value: 'a,b', detail: { expectedFields: 3, gotFields: 2 } },
  'mixed-delimiters': { line: 4, value: 'a,b,c', detail: { delimiter: ';', otherDelimiter: ',', expectedFields: 3, gotFields: 1 } },
  'missing-unit-column': { line: 0, detail: { columns: ['date', 'nps'] } },
  'missing-period-column': { line: 0, detail: { columns: ['team', 'q1'] } },
  'no-measure-columns': { line: 0, detail: { kind: 'customers' } },
  'duplicate-column': { line: 0, column: 'Team', detail: { role: 'unit', otherColumn: 'team' } },
  'unknown-column': { line: 0, column: 'Score', detail: { columns: ['unit', 'nps'] } },
  'invalid-mapping': { line: 0, column: 'nps', value: 'enps', detail: { kind: 'customers', role: 'unit, nps' } },
  'missing-unit': { line: 6, column: 'unit' },
  'missing-period': { line: 6, column: 'date' },
  'invalid-date': { line: 6, column: 'date', value: 'hier', detail: { dateOrder: 'dmy' } },
  'invalid-score': { line: 14, column: 'NPS', value: 'dix', detail: { min: 0, max: 10, whole: true } },
  'invalid-boolean': { line: 5, column: 'FCR', value: 'peut-être' },
  'missing-item': { line: 5, column: 'item' },
  'duplicate-respondent': { line: 4, column: 'respondent', value: 'R1', detail: { firstLine: 2 } },
  'duplicate-answer': { line: 3, column: 'item', value: 'Autonomy', detail: { firstLine: 2, item: 'autonomy' } },
};

const problems = Object.entries(SAMPLES).map(([code, s]) =>
  createProblem(code as ProblemCode, { file: 'customers.csv', line: s.line, ...(s.column === undefined ? {} : { column: s.column }) }, s.value, s.detail));

describe('formatProblem', () => {
  it('renders the example of the issue in English and French', () => {
    const problem = createProblem('invalid-score', { file: 'customers.csv', line: 14, column: 'NPS' }, 'dix', { min: 0, max: 10, whole: true });
    expect(problem.message).toBe('customers.csv, line 14, column "NPS": expected a whole number from 0 to 10, got "dix".');
    expect(formatProblem(problem, 'en')).toBe(problem.message);
    expect(formatProblem(problem, 'fr')).toBe(
      'customers.csv, ligne 14, colonne «\u202fNPS\u202f»\u00a0: attendu un nombre entier de 0 à 10, trouvé «\u202fdix\u202f».',
    );
    expect(formatProblem(problem, 'fr', 'expected')).toBe('un nombre entier de 0 à 10');
  });

  it('renders file-level problems without line or column', () => {
    const [empty] = problems;
    expect(formatProblem(empty!, 'fr')).toBe(
      'customers.csv\u00a0: attendu une ligne d’en-tête et au moins une ligne de données, fichier vide.',
    );
  });

  it.each(problems.map((p) => [p.code, p]))('renders %s in both languages, fully', (_code, problem) => {
    const en = formatProblem(problem, 'en');
    const fr = formatProblem(problem, 'fr');
    for (const text of [en, fr, problem.expected]) {
      expect(text).not.toMatch(/undefined|NaN|\[object/);
    }
    expect(en).toBe(problem.message);
    expect(fr).not.toBe(en);
    expect(fr).toMatch(/^customers\.csv(, ligne \d+)?(, colonne «\u202f[^»]+\u202f»)?\u00a0: /);
    expect(en).toMatch(/^customers\.csv(, line \d+)?(, column "[^"]+")?: expected .+\.$/);
  });

  it('shows line breaks in values as \\n, keeping the message on one line', () => {
    const problem = createProblem('invalid-score', { file: 'c.csv', line: 2, column: 'nps' }, 'a\nb', { min: 0, max: 10, whole: true });
    expect(problem.message).toBe('c.csv, line 2, column "nps": expected a whole number from 0 to 10, got "a\\nb".');
  });

  it('passes problems with a foreign code through unchanged', () => {
    const foreign = { file: 'x', line: 1, column: '', value: '', expected: 'e', code: 'other', message: 'kept' };
    expect(formatProblem(foreign, 'fr')).toBe('kept');
    expect(formatProblem({ ...foreign, code: 'toString' }, 'fr')).toBe('kept');
  });
});
