import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import '../../src/components/mirror/mirror.ts';
import type { SymMirror } from '../../src/components/mirror/mirror.ts';
import type { MirrorEntry, MirrorResult } from '../../src/analytics/mirror.ts';
import { generateSampleDataset } from '../../src/model/sample-dataset.ts';
import { analyze } from '../../src/analytics/analyze.ts';
import type { AnalysisResult } from '../../src/analytics/analyze.ts';
import { axeViolations, axeViolationsWithTable } from '../helpers/axe.ts';
import { mountElement } from '../helpers/mount.ts';
import { pressKeys } from '../helpers/keyboard.ts';

let analysis: AnalysisResult;
beforeAll(() => {
  const sample = generateSampleDataset({ scale: 0.3 });
  analysis = analyze(sample.employees, sample.customers, sample.units);
});

const entry = (employee: string, customer: MirrorEntry['customer'], expected: MirrorEntry['expected'], r: number, pAdjusted: number): MirrorEntry => ({
  employee, customer, expected, metric: employee, n: 96, r, p: pAdjusted / 2, ci: [r - 0.19, r + 0.17], rho: r, pAdjusted,
  significant: pAdjusted < 0.05, asExpected: Number.isNaN(r) ? null : expected === 'positive' ? r > 0 : r < 0,
});

const mixed: MirrorResult = {
  caption: 'unit-level association',
  entries: [
    entry('recognition', 'nps', 'positive', 0.37, 0.0004),
    entry('workload', 'ces', 'negative', 0.29, 0.01),
    entry('wellbeing', 'csat', 'positive', 0.08, 0.42),
    entry('autonomy', 'fcr', 'positive', Number.NaN, Number.NaN),
  ],
  missing: [{ employee: 'development', customer: 'csat', expected: 'positive' }],
};

const mount = (setup: (el: SymMirror) => void, lang?: string): Promise<SymMirror> => mountElement('sym-mirror', setup, lang);

afterEach(() => document.body.replaceChildren());

describe('<sym-mirror>', () => {
  it('draws the sample analysis mirror, axe-clean with the table open', async () => {
    const el = await mount((e) => { e.analysis = analysis; });
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('td.cell:not(.empty)')).toHaveLength(analysis.mirror.entries.length);
    expect(root.querySelector('figcaption')!.textContent).toContain(`${analysis.mirror.entries.length} mirrored pairs`);
    expect(await axeViolationsWithTable(el)).toEqual([]);
    expect(root.querySelectorAll('.twin tbody tr')).toHaveLength(analysis.mirror.entries.length);
  });

  it('says each pair’s verdict in words and marks, not colour alone', async () => {
    const el = await mount((e) => { e.data = mixed; });
    const root = el.shadowRoot!;
    const cell = (employee: number, customer: number) => root.querySelector<HTMLElement>(`td[data-row="${employee}"][data-column="${customer}"]`)!;
    expect(cell(0, 0).textContent).toContain('✓as expected');
    expect(cell(0, 0).textContent).toContain('+0.37*');
    expect(cell(0, 0).hasAttribute('data-significant')).toBe(true);
    expect(cell(1, 2).textContent).toContain('✗opposite to expected');
    expect(cell(1, 2).querySelector('.visually-hidden')!.textContent).toBe('Workload and Customer effort: r = +0.29 (95% CI +0.10 to +0.46), n = 96 units, adjusted p = 0.010; expected negative, opposite to expected, significant after Benjamini–Hochberg adjustment');
    expect(cell(2, 1).hasAttribute('data-significant')).toBe(false);
    expect(cell(2, 1).querySelector('.visually-hidden')!.textContent).toContain('not significant');
    expect(cell(3, 3).textContent).toContain('no estimate');
    expect(cell(0, 1).textContent).toContain('Recognition, CSAT: not paired');
    const caption = root.querySelector('figcaption')!.textContent!;
    expect(caption).toContain('4 mirrored pairs: 2 go the expected way, 2 are significant after Benjamini–Hochberg adjustment (1 as expected, 1 opposite to expected).');
    expect(caption).toContain('Not in the data: Development ↔ CSAT.');
  });

  it('moves across cells with the arrow keys', async () => {
    const el = await mount((e) => { e.data = mixed; });
    const root = el.shadowRoot!;
    const first = root.querySelector<HTMLElement>('td[tabindex="0"]')!;
    first.focus();
    // Focus moves once the element has rendered, in its own task: each key waits for it.
    await pressKeys(el, '{ArrowDown}');
    await pressKeys(el, '{ArrowRight}');
    expect((await pressKeys(el, '{ArrowRight}'))?.querySelector('.visually-hidden')!.textContent).toMatch(/^Workload and Customer effort/);
    expect((await pressKeys(el, '{End}'))?.getAttribute('data-column')).toBe('3');
    expect(root.querySelectorAll('td[tabindex="0"]')).toHaveLength(1);
  });

  it('speaks French', async () => {
    const el = await mount((e) => { e.data = mixed; }, 'fr');
    const root = el.shadowRoot!;
    expect(root.querySelector('td[data-row="0"][data-column="0"]')!.textContent).toContain('+0,37*');
    expect(root.querySelector('figcaption')!.textContent).toContain('4 paires en miroir : 2 vont dans le sens attendu');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('exports its pairs as a table with raw numbers', async () => {
    const el = await mount((e) => { e.data = mixed; });
    const table = el.exportTable()!;
    expect(table.rows).toHaveLength(4);
    expect(table.rows[0]!.slice(0, 5)).toEqual(['Recognition', 'NPS', 'positive', 'positive', 0.37]);
  });

  it('captions its exports with n, the floors, the significance level and the method', async () => {
    const el = await mount((e) => { e.analysis = analysis; });
    const menu = el.shadowRoot!.querySelector('sym-export-menu')!;
    const lines = menu.captionLines();
    expect(lines[0]).toBe('Attention mirror');
    expect(lines).toContain(`n = ${analysis.mirror.entries[0]!.n} units`);
    expect(lines).toContain('Thresholds: employee results need 5 or more respondents, customer results 10 or more answers');
    expect(lines).toContain('Significance: Benjamini–Hochberg adjusted p < 0.05');
    expect(lines).toContain('Unit-level association, not causation.');
  });

  it('says there is nothing to show without data', async () => {
    const el = await mount(() => undefined);
    expect(el.shadowRoot!.textContent).toContain('No mirror pairs to show yet.');
    expect(await axeViolations(el)).toEqual([]);
  });
});
