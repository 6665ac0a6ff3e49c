import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/scatter/scatter.ts';
import type { SymScatter } from '../../src/components/scatter/scatter.ts';
import type { ScatterData } from '../../src/components/shared/chart-types.ts';
import { axeViolations } from '../helpers/axe.ts';

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

async function mount(markup: (el: SymScatter) => void, lang?: string): Promise<SymScatter> {
  const host = document.createElement('div');
  if (lang) host.lang = lang;
  const el = document.createElement('sym-scatter');
  el.width = 480;
  markup(el);
  host.append(el);
  document.body.append(host);
  await el.updateComplete;
  return el;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('<sym-scatter>', () => {
  it('has no axe violations, with its data table open too', async () => {
    const el = await mount((e) => (e.data = data));
    expect(await axeViolations(el)).toEqual([]);
    el.shadowRoot!.querySelector('button')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).toHaveLength(5);
    expect(await axeViolations(el)).toEqual([]);
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
});
