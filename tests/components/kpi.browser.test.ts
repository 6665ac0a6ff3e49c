import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/kpi/kpi.ts';
import type { SymKpi } from '../../src/components/kpi/kpi.ts';
import type { KpiData } from '../../src/components/shared/analysis-view.ts';
import type { WorkspaceState } from '../../src/components/shared/workspace-context.ts';
import type { AnalysisResult } from '../../src/analytics/analyze.ts';
import { axeViolations } from '../helpers/axe.ts';
import { mountElement } from '../helpers/mount.ts';

const data: KpiData = {
  value: 21.4, ci: [14.2, 28.6], n: 412, threshold: 5, period: '2026-Q4', unitName: 'Lyon Part-Dieu',
  previous: { period: '2026-Q3', value: 14 },
  series: [{ period: '2026-Q2', value: 9 }, { period: '2026-Q3', value: 14 }, { period: '2026-Q4', value: 21.4 }],
};

const mount = (metric: SymKpi['metric'], value: KpiData, lang?: string): Promise<SymKpi> => mountElement('sym-kpi', (el) => {
  el.metric = metric;
  el.data = value;
}, lang);

afterEach(() => document.body.replaceChildren());

describe('<sym-kpi>', () => {
  it('has no axe violations', async () => {
    const el = await mount('enps', data);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('shows the value, its CI, the change vs the previous period and n', async () => {
    const el = await mount('enps', data);
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(el.shadowRoot!.querySelector('[part=value]')!.textContent).toBe('+21');
    expect(text).toContain('95% CI +14 to +29');
    expect(text).toContain('+7 vs Q3 2026');
    expect(text).toContain('412 respondents');
    expect(el.shadowRoot!.querySelector('.delta')!.getAttribute('data-trend')).toBe('good');
    expect(el.shadowRoot!.querySelector('svg[role=img]')!.getAttribute('aria-label')).toContain('Q2 2026: +9');
  });

  it('shows "fewer than 5 answers" and no number when suppressed', async () => {
    const el = await mount('enps', { ...data, suppressed: 'below-threshold' });
    const text = el.shadowRoot!.textContent!;
    expect(text).toContain('Fewer than 5 answers');
    expect(text).not.toMatch(/21|412/);
  });

  it('treats a rise in customer effort as unfavourable', async () => {
    const el = await mount('ces', { ...data, value: 3.4, ci: [3.3, 3.5], previous: { period: '2026-Q3', value: 3.1 } });
    expect(el.shadowRoot!.querySelector('.delta')!.getAttribute('data-trend')).toBe('bad');
  });

  it('formats French numbers with Intl (decimal comma, no-break space before %)', async () => {
    const el = await mount('fcr', { ...data, value: 76.25, ci: [75.1, 77.4] }, 'fr');
    // ICU versions differ on U+00A0 or U+202F; either way it is a no-break space, never a plain one.
    expect(el.shadowRoot!.querySelector('[part=value]')!.textContent).toMatch(/^76,3[\u00a0\u202f]%$/);
    expect(el.shadowRoot!.textContent).toContain('IC à 95 %');
  });

  it('says the data has no answers for its measure, instead of "fewer than 10" or a busy state', async () => {
    const analysis = { periods: [], measures: ['enps', 'engagement', 'nps'], thresholds: { minEmployees: 5, minCustomers: 10 } } as unknown as AnalysisResult;
    const workspace = { status: 'ready', analysis, selection: {}, request: {}, filter: {}, pending: false, revision: 0 } as unknown as WorkspaceState;
    for (const [lang, text] of [['en', 'Customer effort: no answers in this data'], ['fr', 'Effort client\u00a0: aucune réponse dans ces données']] as const) {
      const el = await mountElement('sym-kpi', (kpi) => {
        kpi.metric = 'ces';
        kpi.workspace = workspace;
      }, lang);
      expect(el.shadowRoot!.querySelector('[part=value]')!.textContent).toBe(text);
      expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).toBeNull();
      expect(await axeViolations(el)).toEqual([]);
    }
  });

  it('is busy only while its workspace loads; without data it says there are no answers yet', async () => {
    const loading = await mountElement('sym-kpi', (kpi) => {
      kpi.metric = 'nps';
      kpi.workspace = { status: 'loading', selection: {}, request: {}, filter: {}, pending: false, revision: 0 } as unknown as WorkspaceState;
    });
    expect(loading.shadowRoot!.querySelector('section')!.getAttribute('aria-busy')).toBe('true');
    const alone = await mountElement('sym-kpi', (kpi) => (kpi.metric = 'nps'));
    expect(alone.shadowRoot!.querySelector('section')!.getAttribute('aria-busy')).toBe('false');
    expect(alone.shadowRoot!.querySelector('p')!.textContent).toBe('No answers yet');
  });
});
