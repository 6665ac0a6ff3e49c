import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/workspace/workspace.ts';
import '../../src/components/dataset-manager/dataset-manager.ts';
import type { SymDatasetManager, SymDatasetChangeEvent } from '../../src/components/dataset-manager/dataset-manager.ts';
import type { SymWorkspace } from '../../src/components/workspace/workspace.ts';
import { createAnalyticsClient, type AnalyticsClient } from '../../src/worker/client.ts';
import { axeViolations } from '../helpers/axe.ts';

const employeesCsv = [
  'Team,Period,Respondent,I have the tools I need,eNPS',
  ...Array.from({ length: 60 }, (_, i) => `Team ${i % 3},2026-Q${3 + (i % 2)},R${i},${1 + (i % 5)},${i % 11}`),
].join('\r\n');

function customersCsv(rows: number): string {
  const lines = ['Store,Date,Customer,NPS,Comment'];
  for (let i = 0; i < rows; i++) lines.push(`Team ${i % 3},2026-${i % 6 < 3 ? '07' : '10'}-15,C${i},${i % 11},"merci ${i % 7 === 0 ? 'R7' : 'bien'}"`);
  return lines.join('\r\n');
}

const file = (text: string, name: string, type = 'text/csv') => new File([text], name, { type });

async function until(check: () => boolean, timeout = 20_000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

interface Mounted {
  workspace: SymWorkspace;
  manager: SymDatasetManager;
  client: AnalyticsClient;
  database: string;
}

/** A workspace in a fresh database with the dataset manager inside; with `customers`, two datasets imported first. */
async function mount(options: { lang?: string; customers?: number; database?: string } = {}): Promise<Mounted> {
  const database = options.database ?? `dataset-manager-test-${crypto.randomUUID()}`;
  if (options.customers !== undefined) {
    const importer = await createAnalyticsClient(database);
    const result = await importer.api.importStreamed({
      employees: { name: 'survey.csv', data: file(employeesCsv, 'survey.csv') },
      customers: { name: 'feedback.csv', data: file(customersCsv(options.customers), 'feedback.csv') },
    });
    expect(result.ok).toBe(true);
    importer.dispose();
  }
  const host = document.createElement('div');
  if (options.lang) host.lang = options.lang;
  const workspace = document.createElement('sym-workspace');
  workspace.database = database;
  const manager = document.createElement('sym-dataset-manager');
  workspace.append(manager);
  host.append(workspace);
  document.body.append(host);
  await until(() => workspace.state.client !== undefined);
  await until(() => manager.shadowRoot!.querySelector('#datasets-heading + p, #datasets-heading + ul') !== null
    && !manager.shadowRoot!.textContent!.includes('Chargement') && !manager.shadowRoot!.textContent!.includes('Loading'));
  await manager.updateComplete;
  return { workspace, manager, client: workspace.state.client!, database };
}

const root = (el: SymDatasetManager) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: SymDatasetManager, selector: string) => root(el).querySelector<T>(selector)!;
const cards = (el: SymDatasetManager) => [...root(el).querySelectorAll<HTMLElement>('[part="dataset"]')];
const card = (el: SymDatasetManager, kind: 'employees' | 'customers') => cards(el).find((c) => c.dataset.id!.startsWith(kind))!;
const activeElement = (el: SymDatasetManager) => root(el).activeElement as HTMLElement | null;

/** The datasets as a fresh client (a new connection) reads them from IndexedDB. */
async function stored(database: string) {
  const fresh = await createAnalyticsClient(database);
  try {
    return (await fresh.api.datasets()).map(({ kind, name, rows, sourceFile }) => ({ kind, name, rows, sourceFile })).sort((a, b) => a.kind.localeCompare(b.kind));
  } finally {
    fresh.dispose();
  }
}

