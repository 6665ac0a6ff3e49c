import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/dashboard/dashboard.ts';
import type { SymWorkspace } from '../../src/components/workspace/workspace.ts';
import type { SymDashboard } from '../../src/components/dashboard/dashboard.ts';
import type { SymKpi } from '../../src/components/kpi/kpi.ts';
import { axeViolations } from '../helpers/axe.ts';
import { mountInWorkspace } from '../helpers/workspace.ts';
import { analyze } from '../../src/analytics/analyze.ts';
import type { WorkspaceState } from '../../src/components/shared/workspace-context.ts';
import { syntheticDataset } from '../analytics/aggregate.fixtures.ts';

async function mount(lang?: string): Promise<{ workspace: SymWorkspace; dashboard: SymDashboard }> {
  const dashboard = document.createElement('sym-dashboard');
  // One database for the whole file: the sample is loaded once and the tests after the first reuse it.
  const workspace = mountInWorkspace({ database: 'dashboard-browser-test', sample: true, filterDelay: 10, lang }, dashboard);
  await expect.poll(() => workspace.state.status, { timeout: 30_000 }).toBe('ready');
  await dashboard.updateComplete;
  // The panels below the scatter join one task after the first paint.
  await expect.poll(() => dashboard.shadowRoot!.querySelector('sym-insights')).not.toBeNull();
  return { workspace, dashboard };
}

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

afterEach(() => document.body.replaceChildren());

describe('<sym-dashboard>', () => {
  it('shows real organisation-wide KPI values next to a filter bar, axe clean', async () => {
    const { dashboard } = await mount();
    const tiles = [...dashboard.shadowRoot!.querySelectorAll('sym-kpi')];
    expect(tiles).toHaveLength(6);
    await Promise.all(tiles.map((t) => t.updateComplete));
    for (const tile of tiles) {
      expect(text(tile)).not.toContain('Loading');
      expect(text(tile)).toContain('Whole organisation');
    }
    expect(dashboard.shadowRoot!.querySelector('sym-filter-bar')).not.toBeNull();
    expect(dashboard.shadowRoot!.querySelectorAll('section.panel')).toHaveLength(8);
    expect(await axeViolations(dashboard)).toEqual([]);
  }, 60_000);

  it('cross-filters: a unit clicked on the scatter is followed by the KPI tiles and can be cleared', async () => {
    const { workspace, dashboard } = await mount();
    const scatter = dashboard.shadowRoot!.querySelector('sym-scatter')!;
    await scatter.updateComplete;
    const point = scatter.shadowRoot!.querySelector<SVGElement>('.point')!;
    point.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await expect.poll(() => workspace.state.selection.unit).toBeDefined();
    const unit = workspace.state.selection.unit!;
    const name = workspace.state.analysis!.facets.units.find((u) => u.id === unit)!.name;
    await dashboard.updateComplete;
    const tile = dashboard.shadowRoot!.querySelector('sym-kpi')!;
    await tile.updateComplete;
    expect(text(tile)).toContain(name);
    expect(dashboard.shadowRoot!.querySelector('[part=highlight]')!.textContent).toContain(name);
    dashboard.shadowRoot!.querySelector<HTMLButtonElement>('[part=highlight] button')!.click();
    expect(workspace.state.selection.unit).toBeUndefined();
    await tile.updateComplete;
    expect(text(tile)).toContain('Whole organisation');
  }, 60_000);

  it('filtering by period changes the figures and the periods shown, in French too', async () => {
    const { workspace, dashboard } = await mount('fr');
    const bar = dashboard.shadowRoot!.querySelector('sym-filter-bar')!;
    await bar.updateComplete;
    expect(text(bar)).toContain('Filtres');
    const tile = dashboard.shadowRoot!.querySelector<SymKpi>('sym-kpi[metric=nps]')!;
    const before = text(tile);
    const to = bar.shadowRoot!.querySelector<HTMLSelectElement>('select[name=periodTo]')!;
    to.value = to.options[2]!.value;
    to.dispatchEvent(new Event('change'));
    await expect.poll(() => workspace.state.analysis?.periods.length, { timeout: 30_000 }).toBe(3);
    await tile.updateComplete;
    expect(text(tile)).not.toBe(before);
    expect(text(tile)).toContain(to.options[2]!.textContent!.trim());
  }, 60_000);

  it('offers only the measures the data holds, and falls back from one it lacks', async () => {
    const data = syntheticDataset({ teams: 12, teamsPerSite: 4, sitesPerRegion: 3, quarters: 2 });
    const analysis = analyze({ ...data.employees, enps: undefined }, { ...data.customers, nps: undefined }, data.units);
    const dashboard = document.createElement('sym-dashboard');
    dashboard.workspace = { status: 'ready', analysis, selection: {}, request: {}, filter: {}, pending: false, revision: 0 } as unknown as WorkspaceState;
    dashboard.employee = 'enps';
    document.body.append(dashboard);
    await dashboard.updateComplete;
    const [employees, customers] = [...dashboard.shadowRoot!.querySelectorAll('select')].map((select) => [...select.options].map((o) => o.value));
    expect(customers).toEqual(['csat', 'ces', 'fcr']);
    expect(employees).not.toContain('enps');
    expect(employees![0]).toBe('engagement');
    expect(dashboard.customer).toBe('csat');
    expect(dashboard.employee).toBe('engagement');
    expect(dashboard.shadowRoot!.querySelector('sym-scatter')!.getAttribute('y')).toBe('csat');
  });
});
