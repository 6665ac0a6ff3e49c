import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/drivers/drivers.ts';
import type { SymDrivers } from '../../src/components/drivers/drivers.ts';
import type { DriversData } from '../../src/components/drivers/drivers.types.ts';
import { axeViolations, axeViolationsWithTable } from '../helpers/axe.ts';
import { pressKeys } from '../helpers/keyboard.ts';
import { mountElement } from '../helpers/mount.ts';

const data: DriversData = {
  outcome: 'nps',
  n: 120,
  rSquared: 0.42,
  drivers: [
    { id: 'autonomy', rawWeight: 0.063, rescaled: 15, r: 0.22 },
    { id: 'recognition', rawWeight: 0.1428, rescaled: 34, r: 0.31 },
    { id: 'workload', rawWeight: 0.0882, rescaled: 21, r: -0.27 },
    { id: 'manager_support', rawWeight: 0.126, rescaled: 30, r: 0.29 },
  ],
};

const mount = (value: DriversData | undefined, lang?: string): Promise<SymDrivers> => mountElement('sym-drivers', (el) => {
  el.data = value;
}, lang);

const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

afterEach(() => document.body.replaceChildren());

describe('<sym-drivers>', () => {
  it('has no axe violations, with its data table open too', async () => {
    const el = await mount(data);
    expect(await axeViolationsWithTable(el)).toEqual([]);
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).toHaveLength(4);
  });

  it('moves focus between bars with ArrowDown and ArrowUp', async () => {
    const el = await mount(data);
    const root = el.shadowRoot!;
    const first = root.querySelector<HTMLElement>('.bar-row[tabindex="0"]')!;
    expect(first.getAttribute('aria-label')).toBe('1. Recognition: 34.0% of explained variance, r = +0.31');
    first.focus();
    expect((await pressKeys(el, '{ArrowDown}'))?.getAttribute('aria-label')).toContain('2. Manager support');
    expect((await pressKeys(el, '{End}'))?.getAttribute('aria-label')).toContain('4. Autonomy');
    expect((await pressKeys(el, '{ArrowUp}'))?.getAttribute('aria-label')).toContain('3. Workload');
  });

  it('sorts bars by relative weight, prints r with its sign and R² in the caption', async () => {
    const el = await mount(data);
    const root = el.shadowRoot!;
    const rows = [...root.querySelectorAll('.bar-row')];
    expect(rows.map((r) => text(r.querySelector('.label')))).toEqual(['Recognition', 'Manager support', 'Workload', 'Autonomy']);
    expect(rows.map((r) => text(r.querySelector('.numbers')))).toEqual(['34.0%r = +0.31', '30.0%r = +0.29', '21.0%r = -0.27', '15.0%r = +0.22']);
    expect(rows[2]!.getAttribute('data-sign')).toBe('negative');
    const widths = rows.map((r) => r.querySelector<HTMLElement>('.bar')!.getBoundingClientRect().width);
    expect(widths[0]!).toBeGreaterThan(widths[1]!);
    expect(widths[1]!).toBeGreaterThan(widths[3]!);
    expect(text(root.querySelector('figcaption'))).toContain('R² = 0.42 of the differences in NPS between 120 units. Recognition carries the largest share (34%).');
  });

  it('speaks French with decimal commas when an ancestor has lang="fr"', async () => {
    const el = await mount(data, 'fr');
    const root = el.shadowRoot!;
    // fr-FR puts a no-break space before % (U+202F or U+00A0, depending on the ICU version).
    expect(root.querySelector('.bar-row .numbers')!.textContent).toMatch(/^34,0[\u00a0\u202f]%r = \+0,31$/);
    expect(text(root.querySelector('figcaption'))).toContain('R² = 0,42 des écarts de NPS entre 120 unités');
    expect(text(root.querySelector('.bar-row .label'))).toBe('Reconnaissance');
  });

  it('states a refusal in words and draws no bars', async () => {
    const el = await mount({ ...data, drivers: [], refused: { reason: 'too-few-units', needed: 60, n: 24 } });
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('.bar-row')).toHaveLength(0);
    expect(text(root.querySelector('.refusal'))).toBe('Only 24 units: key-driver analysis needs at least 60 (10 per driver, minimum 30).');
    expect(await axeViolations(el)).toEqual([]);
    const fr = await mount({ ...data, refused: { reason: 'too-few-units', needed: 60, n: 24 } }, 'fr');
    expect(fr.shadowRoot!.querySelectorAll('.bar-row')).toHaveLength(0);
    expect(text(fr.shadowRoot!.querySelector('.refusal'))).toContain('Seulement 24 unités');
  });

  it('says there is nothing to show without data', async () => {
    const el = await mount(undefined);
    expect(text(el.shadowRoot!)).toBe('No driver analysis to show yet.');
  });
});
