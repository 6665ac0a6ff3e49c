import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/unit-table/unit-table.ts';
import type { SymUnitTable } from '../../src/components/unit-table/unit-table.ts';
import type { UnitRow, UnitTableData } from '../../src/components/unit-table/unit-table.types.ts';
import { generateSampleDataset } from '../../src/model/sample-dataset.ts';
import { analyze } from '../../src/analytics/analyze.ts';
import type { AnalysisResult } from '../../src/analytics/analyze.ts';
import type { WorkspaceState } from '../../src/components/shared/workspace-context.ts';
import { axeViolations } from '../helpers/axe.ts';
import { mountElement } from '../helpers/mount.ts';

let analysis: AnalysisResult;
beforeAll(() => {
  const sample = generateSampleDataset({ scale: 0.3 });
  analysis = analyze(sample.employees, sample.customers, sample.units);
});

const mount = (setup: (el: SymUnitTable) => void, lang?: string): Promise<SymUnitTable> => mountElement('sym-unit-table', setup, lang);

const names = (el: SymUnitTable) => [...el.shadowRoot!.querySelectorAll('tbody tr:not([hidden]) .unit-button')].map((b) => b.textContent!.trim());

afterEach(() => document.body.replaceChildren());

describe('<sym-unit-table>', () => {
  it('lists every unit of the sample analysis with every metric, axe-clean', async () => {
    const el = await mount((e) => { e.analysis = analysis; });
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('tbody tr:not([hidden])')).toHaveLength(analysis.units.length);
    expect([...root.querySelectorAll('thead th')].map((th) => th.textContent!.replace(/[▲▼↕]/g, '').trim()))
      .toEqual(['Unit', 'Quadrant', 'Respondents', 'Customer answers', 'eNPS', 'Engagement', 'NPS', 'CSAT', 'Customer effort', 'First-contact resolution']);
    expect(root.querySelector('thead th')!.getAttribute('aria-sort')).toBe('ascending');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('sorts by a column on click and on Enter, suppressed and missing cells last, with aria-sort', async () => {
    const el = await mount((e) => { e.analysis = analysis; });
    const root = el.shadowRoot!;
    const button = root.querySelector<HTMLButtonElement>('button[data-sort="nps"]')!;
    button.click();
    await el.updateComplete;
    const th = button.closest('th')!;
    expect(th.getAttribute('aria-sort')).toBe('descending');
    expect(root.querySelector('button[data-sort="name"]')!.closest('th')!.getAttribute('aria-sort')).toBe('none');
    const values = analysis.units.map((u) => u.customers?.nps?.score).filter((v): v is number => v !== undefined).sort((a, b) => b - a);
    const top = analysis.units.find((u) => u.customers?.nps?.score === values[0])!;
    expect(names(el)[0]).toBe(top.name);
    button.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(th.getAttribute('aria-sort')).toBe('ascending');
    const bottom = analysis.units.find((u) => u.customers?.nps?.score === values[values.length - 1])!;
    expect(names(el)[0]).toBe(bottom.name);
  });

  it('filters by name without accents, by quadrant and by level', async () => {
    const el = await mount((e) => { e.analysis = analysis; });
    const root = el.shadowRoot!;
    const input = root.querySelector('input')!;
    input.focus();
    await userEvent.keyboard('equipe accueil');
    await el.updateComplete;
    const expected = analysis.units.filter((u) => u.name.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().includes('equipe accueil'));
    expect(expected.length).toBeGreaterThan(0);
    expect(names(el)).toHaveLength(expected.length);
    expect(root.querySelector('.count')!.textContent).toBe(`${expected.length} of ${analysis.units.length} units`);
    input.value = '';
    input.dispatchEvent(new Event('input'));
    const [quadrant, level] = [...root.querySelectorAll('select')];
    quadrant!.value = 'critical';
    quadrant!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)).toHaveLength(analysis.quadrants.counts.critical);
    level!.value = 'region';
    level!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(root.textContent).toContain('No unit matches these filters.');
  });

  it('shows why suppressed cells are empty, never a number', async () => {
    const period = analysis.periods.find((p) => p.units.some((u) => u.employeesSuppressed === 'below-threshold'))!;
    const el = await mount((e) => { e.analysis = analysis; e.period = period.period; });
    const suppressed = period.units.find((u) => u.employeesSuppressed === 'below-threshold')!;
    const row = [...el.shadowRoot!.querySelectorAll('tbody tr:not([hidden])')].find((tr) => tr.querySelector('.unit-button')!.textContent === suppressed.name)!;
    const engagement = row.querySelector('td[data-metric="engagement"]')!;
    expect(engagement.textContent!.trim()).toBe('fewer than 5 answers');
    expect(engagement.getAttribute('data-kind')).toBe('suppressed');
    expect(row.querySelector('td[data-metric="enps"]')!.textContent).not.toMatch(/\d(?! answers)/);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('selects a unit on click and fires sym-select; again clears it', async () => {
    const el = await mount((e) => { e.analysis = analysis; });
    const events: (string | undefined)[] = [];
    el.addEventListener('sym-select', (e) => events.push(e.detail.unit));
    const first = el.shadowRoot!.querySelector<HTMLButtonElement>('tbody .unit-button')!;
    first.click();
    await el.updateComplete;
    expect(first.getAttribute('aria-pressed')).toBe('true');
    expect(first.closest('tr')!.hasAttribute('data-selected')).toBe(true);
    (first.closest('tr')!.querySelector('td') as HTMLElement).click();
    await el.updateComplete;
    expect(first.getAttribute('aria-pressed')).toBe('false');
    expect(events).toHaveLength(2);
    expect(events[1]).toBeUndefined();
  });

  it('inside a workspace, selects through it and highlights the workspace selection', async () => {
    const select = vi.fn();
    const unit = analysis.units[5]!;
    const workspace = { status: 'ready', analysis, request: {}, selection: { unit: unit.unit }, select, refresh: async () => undefined } as unknown as WorkspaceState;
    const el = await mount((e) => { e.workspace = workspace; });
    const root = el.shadowRoot!;
    expect(root.querySelector('tr[data-selected] .unit-button')!.textContent).toBe(unit.name);
    const other = [...root.querySelectorAll<HTMLButtonElement>('tbody .unit-button')].find((b) => b.textContent !== unit.name)!;
    other.click();
    expect(select).toHaveBeenCalledWith({ unit: analysis.units.find((u) => u.name === other.textContent)!.unit });
  });

  it('pages beyond the page size', async () => {
    const base = { id: '', name: '', parentId: null, level: 'team', respondents: 10, customers: 20 } as const;
    const cell = { kind: 'value', value: 3, n: 10 } as const;
    const rows: UnitRow[] = Array.from({ length: 450 }, (_, i) => ({
      ...base, id: `u${i}`, name: `Unit ${String(i).padStart(3, '0')}`,
      cells: { enps: cell, engagement: cell, nps: cell, csat: cell, ces: cell, fcr: cell },
    }));
    const data: UnitTableData = { rows, minEmployees: 5, minCustomers: 10 };
    const el = await mount((e) => { e.data = data; });
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('tbody tr:not([hidden])')).toHaveLength(200);
    expect(root.querySelector('.pager')!.textContent).toContain('Page 1 of 3');
    [...root.querySelectorAll<HTMLButtonElement>('.pager button')][1]!.click();
    await el.updateComplete;
    expect(names(el)[0]).toBe('Unit 200');
    expect(el.exportTable()!.rows).toHaveLength(450);
  });

  it('speaks French with French numbers', async () => {
    const el = await mount((e) => { e.analysis = analysis; }, 'fr');
    const root = el.shadowRoot!;
    expect(root.querySelector('caption')!.textContent).toContain(`Unités : ${analysis.units.length} sur ${analysis.units.length} affichées`);
    const csat = [...root.querySelectorAll('td[data-metric="csat"]')].find((td) => td.getAttribute('data-kind') === null)!;
    expect(csat.textContent).toMatch(/^\d+,\d[\u00a0\u202f]%n = /);
    expect(await axeViolations(el)).toEqual([]);
  });
});
