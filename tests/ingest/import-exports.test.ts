import { describe, expect, it } from 'vitest';
import { importCustomers, importEmployees, type ImportReport } from '../../src/ingest/index.ts';
import { encodeWindows1252, fixture, numbers, strings } from './helpers.ts';

const roles = (report: ImportReport): string[] =>
  report.mapping.map((m) => `${m.column} → ${m.role}${m.itemId === undefined ? '' : ` ${m.itemId}`}`);

describe('importEmployees on survey-tool exports', () => {
  it('reads a Google Forms export (English): grid items, text answers, timestamps, eNPS by its question', () => {
    const result = importEmployees(fixture('google-forms-en.csv'), { file: 'google-forms-en.csv' });
    if (!result.ok) throw new Error(result.problems[0]?.message);
    const { table, report } = result;
    expect(report).toMatchObject({ encoding: 'utf-8', delimiter: ',', source: 'google-forms', format: 'wide', rows: 4, skipped: 0 });
    expect(roles(report)).toEqual([
      'Timestamp → date',
      'Email Address → ignore',
      'Team → unit',
      'How much do you agree with each statement? [I have the tools I need to do my job] → item i_have_the_tools_i_need_to_do_my_job',
      'How much do you agree with each statement? [My manager recognises my work] → item my_manager_recognises_my_work',
      'How likely are you to recommend working here to a friend? → enps',
      'Anything else you would like to share? → ignore',
    ]);
    expect(strings(table.unit)).toEqual(['Lyon Support', 'Lyon Support', 'Paris Sales', 'Paris Sales']);
    expect(strings(table.period)).toEqual(['2026-07-15', '2026-07-15', '2026-07-16', '2026-07-16']);
    expect(table.items.map(numbers)).toEqual([[5, 3, 2, 4], [4, 5, 1, null]]);
    expect(numbers(table.enps)).toEqual([9, 7, 4, 10]);
    expect(table.itemScale).toEqual({ min: 1, max: 5 });
  });

  it('reads a Google Forms export (French): "Horodateur", day-first dates, French agreement answers', () => {
    const result = importEmployees(fixture('google-forms-fr.csv'), { file: 'google-forms-fr.csv' });
    if (!result.ok) throw new Error(result.problems[0]?.message);
    expect(result.report).toMatchObject({ source: 'google-forms', dateOrder: 'dmy', rows: 3 });
    expect(result.table.itemIds).toEqual(['j_ai_les_outils_necessaires', 'mon_manager_reconnait_mon_travail', 'charge_de_travail']);
    expect(strings(result.table.period)).toEqual(['2026-07-15', '2026-07-15', '2026-08-03']);
    expect(result.table.items.map(numbers)).toEqual([[5, 3, 2], [4, 5, 1], [4, 3, 2]]);
  });

  it('reads a Qualtrics export: skips the question-text and ImportId rows, recognises columns by question text', () => {
    const result = importEmployees(fixture('qualtrics.csv'), { file: 'qualtrics.csv' });
    if (!result.ok) throw new Error(result.problems[0]?.message);
    const { table, report } = result;
    expect(report).toMatchObject({ source: 'qualtrics', headerRows: 3, rows: 3 });
    const used = report.mapping.filter((m) => m.role !== 'ignore').map((m) => `${m.column} → ${m.role}`);
    expect(used).toEqual(['RecordedDate → date', 'ResponseId → respondent', 'Q1 → unit', 'Q2_1 → item', 'Q2_2 → item', 'Q3 → enps']);
    expect(table.itemIds).toEqual(['q2_1', 'q2_2']);
    expect(strings(table.respondent)).toEqual(['R_1a2B3c4D5e6F7g8', 'R_2b3C4d5E6f7G8h9', 'R_3c4D5e6F7g8H9i0']);
    expect(table.items.map(numbers)).toEqual([[4, 3, 2], [5, null, 1]]);
    expect(numbers(table.enps)).toEqual([9, 7, 3]);
  });

  it('reports Qualtrics problems on the physical line, after the multi-line question texts', () => {
    const text = new TextDecoder().decode(fixture('qualtrics.csv')).replace('EN,Paris Sales,2,1,3', 'EN,Paris Sales,2,8,3');
    const result = importEmployees(text, { file: 'qualtrics.csv' });
    expect(result.ok).toBe(false);
    expect(result.problems).toMatchObject([{ line: 8, column: 'Q2_2', value: '8', code: 'invalid-score' }]);
  });

  it('reads a SurveyMonkey export: the "Response" row is a sub-header, matrix statements name the items', () => {
    const result = importEmployees(fixture('surveymonkey.csv'), { file: 'surveymonkey.csv' });
    if (!result.ok) throw new Error(result.problems[0]?.message);
    const { table, report } = result;
    expect(report).toMatchObject({ source: 'surveymonkey', headerRows: 2, dateOrder: 'mdy', rows: 3 });
    expect(table.itemIds).toEqual(['i_have_the_tools_i_need', 'my_manager_recognises_my_work', 'i_see_myself_here_in_two_years']);
    expect(strings(table.period)).toEqual(['2026-07-15', '2026-07-15', '2026-07-16']);
    expect(strings(table.respondent)).toEqual(['114211263451', '114211263452', '114211263453']);
    expect(table.items.map(numbers)).toEqual([[4, 5, 2], [5, 4, 1], [3, 4, 2]]);
    expect(numbers(table.enps)).toEqual([9, 10, 3]);
  });

  it('reads a Microsoft Forms export: "ID", "Completion time" with month-first two-digit years', () => {
    const result = importEmployees(fixture('microsoft-forms.csv'), { file: 'microsoft-forms.csv' });
    if (!result.ok) throw new Error(result.problems[0]?.message);
    expect(result.report).toMatchObject({ source: 'microsoft-forms', dateOrder: 'mdy' });
    expect(strings(result.table.period)).toEqual(['2026-07-15', '2026-07-15', '2026-07-16']);
    expect(strings(result.table.respondent)).toEqual(['1', '2', '3']);
    expect(result.table.items.map(numbers)).toEqual([[5, 4, 2], [4, 3, 1]]);
    expect(numbers(result.table.enps)).toEqual([9, 8, 2]);
  });

  it('pivots a long file (unit, period, respondent, item, value) into one row per respondent', () => {
    const result = importEmployees(fixture('long-tidy.csv'), { file: 'long-tidy.csv' });
    if (!result.ok) throw new Error(result.problems[0]?.message);
    const { table, report } = result;
    expect(report.format).toBe('long');
    expect(table.length).toBe(3);
    expect(strings(table.respondent)).toEqual(['R1', 'R2', 'R3']);
    expect(strings(table.unit)).toEqual(['Lyon Support', 'Lyon Support', 'Paris Sales']);
    expect(table.itemIds).toEqual(['autonomy', 'recognition']);
    expect(table.items.map(numbers)).toEqual([[4, 3, null], [5, null, 2]]);
    expect(numbers(table.enps)).toEqual([9, null, 6]);
  });

  it('reads long files without respondents as one response per line', () => {
    const result = importEmployees('team,quarter,question,score\nA,Q3 2026,autonomy,4\nA,Q3 2026,autonomy,2\n', { file: 'l.csv' });
    if (!result.ok) throw new Error(result.problems[0]?.message);
    expect(result.table.length).toBe(2);
    expect(result.table.items.map(numbers)).toEqual([[4, 2]]);
    expect(strings(result.table.period)).toEqual(['2026-Q3', '2026-Q3']);
  });

  it('uses the declared item scale', () => {
    const text = 'unit,period,q1,q2\nA,2026-07,7,1\nA,2026-07,6,5\n';
    const seven = importEmployees(text, { file: 's.csv', itemScale: { min: 1, max: 7 } });
    if (!seven.ok) throw new Error(seven.problems[0]?.message);
    expect(seven.table.items.map(numbers)).toEqual([[7, 6], [1, 5]]);
    expect(seven.table.itemScale).toEqual({ min: 1, max: 7 });
  });

  it('gives every row the period option when the file has no period or date column', () => {
    const result = importEmployees('team,q1\nA,4\nB,5\n', { file: 'p.csv', period: 'T3 2026' });
    if (!result.ok) throw new Error(result.problems[0]?.message);
    expect(strings(result.table.period)).toEqual(['2026-Q3', '2026-Q3']);
  });
});

