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
    await expect(root.querySelectorAll('.sentence')[3]!.textContent).toContain('Teams with higher eNPS have lower customer effort 2 quarters later');
    // The keyboard path (Enter on the focused summary) is covered by the browser test with real key presses.
    await userEvent.click(root.querySelector<HTMLElement>('summary')!);
    await waitFor(() => expect(root.querySelector('details')!.open).toBe(true));
    await expect(root.querySelector('details')!.textContent).toContain('ICC(2)');
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

export const Dark: Story = {
  render: () => html`<div style="background:#0d1117;color:#e6edf3;padding:1rem;--sym-color-text:#e6edf3;--sym-color-muted:#9198a1;--sym-color-grid:#21262d;--sym-color-surface:#161b22;--sym-color-border:#30363d;--sym-insights-significant-color:#4493f8">
    <sym-insights .data=${data}></sym-insights></div>`,
  play: async ({ canvasElement }) => {
    const insights = canvasElement.querySelector('sym-insights')!;
    await insights.updateComplete;
    await expect(insights.shadowRoot!.querySelectorAll('.badge')).toHaveLength(5);
  },
};
