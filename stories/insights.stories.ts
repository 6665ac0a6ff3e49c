import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/insights/insights.ts';
import type { Insight, InsightsData } from '../src/components/insights/insights.types.ts';

const caveat = 'unit-level-association-not-causation' as const;
const lagInsight: Insight = { kind: 'lag', employee: 'recognition', customer: 'nps', n: 595, effect: { r: 0.41, ci: [0.33, 0.48] }, pAdjusted: 0.002, significant: true, strength: 'moderate', direction: 'positive', lag: 1, caveat };
const notSignificantInsight: Insight = { kind: 'linkage', employee: 'workload', customer: 'csat', n: 610, effect: { r: -0.07, ci: [-0.15, 0.01] }, pAdjusted: 0.18, significant: false, strength: 'negligible', direction: 'negative', caveat };
const data: InsightsData = {
  unitKind: 'team',
  granularity: 'quarter',
  thresholds: { minEmployees: 5, minCustomers: 10 },
  reliability: [
    { metric: 'engagement', icc1: 0.12, icc2: 0.74 },
    { metric: 'recognition', icc1: 0.09, icc2: 0.66 },
    { metric: 'enps', icc1: 0.07, icc2: 0.61 },
  ],
  insights: [
    lagInsight,
    { kind: 'linkage', employee: 'engagement', customer: 'nps', n: 612, effect: { r: 0.36, ci: [0.29, 0.43] }, pAdjusted: 0.0001, significant: true, strength: 'moderate', direction: 'positive', caveat },
    { kind: 'driver', employee: 'manager_support', customer: 'nps', n: 142, effect: { r: 0.29, ci: [0.13, 0.43] }, pAdjusted: 0.004, significant: true, strength: 'small', direction: 'positive', caveat },
    { kind: 'lag', employee: 'enps', customer: 'ces', n: 560, effect: { r: -0.21, ci: [-0.29, -0.13] }, pAdjusted: 0.0003, significant: true, strength: 'small', direction: 'negative', lag: 2, caveat },
    notSignificantInsight,
  ],
};

/** A dashboard-sized list (19 insights) of every kind, as the sample dataset gives. */
const nan: [number, number] = [Number.NaN, Number.NaN];
const pairs = ['autonomy', 'engagement', 'workload', 'recognition', 'wellbeing', 'development'].flatMap((employee) => (['nps', 'csat'] as const).map((customer) => ({ employee, customer })));
const many: InsightsData = {
  ...data,
  insights: [
    ...pairs.map(({ employee, customer }, i): Insight => {
      const r = Math.round((0.62 - i * 0.025) * 100) / 100;
      return customer === 'nps'
        ? { kind: 'lag', employee, customer, n: 548, effect: { r, ci: [r - 0.06, r + 0.06] }, pAdjusted: 1e-8, significant: true, strength: r >= 0.5 ? 'strong' : 'moderate', direction: 'positive', lag: 1, caveat }
        : { kind: 'linkage', employee, customer, n: 96, effect: { r, ci: [r - 0.16, r + 0.12] }, pAdjusted: 1e-4, significant: true, strength: r >= 0.5 ? 'strong' : 'moderate', direction: 'positive', caveat };
    }),
    { kind: 'driver', employee: 'autonomy', customer: 'ces', n: 96, effect: { r: -0.68, ci: nan }, pAdjusted: 1e-12, significant: true, strength: 'strong', direction: 'negative', caveat, driver: { rescaled: 34, rSquared: 0.52 } },
    { kind: 'quadrant', employee: 'engagement', customer: 'nps', n: 96, effect: { r: 0.39, ci: [0.21, 0.55] }, pAdjusted: 2e-4, significant: true, strength: 'moderate', direction: 'positive', caveat, quadrants: { virtuous: 30, fragile: 18, untapped: 20, critical: 28 } },
    { kind: 'reliability', employee: 'engagement', customer: null, n: 24932, effect: { r: Number.NaN, ci: nan }, pAdjusted: Number.NaN, significant: false, strength: 'negligible', direction: 'none', caveat, reliability: { icc1: 0.12, icc2: 0.74, reliable: true } },
    { kind: 'reliability', employee: 'recognition', customer: null, n: 23693, effect: { r: Number.NaN, ci: nan }, pAdjusted: Number.NaN, significant: false, strength: 'negligible', direction: 'none', caveat, reliability: { icc1: 0.09, icc2: 0.66, reliable: false } },
    notSignificantInsight,
    { kind: 'linkage', employee: 'recognition', customer: 'fcr', n: 96, effect: { r: 0.09, ci: [-0.11, 0.29] }, pAdjusted: 0.37, significant: false, strength: 'negligible', direction: 'positive', caveat },
    { kind: 'linkage', employee: 'development', customer: 'fcr', n: 96, effect: { r: 0.2, ci: [-0.0, 0.38] }, pAdjusted: 0.061, significant: false, strength: 'small', direction: 'positive', caveat },
  ],
};

