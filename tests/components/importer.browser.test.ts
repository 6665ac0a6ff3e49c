import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/importer/importer.ts';
import type { SymImporter, SymImportCompleteEvent } from '../../src/components/importer/importer.ts';
import type { SymWorkspace } from '../../src/components/workspace/workspace.ts';
import { axeViolations } from '../helpers/axe.ts';
import { until } from '../helpers/until.ts';
import { freshDatabase, mountInWorkspace } from '../helpers/workspace.ts';
import likert7 from '../fixtures/ingest/microsoft-forms-likert7.csv?raw';

const employeesCsv = [
  'Team;Period;Respondent;I have the tools I need;My manager recognises my work;eNPS',
  ...Array.from({ length: 60 }, (_, i) => `Team ${i % 3};2026-Q${3 + (i % 2)};R${i};${1 + (i % 5)};${1 + ((i * 3) % 5)};${i % 11}`),
].join('\r\n');

function customersCsv(rows: number, unitHeader = 'Store'): string {
  const lines = [`${unitHeader},Date,NPS,CSAT,Comment`];
  for (let i = 0; i < rows; i++) lines.push(`Team ${i % 3},2026-${i % 6 < 3 ? '07' : '10'}-15,${i % 11},${1 + (i % 5)},"merci, ${i}"`);
  return `${lines.join('\r\n')}\r\n`;
}

const file = (text: string, name: string) => new File([text], name, { type: 'text/csv' });

/** A ~40 MB customer file made of one 1 MB block of rows repeated: big enough that a cancel always lands mid-import. */
function bigCustomersFile(name: string): File {
  const block = customersCsv(25_000).slice(customersCsv(0).length);
  return new File([customersCsv(0), ...Array.from({ length: 40 }, () => block)], name, { type: 'text/csv' });
}

async function mount(lang?: string): Promise<{ workspace: SymWorkspace; importer: SymImporter }> {
  const importer = document.createElement('sym-importer');
  const workspace = mountInWorkspace({ database: freshDatabase('importer-test'), lang }, importer);
  await waitFor(() => workspace.state.status === 'empty' || workspace.state.status === 'ready');
  await importer.updateComplete;
  return { workspace, importer };
}

const waitFor = (condition: () => boolean) => until(condition, 20_000, 20);

const root = (el: SymImporter) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: SymImporter, selector: string) => root(el).querySelector<T>(selector)!;

async function pick(importer: SymImporter, kind: 'employees' | 'customers', f: File): Promise<void> {
  const input = $<HTMLInputElement>(importer, `#file-${kind}`);
  if (f.size < 1e6) {
    await userEvent.upload(input, f);
  } else {
    // userEvent.upload ships the bytes to the test runner and back (12 s for 40 MB): set the File directly.
    const transfer = new DataTransfer();
    transfer.items.add(f);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }
  await waitFor(() => root(importer).querySelector(`.table-wrap[data-kind="${kind}"] tbody tr`) !== null);
  await importer.updateComplete;
}

afterEach(() => document.body.replaceChildren());

