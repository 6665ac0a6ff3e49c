import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/unit-table/unit-table.ts';
import type { UnitCell, UnitRow, UnitTableData } from '../src/components/unit-table/unit-table.types.ts';
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

const v = (value: number, n: number): UnitCell => ({ kind: 'value', value, n });
const row = (id: string, name: string, cells: Partial<UnitRow['cells']>, extra: Partial<UnitRow> = {}): UnitRow => ({
  id, name, parentId: null, level: 'team', respondents: 14, customers: 120,
  cells: { enps: v(12, 14), engagement: v(3.61, 14), nps: v(24, 118), csat: v(81.4, 120), ces: v(3.1, 96), fcr: v(72.5, 120), ...cells },
  ...extra,
});
const suppressed: UnitTableData = {
  minEmployees: 5,
  minCustomers: 10,
  period: '2026-Q3',
  rows: [
    row('lyon-front', 'Lyon Part-Dieu – Équipe Accueil', {}, { quadrant: 'virtuous' }),
    row('lyon-key', 'Lyon Part-Dieu – Grands comptes', { enps: { kind: 'suppressed', reason: 'below-threshold' }, engagement: { kind: 'suppressed', reason: 'below-threshold' } }, { respondents: null }),
    row('lyon-business', 'Lyon Part-Dieu – Entreprises', { enps: { kind: 'suppressed', reason: 'complementary' }, engagement: { kind: 'suppressed', reason: 'complementary' } }, { respondents: null }),
    row('back-office', 'Grenoble – Back office', { nps: { kind: 'suppressed', reason: 'few-customers' }, csat: { kind: 'suppressed', reason: 'few-customers' }, ces: { kind: 'suppressed', reason: 'few-customers' }, fcr: { kind: 'suppressed', reason: 'few-customers' } }, { customers: 6, quadrant: 'untapped' }),
  ],
};

const loadingWorkspace = { status: 'loading', request: {}, selection: {}, select: () => undefined, refresh: async () => undefined } as unknown as WorkspaceState;

const meta: Meta = {
  title: 'Elements/sym-unit-table',
  component: 'sym-unit-table',
  parameters: { docs: { description: { component: 'Sortable, filterable table of units with every metric and its n, quadrant and counts; suppressed cells say why.' } } },
};
export default meta;
type Story = StoryObj;

export const Overview: Story = {
  render: () => html`<sym-unit-table .analysis=${sampleAnalysis()}></sym-unit-table>`,
  play: async ({ canvasElement }) => {
    const table = canvasElement.querySelector('sym-unit-table')!;
    await table.updateComplete;
    const root = table.shadowRoot!;
    await expect(root.querySelectorAll('tbody tr:not([hidden])')).toHaveLength(120);
    await userEvent.click(root.querySelector('button[data-sort="engagement"]')!);
    await waitFor(() => expect(root.querySelector('button[data-sort="engagement"]')!.closest('th')!.getAttribute('aria-sort')).toBe('descending'));
    await userEvent.type(root.querySelector('input')!, 'equipe accueil');
    await waitFor(() => expect(root.querySelectorAll('tbody tr:not([hidden])').length).toBeLessThan(120));
  },
};

export const Suppressed: Story = {
  render: () => html`<sym-unit-table .data=${suppressed}></sym-unit-table>`,
  play: async ({ canvasElement }) => {
    const table = canvasElement.querySelector('sym-unit-table')!;
    await table.updateComplete;
    const text = table.shadowRoot!.querySelector('tbody')!.textContent!;
    await expect(text).toContain('fewer than 5 answers');
    await expect(text).toContain('hidden: would reveal a smaller group');
    await expect(text).toContain('fewer than 10 customer answers');
  },
};

export const Empty: Story = {
  render: () => html`<sym-unit-table></sym-unit-table>`,
  play: async ({ canvasElement }) => {
    const table = canvasElement.querySelector('sym-unit-table')!;
    await table.updateComplete;
    await expect(table.shadowRoot!.textContent).toContain('No units to show yet.');
  },
};

export const Loading: Story = {
  render: () => html`<sym-unit-table .workspace=${loadingWorkspace}></sym-unit-table>`,
  play: async ({ canvasElement }) => {
    const table = canvasElement.querySelector('sym-unit-table')!;
    await table.updateComplete;
    await expect(table.shadowRoot!.querySelector('[aria-busy=true]')).not.toBeNull();
  },
};

export const French: Story = {
  render: () => html`<div lang="fr"><sym-unit-table .data=${suppressed}></sym-unit-table></div>`,
  play: async ({ canvasElement }) => {
    const table = canvasElement.querySelector('sym-unit-table')!;
    await table.updateComplete;
    const text = table.shadowRoot!.textContent!;
    await expect(text).toContain('moins de 5 réponses');
    await expect(text).toContain('3,61');
  },
};

export const Dark: Story = {
  render: () => html`<div style="background:#0d1117;color:#e6edf3;padding:1rem;--sym-color-text:#e6edf3;--sym-color-muted:#9198a1;--sym-color-grid:#21262d;--sym-color-surface:#0d1117;--sym-color-border:#30363d;--sym-color-hover:#161b22;--sym-unit-table-selected-color:#0c2d6b">
    <sym-unit-table .data=${suppressed} selected="lyon-front"></sym-unit-table></div>`,
  play: async ({ canvasElement }) => {
    const table = canvasElement.querySelector('sym-unit-table')!;
    await table.updateComplete;
    await expect(table.shadowRoot!.querySelector('tr[data-selected]')).not.toBeNull();
  },
};