describe('importCustomers on CX exports', () => {
  it('reads a CX platform export: every measure, ISO timestamps, a comment with ; newline and quotes', () => {
    const result = importCustomers(fixture('cx-platform.csv'), { file: 'cx-platform.csv' });
    if (!result.ok) throw new Error(result.problems[0]?.message);
    const { table } = result;
    expect(result.report).toMatchObject({ delimiter: ',', decimal: '.', rows: 4 });
    expect(strings(table.unit)).toEqual(['Lyon Part-Dieu', 'Lyon Part-Dieu', 'Paris Opéra', 'Paris Opéra']);
    expect(strings(table.period)).toEqual(['2026-07-15', '2026-07-15', '2026-07-16', '2026-07-16']);
    expect(table.customer).toEqual(['C-1001', 'C-1002', 'C-1003', 'C-1004']);
    expect(numbers(table.nps)).toEqual([9, 6, 10, null]);
    expect(numbers(table.csat)).toEqual([5, 3, null, 4]);
    expect(numbers(table.ces)).toEqual([2, 5, 1, null]);
    expect(numbers(table.fcr)).toEqual([1, 0, 1, null]);
    expect(strings(table.channel)).toEqual(['phone', 'email', 'chat', 'chat']);
    expect(strings(table.segment)).toEqual(['B2C', 'B2C', 'B2B', 'B2B']);
    expect(table.comment).toEqual([
      'Quick answer; very kind',
      'Had to call twice.\r\nThey said "we will call back" and never did',
      '',
      '=HYPERLINK("x")',
    ]);
  });

  it('reads a French Excel export: BOM, semicolons, decimal commas, DD/MM/YYYY, oui/non', () => {
    const result = importCustomers(fixture('french-excel.csv'), { file: 'french-excel.csv' });
    if (!result.ok) throw new Error(result.problems[0]?.message);
    const { table, report } = result;
    expect(report).toMatchObject({ encoding: 'utf-8-bom', delimiter: ';', decimal: ',', dateOrder: 'dmy', rows: 4 });
    expect(roles(report)).toEqual([
      'Magasin → unit', 'Date de réponse → date', 'Client → customer', 'Recommandation → nps', 'Satisfaction → csat',
      'Effort → ces', 'Résolu au premier contact → fcr', 'Canal → channel', 'Segment → segment', 'Commentaire → comment',
      'Montant panier → ignore',
    ]);
    expect(strings(table.period)).toEqual(['2026-07-15', '2026-07-16', '2026-08-01', '2026-08-02']);
    expect(numbers(table.ces)).toEqual([2, 3, 6, 1]);
    expect(numbers(table.fcr)).toEqual([1, 0, 0, 1]);
    expect(table.comment).toEqual(['Très bien, merci', '', 'Attente trop longue ; personne à l’accueil', 'Parfait']);
  });

  it('reads a Windows-1252 file with é è à ç œ €', () => {
    const text = 'Agence;Date;NPS;Commentaire\r\nCrèche Pâquerette;01/07/2026;9;Cœur à l’ouvrage, reçu 5 € de réduction\r\nÉpinal;02/07/2026;6;Déçu\r\n';
    const result = importCustomers(encodeWindows1252(text), { file: 'agences.csv' });
    if (!result.ok) throw new Error(result.problems[0]?.message);
    expect(result.report.encoding).toBe('windows-1252');
    expect(strings(result.table.unit)).toEqual(['Crèche Pâquerette', 'Épinal']);
    expect(result.table.comment).toEqual(['Cœur à l’ouvrage, reçu 5 € de réduction', 'Déçu']);
  });

  it('restarts as Windows-1252 when the first invalid byte comes after the first chunks', () => {
    const rows = Array.from({ length: 200 }, (_, i) => `Lyon;2026-07-01;${i % 11};ok`).join('\r\n');
    const bytes = encodeWindows1252(`Agence;Date;NPS;Commentaire\r\n${rows}\r\nLyon;2026-07-02;9;reçu\r\n`);
    const progress: number[] = [];
    const result = importCustomers(bytes, { file: 'late.csv', chunkSize: 512, onProgress: (f) => progress.push(f) });
    if (!result.ok) throw new Error(result.problems[0]?.message);
    expect(result.report.encoding).toBe('windows-1252');
    expect(result.table.comment?.at(-1)).toBe('reçu');
    expect(progress.every((f, i) => i === 0 || f > (progress[i - 1] as number))).toBe(true);
    expect(progress.at(-1)).toBe(1);
  });
});

