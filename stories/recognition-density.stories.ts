import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/components/recognition-density/recognition-density.ts';
import type { AnalysisResult, UnitSummary } from '../src/analytics/analyze.ts';
import { densityLinkage } from '../src/recognition/density.ts';
import type { DensityCell } from '../src/recognition/density.ts';
import type { WorkspaceState } from '../src/components/shared/workspace-context.ts';

const cell = (unit: string, period: string, stories: number, awards: number, kudos: number, headcount: number): DensityCell =>
  ({ unit, period, stories, awards, kudos, headcount, density: (10 * (stories + awards + kudos)) / headcount });
const cells: DensityCell[] = [
  cell('lyon-care', '2026-Q1', 2, 0, 1, 10), cell('lyon-care', '2026-Q2', 0, 0, 1, 10),
  cell('dublin-chat', '2026-Q1', 0, 1, 0, 20), cell('dublin-chat', '2026-Q2', 2, 0, 2, 20),
  cell('paris-shop', '2026-Q1', 0, 0, 0, 5), cell('paris-shop', '2026-Q2', 1, 0, 0, 5),
];
function summary(unit: string, enps: number | null, nps: number | null): UnitSummary {
  const score = (s: number) => ({ score: s }) as never;
  return {
    unit, name: unit, level: 'team',
    employees: enps === null ? null : ({ n: 10, enps: score(enps), engagement: null, items: {} }),
    customers: nps === null ? null : ({ n: 30, nps: score(nps), csat: null, ces: null, fcr: null }),
  } as UnitSummary;
}
const analysis: Pick<AnalysisResult, 'periods'> = {
  periods: [
    { period: '2026-Q1', units: [summary('lyon-care', 30, 40), summary('dublin-chat', 10, 20), summary('paris-shop', -5, 15)], organisation: null },
    { period: '2026-Q2', units: [summary('lyon-care', 12, 35), summary('dublin-chat', 25, 38), summary('paris-shop', null, 30)], organisation: null },
  ],
};
const linkage = densityLinkage(cells, analysis);
const oneTeam = cells.filter((c) => c.unit === 'lyon-care');
const units = [{ id: 'lyon-care', name: 'Service Client Lyon' }, { id: 'dublin-chat', name: 'Live Chat Dublin' }, { id: 'paris-shop', name: 'Boutique Paris' }];
const failed = { status: 'error', error: { message: 'The stored data could not be read.' }, request: {}, selection: {}, filter: {}, pending: false, revision: 0 } as unknown as WorkspaceState;

const meta: Meta = {
  title: 'Recognition/sym-recognition-density',
  component: 'sym-recognition-density',
  parameters: { docs: { description: { component: 'Recognition density (published stories, awards and kudos per 10 employees) per team and period, and its unit-level correlation with eNPS and NPS: n, r, 95% CI, p and BH-adjusted p. Not causation.' } } },
};
export default meta;
type Story = StoryObj;

export const Overview: Story = {
  render: () => html`<sym-recognition-density .cells=${cells} .linkage=${linkage} .units=${units}></sym-recognition-density>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('sym-recognition-density')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelector('[data-metric=enps]')!.textContent).toContain('+0.96');
    await expect(el.shadowRoot!.querySelector('[part=caption]')!.textContent).toContain('not causation');
  },
};

export const Empty: Story = {
  render: () => html`<sym-recognition-density .cells=${[]}></sym-recognition-density>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('sym-recognition-density')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.textContent).toContain('No recognition recorded yet.');
  },
};

export const TooFewPairs: Story = {
  render: () => html`<sym-recognition-density .cells=${oneTeam} .linkage=${densityLinkage(oneTeam, analysis)} .units=${units}></sym-recognition-density>`,
};

export const Error: Story = {
  render: () => html`<sym-recognition-density .workspace=${failed}></sym-recognition-density>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('sym-recognition-density')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).toContain('The stored data could not be read.');
  },
};

export const French: Story = {
  render: () => html`<div lang="fr"><sym-recognition-density .cells=${cells} .linkage=${linkage} .units=${units}></sym-recognition-density></div>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('sym-recognition-density')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelector('[data-metric=enps]')!.textContent).toContain('+0,96');
  },
};

export const Dark: Story = {
  render: () => html`<div style="background:#0d1117;padding:1rem;--sym-color-surface:#161b22;--sym-color-text:#e6edf3;--sym-color-muted:#9198a1;--sym-color-border:#6e7681;--sym-color-accent:#1f6feb;--sym-color-danger:#f85149;--sym-color-positive:#3fb950;--sym-color-focus:#58a6ff">
    <sym-recognition-density .cells=${cells} .linkage=${linkage} .units=${units}></sym-recognition-density></div>`,
};