const meta: Meta = {
  title: 'Elements/sym-insights',
  component: 'sym-insights',
  parameters: { docs: { description: { component: 'Plain-language insights with n, effect size and CI, BH significance and the causation caveat, plus how they are computed.' } } },
};
export default meta;
type Story = StoryObj;

export const Overview: Story = {
  render: () => html`<sym-insights .data=${data}></sym-insights>`,
  play: async ({ canvasElement }) => {
    const insights = canvasElement.querySelector('sym-insights')!;
    await insights.updateComplete;
    const root = insights.shadowRoot!;
    await expect(root.querySelectorAll('.insight')).toHaveLength(5);
    await expect(root.querySelector('.sentence')!.textContent).toBe(
      'Teams with higher recognition have higher NPS one quarter later: r = 0.41 (95% CI 0.33 to 0.48), n = 595 team-quarters, moderate association, significant after Benjamini–Hochberg adjustment (p = 0.002).',
    );
    await expect(root.querySelectorAll('.sentence')[2]!.textContent).toContain('Teams with higher eNPS have lower customer effort 2 quarters later');
    await expect([...root.querySelectorAll<HTMLElement>('.insight')].map((i) => i.dataset['kind'])).toEqual(['lag', 'linkage', 'lag', 'driver', 'linkage']);
    await expect(root.querySelectorAll('.group-heading')).toHaveLength(3);
    // The keyboard path (Enter on the focused summary) is covered by the browser test with real key presses.
    await userEvent.click(root.querySelector<HTMLElement>('summary')!);
    await waitFor(() => expect(root.querySelector('details')!.open).toBe(true));
    await expect(root.querySelector('details')!.textContent).toContain('ICC(2)');
  },
};

/** Nineteen insights: the six most useful first, the rest (3 not significant) behind "Show all". */
export const LongList: Story = {
  render: () => html`<sym-insights .data=${many}></sym-insights>`,
  play: async ({ canvasElement }) => {
    const insights = canvasElement.querySelector('sym-insights')!;
    await insights.updateComplete;
    const root = insights.shadowRoot!;
    await expect(root.querySelectorAll('.insight')).toHaveLength(6);
    await expect(root.querySelector('.more')!.textContent).toBe('13 more insights are not shown, 3 of them not significant after Benjamini–Hochberg adjustment.');
    const toggle = root.querySelector<HTMLButtonElement>('.toggle')!;
    await expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(toggle);
    await waitFor(() => expect(root.querySelectorAll('.insight')).toHaveLength(19));
    await expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await expect(toggle.textContent!.trim()).toBe('Show fewer');
    await expect([...root.querySelectorAll('.group-heading')].map((h) => h.textContent)).toEqual([
      'Significant associations', 'Key drivers', 'Quadrants', 'Reliability of unit scores', 'Not significant after adjustment',
    ]);
    await userEvent.click(toggle);
    await waitFor(() => expect(root.querySelectorAll('.insight')).toHaveLength(6));
  },
};

