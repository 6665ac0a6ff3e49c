import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/scatter/scatter.ts';
import '../../src/components/workspace/workspace.ts';
import type { SymScatter } from '../../src/components/scatter/scatter.ts';
import type { ScatterData, ScatterPoint } from '../../src/components/shared/chart-types.ts';
import type { UnitTrajectory } from '../../src/components/scatter/scatter-trajectories.ts';
import { trajectoriesFromAnalysis } from '../../src/components/scatter/scatter-trajectories.ts';
import { axeViolations, axeViolationsWithTable, openDataTable } from '../helpers/axe.ts';
import { mountElement } from '../helpers/mount.ts';

const data: ScatterData = {
  xMetric: 'engagement',
  yMetric: 'nps',
  period: '2026-Q3',
  points: [
    { id: 'a', name: 'Lyon Part-Dieu', x: 3.1, y: 12, n: 8, quadrant: 'critical' },
    { id: 'b', name: 'Saint-Étienne', x: 3.6, y: 30, n: 14, quadrant: 'fragile' },
    { id: 'c', name: 'London Bridge', x: 4.2, y: 41, n: 22, quadrant: 'virtuous' },
    { id: 'd', name: 'Montréal Centre', x: 4.0, y: 18, n: 11, quadrant: 'untapped' },
    { id: 'e', name: 'Équipe Accueil', x: 3.8, y: 35, n: 6, quadrant: 'virtuous' },
  ],
  correlation: { r: 0.71, ci: [-0.39, 0.98], p: 0.18, n: 5 },
};

const mount = (markup: (el: SymScatter) => void, lang?: string): Promise<SymScatter> => mountElement('sym-scatter', (el) => {
  el.width = 480;
  markup(el);
}, lang);

