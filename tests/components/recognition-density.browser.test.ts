import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/workspace/workspace.ts';
import '../../src/components/recognition-density/recognition-density.ts';
import type { SymRecognitionDensity } from '../../src/components/recognition-density/recognition-density.ts';
import type { SymWorkspace } from '../../src/components/workspace/workspace.ts';
import { createAnalyticsClient } from '../../src/worker/client.ts';
import type { AnalysisResult, UnitSummary } from '../../src/analytics/analyze.ts';
import { densityLinkage } from '../../src/recognition/density.ts';
import type { DensityCell } from '../../src/recognition/density.ts';
import { formatNumber } from '../../src/i18n/format.ts';
import { axeViolations } from '../helpers/axe.ts';

// The fixture of tests/recognition/density.test.ts (scipy: r = 0.9567 and 0.8650, BH p = 0.0215 and 0.0261).
const cell = (unit: string, period: string, stories: number, awards: number, kudos: number, headcount: number): DensityCell =>
  ({ unit, period, stories, awards, kudos, headcount, density: headcount > 0 ? (10 * (stories + awards + kudos)) / headcount : Number.NaN });
const cells: DensityCell[] = [
  cell('A', '2026-Q1', 2, 0, 1, 10), cell('A', '2026-Q2', 0, 0, 1, 10), cell('B', '2026-Q1', 0, 1, 0, 20), cell('B', '2026-Q2', 2, 0, 2, 20),
  cell('C', '2026-Q1', 0, 0, 0, 5), cell('C', '2026-Q2', 1, 0, 0, 5), cell('D', '2026-Q1', 0, 0, 0, Number.NaN), cell('D', '2026-Q2', 0, 0, 0, Number.NaN),
];
function summary(unit: string, enps: number | null, nps: number | null): UnitSummary {
  const score = (s: number) => ({ score: s }) as never;
  return {
    unit, name: unit, parentId: 'root', level: 'team',
    employees: enps === null ? null : ({ n: 10, enps: score(enps), engagement: null, items: {} }),
    customers: nps === null ? null : ({ n: 30, nps: score(nps), csat: null, ces: null, fcr: null }),
  };
}
const analysis: Pick<AnalysisResult, 'periods'> = {
  periods: [
    { period: '2026-Q1', units: [summary('A', 30, 40), summary('B', 10, 20), summary('C', -5, 15)], organisation: null },
    { period: '2026-Q2', units: [summary('A', 12, 35), summary('B', 25, 38), summary('C', null, 30)], organisation: null },
  ],
};
const units = [{ id: 'A', name: 'Accueil' }, { id: 'B', name: 'Boutique' }, { id: 'C', name: 'Centre d’appels' }, { id: 'D', name: 'Dépôt' }];

// Standalone, the element renders the linkage it is given; the worker computes the same with `densityLinkage`.
const linkage = densityLinkage(cells, analysis);

async function mount(lang?: string, props: Partial<Pick<SymRecognitionDensity, 'cells' | 'linkage'>> = { cells, linkage }): Promise<SymRecognitionDensity> {
  const host = document.createElement('div');
  if (lang) host.lang = lang;
  const el = document.createElement('sym-recognition-density');
  Object.assign(el, props);
  el.units = units;
  host.append(el);
  document.body.append(host);
  await el.updateComplete;
  return el;
}