describe('mixed encodings', () => {
  it('reads a UTF-8 BOM followed by Windows-1252 text as Windows-1252 without the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encodeWindows1252('Équipe;Date;NPS\r\nCrèche;01/07/2026;9\r\n')]);
    const result = importCustomers(bytes, { file: 'mixed.csv' });
    if (!result.ok) throw new Error(result.problems[0]?.message);
    expect(result.report.encoding).toBe('windows-1252');
    expect(result.report.mapping[0]?.column).toBe('Équipe');
  });
});

describe('chunked imports', () => {
  const files = ['google-forms-en.csv', 'google-forms-fr.csv', 'qualtrics.csv', 'surveymonkey.csv', 'microsoft-forms.csv', 'long-tidy.csv'];
  it.each(files)('imports %s identically in 1-, 7- and 64-byte chunks', (name) => {
    const whole = importEmployees(fixture(name), { file: name });
    for (const chunkSize of [1, 7, 64]) expect(importEmployees(fixture(name), { file: name, chunkSize })).toEqual(whole);
  });
  it.each(['cx-platform.csv', 'french-excel.csv'])('imports %s identically in 1-, 7- and 64-byte chunks', (name) => {
    const whole = importCustomers(fixture(name), { file: name });
    for (const chunkSize of [1, 7, 64]) expect(importCustomers(fixture(name), { file: name, chunkSize })).toEqual(whole);
  });
});

describe('long files with some respondents missing', () => {
  it('keeps lines without a respondent as rows of their own, and groups the others', () => {
    const text = 'unit,period,respondent,item,value\nA,2026-Q3,R1,x,4\nA,2026-Q3,,x,2\nA,2026-Q3,R1,y,5\nA,2026-Q3,R2,x,1\n';
    const result = importEmployees(text, { file: 'l.csv' });
    if (!result.ok) throw new Error(result.problems[0]?.message);
    expect(strings(result.table.respondent)).toEqual(['R1', null, 'R2']);
    expect(result.table.items.map(numbers)).toEqual([[4, 2, 1], [5, null, null]]);
  });
});
