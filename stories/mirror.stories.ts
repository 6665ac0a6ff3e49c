import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/mirror/mirror.ts';
import type { MirrorEntry, MirrorResult } from '../src/analytics/mirror.ts';
import type { WorkspaceState } from '../src/components/shared/workspace-context.ts';
import { generateSampleDataset } from '../src/model/sample-dataset.ts';
import { analyze } from '../src/analytics/analyze.ts';
import type { AnalysisResult } from '../src/analytics/analyze.ts';

let cached: AnalysisResult | undefined;
function sampleAnalysis(): AnalysisResult {
  if (!cached) {
    const data = generateSampleDataset({ scale: 0.3 });
    cached = analyze(data.employees, data.customers, data.units);
  }
  return cached;
}

/** A pair with its Fisher-z interval, as the analytics layer computes it. */
const pair = (employee: string, customer: MirrorEntry['customer'], expected: MirrorEntry['expected'], r: number, n: number, pAdjusted: number): MirrorEntry => {
  const half = 1.959964 / Math.sqrt(n - 3);
  const ci: [number, number] = Number.isFinite(r) ? [Math.tanh(Math.atanh(r) - half), Math.tanh(Math.atanh(r) + half)] : [Number.NaN, Number.NaN];
  return { employee, customer, expected, metric: employee, n, r, p: pAdjusted / 2, ci, rho: r, pAdjusted, significant: pAdjusted < 0.05, asExpected: Number.isNaN(r) ? null : expected === 'positive' ? r > 0 : r < 0 };
};

const mixed: MirrorResult = {
  caption: 'unit-level association',
  entries: [
    pair('recognition', 'nps', 'positive', 0.37, 96, 0.0004),
    pair('autonomy', 'fcr', 'positive', 0.12, 96, 0.31),
    pair('workload', 'ces', 'negative', 0.26, 96, 0.02),
    pair('wellbeing', 'csat', 'positive', Number.NaN, 2, Number.NaN),
  ],
  missing: [{ employee: 'development', customer: 'csat', expected: 'positive' }],
};

const loadingWorkspace = { status: 'loading', request: {}, selection: {}, select: () => undefined, refresh: async () => undefined } as unknown as WorkspaceState;

const meta: Meta = {
  title: 'Elements/sym-mirror',
  component: 'sym-mirror',
  parameters: { docs: { description: { component: 'The attention mirror: employee items against the customer measures they mirror, with r, CI, n, BH-adjusted p and whether each pair goes the expected way.' } } },
};
export default meta;
type Story = StoryObj;

export const Overview: Story = {
  render: () => html`<sym-mirror .analysis=${sampleAnalysis()}></sym-mirror>`,
  play: async ({ canvasElement }) => {
    const mirror = canvasElement.querySelector('sym-mirror')!;
    await mirror.updateComplete;
    const root = mirror.shadowRoot!;
    await expect(root.querySelectorAll('td.cell:not(.empty)')).toHaveLength(6);
    root.querySelector<HTMLElement>('td[tabindex="0"]')!.focus();
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(root.activeElement?.getAttribute('data-row')).toBe('1'));
    await userEvent.click(root.querySelector('.table-toggle')!);
    await waitFor(() => expect(root.querySelectorAll('.twin tbody tr')).toHaveLength(6));
  },
};

export const Mixed: Story = {
  render: () => html`<sym-mirror .data=${mixed}></sym-mirror>`,
  play: async ({ canvasElement }) => {
    const mirror = canvasElement.querySelector('sym-mirror')!;
    await mirror.updateComplete;
    const text = mirror.shadowRoot!.textContent!;
    await expect(text).toContain('opposite to expected');
    await expect(text).toContain('no estimate');
    await expect(text).toContain('Not in the data: Development ↔ CSAT.');
  },
};

export const Empty: Story = {
  render: () => html`<sym-mirror></sym-mirror>`,
  play: async ({ canvasElement }) => {
    const mirror = canvasElement.querySelector('sym-mirror')!;
    await mirror.updateComplete;
    await expect(mirror.shadowRoot!.textContent).toContain('No mirror pairs to show yet.');
  },
};

export const Loading: Story = {
  render: () => html`<sym-mirror .workspace=${loadingWorkspace}></sym-mirror>`,
  play: async ({ canvasElement }) => {
    const mirror = canvasElement.querySelector('sym-mirror')!;
    await mirror.updateComplete;
    await expect(mirror.shadowRoot!.querySelector('[aria-busy=true]')).not.toBeNull();
  },
};

export const French: Story = {
  render: () => html`<div lang="fr"><sym-mirror .data=${mixed}></sym-mirror></div>`,
  play: async ({ canvasElement }) => {
    const mirror = canvasElement.querySelector('sym-mirror')!;
    await mirror.updateComplete;
    await expect(mirror.shadowRoot!.textContent).toContain('contraire à l’attendu');
    await expect(mirror.shadowRoot!.textContent).toContain('+0,37');
  },
};

export const Dark: Story = {
  render: () => html`<div style="background:#0d1117;color:#e6edf3;padding:1rem;--sym-color-text:#e6edf3;--sym-color-muted:#9198a1;--sym-color-grid:#21262d;--sym-color-surface:#0d1117;--sym-color-border:#30363d;--sym-mirror-expected-color:#033a16;--sym-mirror-opposite-color:#3d1d00;--sym-mirror-neutral-color:#161b22">
    <sym-mirror .data=${mixed}></sym-mirror></div>`,
  play: async ({ canvasElement }) => {
    const mirror = canvasElement.querySelector('sym-mirror')!;
    await mirror.updateComplete;
    await expect(mirror.shadowRoot!.querySelectorAll('td.cell[data-significant]')).toHaveLength(2);
  },
};
