import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/insights/insights.ts';
import type { SymInsights } from '../../src/components/insights/insights.ts';
import type { Insight, InsightsData } from '../../src/components/insights/insights.types.ts';
import { axeViolations } from '../helpers/axe.ts';
import { mountElement } from '../helpers/mount.ts';

const caveat = 'unit-level-association-not-causation' as const;
const data: InsightsData = {
  unitKind: 'team',
  granularity: 'quarter',
  thresholds: { minEmployees: 5, minCustomers: 10 },
  reliability: [{ metric: 'engagement', icc1: 0.12, icc2: 0.74 }, { metric: 'recognition', icc1: 0.09, icc2: 0.66 }],
  insights: [
    { kind: 'lag', employee: 'recognition', customer: 'nps', n: 595, effect: { r: 0.41, ci: [0.33, 0.48] }, pAdjusted: 0.002, significant: true, strength: 'moderate', direction: 'positive', lag: 1, caveat },
    { kind: 'linkage', employee: 'workload', customer: 'csat', n: 610, effect: { r: -0.07, ci: [-0.15, 0.01] }, pAdjusted: 0.18, significant: false, strength: 'negligible', direction: 'negative', caveat },
    { kind: 'driver', employee: 'manager_support', customer: 'nps', n: 120, effect: { r: 0.29, ci: [0.12, 0.44] }, pAdjusted: 0.0004, significant: true, strength: 'small', direction: 'positive', caveat },
  ],
};

/** A dashboard-sized list: 12 significant associations, 2 drivers, a quadrant, 2 reliabilities, 3 not significant. */
const employees = ['autonomy', 'engagement', 'workload', 'recognition', 'wellbeing', 'development'];
const many: InsightsData = {
  ...data,
  insights: [
    ...employees.flatMap((employee, i): Insight[] => (['nps', 'csat'] as const).map((customer, j) => {
      const r = 0.6 - i * 0.04 - j * 0.02;
      return { kind: j === 0 ? 'lag' : 'linkage', employee, customer, n: 500, effect: { r, ci: [r - 0.07, r + 0.07] }, pAdjusted: 1e-6, significant: true, strength: 'strong', direction: 'positive', caveat, ...(j === 0 ? { lag: 1 } : {}) };
    })),
    { kind: 'driver', employee: 'autonomy', customer: 'nps', n: 96, effect: { r: 0.46, ci: [Number.NaN, Number.NaN] }, pAdjusted: 1e-5, significant: true, strength: 'moderate', direction: 'positive', caveat, driver: { rescaled: 31, rSquared: 0.41 } },
    { kind: 'driver', employee: 'autonomy', customer: 'csat', n: 96, effect: { r: 0.48, ci: [Number.NaN, Number.NaN] }, pAdjusted: 2e-6, significant: true, strength: 'moderate', direction: 'positive', caveat, driver: { rescaled: 28, rSquared: 0.33 } },
    { kind: 'quadrant', employee: 'engagement', customer: 'nps', n: 96, effect: { r: 0.39, ci: [0.21, 0.55] }, pAdjusted: 2e-4, significant: true, strength: 'moderate', direction: 'positive', caveat, quadrants: { virtuous: 30, fragile: 18, untapped: 20, critical: 28 } },
    { kind: 'reliability', employee: 'engagement', customer: null, n: 24000, effect: { r: Number.NaN, ci: [Number.NaN, Number.NaN] }, pAdjusted: Number.NaN, significant: false, strength: 'negligible', direction: 'none', caveat, reliability: { icc1: 0.12, icc2: 0.74, reliable: true } },
    { kind: 'reliability', employee: 'recognition', customer: null, n: 24000, effect: { r: Number.NaN, ci: [Number.NaN, Number.NaN] }, pAdjusted: Number.NaN, significant: false, strength: 'negligible', direction: 'none', caveat, reliability: { icc1: 0.09, icc2: 0.66, reliable: false } },
    ...['recognition', 'workload', 'manager_support'].map((employee, i): Insight => ({ kind: 'linkage', employee, customer: 'fcr', n: 96, effect: { r: 0.15 - i * 0.03, ci: [-0.05, 0.33] }, pAdjusted: 0.1 + i * 0.1, significant: false, strength: 'small', direction: 'positive', caveat })),
  ],
};