async function until(check: () => boolean, timeout = 15_000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

const q = <T extends Element>(el: SymRecognitionDensity, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const cellsOf = (row: Element) => [...row.querySelectorAll('th, td')].map((c) => c.textContent!.trim());

afterEach(() => document.body.replaceChildren());

describe('<sym-recognition-density>', () => {
  it('shows n, r, CI, p and BH p for eNPS and NPS with the not-causation caption; no axe violations', async () => {
    const el = await mount();
    expect(cellsOf(q(el, '[data-metric=enps]'))).toEqual(['Density and eNPS', '5', '+0.96', '+0.48 to +1.00', '0.011', '0.022']);
    expect(cellsOf(q(el, '[data-metric=nps]'))).toEqual(['Density and NPS', '6', '+0.87', '+0.18 to +0.99', '0.026', '0.026']);
    expect(q(el, '[part=caption]').textContent).toContain('Unit-level association across teams and periods, not causation');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('lists every team of the latest period alphabetically, and switches period with the keyboard', async () => {
    const el = await mount();
    expect(q(el, 'caption#table-caption').textContent).toBe('Recognition per team, Q2 2026');
    const rows = [...el.shadowRoot!.querySelectorAll('[part=table] tbody tr')].map(cellsOf);
    expect(rows).toEqual([
      ['Accueil', '0', '0', '1', '10', '1.0'],
      ['Boutique', '2', '0', '2', '20', '2.0'],
      ['Centre d’appels', '1', '0', '0', '5', '2.0'],
      // Unknown headcount: no density rather than zero.
      ['Dépôt', '0', '0', '0', '–', '–'],
    ]);
    q<HTMLSelectElement>(el, '#period').focus();
    await userEvent.selectOptions(q<HTMLSelectElement>(el, '#period'), '2026-Q1');
    await el.updateComplete;
    expect(cellsOf(q(el, '[data-unit=A]'))).toEqual(['Accueil', '2', '0', '1', '10', '3.0']);
  });

  it('says when a correlation is undefined, when there is nothing yet, and speaks French', async () => {
    const fewCells = cells.filter((c) => c.unit === 'A');
    const few = await mount(undefined, { cells: fewCells, linkage: densityLinkage(fewCells, analysis) });
    expect(q(few, '[data-metric=enps]').textContent).toContain('Too few pairs to correlate (n = 2');
    // Three pairs give an r but no Fisher interval: shown as a dash, not "NaN".
    const threeCells = cells.filter((c) => c.period === '2026-Q1');
    const three = await mount(undefined, { cells: threeCells, linkage: densityLinkage(threeCells, analysis) });
    expect(cellsOf(q(three, '[data-metric=enps]'))[3]).toBe('–');
    const none = await mount(undefined, { cells: [] });
    expect(q(none, '[data-empty]').textContent).toBe('No recognition recorded yet.');
    const noAnalysis = await mount(undefined, { cells });
    expect(q(noAnalysis, '[data-no-analysis]')).not.toBeNull();
    const fr = await mount('fr');
    expect(cellsOf(q(fr, '[data-metric=enps]'))).toEqual(['Densité et eNPS', '5', '+0,96', '+0,48 à +1,00', '0,011', '0,022']);
    expect(q(fr, '[part=caption]').textContent).toContain('pas une causalité');
    expect(q(fr, 'caption#table-caption').textContent).toBe('Reconnaissance par équipe, T2 2026');
    expect(await axeViolations(fr)).toEqual([]);
  });

  it('reads density from IndexedDB through the workspace, kudos included, beside the workspace analysis', async () => {
    const database = `density-${crypto.randomUUID()}`;
    const setup = await createAnalyticsClient(database, { inThread: true });
    let team: { id: string; people: string[] };
    try {
      expect((await setup.api.loadSample({ seed: 5 })).ok).toBe(true);
      const unit = (await setup.api.units()).find((u) => (u.people?.length ?? 0) > 1 && (u.attributes?.size ?? 0) > 0)!;
      team = { id: unit.id, people: unit.people! };
      const given = await setup.api.giveKudos({ from: team.people[0]!, to: team.people[1]!, unit: team.id, value: 'care', message: 'Thank you' });
      expect(given.ok).toBe(true);
    } finally {
      setup.dispose();
    }
    const workspace = document.createElement('sym-workspace') as SymWorkspace;
    workspace.database = database;
    const el = document.createElement('sym-recognition-density');
    workspace.append(el);
    document.body.append(workspace);
    await until(() => el.shadowRoot!.querySelector('[part=table]') !== null, 60_000);
    const periods = [...el.shadowRoot!.querySelectorAll('#period option')].map((o) => o.getAttribute('value')!);
    expect(periods.length).toBeGreaterThan(1);
    // The kudos given today count in the current period's row of that team.
    const kudosCells = [...el.shadowRoot!.querySelectorAll(`[data-unit="${team.id}"] td:nth-of-type(3)`)].map((c) => c.textContent);
    expect(kudosCells).toEqual(['1']);
    // Correlated over the analysis' teams × periods, with a defined r.
    await until(() => el.shadowRoot!.querySelector('[data-metric=nps] td:nth-of-type(2)') !== null, 60_000);
    const [n, r] = [...el.shadowRoot!.querySelectorAll('[data-metric=nps] td')].map((c) => c.textContent!);
    expect(Number(n!.replace(/\D/g, ''))).toBeGreaterThan(100);
    expect(r).toMatch(/^[+−-]?0\.\d\d$|^0\.00$/);
    // The worker's linkage is the one of its cells and the workspace's own analysis, computed here for comparison.
    const ws = el.workspace!;
    const workerCells = await ws.client!.api.recognitionDensity({ granularity: ws.request.granularity, periods: ws.analysis!.periods.map((p) => p.period) });
    for (const expected of densityLinkage(workerCells, ws.analysis!)) {
      const shown = [...el.shadowRoot!.querySelectorAll(`[data-metric=${expected.metric}] td`)].map((c) => c.textContent!.trim());
      expect(shown[0]).toBe(formatNumber('en', expected.pearson.n));
      expect(shown[1]).toBe(formatNumber('en', expected.pearson.r, 2, true));
    }
  }, 120_000);
});
