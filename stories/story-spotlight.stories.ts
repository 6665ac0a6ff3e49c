import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/story-spotlight/story-spotlight.ts';
import type { AnalysisResult } from '../src/analytics/analyze.ts';
import type { Story as RecognitionStory } from '../src/model/types.ts';
import type { WorkspaceState } from '../src/components/shared/workspace-context.ts';

const story: RecognitionStory = {
  id: 'story-7',
  title: 'The weekend rescue',
  body: 'Noah stayed on the line until the delivery was rerouted, then **called back on Monday** to check.',
  unit: 'paris-phone',
  people: ['Noah Dubois'],
  peopleConsent: { 'Noah Dubois': { given: true, at: '2025-08-01', how: 'in app' } },
  values: ['care', 'teamwork'],
  customerQuote: 'Noah saved our shop opening.',
  consent: { given: true, at: '2025-08-04', how: 'email' },
  status: 'published',
  reactions: 18,
  createdAt: '2025-08-03T09:30:00Z',
};

type Cell = { enps?: number | 'below-threshold'; nps?: number | 'few' };

/** A unit's eNPS and NPS by quarter, shaped like the analysis the workspace provides. */
function analysis(cells: Record<string, Cell>): AnalysisResult {
  const summary = (cell: Cell) => ({
    unit: 'paris-phone', name: 'Paris Phone', parentId: null, level: 'team',
    employees: typeof cell.enps === 'number' ? { n: 14, enps: { score: cell.enps, ci: [cell.enps - 15, cell.enps + 15], n: 14 }, engagement: null, items: {} } : null,
    ...(cell.enps === 'below-threshold' ? { employeesSuppressed: 'below-threshold' } : {}),
    customers: cell.nps === undefined ? null : { n: cell.nps === 'few' ? 7 : 60, nps: cell.nps === 'few' ? null : { score: cell.nps, ci: [0, 0], n: 60 }, csat: null, ces: null, fcr: null },
  });
  return {
    units: [summary({ enps: 20, nps: 30 })],
    periods: Object.entries(cells).map(([period, cell]) => ({ period, units: [summary(cell)] })),
    thresholds: { granularity: 'quarter', minEmployees: 5, minCustomers: 10 },
  } as unknown as AnalysisResult;
}

const steady = analysis({
  '2025-Q1': { enps: 8, nps: 21 }, '2025-Q2': { enps: 12, nps: 24 }, '2025-Q3': { enps: 18, nps: 31 },
  '2025-Q4': { enps: 22, nps: 35 }, '2026-Q1': { enps: 27, nps: 38 }, '2026-Q2': { enps: 25, nps: 41 },
});
const withGaps = analysis({
  '2025-Q1': { enps: 10, nps: 22 }, '2025-Q2': { enps: 'below-threshold', nps: 25 }, '2025-Q3': { enps: 18, nps: 31 },
  '2025-Q4': { enps: 24, nps: 'few' }, '2026-Q1': { enps: 27, nps: 38 },
});

const meta: Meta = {
  title: 'Elements/sym-story-spotlight',
  component: 'sym-story-spotlight',
  parameters: { docs: { description: { component: 'The story behind the number: a story beside its unit\'s eNPS and NPS before and after, with withheld periods as gaps and a data table.' } } },
};
export default meta;
type Story = StoryObj;

export const Overview: Story = {
  render: () => html`<sym-story-spotlight .story=${story} .analysis=${steady}></sym-story-spotlight>`,
  play: async ({ canvasElement }) => {
    const spotlight = canvasElement.querySelector('sym-story-spotlight')!;
    await spotlight.updateComplete;
    const root = spotlight.shadowRoot!;
    await expect(root.querySelector('.summary')!.textContent).toBe('eNPS: +12 in Q2 2025 before the story, +25 in Q2 2026 after it.');
    const first = root.querySelector<SVGElement>('.point[tabindex="0"]')!;
    first.focus();
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(root.activeElement?.getAttribute('aria-label')).toBe('eNPS, Q2 2025: +12'));
    await userEvent.click(root.querySelector('.table-toggle')!);
    await waitFor(() => expect(root.querySelectorAll('tbody tr')).toHaveLength(6));
  },
};

export const WithheldPeriods: Story = {
  render: () => html`<sym-story-spotlight .story=${story} .analysis=${withGaps}></sym-story-spotlight>`,
  play: async ({ canvasElement }) => {
    const spotlight = canvasElement.querySelector('sym-story-spotlight')!;
    await spotlight.updateComplete;
    await expect(spotlight.shadowRoot!.querySelectorAll('.gaps li')).toHaveLength(2);
  },
};

export const Empty: Story = {
  render: () => html`<sym-story-spotlight></sym-story-spotlight>`,
  play: async ({ canvasElement }) => {
    const spotlight = canvasElement.querySelector('sym-story-spotlight')!;
    await spotlight.updateComplete;
    await expect(spotlight.shadowRoot!.textContent).toContain('Choose a story to see the numbers around it.');
  },
};

const loadingWorkspace = { status: 'loading', request: {}, selection: {}, select: () => {}, refresh: async () => {} } as unknown as WorkspaceState;

export const Loading: Story = {
  render: () => html`<sym-story-spotlight story-id="story-7" .workspace=${loadingWorkspace}></sym-story-spotlight>`,
  play: async ({ canvasElement }) => {
    const spotlight = canvasElement.querySelector('sym-story-spotlight')!;
    await spotlight.updateComplete;
    await expect(spotlight.shadowRoot!.querySelector('[aria-busy=true]')).not.toBeNull();
  },
};

export const NoNumbers: Story = {
  render: () => html`<sym-story-spotlight .story=${story} .analysis=${analysis({})}></sym-story-spotlight>`,
  play: async ({ canvasElement }) => {
    const spotlight = canvasElement.querySelector('sym-story-spotlight')!;
    await spotlight.updateComplete;
    await expect(spotlight.shadowRoot!.textContent).toContain('No numbers for this unit yet.');
  },
};

export const French: Story = {
  render: () => html`<div lang="fr"><sym-story-spotlight .story=${story} .analysis=${withGaps}></sym-story-spotlight></div>`,
  play: async ({ canvasElement }) => {
    const spotlight = canvasElement.querySelector('sym-story-spotlight')!;
    await spotlight.updateComplete;
    await expect(spotlight.shadowRoot!.querySelector('.heading')!.textContent).toBe('L’histoire derrière le chiffre');
  },
};

export const Dark: Story = {
  render: () => html`<div style="background:#0d1117;color:#e6edf3;padding:1rem;--sym-color-text:#e6edf3;--sym-color-muted:#9198a1;--sym-color-grid:#21262d;--sym-color-border:#30363d;--sym-color-surface:#161b22;--sym-story-card-background:#0d1117;--sym-story-accent:#4493f8;--sym-story-quote-background:#161b22;--sym-story-tag-background:#0c2d6b;--sym-story-tag-color:#cae8ff;--sym-spotlight-enps-color:#4493f8;--sym-spotlight-nps-color:#f0883e;--sym-spotlight-story-color:#bc8cff">
    <sym-story-spotlight .story=${story} .analysis=${withGaps}></sym-story-spotlight></div>`,
  play: async ({ canvasElement }) => {
    const spotlight = canvasElement.querySelector('sym-story-spotlight')!;
    await spotlight.updateComplete;
    await expect(spotlight.shadowRoot!.querySelectorAll('.point')).toHaveLength(8);
  },
};
