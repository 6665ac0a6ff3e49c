/**
 * Problem phrasing in English and French. Each language is a `Record<ProblemCode, …>`, so a code
 * without a French sentence does not compile.
 */
import type { InputProblem } from '../model/types.ts';
import type { IngestProblem, ProblemCode, ProblemDetail } from './problems.ts';

/** Languages problems are written in. */
export type ProblemLanguage = 'en' | 'fr';

interface Phrasing {
  /** What was expected, as a noun phrase. */
  expected: (d: ProblemDetail, p: InputProblem) => string;
  /** The sentence after the location. */
  sentence: (d: ProblemDetail, p: InputProblem, expected: string) => string;
}

interface Language {
  location: (p: InputProblem) => string;
  codes: Record<ProblemCode, Phrasing>;
}

const MAX_LISTED_COLUMNS = 12;

function listColumns(columns: readonly string[] | undefined, open: string, close: string, more: string): string {
  if (columns === undefined || columns.length === 0) return '';
  const shown = columns.slice(0, MAX_LISTED_COLUMNS).map((c) => `${open}${c}${close}`).join(', ');
  return columns.length > MAX_LISTED_COLUMNS ? `${shown} ${more}` : shown;
}

/** Makes control characters visible so a value with a line break stays on one line. */
function showValue(value: string): string {
  return value.replace(/[\r\n\t]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t'));
}

const enDelimiter = (d: string | undefined): string => (d === '\t' ? 'tabs' : `"${d ?? ','}"`);
const frDelimiter = (d: string | undefined): string => (d === '\t' ? 'des tabulations' : `«\u202f${d ?? ','}\u202f»`);

const enGot = (p: InputProblem): string => (p.value === '' ? 'got an empty cell' : `got "${showValue(p.value)}"`);
const frGot = (p: InputProblem): string => (p.value === '' ? 'cellule vide' : `trouvé «\u202f${showValue(p.value)}\u202f»`);

const plain = (got: (p: InputProblem) => string) => (_d: ProblemDetail, p: InputProblem, expected: string): string =>
  `expected ${expected}, ${got(p)}.`;
const plainFr = (got: (p: InputProblem) => string) => (_d: ProblemDetail, p: InputProblem, expected: string): string =>
  `attendu ${expected}, ${got(p)}.`;

const en: Language = {
  location: (p) =>
    `${p.file}${p.line > 0 ? `, line ${p.line}` : ''}${p.column !== '' ? `, column "${p.column}"` : ''}: `,
  codes: {
    'empty-file': {
      expected: () => 'a header row and at least one data row',
      sentence: (_d, _p, e) => `expected ${e}, got an empty file.`,
    },
    'header-only': {
      expected: () => 'data rows after the header',
      sentence: (_d, _p, e) => `expected ${e}, got none.`,
    },
    'missing-header': {
      expected: () => 'a header row naming the columns (unit, period, …)',
      sentence: (_d, p, e) => `expected ${e}, got data ("${showValue(p.value)}"); name the columns or give a mapping by column number.`,
    },
    'unsupported-encoding': {
      expected: () => 'UTF-8 or Windows-1252 text',
      sentence: (d, _p, e) => `expected ${e}, got ${d.encoding?.toUpperCase() ?? 'another encoding'}; save the file as "CSV UTF-8".`,
    },
    'unterminated-quote': {
      expected: () => 'a closing quote for the field opened on this line',
      sentence: (_d, _p, e) => `expected ${e}, reached the end of the file.`,
    },
    'field-count': {
      expected: (d) => `${d.expectedFields} fields like the header`,
      sentence: (d, _p, e) => `expected ${e}, got ${d.gotFields}.`,
    },
    'mixed-delimiters': {
      expected: (d) => `fields separated by ${enDelimiter(d.delimiter)} like the rest of the file`,
      sentence: (d, _p, e) => `expected ${e}, got fields separated by ${enDelimiter(d.otherDelimiter)}.`,
    },
    'missing-unit-column': {
      expected: () => 'a column naming the unit (unit, team, site, store, branch, …)',
      sentence: (d, _p, e) =>
        `expected ${e}, got none among ${listColumns(d.columns, '"', '"', 'and more') || 'the columns'}; name one in the mapping.`,
    },
    'missing-period-column': {
      expected: () => 'a period or date column (period, quarter, month, date, timestamp, …)',
      sentence: (d, _p, e) =>
        `expected ${e}, got none among ${listColumns(d.columns, '"', '"', 'and more') || 'the columns'}; name one in the mapping or give the period.`,
    },
    'no-measure-columns': {
      expected: (d) =>
        d.kind === 'customers'
          ? 'an NPS, CSAT, CES or first-contact-resolution column'
          : `item columns with answers from ${d.min ?? 1} to ${d.max ?? 5}, or an eNPS column`,
      sentence: (_d, _p, e) => `expected ${e}, got none.`,
    },
    'duplicate-column': {
      expected: (d) => `one column with the role "${d.role}"`,
      sentence: (d, _p, e) => `expected ${e}, got this one and "${d.otherColumn}".`,
    },
    'unknown-column': {
      expected: () => 'a column with this header, as named in the mapping',
      sentence: (d, _p, e) => `expected ${e}, got none among ${listColumns(d.columns, '"', '"', 'and more')}.`,
    },
    'invalid-mapping': {
      expected: (d) => `a role for ${d.kind ?? 'this'} files (${d.role ?? ''})`,
      sentence: (_d, p, e) => `expected ${e}, got "${p.value}".`,
    },
    'missing-unit': {
      expected: () => 'a unit name',
      sentence: plain(enGot),
    },
    'missing-period': {
      expected: () => 'a date or a period',
      sentence: plain(enGot),
    },
    'invalid-date': {
      expected: (d) =>
        `a date (2026-07-15, ${d.dateOrder === 'mdy' ? '07/15/2026' : '15/07/2026'}) or a period (2026-07, 2026-Q3, T3 2026)`,
      sentence: plain(enGot),
    },
    'invalid-score': {
      expected: (d) =>
        `a ${d.whole === true ? 'whole number' : 'number'} from ${d.min} to ${d.max}` +
        (d.agreement === true ? ' or an agreement answer ("Strongly agree" … "Strongly disagree")' : ''),
      sentence: plain(enGot),
    },
    'invalid-boolean': {
      expected: () => 'yes or no (true/false, 1/0, yes/no, oui/non)',
      sentence: plain(enGot),
    },
    'missing-item': {
      expected: () => 'an item name',
      sentence: plain(enGot),
    },
    'duplicate-respondent': {
      expected: () => 'one response per respondent, unit and period',
      sentence: (d, p, e) => `expected ${e}, got "${showValue(p.value)}" again (first on line ${d.firstLine}).`,
    },
    'duplicate-answer': {
      expected: () => 'one answer per respondent and item, unit and period',
      sentence: (d, _p, e) => `expected ${e}, got item "${d.item}" again (first on line ${d.firstLine}).`,
    },
  },
};

const fr: Language = {
  location: (p) =>
    `${p.file}${p.line > 0 ? `, ligne ${p.line}` : ''}${p.column !== '' ? `, colonne «\u202f${p.column}\u202f»` : ''}\u00a0: `,
  codes: {
    'empty-file': {
      expected: () => 'une ligne d’en-tête et au moins une ligne de données',
      sentence: (_d, _p, e) => `attendu ${e}, fichier vide.`,
    },
    'header-only': {
      expected: () => 'des lignes de données après l’en-tête',
      sentence: (_d, _p, e) => `attendu ${e}, aucune trouvée.`,
    },
    'missing-header': {
      expected: () => 'une ligne d’en-tête nommant les colonnes (unité, période, …)',
      sentence: (_d, p, e) =>
        `attendu ${e}, trouvé des données («\u202f${showValue(p.value)}\u202f»)\u00a0; nommez les colonnes ou indiquez une correspondance par numéro de colonne.`,
    },
    'unsupported-encoding': {
      expected: () => 'du texte UTF-8 ou Windows-1252',
      sentence: (d, _p, e) =>
        `attendu ${e}, trouvé ${d.encoding?.toUpperCase() ?? 'un autre encodage'}\u00a0; enregistrez le fichier au format «\u202fCSV UTF-8\u202f».`,
    },
    'unterminated-quote': {
      expected: () => 'un guillemet fermant le champ ouvert sur cette ligne',
      sentence: (_d, _p, e) => `attendu ${e}, fin du fichier atteinte.`,
    },
    'field-count': {
      expected: (d) => `${d.expectedFields} champs comme l’en-tête`,
      sentence: (d, _p, e) => `attendu ${e}, trouvé ${d.gotFields}.`,
    },
    'mixed-delimiters': {
      expected: (d) => `des champs séparés par ${frDelimiter(d.delimiter)} comme le reste du fichier`,
      sentence: (d, _p, e) => `attendu ${e}, trouvé des champs séparés par ${frDelimiter(d.otherDelimiter)}.`,
    },
    'missing-unit-column': {
      expected: () => 'une colonne nommant l’unité (unité, équipe, site, agence, magasin, …)',
      sentence: (d, _p, e) =>
        `attendu ${e}, aucune parmi ${listColumns(d.columns, '«\u202f', '\u202f»', 'et d’autres') || 'les colonnes'}\u00a0; indiquez-la dans la correspondance.`,
    },
    'missing-period-column': {
      expected: () => 'une colonne de période ou de date (période, trimestre, mois, date, horodateur, …)',
      sentence: (d, _p, e) =>
        `attendu ${e}, aucune parmi ${listColumns(d.columns, '«\u202f', '\u202f»', 'et d’autres') || 'les colonnes'}\u00a0; indiquez-la dans la correspondance ou donnez la période.`,
    },
    'no-measure-columns': {
      expected: (d) =>
        d.kind === 'customers'
          ? 'une colonne NPS, CSAT, CES ou résolution au premier contact'
          : `des colonnes d’items avec des réponses de ${d.min ?? 1} à ${d.max ?? 5}, ou une colonne eNPS`,
      sentence: (_d, _p, e) => `attendu ${e}, aucune trouvée.`,
    },
    'duplicate-column': {
      expected: (d) => `une seule colonne de rôle «\u202f${d.role}\u202f»`,
      sentence: (d, _p, e) => `attendu ${e}, trouvé celle-ci et «\u202f${d.otherColumn}\u202f».`,
    },
    'unknown-column': {
      expected: () => 'une colonne portant cet en-tête, comme indiqué dans la correspondance',
      sentence: (d, _p, e) => `attendu ${e}, aucune parmi ${listColumns(d.columns, '«\u202f', '\u202f»', 'et d’autres')}.`,
    },
    'invalid-mapping': {
      expected: (d) => `un rôle pour les fichiers ${d.kind === 'customers' ? 'clients' : 'collaborateurs'} (${d.role ?? ''})`,
      sentence: (_d, p, e) => `attendu ${e}, trouvé «\u202f${p.value}\u202f».`,
    },
    'missing-unit': {
      expected: () => 'un nom d’unité',
      sentence: plainFr(frGot),
    },
    'missing-period': {
      expected: () => 'une date ou une période',
      sentence: plainFr(frGot),
    },
    'invalid-date': {
      expected: (d) =>
        `une date (2026-07-15, ${d.dateOrder === 'mdy' ? '07/15/2026' : '15/07/2026'}) ou une période (2026-07, 2026-Q3, T3 2026)`,
      sentence: plainFr(frGot),
    },
    'invalid-score': {
      expected: (d) =>
        `un nombre${d.whole === true ? ' entier' : ''} de ${d.min} à ${d.max}` +
        (d.agreement === true ? ' ou une réponse d’accord («\u202fTout à fait d’accord\u202f» … «\u202fPas du tout d’accord\u202f»)' : ''),
      sentence: plainFr(frGot),
    },
    'invalid-boolean': {
      expected: () => 'oui ou non (vrai/faux, 1/0, oui/non, yes/no)',
      sentence: plainFr(frGot),
    },
    'missing-item': {
      expected: () => 'un nom d’item',
      sentence: plainFr(frGot),
    },
    'duplicate-respondent': {
      expected: () => 'une seule réponse par répondant, unité et période',
      sentence: (d, p, e) =>
        `attendu ${e}, trouvé «\u202f${showValue(p.value)}\u202f» une nouvelle fois (déjà ligne ${d.firstLine}).`,
    },
    'duplicate-answer': {
      expected: () => 'une seule réponse par répondant et item, unité et période',
      sentence: (d, _p, e) => `attendu ${e}, trouvé l’item «\u202f${d.item}\u202f» une nouvelle fois (déjà ligne ${d.firstLine}).`,
    },
  },
};

const LANGUAGES: Record<ProblemLanguage, Language> = { en, fr };

function isProblemCode(code: string): code is ProblemCode {
  return Object.hasOwn(en.codes, code);
}

/**
 * Renders a problem as one sentence (`part: 'message'`, the default) or just what was expected
 * (`part: 'expected'`), in English or French:
 * `customers.csv, line 14, column "NPS": expected a whole number from 0 to 10, got "dix".`
 * A problem whose code the importer does not know keeps its own `message`.
 */
export function formatProblem(
  problem: InputProblem | IngestProblem,
  lang: ProblemLanguage,
  part: 'message' | 'expected' = 'message',
): string {
  if (!isProblemCode(problem.code)) return part === 'expected' ? problem.expected : problem.message;
  const language = LANGUAGES[lang];
  const phrasing = language.codes[problem.code];
  const detail = ('detail' in problem ? problem.detail : undefined) ?? {};
  const expected = phrasing.expected(detail, problem);
  if (part === 'expected') return expected;
  return language.location(problem) + phrasing.sentence(detail, problem, expected);
}
