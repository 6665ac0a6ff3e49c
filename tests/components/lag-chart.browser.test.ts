import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/lag-chart/lag-chart.ts';
import type { SymLagChart } from '../../src/components/lag-chart/lag-chart.ts';
import type { LagChartData } from '../../src/components/lag-chart/lag-chart.types.ts';
import { axeViolations, axeViolationsWithTable, openDataTable } from '../helpers/axe.ts';
import { pressKeys } from '../helpers/keyboard.ts';
import { mountElement } from '../helpers/mount.ts';

const data: LagChartData = {
  employeeMetric: 'recognition',
  customerMetric: 'nps',
  lags: [
    { k: 0, direction: 'ex-to-cx', r: 0.28, ci: [0.18, 0.37], n: 420, p: 0.0001, pAdjusted: 0.0003 },
    { k: 1, direction: 'ex-to-cx', r: 0.41, ci: [0.33, 0.48], n: 395, p: 0.00001, pAdjusted: 0.00005 },
    { k: 2, direction: 'ex-to-cx', r: 0.12, ci: [0.01, 0.23], n: 360, p: 0.03, pAdjusted: 0.07 },
    { k: 3, direction: 'ex-to-cx', r: Number.NaN, ci: [Number.NaN, Number.NaN], n: 2, p: Number.NaN, pAdjusted: Number.NaN },
    { k: 0, direction: 'cx-to-ex', r: 0.28, ci: [0.18, 0.37], n: 420, p: 0.0001, pAdjusted: 0.0003 },
    { k: 1, direction: 'cx-to-ex', r: 0.05, ci: [-0.05, 0.15], n: 395, p: 0.32, pAdjusted: 0.41 },
    { k: 2, direction: 'cx-to-ex', r: -0.03, ci: [-0.14, 0.08], n: 360, p: 0.57, pAdjusted: 0.62 },
  ],
};

const mount = (value: LagChartData | undefined, lang?: string): Promise<SymLagChart> => mountElement('sym-lag-chart', (el) => {
  el.width = 480;
  el.data = value;
}, lang);

afterEach(() => document.body.replaceChildren());

describe('<sym-lag-chart>', () => {
  it('has no axe violations, with its data table open too', async () => {
    const el = await mount(data);
    expect(await axeViolationsWithTable(el)).toEqual([]);
    expect(el.shadowRoot!.querySelector('.table-toggle')!.getAttribute('aria-expanded')).toBe('true');
  });

  it('moves focus along lags with ArrowRight and across directions with ArrowDown', async () => {
    const el = await mount(data);
    const root = el.shadowRoot!;
    const first = root.querySelector<SVGElement>('.point[tabindex="0"]')!;
    expect(first.getAttribute('data-key')).toBe('ex-to-cx:0');
    first.focus();
    const next = await pressKeys(el, '{ArrowRight}');
    expect(next?.getAttribute('data-key')).toBe('ex-to-cx:1');
    expect(next?.getAttribute('aria-label')).toContain('n = 395 pairs');
    expect((await pressKeys(el, '{ArrowDown}'))?.getAttribute('data-key')).toBe('cx-to-ex:1');
    expect(root.querySelectorAll('.point[tabindex="0"]')).toHaveLength(1);
  });

  it('draws both series with different shapes and dashes, CI bars, a zero line and "*" on significant lags', async () => {
    const el = await mount(data);
    const root = el.shadowRoot!;
    // The lag with too few pairs is not drawn.
    expect(root.querySelectorAll('.point')).toHaveLength(6);
    const ex = root.querySelector('[data-direction="ex-to-cx"] .point')!.getAttribute('d');
    const cx = root.querySelector('[data-direction="cx-to-ex"] .point')!.getAttribute('d');
    expect(ex).not.toBe(cx);
    expect(getComputedStyle(root.querySelector('[data-direction="cx-to-ex"] .series')!).strokeDasharray).not.toBe('none');
    expect(getComputedStyle(root.querySelector('[data-direction="ex-to-cx"] .series')!).strokeDasharray).toBe('none');
    expect(root.querySelector('.zero')).not.toBeNull();
    expect(root.querySelectorAll('.sig')).toHaveLength(3);
    expect(root.querySelector('.legend')!.textContent).toContain('Employee → customer');
    const caption = root.querySelector('figcaption')!.textContent!;
    expect(caption).toContain('strongest association is employee → customer at lag 1, r = 0.41 (95% CI 0.33 to 0.48), n = 395 pairs, significant');
    expect(caption).toContain('3 of 6 estimable lags are significant');
    expect(caption).toContain('not causation');
  });

  it('says in the table when a lag has too few pairs', async () => {
    const el = await mount(data);
    await openDataTable(el);
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).toHaveLength(7);
    expect(rows[3]).toContain('too few pairs to estimate');
    expect(rows[1]).toContain('0.41*');
  });

  it('speaks French with decimal commas when an ancestor has lang="fr"', async () => {
    const el = await mount(data, 'fr');
    const caption = el.shadowRoot!.querySelector('figcaption')!.textContent!;
    expect(caption).toContain('r = 0,41 (IC à 95 % de 0,33 à 0,48)');
    expect(caption).toContain('collaborateurs → clients');
    expect(caption).toContain('pas une causalité');
  });

  it('says there is nothing to show without data, and when no lag can be estimated', async () => {
    const empty = await mount(undefined);
    expect(empty.shadowRoot!.textContent).toContain('No lagged correlations to show yet.');
    expect(await axeViolations(empty)).toEqual([]);
    const none = await mount({ ...data, lags: data.lags.map((l) => ({ ...l, r: Number.NaN, ci: [Number.NaN, Number.NaN] })) });
    expect(none.shadowRoot!.querySelectorAll('.point')).toHaveLength(0);
    expect(none.shadowRoot!.querySelector('figcaption')!.textContent).toContain('too few pairs at every lag');
  });
});
