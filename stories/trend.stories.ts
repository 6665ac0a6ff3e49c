import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/trend/trend.ts';
import type { TrendData } from '../src/components/trend/trend.types.ts';
import type { WorkspaceState } from '../src/components/shared/workspace-context.ts';
import { generateSampleDataset } from '../src/model/sample-dataset.ts';
import type { SampleDataset } from '../src/model/sample-dataset.ts';
import { analyze } from '../src/analytics/analyze.ts';
import type { AnalysisResult } from '../src/analytics/analyze.ts';

let cached: { sample: SampleDataset; analysis: AnalysisResult } | undefined;
/** The built-in sample dataset (at 30% of its size, to keep the story quick) and its analysis. */
function sample() {
  if (!cached) {
    const data = generateSampleDataset({ scale: 0.3 });
    cached = { sample: data, analysis: analyze(data.employees, data.customers, data.units, { lag: 2 }) };
  }
  return cached;
}

const periods = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'];
const engagement = [3.42, 3.46, null, 3.51, 3.58, null, 3.66, 3.71];
const nps = [14, 12, 17, 19, null, 24, 27, 31];
const small: TrendData = {
  periods,
  unit: 'lyon-front',
  unitName: 'Lyon Part-Dieu – Équipe Accueil',
  employee: {
    metric: 'engagement', threshold: 5,
    points: periods.map((period, i) => {
      const value = engagement[i]!;
      return value === null ? { period, value: null, n: 0, gap: 'below-threshold' as const } : { period, value, ci: [value - 0.14, value + 0.14] as [number, number], n: 11 + i };
    }),
  },
  customer: {
    metric: 'nps', threshold: 10,
    points: periods.map((period, i) => {
      const value = nps[i]!;
      return value === null ? { period, value: null, n: 0, gap: 'few-customers' as const } : { period, value, ci: [value - 9, value + 9] as [number, number], n: 70 + 3 * i };
    }),
  },
  annotations: [
    { date: '2025-06-12', label: 'Élodie thanked by name in 14 customer comments', kind: 'kudos' },
    { date: '2025-11-20', label: 'Regional service award', kind: 'award' },
    { date: '2026-09-03', label: 'Story: the Saturday rescue', kind: 'story' },
  ],
};

const loadingWorkspace = { status: 'loading', request: {}, selection: {}, select: () => undefined, refresh: async () => undefined } as unknown as WorkspaceState;

const meta: Meta = {
  title: 'Elements/sym-trend',
  component: 'sym-trend',
  parameters: { docs: { description: { component: 'An employee and a customer metric over periods on two aligned panels, with 95% CI bands, suppressed periods as labelled gaps and story, award and kudos annotations.' } } },
};
export default meta;
type Story = StoryObj;

export const Overview: Story = {
  render: () => html`<sym-trend width="720" .analysis=${sample().analysis} .stories=${sample().sample.stories}></sym-trend>`,
  play: async ({ canvasElement }) => {
    const trend = canvasElement.querySelector('sym-trend')!;
    await trend.updateComplete;
    const root = trend.shadowRoot!;
    await expect(root.querySelectorAll('svg[part=plot] [data-side=customer] .point').length).toBeGreaterThan(0);
    await expect(root.querySelectorAll('.annotation').length).toBeGreaterThan(0);
    const first = root.querySelector<SVGElement>('.focus-target[tabindex="0"]')!;
    first.focus();
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(root.activeElement?.getAttribute('data-key')).toBe('employee:1'));
  },
};

export const SuppressedPeriods: Story = {
  render: () => html`<sym-trend width="720" .data=${small}></sym-trend>`,
  play: async ({ canvasElement }) => {
    const trend = canvasElement.querySelector('sym-trend')!;
    await trend.updateComplete;
    const root = trend.shadowRoot!;
    await expect(root.querySelectorAll('.gap[data-reason=below-threshold]')).toHaveLength(2);
    await expect(root.querySelector('figcaption')!.textContent).toContain('Engagement: 2 periods not shown (fewer than 5 answers).');
    await userEvent.click(root.querySelector('.table-toggle')!);
    await waitFor(() => expect(root.querySelectorAll('tbody tr')).toHaveLength(8));
  },
};

export const SmallTeamFromSample: Story = {
  render: () => html`<sym-trend width="640" unit="saint-etienne-front" employee="recognition" .analysis=${sample().analysis}></sym-trend>`,
  play: async ({ canvasElement }) => {
    const trend = canvasElement.querySelector('sym-trend')!;
    await trend.updateComplete;
    await expect(trend.shadowRoot!.querySelectorAll('.gap').length).toBeGreaterThan(0);
  },
};

export const Empty: Story = {
  render: () => html`<sym-trend width="480"></sym-trend>`,
  play: async ({ canvasElement }) => {
    const trend = canvasElement.querySelector('sym-trend')!;
    await trend.updateComplete;
    await expect(trend.shadowRoot!.textContent).toContain('No trend to show yet.');
  },
};

export const Loading: Story = {
  render: () => html`<sym-trend width="480" .workspace=${loadingWorkspace}></sym-trend>`,
  play: async ({ canvasElement }) => {
    const trend = canvasElement.querySelector('sym-trend')!;
    await trend.updateComplete;
    await expect(trend.shadowRoot!.querySelector('[aria-busy=true]')).not.toBeNull();
  },
};

export const French: Story = {
  render: () => html`<div lang="fr"><sym-trend width="720" .data=${small}></sym-trend></div>`,
  play: async ({ canvasElement }) => {
    const trend = canvasElement.querySelector('sym-trend')!;
    await trend.updateComplete;
    const caption = trend.shadowRoot!.querySelector('figcaption')!.textContent!;
    await expect(caption).toContain('Engagement est passé de 3,42 au T1 2025 à 3,71 au T4 2026.');
    await expect(caption).toContain('moins de 10 réponses clients');
  },
};

export const Narrow: Story = {
  render: () => html`<div style="width:360px"><sym-trend .data=${small}></sym-trend></div>`,
  play: async ({ canvasElement }) => {
    const trend = canvasElement.querySelector('sym-trend')!;
    await waitFor(() => expect(Number(trend.shadowRoot!.querySelector('svg[part=plot]')!.getAttribute('width'))).toBeLessThanOrEqual(360));
  },
};

export const Dark: Story = {
  render: () => html`<div style="background:#0d1117;color:#e6edf3;padding:1rem;--sym-color-text:#e6edf3;--sym-color-muted:#9198a1;--sym-color-grid:#21262d;--sym-color-surface:#0d1117;--sym-color-border:#30363d;--sym-trend-employee-color:#4493f8;--sym-trend-customer-color:#f0883e;--sym-trend-annotation-color:#ab7df8">
    <sym-trend width="720" .data=${small}></sym-trend></div>`,
  play: async ({ canvasElement }) => {
    const trend = canvasElement.querySelector('sym-trend')!;
    await trend.updateComplete;
    await expect(trend.shadowRoot!.querySelectorAll('svg[part=plot] .annotation')).toHaveLength(3);
  },
};
