import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/filter-bar/filter-bar.ts';
import '../../src/components/workspace/workspace.ts';
import '../../src/components/kpi/kpi.ts';
import type { SymFilterBar } from '../../src/components/filter-bar/filter-bar.ts';
import type { SymFilterChangeEvent } from '../../src/components/filter-bar/filter-change-event.ts';
import type { SymWorkspace } from '../../src/components/workspace/workspace.ts';
import type { FilterFacets } from '../../src/analytics/filters.ts';
import { axeViolations } from '../helpers/axe.ts';

const facets: FilterFacets = {
  periods: ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'],
  units: [
    { id: 'north', name: 'North', parentId: null, level: 'region' },
    { id: 'south', name: 'South', parentId: null, level: 'region' },
    { id: 'lyon', name: 'Lyon', parentId: 'south', level: 'site' },
    { id: 'lille', name: 'Lille', parentId: 'north', level: 'site' },
    { id: 'lyon-care', name: 'Lyon Care', parentId: 'lyon', level: 'team' },
    { id: 'lyon-chat', name: 'Lyon Chat', parentId: 'lyon', level: 'team' },
  ],
  segments: ['B2B', 'B2C'],
  channels: ['chat', 'phone'],
};

async function mount(lang?: string): Promise<{ bar: SymFilterBar; events: SymFilterChangeEvent[] }> {
  const host = document.createElement('div');
  if (lang) host.lang = lang;
  const bar = document.createElement('sym-filter-bar');
  bar.facets = facets;
  const events: SymFilterChangeEvent[] = [];
  host.addEventListener('sym-filter-change', (e) => events.push(e));
  host.append(bar);
  document.body.append(host);
  await bar.updateComplete;
  return { bar, events };
}

const select = (bar: SymFilterBar, name: string) => bar.shadowRoot!.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;

async function choose(bar: SymFilterBar, name: string, value: string): Promise<void> {
  const element = select(bar, name);
  element.value = value;
  element.dispatchEvent(new Event('change', { bubbles: true }));
  await bar.updateComplete;
}

afterEach(() => document.body.replaceChildren());

