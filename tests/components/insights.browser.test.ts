import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/insights/insights.ts';
import type { SymInsights } from '../../src/components/insights/insights.ts';
import type { InsightsData } from '../../src/components/insights/insights.types.ts';
import { axeViolations } from '../helpers/axe.ts';

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

async function mount(value: InsightsData | undefined, lang?: string): Promise<SymInsights> {
  const host = document.createElement('div');
  if (lang) host.lang = lang;
  const el = document.createElement('sym-insights');
  el.data = value;
  host.append(el);
  document.body.append(host);
  await el.updateComplete;
  return el;
}

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
    expect(text(items[1]!.querySelector('.sentence'))).toBe(
      'Teams with higher workload have lower CSAT: r = -0.07 (95% CI -0.15 to 0.01), n = 610 team-quarters, negligible association, not significant after Benjamini–Hochberg adjustment (p = 0.180).',
    );
    expect(text(items[2]!.querySelector('.sentence'))).toContain('Among the drivers of NPS, manager support stands out: r = 0.29');
    expect(text(items[2]!.querySelector('.sentence'))).toContain('(p < 0.001)');
    expect(items.map((i) => text(i.querySelector('.badge')))).toEqual(['Significant', 'Not significant', 'Significant']);
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
    expect(text(el.shadowRoot!.querySelectorAll('.insight .sentence')[1])).toContain('non significative après correction');
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
});