describe('<sym-importer>', () => {
  it('previews both files with their dialect and recognised roles, and is axe-clean', async () => {
    const { importer } = await mount();
    expect(await axeViolations(importer)).toEqual([]);
    await pick(importer, 'employees', file(employeesCsv, 'survey.csv'));
    await pick(importer, 'customers', file(customersCsv(40), 'feedback.csv'));
    const text = root(importer).textContent!;
    expect(text).toContain('survey.csv');
    expect(text).toContain('UTF-8 · semicolon-separated · decimal comma · generic CSV');
    expect(text).toContain('UTF-8 · comma-separated · decimal point · generic CSV');
    expect(root(importer).querySelectorAll('.table-wrap[data-kind="customers"] tbody tr')).toHaveLength(20);
    const roles = [...root(importer).querySelectorAll<HTMLSelectElement>('select[id^="role-employees-"]')].map((s) => s.value);
    expect(roles).toEqual(['unit', 'period', 'respondent', 'item', 'item', 'enps']);
    expect($(importer, 'label[for="role-customers-0"]').textContent).toContain('Store');
    expect($<HTMLSelectElement>(importer, '#role-customers-0').value).toBe('unit');
    expect(await axeViolations(importer)).toEqual([]);
  });

  it('imports with the keyboard alone, fires sym-import-complete and refreshes the workspace', async () => {
    const { workspace, importer } = await mount();
    await pick(importer, 'employees', file(employeesCsv, 'survey.csv'));
    await pick(importer, 'customers', file(`${customersCsv(400)}Team 1,2026-07-15,12,5,ok\r\n`, 'feedback.csv'));
    const events: SymImportCompleteEvent[] = [];
    document.body.addEventListener('sym-import-complete', (e) => events.push(e), { once: true });
    // The mode radios are one tab stop: arrows choose, Tab moves on to the Import button.
    $<HTMLInputElement>(importer, 'input[value="strict"]').focus();
    await userEvent.keyboard('{ArrowDown}');
    expect($<HTMLInputElement>(importer, 'input[value="skip-invalid"]').checked).toBe(true);
    await userEvent.keyboard('{Tab}');
    expect(root(importer).activeElement?.textContent?.trim()).toBe('Import');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => root(importer).querySelector('[part="summary"]') !== null);
    expect(events).toHaveLength(1);
    const detail = events[0]!.detail;
    expect(detail.summary).toMatchObject({ employeeResponses: 60, customerAnswers: 400 });
    expect(detail.reports.customers).toMatchObject({ delimiter: ',', encoding: 'utf-8', rows: 400, skipped: 1 });
    expect(detail.skippedRows).toBe(1);
    expect(events[0]!.composed && events[0]!.bubbles).toBe(true);
    // Focus lands on the summary heading; the summary says how each file was read.
    expect(root(importer).activeElement?.id).toBe('summary-heading');
    const summary = $(importer, '[part="summary"]').textContent!;
    expect(summary).toContain('60 employee responses and 400 customer answers');
    expect(summary).toContain('semicolon-separated');
    // The row left out is listed with its line, column, value and what was expected.
    expect(summary).toContain('feedback.csv, line 402, column "NPS": expected a whole number from 0 to 10, got "12".');
    await waitFor(() => workspace.state.status === 'ready' && workspace.state.summary?.customerAnswers === 400);
    expect(await axeViolations(importer)).toEqual([]);
  });

  it('lists the problems of an invalid file in French and imports nothing', async () => {
    const { workspace, importer } = await mount('fr');
    await pick(importer, 'employees', file(employeesCsv, 'enquete.csv'));
    const bad = `${customersCsv(30)}Team 1,2026-07-15,11,5,ok\r\nTeam 2,2026-07-15,dix,9,ok\r\n`;
    await pick(importer, 'customers', file(bad, 'avis.csv'));
    expect(root(importer).textContent).toContain('séparé par des points-virgules');
    $<HTMLButtonElement>(importer, '[part="import-button"]').click();
    await waitFor(() => root(importer).querySelector('section[part="problems"]') !== null);
    const problems = [...root(importer).querySelectorAll('section[part="problems"] li')].map((li) => li.textContent);
    expect(problems).toEqual([
      'avis.csv, ligne 32, colonne «\u202fNPS\u202f»\u00a0: attendu un nombre entier de 0 à 10, trouvé «\u202f11\u202f».',
      'avis.csv, ligne 33, colonne «\u202fNPS\u202f»\u00a0: attendu un nombre entier de 0 à 10, trouvé «\u202fdix\u202f».',
      'avis.csv, ligne 33, colonne «\u202fCSAT\u202f»\u00a0: attendu un nombre entier de 1 à 5, trouvé «\u202f9\u202f».',
    ]);
    expect($(importer, 'section[part="problems"]').textContent).toContain('Rien n’a été importé');
    expect(root(importer).activeElement?.id).toBe('problems-heading');
    expect(workspace.state.status).toBe('empty');
    expect(await axeViolations(importer)).toEqual([]);
  });

  it('lets the user map an unrecognised unit column, with the file problem shown until then', async () => {
    const { importer } = await mount();
    await pick(importer, 'employees', file(employeesCsv, 'survey.csv'));
    await pick(importer, 'customers', file(customersCsv(50, 'Where'), 'feedback.csv'));
    expect($(importer, '.file-problems').textContent).toContain('expected a column naming the unit');
    const select = $<HTMLSelectElement>(importer, '#role-customers-0');
    expect(select.value).toBe('ignore');
    await userEvent.selectOptions(select, 'unit');
    await waitFor(() => root(importer).querySelector('.file-problems') === null);
    $<HTMLButtonElement>(importer, '[part="import-button"]').click();
    await waitFor(() => root(importer).querySelector('[part="summary"]') !== null);
    expect($(importer, '[part="summary"]').textContent).toContain('50 customer answers');
  });

  it('shows progress and cancels an import, leaving the workspace unchanged', async () => {
    const { workspace, importer } = await mount();
    await pick(importer, 'employees', file(employeesCsv, 'survey.csv'));
    await pick(importer, 'customers', file(customersCsv(300), 'feedback.csv'));
    $<HTMLButtonElement>(importer, '[part="import-button"]').click();
    await waitFor(() => root(importer).querySelector('[part="summary"]') !== null);
    await waitFor(() => workspace.state.summary?.customerAnswers === 300);
    const client = workspace.state.client!;
    const before = await client.api.summary();

    $<HTMLButtonElement>(importer, '[part="summary"] button').click();
    await importer.updateComplete;
    await pick(importer, 'employees', file(employeesCsv, 'survey.csv'));
    await pick(importer, 'customers', bigCustomersFile('big.csv'));
    $<HTMLButtonElement>(importer, '[part="import-button"]').click();
    await waitFor(() => Number(root(importer).querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow') ?? 0) > 0);
    const bar = $(importer, '[role="progressbar"]');
    expect(bar.getAttribute('aria-valuemin')).toBe('0');
    expect(bar.getAttribute('aria-valuemax')).toBe('100');
    expect(bar.getAttribute('aria-valuetext')).toMatch(/^\d+%, reading the (employee survey|customer feedback)$/);
    expect(await axeViolations(importer)).toEqual([]);
    const cancel = [...root(importer).querySelectorAll('button')].find((b) => b.textContent === 'Cancel import')!;
    cancel.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => root(importer).textContent!.includes('Import cancelled: the workspace is unchanged.'));
    expect(root(importer).querySelector('[role="progressbar"]')).toBeNull();
    expect(await client.api.summary()).toEqual(before);
  }, 60_000);

  it('imports a seven-point survey once its item scale is declared', async () => {
    const { workspace, importer } = await mount();
    await pick(importer, 'employees', file(likert7, 'forms.csv'));
    await pick(importer, 'customers', file(customersCsv(30), 'feedback.csv'));
    $<HTMLButtonElement>(importer, '[part="import-button"]').click();
    await waitFor(() => root(importer).querySelector('section[part="problems"]') !== null);
    expect($(importer, 'section[part="problems"] li').textContent).toBe(
      'forms.csv, line 2, column "My manager recognises my work": expected a number from 1 to 5 or an agreement answer ("Strongly agree" … "Strongly disagree"), got "Somewhat agree".',
    );
    const scale = $<HTMLSelectElement>(importer, '#item-scale');
    expect(root(importer).querySelector(`label[for="item-scale"]`)?.textContent).toBe('Answers to the survey items range');
    await userEvent.selectOptions(scale, 'from 1 to 7 (7-point agreement)');
    expect(scale.value).toBe('1');
    // The question "Which team are you in?" holds the unit, whatever the scale.
    expect($<HTMLSelectElement>(importer, '#role-employees-5').value).toBe('unit');
    $<HTMLButtonElement>(importer, '[part="import-button"]').click();
    await waitFor(() => root(importer).querySelector('[part="summary"]') !== null);
    expect($(importer, '[part="summary"]').textContent).toContain('3 employee responses and 30 customer answers');
    await waitFor(() => workspace.state.summary?.employeeResponses === 3);
  });

  it('reads a file dropped on its drop zone', async () => {
    const { importer } = await mount();
    const zone = root(importer).querySelectorAll<HTMLElement>('[part="drop-zone"]')[1]!;
    const transfer = new DataTransfer();
    transfer.items.add(file(customersCsv(30), 'dropped.csv'));
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await importer.updateComplete;
    expect(zone.hasAttribute('data-dragging')).toBe(true);
    expect(zone.textContent).toContain('Drop the file to read it');
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await waitFor(() => root(importer).querySelector('.table-wrap[data-kind="customers"] tbody tr') !== null);
    expect(zone.hasAttribute('data-dragging')).toBe(false);
    expect(zone.textContent).toContain('dropped.csv');
  });

  it('says it needs a workspace when used alone without a client', async () => {
    const importer = document.createElement('sym-importer');
    document.body.append(importer);
    await importer.updateComplete;
    expect(root(importer).querySelector('[role="alert"]')?.textContent).toContain('place the importer inside <sym-workspace>');
    expect($<HTMLButtonElement>(importer, '[part="import-button"]').disabled).toBe(true);
    expect(await axeViolations(importer)).toEqual([]);
  });
});
