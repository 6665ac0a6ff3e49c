import { describe, expect, it } from 'vitest';
import { importEmployees, type ImportReport } from '../../src/ingest/index.ts';
import { questionRole } from '../../src/ingest/columns.ts';
import { fixture, numbers, strings } from './helpers.ts';

const used = (report: ImportReport) =>
  report.mapping.filter((m) => m.role !== 'ignore').map((m) => `${m.column} → ${m.role}${m.itemId === undefined ? '' : ` ${m.itemId}`}`);

describe('columns named by their survey question', () => {
  it('takes a question about the respondent’s team, site or department for the unit, in English and French', () => {
    const units = ['Which team are you in?', 'What is your department?', 'Select your site', 'Your team', 'Quelle est votre équipe ?',
      'Dans quel service travaillez-vous ?', 'Votre agence'];
    expect(units.map(questionRole)).toEqual(units.map(() => 'unit'));
    const others = ['I trust my team', 'My team helps me', 'How likely are you to recommend this company?', 'Which of these statements describe you?'];
    expect(others.map(questionRole)).toEqual(others.map(() => undefined));
  });

  it('reads a Microsoft Forms export with a declared 1–7 agreement scale and question-text headers', () => {
    const result = importEmployees(fixture('microsoft-forms-likert7.csv'), { file: 'ms.csv', itemScale: { min: 1, max: 7 } });
    if (!result.ok) throw new Error(result.problems[0]?.message);
    expect(result.report.source).toBe('microsoft-forms');
    expect(used(result.report)).toEqual([
      'ID → respondent',
      'Completion time → date',
      'Which team are you in? → unit',
      'I have the tools I need to do my job → item i_have_the_tools_i_need_to_do_my_job',
      'My manager recognises my work → item my_manager_recognises_my_work',
      // A question about the team answered on the scale is an item, not the unit.
      'What do you think of your team\'s workload? → item what_do_you_think_of_your_team_s_workload',
      'How likely are you to recommend working here? → enps',
    ]);
    expect(strings(result.table.unit)).toEqual(['Lyon Support', 'Lyon Support', 'Paris Sales']);
    expect(strings(result.table.period)).toEqual(['2026-07-15', '2026-07-15', '2026-07-16']);
    // Strongly agree 7, Somewhat agree 5, Neither 4, Somewhat disagree 3, Disagree 2 on seven points.
    expect(result.table.items.map(numbers)).toEqual([[7, 4, 3], [5, 2, 7], [3, 5, 7]]);
    expect(numbers(result.table.enps)).toEqual([9, 6, 10]);
    expect(result.table.itemScale).toEqual({ min: 1, max: 7 });
  });

  it('refuses seven-point answers when the default 1–5 scale is kept, saying which cells', () => {
    const result = importEmployees(fixture('microsoft-forms-likert7.csv'), { file: 'ms.csv' });
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => [p.line, p.column, p.value])).toEqual([
      [2, 'My manager recognises my work', 'Somewhat agree'],
      [4, 'I have the tools I need to do my job', 'Somewhat disagree'],
      [4, 'What do you think of your team\'s workload?', '7'],
    ]);
  });

  it('reads a French Google Forms export whose unit column is the question "Quelle est votre équipe ?"', () => {
    const result = importEmployees(fixture('google-forms-fr-question.csv'), { file: 'fr.csv' });
    if (!result.ok) throw new Error(result.problems[0]?.message);
    expect(result.report).toMatchObject({ source: 'google-forms', encoding: 'utf-8-bom', delimiter: ';' });
    expect(strings(result.table.unit)).toEqual(['Lyon Support', 'Paris Ventes']);
    expect(result.table.itemIds).toEqual(['j_ai_les_outils_necessaires', 'charge_de_travail']);
    expect(result.table.items.map(numbers)).toEqual([[5, 2], [2, 4]]);
    expect(numbers(result.table.enps)).toEqual([9, 6]);
  });

  it('lets a column named "Team" win over a question about the team', () => {
    const text = 'Team,Which site are you in?,Period,q1\r\nSupport,Lyon,2026-Q3,4\r\n';
    const result = importEmployees(text, { file: 't.csv' });
    if (!result.ok) throw new Error(result.problems[0]?.message);
    expect(strings(result.table.unit)).toEqual(['Support']);
  });

  it('reads a 0–10 item scale, with the recommend question mapped to eNPS explicitly', () => {
    const text = 'Team,Period,Q1,Q2,Recommend\r\nA,2026-Q3,0,10,9\r\nA,2026-Q3,7,8,3\r\nB,2026-Q3,11,5,10\r\n';
    const detected = importEmployees(text, { file: 'ten.csv', itemScale: { min: 0, max: 10 } });
    expect(detected.problems.map((p) => p.message)).toEqual(['ten.csv, line 4, column "Q1": expected a number from 0 to 10, got "11".']);
    const mapped = importEmployees(text, { file: 'ten.csv', itemScale: { min: 0, max: 10 }, mapping: { Recommend: 'enps' }, mode: 'skip-invalid' });
    if (!mapped.ok) throw new Error(mapped.problems[0]?.message);
    expect(mapped.table.itemIds).toEqual(['q1', 'q2']);
    expect(mapped.table.items.map(numbers)).toEqual([[0, 7], [10, 8]]);
    expect(numbers(mapped.table.enps)).toEqual([9, 3]);
    expect(mapped.report).toMatchObject({ rows: 2, skipped: 1 });
  });
});