/** A host page asking for three. */
export const Limit: Story = {
  render: () => html`<sym-insights limit="3" .data=${many}></sym-insights>`,
  play: async ({ canvasElement }) => {
    const insights = canvasElement.querySelector('sym-insights')!;
    await insights.updateComplete;
    await expect(insights.shadowRoot!.querySelectorAll('.insight')).toHaveLength(3);
    await expect(insights.shadowRoot!.querySelector('.toggle')!.textContent!.trim()).toBe('Show all 19 insights');
  },
};

export const NotSignificant: Story = {
  render: () => html`<sym-insights .data=${{ ...data, insights: [notSignificantInsight] }}></sym-insights>`,
  play: async ({ canvasElement }) => {
    const insights = canvasElement.querySelector('sym-insights')!;
    await insights.updateComplete;
    const root = insights.shadowRoot!;
    await expect(root.querySelector('.badge')!.textContent).toBe('Not significant');
    await expect(root.querySelector('.sentence')!.textContent).toContain('not significant after Benjamini–Hochberg adjustment (p = 0.180)');
    await expect(root.querySelector('.caveat')!.textContent).toBe('Unit-level association, not causation.');
  },
};

export const Empty: Story = {
  render: () => html`<sym-insights .data=${{ insights: [] } satisfies InsightsData}></sym-insights>`,
  play: async ({ canvasElement }) => {
    const insights = canvasElement.querySelector('sym-insights')!;
    await insights.updateComplete;
    await expect(insights.shadowRoot!.textContent).toContain('No insights yet: there are not enough linked units and periods');
  },
};

export const French: Story = {
  render: () => html`<div lang="fr"><sym-insights .data=${data}></sym-insights></div>`,
  play: async ({ canvasElement }) => {
    const insights = canvasElement.querySelector('sym-insights')!;
    await insights.updateComplete;
    const root = insights.shadowRoot!;
    await expect(root.querySelector('.sentence')!.textContent).toBe(
      'Les équipes ayant un score « Reconnaissance » plus élevé ont un score « NPS » plus élevé un trimestre plus tard : r = 0,41 (IC à 95 % de 0,33 à 0,48), n = 595 équipes-trimestres, association modérée, significative après correction de Benjamini–Hochberg (p = 0,002).',
    );
    await expect(root.querySelector('summary')!.textContent).toBe('Comment est-ce calculé ?');
    await expect(root.querySelector('details tbody')!.textContent).toContain('0,74');
  },
};

export const FrenchLongList: Story = {
  render: () => html`<div lang="fr"><sym-insights .data=${many}></sym-insights></div>`,
  play: async ({ canvasElement }) => {
    const insights = canvasElement.querySelector('sym-insights')!;
    await insights.updateComplete;
    const root = insights.shadowRoot!;
    await expect(root.querySelector('.toggle')!.textContent!.trim()).toBe('Afficher les 19 enseignements');
    await expect(root.querySelector('.more')!.textContent).toContain('dont 3 non significatifs');
  },
};

export const Dark: Story = {
  render: () => html`<div style="background:#0d1117;color:#e6edf3;padding:1rem;--sym-color-text:#e6edf3;--sym-color-muted:#9198a1;--sym-color-grid:#21262d;--sym-color-surface:#161b22;--sym-color-border:#30363d;--sym-insights-significant-color:#4493f8">
    <sym-insights .data=${many}></sym-insights></div>`,
  play: async ({ canvasElement }) => {
    const insights = canvasElement.querySelector('sym-insights')!;
    await insights.updateComplete;
    await expect(insights.shadowRoot!.querySelectorAll('.badge')).toHaveLength(6);
    await userEvent.click(insights.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!);
    await waitFor(() => expect(insights.shadowRoot!.querySelectorAll('.badge')).toHaveLength(17));
  },
};