const mount = (value: InsightsData | undefined, lang?: string, limit?: number): Promise<SymInsights> => mountElement('sym-insights', (el) => {
  if (limit !== undefined) el.setAttribute('limit', String(limit));
  el.data = value;
}, lang);

const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

afterEach(() => document.body.replaceChildren());

describe('<sym-insights>', () => {
  it('has no axe violations, with the method disclosure open too', async () => {
    const el = await mount(data);
    expect(await axeViolations(el)).toEqual([]);
    el.shadowRoot!.querySelector('details')!.open = true;
    expect(await axeViolations(el)).toEqual([]);
  });

  it('opens "How is this computed?" from the keyboard', async () => {
    const el = await mount(data);
    const summary = el.shadowRoot!.querySelector<HTMLElement>('summary')!;
    summary.focus();
    expect(el.shadowRoot!.activeElement).toBe(summary);
    await userEvent.keyboard('{Enter}');
    expect(el.shadowRoot!.querySelector('details')!.open).toBe(true);
    await userEvent.keyboard(' ');
    expect(el.shadowRoot!.querySelector('details')!.open).toBe(false);
  });

  it('states each insight with n, r, its CI, strength and adjusted significance, hiding none', async () => {
    const el = await mount(data);
    const items = [...el.shadowRoot!.querySelectorAll('.insight')];
    expect(items).toHaveLength(3);
    expect(text(items[0]!.querySelector('.sentence'))).toBe(
      'Teams with higher recognition have higher NPS one quarter later: r = 0.41 (95% CI 0.33 to 0.48), n = 595 team-quarters, moderate association, significant after Benjamini–Hochberg adjustment (p = 0.002).',
    );
    expect(text(items[1]!.querySelector('.sentence'))).toContain('Among the drivers of NPS, manager support stands out: r = 0.29');
    expect(text(items[1]!.querySelector('.sentence'))).toContain('(p < 0.001)');
    expect(text(items[2]!.querySelector('.sentence'))).toBe(
      'Teams with higher workload have lower CSAT: r = -0.07 (95% CI -0.15 to 0.01), n = 610 team-quarters, negligible association, not significant after Benjamini–Hochberg adjustment (p = 0.180).',
    );
    expect(items.map((i) => text(i.querySelector('.badge')))).toEqual(['Significant', 'Significant', 'Not significant']);
    expect([...el.shadowRoot!.querySelectorAll('.group-heading')].map(text)).toEqual(['Significant associations', 'Key drivers', 'Not significant after adjustment']);
    // Three insights fit under the default limit of 6: no toggle, nothing left out.
    expect(el.shadowRoot!.querySelector('.toggle')).toBeNull();
    expect(el.shadowRoot!.querySelector('.more')).toBeNull();
    expect(items.every((i) => text(i.querySelector('.caveat')) === 'Unit-level association, not causation.')).toBe(true);
    const method = text(el.shadowRoot!.querySelector('details'));
    expect(method).toContain('Fisher’s z-transformation');
    expect(method).toContain('Benjamini–Hochberg');
    expect(method).toContain('at least 5 employee answers and 10 customer answers');
    expect(text(el.shadowRoot!.querySelector('details tbody tr'))).toBe('Engagement 0.12 0.74');
  });

  it('speaks French with decimal commas when an ancestor has lang="fr"', async () => {
    const el = await mount(data, 'fr');
    const first = text(el.shadowRoot!.querySelector('.insight .sentence'));
    expect(first).toBe(
      'Les équipes ayant un score « Reconnaissance » plus élevé ont un score « NPS » plus élevé un trimestre plus tard : r = 0,41 (IC à 95 % de 0,33 à 0,48), n = 595 équipes-trimestres, association modérée, significative après correction de Benjamini–Hochberg (p = 0,002).',
    );
    expect(text(el.shadowRoot!.querySelectorAll('.insight .sentence')[2])).toContain('non significative après correction');
    expect([...el.shadowRoot!.querySelectorAll('.group-heading')].map(text)).toEqual(['Associations significatives', 'Principaux leviers', 'Non significatifs après correction']);
    expect(text(el.shadowRoot!.querySelector('summary'))).toBe('Comment est-ce calculé ?');
  });

  it('says there are no insights rather than showing nothing', async () => {
    const el = await mount({ insights: [] });
    expect(text(el.shadowRoot!.querySelector('.muted'))).toContain('No insights yet');
    expect(el.shadowRoot!.querySelector('details')).not.toBeNull();
    expect(await axeViolations(el)).toEqual([]);
    const none = await mount(undefined);
    expect(text(none.shadowRoot!)).toContain('No insights yet');
  });

  describe('a long list', () => {
    it('shows the 6 most useful first, grouped, and says what it leaves out, including the non-significant ones', async () => {
      const el = await mount(many);
      const root = el.shadowRoot!;
      const items = [...root.querySelectorAll<HTMLElement>('.insight')];
      expect(items).toHaveLength(6);
      expect(items.every((i) => i.dataset['kind'] === 'lag' || i.dataset['kind'] === 'linkage')).toBe(true);
      expect(text(items[0]!.querySelector('.sentence'))).toContain('Teams with higher autonomy have higher NPS one quarter later: r = 0.60');
      expect([...root.querySelectorAll('.group-heading')].map(text)).toEqual(['Significant associations']);
      expect(text(root.querySelector('.more'))).toBe('14 more insights are not shown, 3 of them not significant after Benjamini–Hochberg adjustment.');
      const toggle = root.querySelector<HTMLButtonElement>('.toggle')!;
      expect(text(toggle)).toBe('Show all 20 insights');
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      expect(root.getElementById(toggle.getAttribute('aria-controls')!)).not.toBeNull();
      expect(root.querySelector('details')).not.toBeNull();
      expect(await axeViolations(el)).toEqual([]);
    });

    it('expands and collapses from the keyboard, keeping focus on the toggle', async () => {
      const el = await mount(many);
      const root = el.shadowRoot!;
      const toggle = root.querySelector<HTMLButtonElement>('.toggle')!;
      toggle.focus();
      await userEvent.keyboard('{Enter}');
      await el.updateComplete;
      expect(root.querySelectorAll('.insight')).toHaveLength(20);
      expect(root.activeElement).toBe(toggle);
      expect(toggle.getAttribute('aria-expanded')).toBe('true');
      expect(text(toggle)).toBe('Show fewer');
      expect(root.querySelector('.more')).toBeNull();
      expect([...root.querySelectorAll('.group-heading')].map(text)).toEqual([
        'Significant associations', 'Key drivers', 'Quadrants', 'Reliability of unit scores', 'Not significant after adjustment',
      ]);
      const kinds = [...root.querySelectorAll<HTMLElement>('.insight')].map((i) => i.dataset['kind']);
      expect(kinds.slice(12)).toEqual(['driver', 'driver', 'quadrant', 'reliability', 'reliability', 'linkage', 'linkage', 'linkage']);
      expect([...root.querySelectorAll('.insight')].slice(17).map((i) => text(i.querySelector('.badge')))).toEqual(['Not significant', 'Not significant', 'Not significant']);
      expect(await axeViolations(el)).toEqual([]);
      await userEvent.keyboard(' ');
      await el.updateComplete;
      expect(root.querySelectorAll('.insight')).toHaveLength(6);
      expect(root.activeElement).toBe(toggle);
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
    });

    it('follows the limit attribute, and shows all with limit 0', async () => {
      const two = await mount(many, undefined, 2);
      expect(two.limit).toBe(2);
      expect(two.shadowRoot!.querySelectorAll('.insight')).toHaveLength(2);
      expect(text(two.shadowRoot!.querySelector('.more'))).toContain('18 more insights');
      const all = await mount(many, undefined, 0);
      expect(all.shadowRoot!.querySelectorAll('.insight')).toHaveLength(20);
      expect(all.shadowRoot!.querySelector('.toggle')).toBeNull();
      const onlyNotSignificant = await mount({ ...many, insights: many.insights.slice(-3) }, undefined, 1);
      expect(text(onlyNotSignificant.shadowRoot!.querySelector('.more'))).toBe('2 more insights are not shown: none of them is significant after Benjamini–Hochberg adjustment.');
    });

    it('speaks French on the toggle and the note', async () => {
      const el = await mount(many, 'fr');
      const root = el.shadowRoot!;
      expect(text(root.querySelector('.toggle'))).toBe('Afficher les 20 enseignements');
      expect(text(root.querySelector('.more'))).toBe('14 autres enseignements ne sont pas affichés, dont 3 non significatifs après correction de Benjamini–Hochberg.');
      root.querySelector<HTMLButtonElement>('.toggle')!.click();
      await el.updateComplete;
      expect(text(root.querySelector('.toggle'))).toBe('Afficher moins');
    });
  });
});