describe('<sym-filter-bar>', () => {
  it('has no axe violations, with a unit chosen down to the team level', async () => {
    const { bar } = await mount();
    bar.filter = { units: ['lyon'], periodFrom: '2026-Q2' };
    await bar.updateComplete;
    expect(await axeViolations(bar)).toEqual([]);
    expect([...bar.shadowRoot!.querySelectorAll('select')].map((s) => s.name)).toEqual(['periodFrom', 'periodTo', 'unit-0', 'unit-1', 'unit-2', 'segment', 'channel']);
  });

  it('fires sym-filter-change with the whole filter, bubbling out of shadow roots', async () => {
    const { bar, events } = await mount();
    await choose(bar, 'periodFrom', '2026-Q2');
    await choose(bar, 'unit-0', 'south');
    await choose(bar, 'unit-1', 'lyon');
    await choose(bar, 'segment', 'B2B');
    expect(events.map((e) => e.detail.filter)).toEqual([
      { periodFrom: '2026-Q2' },
      { periodFrom: '2026-Q2', units: ['south'] },
      { periodFrom: '2026-Q2', units: ['lyon'] },
      { periodFrom: '2026-Q2', units: ['lyon'], segment: ['B2B'] },
    ]);
    expect(events[0]!.bubbles && events[0]!.composed).toBe(true);
    // Back to "all sites" keeps the region.
    await choose(bar, 'unit-1', '');
    expect(events.at(-1)!.detail.filter.units).toEqual(['south']);
    // A start after the end moves the end.
    await choose(bar, 'periodTo', '2026-Q3');
    await choose(bar, 'periodFrom', '2026-Q4');
    expect(events.at(-1)!.detail.filter).toMatchObject({ periodFrom: '2026-Q4', periodTo: '2026-Q4' });
    bar.shadowRoot!.querySelector<HTMLButtonElement>('[part=reset]')!.click();
    expect(events.at(-1)!.detail.filter).toEqual({});
    await bar.updateComplete;
    expect(bar.shadowRoot!.querySelector('[role=status]')!.textContent).toContain('No filter');
  });

  it('works from the keyboard: Tab reaches each control, arrows change a select', async () => {
    const { bar, events } = await mount();
    select(bar, 'periodFrom').focus();
    await userEvent.keyboard('{Tab}');
    expect(bar.shadowRoot!.activeElement).toBe(select(bar, 'periodTo'));
    await userEvent.keyboard('{Tab}');
    expect(bar.shadowRoot!.activeElement).toBe(select(bar, 'unit-0'));
    await userEvent.keyboard('{ArrowDown}');
    await bar.updateComplete;
    expect(events.at(-1)?.detail.filter.units).toEqual(['north']);
  });

  it('speaks French', async () => {
    const { bar } = await mount('fr');
    const text = bar.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('Filtres');
    expect(text).toContain('Du');
    expect(text).toContain('Toutes les régions');
    expect(text).toContain('Réinitialiser les filtres');
    expect(select(bar, 'periodFrom').options[0]!.textContent).toBe('T1 2026');
    expect(select(bar, 'channel').options[2]!.textContent).toBe('Téléphone');
    expect(await axeViolations(bar)).toEqual([]);
  });

  it('inside a workspace, filtering re-runs the analysis and changes the numbers shown', async () => {
    const workspace = document.createElement('sym-workspace') as SymWorkspace;
    workspace.sample = true;
    workspace.database = `filter-bar-test-${Date.now()}`;
    workspace.filterDelay = 10;
    workspace.innerHTML = '<sym-filter-bar></sym-filter-bar><sym-kpi metric="nps"></sym-kpi><sym-kpi metric="engagement"></sym-kpi>';
    document.body.append(workspace);
    await expect.poll(() => workspace.state.status, { timeout: 20_000 }).toBe('ready');
    const bar = workspace.querySelector('sym-filter-bar')!;
    const [nps, engagement] = [...workspace.querySelectorAll('sym-kpi')];
    await bar.updateComplete;
    const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    // The tiles render in their own tasks: wait until both show figures.
    await expect.poll(() => text(nps!), { timeout: 20_000 }).toContain('Whole organisation');
    await expect.poll(() => text(engagement!), { timeout: 20_000 }).toContain('Whole organisation');
    const before = text(nps!);
    const engagementBefore = text(engagement!);
    expect(before).toContain('Whole organisation');
    const segments = [...select(bar, 'segment').options].map((o) => o.value);
    expect(segments).toEqual(['', 'B2B', 'B2C']);
    await choose(bar, 'segment', 'B2B');
    expect(workspace.state.filter).toEqual({ segment: ['B2B'] });
    await expect.poll(() => workspace.state.analysis?.filter.segment?.[0], { timeout: 20_000 }).toBe('B2B');
    // New figures, not the loading state.
    await expect.poll(() => text(nps!).includes('Whole organisation') && text(nps!) !== before, { timeout: 20_000 }).toBe(true);
    // Segment is a customer attribute: employee figures stay as they were.
    await expect.poll(() => text(engagement!), { timeout: 20_000 }).toBe(engagementBefore);
    // A region filter: the tiles follow that unit.
    const region = select(bar, 'unit-0').options[1]!;
    await choose(bar, 'unit-0', region.value);
    await expect.poll(() => workspace.state.analysis?.filter.units?.[0], { timeout: 20_000 }).toBe(region.value);
    await expect.poll(() => text(engagement!), { timeout: 20_000 }).toContain(region.textContent!.trim());
    expect(workspace.state.analysis!.units.every((u) => u.unit === region.value || u.parentId !== null)).toBe(true);
    workspace.remove();
  });
});