/** Deterministic synthetic units: a correlated cloud, every position distinct. */
function manyPoints(count: number): ScatterData {
  let seed = 42;
  const random = () => ((seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296);
  const quadrants = ['virtuous', 'fragile', 'untapped', 'critical'] as const;
  const points: ScatterPoint[] = Array.from({ length: count }, (_, i) => {
    const x = 2 + random() * 3;
    const y = -40 + (x - 2) * 25 + random() * 40;
    return { id: `u${i}`, name: `Unit ${i}`, x, y, n: 5 + Math.floor(random() * 40), quadrant: quadrants[i % 4] };
  });
  points.push({ id: 'lonely', name: 'Lonely unit', x: 2.2, y: 60, n: 12, quadrant: 'fragile' });
  return { xMetric: 'engagement', yMetric: 'nps', points, correlation: { r: 0.78, ci: [0.77, 0.79], p: 0, n: count } };
}

const trajectories: UnitTrajectory[] = [
  { id: 'a', name: 'Lyon Part-Dieu', steps: [
    { period: '2026-Q1', x: 2.8, y: 5, n: 7 }, { period: '2026-Q2', x: 3.0, y: 9, n: 8 },
    { period: '2026-Q3', x: null, y: null, n: 0 }, { period: '2026-Q4', x: 3.3, y: 15, n: 9 },
  ] },
  { id: 'c', name: 'London Bridge', steps: [
    { period: '2026-Q1', x: 4.0, y: 36, n: 20 }, { period: '2026-Q2', x: 4.1, y: 39, n: 21 },
    { period: '2026-Q3', x: 4.3, y: 44, n: 22 }, { period: '2026-Q4', x: 4.4, y: 47, n: 23 },
  ] },
];

afterEach(() => {
  document.body.replaceChildren();
});

describe('<sym-scatter>', () => {
  it('says there is nothing to plot, without a busy state, when it has no data outside a workspace', async () => {
    const el = await mount(() => {});
    const note = el.shadowRoot!.querySelector('p.muted')!;
    expect(note.textContent).toBe('No units to plot yet.');
    expect(note.hasAttribute('aria-busy')).toBe(false);
    const fr = await mount(() => {}, 'fr');
    expect(fr.shadowRoot!.querySelector('p.muted')!.textContent).toBe('Aucune unité à placer pour l’instant.');
  });

  it('has no axe violations, with its data table open too', async () => {
    const el = await mount((e) => (e.data = data));
    expect(await axeViolationsWithTable(el)).toEqual([]);
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).toHaveLength(5);
  });

  it('moves focus between units with arrow keys in x order and selects with Enter', async () => {
    const el = await mount((e) => (e.data = data));
    const events: (string | undefined)[] = [];
    el.addEventListener('sym-select', (e) => events.push(e.detail.unit));
    const first = el.shadowRoot!.querySelector<SVGElement>('.point[tabindex="0"]')!;
    expect(first.getAttribute('aria-label')).toContain('Lyon Part-Dieu');
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).toContain('Saint-Étienne');
    el.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(events).toEqual(['b']);
  });

  it('draws the regression line, its band, the quadrant labels and point shapes', async () => {
    const el = await mount((e) => (e.data = data));
    const root = el.shadowRoot!;
    expect(root.querySelector('.fit')!.getAttribute('d')).toMatch(/^M/);
    expect(root.querySelector('.band')!.getAttribute('d')).toMatch(/^M/);
    expect([...root.querySelectorAll('.quadrant-label')].map((t) => t.textContent)).toEqual(['Untapped', 'Virtuous', 'Fragile', 'Critical']);
    const shapes = new Set([...root.querySelectorAll('.point')].map((p) => p.getAttribute('d')!.slice(0, 3)));
    expect(shapes.size).toBeGreaterThan(1);
    expect(root.querySelector('figcaption')!.textContent).toContain('n = 5 units');
  });

  it('speaks French with Intl formats when an ancestor has lang="fr"', async () => {
    const el = await mount((e) => (e.data = data), 'fr');
    const caption = el.shadowRoot!.querySelector('figcaption')!.textContent!;
    expect(caption).toContain('r de Pearson = 0,71');
    expect(caption).toContain('T3 2026');
    expect(caption).toContain('pas une causalité');
  });

  it('says when there are too few units instead of drawing a line', async () => {
    const el = await mount((e) => (e.data = { ...data, points: data.points.slice(0, 2), correlation: undefined }));
    expect(el.shadowRoot!.querySelector('.fit')).toBeNull();
    expect(el.shadowRoot!.querySelector('figcaption')!.textContent).toContain('not enough to correlate');
  });

  describe('above the canvas threshold', () => {
    it('paints 20,000 points on a canvas, keeps focus marks in SVG, selects by click and moves by keys', async () => {
      const big = manyPoints(20_000);
      const el = await mount((e) => (e.data = big));
      const root = el.shadowRoot!;
      const canvas = root.querySelector('canvas')!;
      expect(canvas).not.toBeNull();
      expect(canvas.width).toBeGreaterThan(0);
      // The canvas backing store follows the device pixel ratio.
      expect(canvas.width).toBe(Math.round(canvas.getBoundingClientRect().width * devicePixelRatio));
      // Something was painted: the canvas is not blank.
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      expect(pixels.some((v, i) => i % 4 === 3 && v > 0)).toBe(true);
      // Only the focused mark is an SVG element, not one per unit.
      expect(root.querySelectorAll('.point')).toHaveLength(1);
      expect(root.querySelectorAll('svg circle, svg .points path')).toHaveLength(1);
      expect(root.querySelector('.fit')!.getAttribute('d')).toMatch(/^M/);
      expect(root.querySelectorAll('.quadrant-label')).toHaveLength(4);

      const events: (string | undefined)[] = [];
      el.addEventListener('sym-select', (e) => events.push(e.detail.unit));
      const svgEl = root.querySelector<SVGSVGElement>('svg[part=plot]')!;
      const box = svgEl.getBoundingClientRect();
      const scale = box.width / Number(svgEl.getAttribute('width'));
      const focusMark = root.querySelector<SVGGraphicsElement>('.point')!;
      expect(focusMark.getAttribute('aria-label')).toContain('Unit');
      // Where the layout (the canvas's source of coordinates) puts each unit.
      const placed = (el as unknown as { layout: { points: { id: string; cx: number; cy: number }[] } }).layout.points;
      const click = (cx: number, cy: number) => svgEl.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: box.left + cx * scale, clientY: box.top + cy * scale }));
      // An isolated unit (upper left, away from the cloud) is selected by a click on its position.
      const lonely = placed.find((p) => p.id === 'lonely')!;
      click(lonely.cx, lonely.cy);
      expect(events).toEqual(['lonely']);
      // Inside the dense cloud, the click (whole pixels) selects the unit nearest to it.
      const target = placed.find((p) => p.id === 'u12345')!;
      click(target.cx, target.cy);
      const at = { x: Math.trunc(box.left + target.cx * scale) - box.left, y: Math.trunc(box.top + target.cy * scale) - box.top };
      const nearest = placed.reduce((best, p) => (Math.hypot(p.cx * scale - at.x, p.cy * scale - at.y) < Math.hypot(best.cx * scale - at.x, best.cy * scale - at.y) ? p : best));
      expect(Math.hypot(nearest.cx - target.cx, nearest.cy - target.cy)).toBeLessThan(2);
      expect(events).toEqual(['lonely', nearest.id]);
      const chosen = big.points.find((p) => p.id === nearest.id)!;
      await el.updateComplete;
      // The clicked unit becomes the focused mark, drawn in SVG over the canvas.
      const mark = root.querySelector<SVGGraphicsElement>('.point[tabindex="0"]')!;
      expect(mark.getAttribute('aria-label')).toContain(`${chosen.name}:`);
      // Clicking far from any point selects nothing.
      click(2, 2);
      expect(events).toHaveLength(2);

      mark.focus();
      const before = Number(mark.getAttribute('data-index'));
      mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      expect(Number(root.activeElement?.getAttribute('data-index'))).toBe(before + 1);
      root.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true, composed: true }));
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      expect(root.activeElement?.getAttribute('data-index')).toBe('0');
      root.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      expect(events).toHaveLength(3);
      expect(await axeViolations(el)).toEqual([]);

      // The table twin pages its 20,001 rows.
      await openDataTable(el);
      expect(root.querySelectorAll('tbody tr')).toHaveLength(500);
      const more = root.querySelector<HTMLButtonElement>('.more-rows')!;
      expect(more.textContent!.trim()).toBe('Show more rows (500 of 20,001 shown)');
      more.click();
      await el.updateComplete;
      expect(root.querySelectorAll('tbody tr')).toHaveLength(1000);
    }, 60_000);

    it('follows the canvas-threshold attribute, and repaints when the data changes', async () => {
      const el = await mount((e) => {
        e.setAttribute('canvas-threshold', '3');
        e.data = data;
      });
      expect(el.canvasThreshold).toBe(3);
      const canvas = el.shadowRoot!.querySelector('canvas')!;
      expect(canvas).not.toBeNull();
      const ctx = canvas.getContext('2d')!;
      const snapshot = () => Array.from(ctx.getImageData(0, 0, canvas.width, canvas.height).data).join(',');
      const first = snapshot();
      el.data = { ...data, points: data.points.map((p) => ({ ...p, y: -p.y })) };
      await el.updateComplete;
      expect(snapshot()).not.toBe(first);
      el.canvasThreshold = 5000;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('canvas')).toBeNull();
      expect(el.shadowRoot!.querySelectorAll('.point')).toHaveLength(5);
    });
  });

  describe('trajectories', () => {
    it('draws each unit\'s path with direction markers and period labels, gaps unfilled, on demand', async () => {
      const el = await mount((e) => {
        e.data = data;
        e.trajectories = trajectories;
      });
      const root = el.shadowRoot!;
      expect(root.querySelector('.trajectories')).toBeNull();
      const toggle = root.querySelector<HTMLButtonElement>('[part=trajectories-toggle]')!;
      expect(toggle.textContent!.trim()).toBe('Show trajectories');
      expect(toggle.getAttribute('aria-pressed')).toBe('false');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).toBe('true');
      const lyon = root.querySelector('.trajectory[data-unit="a"]')!;
      // Q1→Q2 is a path, Q3 is withheld, Q4 stands alone: two pieces, not one line through the gap.
      expect(lyon.querySelectorAll('.trajectory-path')).toHaveLength(1);
      expect(lyon.querySelectorAll('.trajectory-dot')).toHaveLength(1);
      expect(lyon.querySelector('.trajectory-path')!.getAttribute('d')!.match(/L/g)).toHaveLength(1);
      expect(lyon.querySelector('.trajectory-path')!.getAttribute('marker-end')).toBe('url(#trajectory-arrow)');
      expect([...lyon.querySelectorAll('.trajectory-label')].map((t) => t.textContent)).toEqual(['Q1 2026', 'Q4 2026']);
      const london = root.querySelector('.trajectory[data-unit="c"] .trajectory-path')!;
      expect(london.getAttribute('d')!.match(/L/g)).toHaveLength(3);
      const caption = root.querySelector('figcaption')!.textContent!;
      expect(caption).toContain('Trajectories of 2 units over 4 periods, Q1 2026 to Q4 2026');
      expect(caption).toContain('never filled in');

      // The table gains one row per unit and period.
      await openDataTable(el);
      const rows = [...root.querySelectorAll('tbody tr.period-row')].map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
      expect(rows).toHaveLength(8);
      expect(rows).toContain('Lyon Part-Dieu, Q3 2026 not shown not shown – –');
      expect(await axeViolations(el)).toEqual([]);
    });

    it('shows only the selected unit\'s trajectory inside a workspace selection', async () => {
      const el = await mount((e) => {
        e.data = data;
        e.trajectories = trajectories;
        e.workspace = { selection: { unit: 'c' } } as unknown as SymScatter['workspace'];
      });
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=trajectories-toggle]')!.click();
      await el.updateComplete;
      expect([...el.shadowRoot!.querySelectorAll('.trajectory')].map((g) => g.getAttribute('data-unit'))).toEqual(['c']);
    });

    it('speaks French', async () => {
      const el = await mount((e) => {
        e.data = data;
        e.trajectories = trajectories;
      }, 'fr');
      const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=trajectories-toggle]')!;
      expect(toggle.textContent!.trim()).toBe('Afficher les trajectoires');
      toggle.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('figcaption')!.textContent).toContain('Trajectoires de 2 unités sur 4 périodes, de T1 2026 à T4 2026');
      expect([...el.shadowRoot!.querySelectorAll('.trajectory-label')].map((t) => t.textContent)).toContain('T4 2026');
    });

    it('builds them from the workspace analysis, per period, with suppressed periods as gaps', async () => {
      const unit = (id: string, engagement: number | null, nps: number) => ({
        unit: id, name: `Site ${id}`, parentId: null, level: 'site',
        employees: engagement === null ? null : { n: 9, enps: null, engagement: { mean: engagement, ci: [engagement - 0.2, engagement + 0.2], n: 9 }, items: {} },
        customers: { n: 40, nps: { score: nps, ci: [nps - 5, nps + 5], n: 40 }, csat: null, ces: null, fcr: null },
      });
      const analysis = {
        units: [unit('s1', 3.4, 20), unit('s2', 4.1, 35)],
        correlations: [],
        periods: [
          { period: '2026-01', units: [unit('s1', 3.2, 15), unit('s2', 4.0, 30)], organisation: null },
          { period: '2026-02', units: [unit('s1', null, 18), unit('s2', 4.1, 34)], organisation: null },
          { period: '2026-03', units: [unit('s1', 3.6, 25), unit('s2', 4.2, 40)], organisation: null },
        ],
        thresholds: { level: 'site' },
      };
      const el = await mount((e) => (e.workspace = { analysis, selection: {} } as unknown as SymScatter['workspace']));
      const root = el.shadowRoot!;
      root.querySelector<HTMLButtonElement>('[part=trajectories-toggle]')!.click();
      await el.updateComplete;
      const s1 = root.querySelector('.trajectory[data-unit="s1"]')!;
      // Jan, (Feb withheld), Mar: two lone dots, no line across the gap.
      expect(s1.querySelectorAll('.trajectory-path')).toHaveLength(0);
      expect(s1.querySelectorAll('.trajectory-dot')).toHaveLength(2);
      expect(root.querySelector('.trajectory[data-unit="s2"] .trajectory-path')!.getAttribute('d')!.match(/L/g)).toHaveLength(2);
      expect(root.querySelector('figcaption')!.textContent).toContain('Trajectories of 2 units over 3 periods, Jan 2026 to Mar 2026');
    });

    it('draws none of 50 units\' trajectories at once, and the selected one on selection', async () => {
      const fifty: UnitTrajectory[] = Array.from({ length: 50 }, (_, i) => ({ id: `t${i}`, name: `Team ${i}`, steps: [
        { period: '2026-Q1', x: 3 + i / 50, y: i, n: 6 }, { period: '2026-Q2', x: 3.1 + i / 50, y: i + 2, n: 6 },
      ] }));
      const el = await mount((e) => {
        e.data = data;
        e.trajectories = fifty;
      });
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=trajectories-toggle]')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('.trajectory')).toHaveLength(0);
      expect(el.shadowRoot!.querySelector('figcaption')!.textContent).toContain('50 units are too many to draw trajectories legibly');
      el.workspace = { selection: { unit: 't7' } } as unknown as SymScatter['workspace'];
      await el.updateComplete;
      expect([...el.shadowRoot!.querySelectorAll('.trajectory')].map((g) => g.getAttribute('data-unit'))).toEqual(['t7']);
    });

    it('draws a selected unit\'s trajectory from the sample dataset in a <sym-workspace>', async () => {
      const workspace = document.createElement('sym-workspace');
      workspace.sample = true;
      workspace.database = 'scatter-trajectories-test';
      const el = document.createElement('sym-scatter');
      el.width = 560;
      workspace.append(el);
      document.body.append(workspace);
      await expect.poll(() => workspace.state.status, { timeout: 30_000 }).toBe('ready');
      await el.updateComplete;
      const root = el.shadowRoot!;
      root.querySelector<HTMLButtonElement>('[part=trajectories-toggle]')!.click();
      await el.updateComplete;
      const count = root.querySelectorAll('.point').length;
      expect(root.querySelector('figcaption')!.textContent).toContain(count > 40 ? 'too many' : 'Trajectories of');
      // Per period, some units fall below the thresholds everywhere: selecting one says so.
      const all = trajectoriesFromAnalysis(workspace.state.analysis!, 'engagement', 'nps');
      const without = workspace.state.analysis!.units.find((u) => u.level === workspace.state.analysis!.thresholds.level && !all.some((t) => t.id === u.unit) && root.querySelector(`.point[aria-label^="${u.name}:"]`));
      expect(without).toBeDefined();
      workspace.state.select({ unit: without!.unit });
      await expect.poll(() => root.querySelector('figcaption')!.textContent).toContain(`${without!.name} has no single period`);
      expect(root.querySelectorAll('.trajectory')).toHaveLength(0);
      // A unit with values in every period: one path through all of them.
      const full = all.find((t) => t.steps.every((step) => step.x !== null))!;
      workspace.state.select({ unit: full.id });
      await expect.poll(() => root.querySelectorAll('.trajectory').length).toBe(1);
      expect(root.querySelector('.trajectory')!.getAttribute('data-unit')).toBe(full.id);
      expect(root.querySelector('.trajectory-path')!.getAttribute('d')!.match(/L/g)).toHaveLength(full.steps.length - 1);
      expect(root.querySelectorAll('.trajectory-label')).toHaveLength(2);
      expect(await axeViolations(el)).toEqual([]);
      await new Promise<void>((resolve) => {
        workspace.remove();
        const request = indexedDB.deleteDatabase('scatter-trajectories-test');
        request.onsuccess = request.onerror = request.onblocked = () => resolve();
      });
    }, 60_000);

    it('offers no toggle without per-period data', async () => {
      const el = await mount((e) => (e.data = data));
      expect(el.shadowRoot!.querySelector('[part=trajectories-toggle]')).toBeNull();
    });
  });
});