/** Downloads offered by the element: the Blob behind each URL and the file name of the link clicked. */
function captureDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  const create = URL.createObjectURL.bind(URL);
  vi.spyOn(URL, 'createObjectURL').mockImplementation((object: Blob | MediaSource) => {
    blobs.push(object as Blob);
    return create(object);
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}

let events: SymDatasetChangeEvent[] = [];
const record = (e: SymDatasetChangeEvent) => events.push(e);
beforeEach(() => {
  events = [];
  document.addEventListener('sym-dataset-change', record);
});
afterEach(() => {
  document.removeEventListener('sym-dataset-change', record);
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('<sym-dataset-manager>', () => {
  it('lists both stored datasets with their facts and counts, and is axe-clean', async () => {
    const { manager } = await mount({ customers: 40 });
    expect(cards(manager)).toHaveLength(2);
    const employees = card(manager, 'employees').textContent!;
    expect(employees).toContain('survey.csv + feedback.csv');
    expect(employees).toContain('Employee survey');
    expect(employees).toContain('survey.csv');
    expect(employees).toMatch(/Rows\s*60/);
    expect(employees).toMatch(/Encoding\s*UTF-8/);
    expect(card(manager, 'customers').textContent).toMatch(/Rows\s*40/);
    expect(card(manager, 'customers').textContent).toContain('Customer feedback');
    expect(await axeViolations(manager)).toEqual([]);
  });

  it('shows an empty workspace plainly, and is axe-clean', async () => {
    const { manager } = await mount();
    await until(() => root(manager).textContent!.includes('No dataset is stored yet'));
    expect(cards(manager)).toHaveLength(0);
    expect($<HTMLButtonElement>(manager, '[data-action="export-bundle"]').disabled).toBe(true);
    expect(await axeViolations(manager)).toEqual([]);
  });

  it('renames with the keyboard alone; Escape cancels; an empty name is refused; the name persists', async () => {
    const { manager, database } = await mount({ customers: 40 });
    const id = card(manager, 'employees').dataset.id!;
    $<HTMLButtonElement>(manager, `[data-id="${id}"] [data-action="rename"]`).focus();
    await userEvent.keyboard('{Enter}');
    await manager.updateComplete;
    expect(activeElement(manager)?.id).toBe('rename-input');
    await userEvent.keyboard('{Escape}');
    await manager.updateComplete;
    expect(root(manager).querySelector('#rename-input')).toBeNull();
    expect(activeElement(manager)?.dataset.action).toBe('rename');

    await userEvent.keyboard('{Enter}');
    await manager.updateComplete;
    // The current name is selected: typing replaces it.
    await userEvent.keyboard('{Backspace}{Enter}');
    await manager.updateComplete;
    expect($(manager, '#rename-problem').textContent).toBe('Give the dataset a name.');
    expect($(manager, '#rename-input').getAttribute('aria-invalid')).toBe('true');
    expect(activeElement(manager)?.id).toBe('rename-input');
    await userEvent.keyboard('Enquête T3 2026{Enter}');
    await until(() => card(manager, 'employees')?.querySelector('h4')?.textContent === 'Enquête T3 2026');
    expect($(manager, '[part="status"]').textContent).toBe('Renamed to “Enquête T3 2026”.');
    expect(activeElement(manager)?.getAttribute('aria-label')).toBe('Rename “Enquête T3 2026”');
    expect(events.map((e) => e.detail)).toEqual([{ action: 'rename', id }]);
    expect(events[0]!.bubbles && events[0]!.composed).toBe(true);
    const names = (await stored(database)).map((d) => d.name);
    expect(names).toEqual(['survey.csv + feedback.csv', 'Enquête T3 2026']);
    expect(await axeViolations(manager)).toEqual([]);
  });

  it('deletes only after the inline confirmation, and the rows are gone from the store', async () => {
    const { manager, database } = await mount({ customers: 40 });
    const id = card(manager, 'customers').dataset.id!;
    $<HTMLButtonElement>(manager, `[part="dataset"][data-id="${id}"] [data-action="delete"]`).click();
    await manager.updateComplete;
    const confirm = $(manager, '[part="confirm"]');
    expect(confirm.textContent).toContain('Delete “survey.csv + feedback.csv” and all its rows? This cannot be undone.');
    expect(activeElement(manager)?.dataset.action).toBe('cancel');
    expect(await axeViolations(manager)).toEqual([]);
    // Escape steps back without deleting.
    await userEvent.keyboard('{Escape}');
    await manager.updateComplete;
    expect(root(manager).querySelector('[part="confirm"]')).toBeNull();
    expect(activeElement(manager)?.dataset.action).toBe('delete');
    expect(await stored(database)).toHaveLength(2);

    await userEvent.keyboard('{Enter}');
    await manager.updateComplete;
    $<HTMLButtonElement>(manager, '[part="confirm"] [data-action="confirm"]').click();
    await until(() => cards(manager).length === 1);
    expect($(manager, '[part="status"]').textContent).toBe('“survey.csv + feedback.csv” was deleted.');
    // Focus moves to the dataset that is left.
    await until(() => activeElement(manager)?.dataset.action === 'rename');
    expect(activeElement(manager)?.closest<HTMLElement>('[part="dataset"]')?.dataset.id).toMatch(/^employees-/);
    expect(events.map((e) => e.detail)).toEqual([{ action: 'delete', id }]);
    expect((await stored(database)).map((d) => d.kind)).toEqual(['employees']);
  });

  it('erases a respondent after a confirm step: counts shown, rows gone, log without the id', async () => {
    const { manager, client, database } = await mount({ customers: 40 });
    const idInput = $<HTMLInputElement>(manager, '#erasure-id');
    // No id: the form says so and keeps focus.
    $<HTMLButtonElement>(manager, '[data-action="review"]').click();
    await manager.updateComplete;
    expect($(manager, '#erasure-id-problem').textContent).toBe('Give the respondent or customer id to erase.');
    await userEvent.click(idInput);
    await userEvent.keyboard('R7');
    await userEvent.click($(manager, '#erasure-names'));
    await userEvent.keyboard('R7');
    $<HTMLButtonElement>(manager, '[data-action="review"]').click();
    await manager.updateComplete;
    expect($(manager, '[part="confirm"][data-for="erasure"]').textContent).toContain('Erase every trace of respondent “R7”? This cannot be undone.');
    expect(await axeViolations(manager)).toEqual([]);
    $<HTMLButtonElement>(manager, '[part="confirm"][data-for="erasure"] [data-action="confirm"]').click();
    await until(() => root(manager).querySelector('[part="erasure-result"]') !== null);
    const result = $(manager, '[part="erasure-result"]');
    // R7 answered the survey once; 6 of the 40 comments ("merci R7") named them.
    expect(result.textContent).toBe('The person’s data was erased: 1 survey row deleted and 6 comments blacked out.');
    await until(() => activeElement(manager) === result);
    expect(idInput.value).toBe('');
    expect(events.map((e) => e.detail)).toEqual([{ action: 'erase' }]);
    await until(() => /Rows\s*59/.test(card(manager, 'employees').textContent!));

    expect((await stored(database)).find((d) => d.kind === 'employees')?.rows).toBe(59);
    const csv = await client.api.exportTableCsv('employees');
    expect(csv.ok).toBe(true);
    const respondents = csv.ok ? csv.value.text.split('\r\n').slice(1).filter((line) => line !== '').map((line) => line.split(',')[2]) : [];
    expect(respondents).toHaveLength(59);
    expect(respondents).not.toContain('R7');
    expect(respondents).toContain('R8');
    const feedback = await client.api.exportTableCsv('customers');
    expect(feedback.ok && feedback.value.text.includes('R7')).toBe(false);

    const log = $(manager, '[part="erasure-log"]');
    expect(log.querySelectorAll('tbody tr')).toHaveLength(1);
    expect(log.textContent).toContain('Employee');
    expect(log.textContent).toContain('1 survey row deleted and 6 comments blacked out');
    expect(log.textContent).not.toContain('R7');
    expect(await axeViolations(manager)).toEqual([]);
  });

  it('exports a CSV of a table, in French with semicolons and a byte-order mark', async () => {
    const downloads = captureDownloads();
    const { manager } = await mount({ customers: 40, lang: 'fr' });
    const button = $<HTMLButtonElement>(manager, `[part="dataset"][data-id^="customers"] [data-action="export"]`);
    button.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => downloads.names.length === 1);
    // The button keeps the focus while the worker writes the file.
    expect(activeElement(manager)).toBe(button);
    expect(downloads.names[0]).toMatch(/^customers-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = new Uint8Array(await downloads.blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = await downloads.blobs[0]!.text();
    expect(text.split('\r\n')[0]).toContain(';');
    expect($(manager, '[part="status"]').textContent).toContain('est prêt');
    // Any table from the picker: the units, in French Excel's dialect too.
    await userEvent.selectOptions($<HTMLSelectElement>(manager, '#csv-table'), 'units');
    $<HTMLButtonElement>(manager, '[data-action="export-table"]').click();
    await until(() => downloads.names.length === 2);
    expect(downloads.names[1]).toMatch(/^units-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...new Uint8Array(await downloads.blobs[1]!.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect((await downloads.blobs[1]!.text()).split('\r\n')[0]).toBe('id;name;parent;level;region;segment;channel;size');
  });

  it('exports the survey rows of a dataset whose feedback half was deleted', async () => {
    const downloads = captureDownloads();
    const { manager, client } = await mount({ customers: 40 });
    const customers = (await client.api.datasets()).find((d) => d.kind === 'customers')!;
    expect((await client.api.deleteDataset(customers.id)).ok).toBe(true);
    await until(() => cards(manager).length === 1);
    card(manager, 'employees').querySelector<HTMLButtonElement>('[data-action="export"]')!.click();
    await until(() => downloads.names.length === 1);
    expect(downloads.names[0]).toMatch(/^employees-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (await downloads.blobs[0]!.text()).split('\r\n').filter((line) => line !== '');
    // A header and the 60 survey rows.
    expect(lines).toHaveLength(61);
    expect(lines.slice(1).map((line) => line.split(',')[2])).toContain('R59');
    // The picker offers the survey rows, not the feedback rows that are gone.
    const options = [...root(manager).querySelectorAll<HTMLOptionElement>('#csv-table option')].map((o) => o.value);
    expect(options).toEqual(['employees', 'units', 'stories']);
  });

  it('exports the workspace bundle and restores it into a fresh, empty workspace', async () => {
    const downloads = captureDownloads();
    const first = await mount({ customers: 40 });
    const before = await stored(first.database);
    $<HTMLButtonElement>(first.manager, '[data-action="export-bundle"]').click();
    await until(() => downloads.names.length === 1);
    expect(downloads.names[0]).toMatch(/^symmetry-workspace-\d{4}-\d{2}-\d{2}\.json$/);
    const bundle = await downloads.blobs[0]!.text();
    document.body.replaceChildren();

    const second = await mount();
    expect(await stored(second.database)).toEqual([]);
    await userEvent.upload($<HTMLInputElement>(second.manager, '#restore-file'), file(bundle, 'backup.json', 'application/json'));
    await until(() => root(second.manager).querySelector('[part="confirm"][data-for="restore"]') !== null);
    expect($(second.manager, '[part="confirm"]').textContent).toContain('Restoring replaces everything in this workspace');
    expect(await axeViolations(second.manager)).toEqual([]);
    $<HTMLButtonElement>(second.manager, '[part="confirm"] [data-action="confirm"]').click();
    await until(() => cards(second.manager).length === 2);
    expect($(second.manager, '[part="status"]').textContent)
      .toBe('The workspace was restored. It now holds 2 datasets: 60 survey rows and 40 feedback rows.');
    expect(events.map((e) => e.detail)).toEqual([{ action: 'restore' }]);
    expect(await stored(second.database)).toEqual(before);
    // The workspace around it follows the change and analyses the restored data.
    await until(() => second.workspace.state.status === 'ready' && second.workspace.state.summary?.customerAnswers === 40);
  });

  it('refuses an invalid bundle with its problems as sentences, and changes nothing', async () => {
    const { manager, database } = await mount({ customers: 40 });
    const before = await stored(database);
    const broken = JSON.stringify({ format: 'symmetry-insights-bundle', version: 1, datasets: [{ id: 7 }] });
    await userEvent.upload($<HTMLInputElement>(manager, '#restore-file'), file(broken, 'broken.json', 'application/json'));
    await until(() => root(manager).querySelector('[part="confirm"][data-for="restore"]') !== null);
    $<HTMLButtonElement>(manager, '[part="confirm"] [data-action="confirm"]').click();
    await until(() => root(manager).querySelector('[part="error"]') !== null);
    const error = $(manager, '[part="error"]');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.querySelector('p')!.textContent).toMatch(/^The file cannot be restored: \d+ problems?\. Nothing was changed\.$/);
    const problems = [...error.querySelectorAll('li')].map((li) => li.textContent);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).toContain('broken.json, exportedAt: missing.');
    expect(problems).toContain('broken.json, datasets[0].id: unexpected value 7.');
    expect(error.querySelector('p')!.textContent).toBe(`The file cannot be restored: ${problems.length} problems. Nothing was changed.`);
    expect(activeElement(manager)).toBe(error.querySelector('p'));
    expect(events).toHaveLength(0);
    expect(await stored(database)).toEqual(before);
    expect(await axeViolations(manager)).toEqual([]);

    await userEvent.upload($<HTMLInputElement>(manager, '#restore-file'), file('not json', 'notes.json', 'application/json'));
    await until(() => root(manager).querySelector('[part="confirm"][data-for="restore"]') !== null);
    $<HTMLButtonElement>(manager, '[part="confirm"] [data-action="confirm"]').click();
    await until(() => root(manager).querySelector('[part="error"] li') !== null);
    expect([...root(manager).querySelectorAll('[part="error"] li')].map((li) => li.textContent)).toEqual(['The file is not readable JSON.']);
    expect(await stored(database)).toEqual(before);
  });

  it('speaks French with French number formats, and is axe-clean', async () => {
    const { manager } = await mount({ customers: 1200, lang: 'fr' });
    expect($(manager, 'h2').textContent).toBe('Données et stockage');
    expect($(manager, '#datasets-heading').textContent).toBe('Jeux de données');
    const customers = card(manager, 'customers').textContent!;
    expect(customers).toContain('Avis clients');
    expect(customers).toMatch(/Lignes\s*1\u202f200/);
    expect(customers).toMatch(/Importé le\s*\d{1,2} [a-zéû]+\.? \d{4}/);
    expect($(manager, '[data-action="rename"]').textContent).toBe('Renommer');
    expect($(manager, '#erasure-heading').textContent).toBe('Effacer les données d’une personne');
    expect(await axeViolations(manager)).toEqual([]);
  });

  it('names the built-in sample in the page\'s language, stored under one name', async () => {
    const database = `dataset-manager-test-${crypto.randomUUID()}`;
    const loader = await createAnalyticsClient(database);
    expect((await loader.api.loadSample({})).ok).toBe(true);
    loader.dispose();
    const { manager } = await mount({ database, lang: 'fr' });
    expect(cards(manager).map((c) => c.querySelector('h4')!.textContent)).toEqual(['Jeu de données d’exemple', 'Jeu de données d’exemple']);
    expect($(manager, '[data-action="delete"]').getAttribute('aria-label')).toContain('Jeu de données d’exemple');
    // Stored under one name whatever the language.
    expect((await stored(database)).map((d) => d.name)).toEqual(['Sample dataset', 'Sample dataset']);
  });

  it('refreshes the list when another client changes the data, also after being moved out and back', async () => {
    const { manager, database } = await mount({ customers: 40 });
    const other = await createAnalyticsClient(database);
    const id = card(manager, 'employees').dataset.id!;
    const renamed = await other.api.renameDataset(id, 'Renamed elsewhere');
    expect(renamed.ok).toBe(true);
    await until(() => card(manager, 'employees')?.querySelector('h4')?.textContent === 'Renamed elsewhere');
    // Parked outside the page and put back (as the demo does with hidden views), it listens again.
    const parent = manager.parentElement!;
    manager.remove();
    await other.api.renameDataset(id, 'Renamed while away');
    parent.append(manager);
    await until(() => card(manager, 'employees')?.querySelector('h4')?.textContent === 'Renamed while away');
    await other.api.renameDataset(id, 'Renamed after');
    await until(() => card(manager, 'employees')?.querySelector('h4')?.textContent === 'Renamed after');
    other.dispose();
  });
});
