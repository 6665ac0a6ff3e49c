import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/components/story-spotlight/story-spotlight.ts';
import type { SymStorySpotlight } from '../../src/components/story-spotlight/story-spotlight.ts';
import type { AnalysisResult } from '../../src/analytics/analyze.ts';
import type { Story } from '../../src/model/types.ts';
import type { WorkspaceState } from '../../src/components/shared/workspace-context.ts';
import { axeViolations, openDataTable } from '../helpers/axe.ts';
import { pressKeys } from '../helpers/keyboard.ts';
import { mountElement } from '../helpers/mount.ts';

const story: Story = {
  id: 'story-7',
  title: 'The weekend rescue',
  body: 'Noah stayed on the line until the delivery was rerouted.',
  unit: 'team-a',
  people: ['Noah Dubois'],
  peopleConsent: { 'Noah Dubois': { given: true, at: '2025-08-01', how: 'in app' } },
  values: ['care'],
  consent: { given: false },
  status: 'published',
  reactions: 5,
  createdAt: '2025-08-03T09:30:00Z',
};

type Cell = { enps?: number | 'below-threshold' | 'complementary'; nps?: number | 'few' };

/** A small analysis: one team over five quarters, with an eNPS withheld in Q2 and an NPS below the floor in Q4. */
function analysis(cells: Record<string, Cell>): AnalysisResult {
  const summary = (cell: Cell) => ({
    unit: 'team-a', name: 'Paris Phone', parentId: null, level: 'team',
    employees: typeof cell.enps === 'number' ? { n: 12, enps: { score: cell.enps, ci: [cell.enps - 15, cell.enps + 15], n: 12 }, engagement: null, items: {} } : null,
    ...(typeof cell.enps === 'string' ? { employeesSuppressed: cell.enps } : {}),
    customers: cell.nps === undefined ? null : { n: cell.nps === 'few' ? 6 : 40, nps: cell.nps === 'few' ? null : { score: cell.nps, ci: [0, 0], n: 40 }, csat: null, ces: null, fcr: null },
  });
  return {
    units: [summary({ enps: 20, nps: 30 })],
    periods: Object.entries(cells).map(([period, cell]) => ({ period, units: [summary(cell)] })),
    thresholds: { granularity: 'quarter', minEmployees: 5, minCustomers: 10 },
  } as unknown as AnalysisResult;
}

const result = analysis({
  '2025-Q1': { enps: 10, nps: 22 },
  '2025-Q2': { enps: 'below-threshold', nps: 25 },
  '2025-Q3': { enps: 18, nps: 31 },
  '2025-Q4': { enps: 24, nps: 'few' },
  '2026-Q1': { enps: 27, nps: 38 },
});

async function mount(options: { lang?: string; value?: AnalysisResult; withStory?: boolean } = {}): Promise<SymStorySpotlight> {
  const el = await mountElement('sym-story-spotlight', (spotlight) => {
    if (options.withStory !== false) spotlight.story = story;
    spotlight.analysis = options.value ?? result;
  }, options.lang);
  await el.shadowRoot!.querySelector('sym-story-card')?.updateComplete;
  return el;
}

afterEach(() => document.body.replaceChildren());

describe('<sym-story-spotlight>', () => {
  it('shows the story beside its unit\'s eNPS and NPS, with gaps where values are withheld, axe clean', async () => {
    const el = await mount();
    const root = el.shadowRoot!;
    expect(root.querySelector('sym-story-card')!.shadowRoot!.textContent).toContain('The weekend rescue');
    expect(root.querySelector('svg[part=plot]')!.getAttribute('aria-label')).toBe('eNPS and NPS of Paris Phone by period; the story\'s period is marked');
    // Four eNPS points and four NPS points: one of each is withheld.
    expect(root.querySelectorAll('[data-metric=enps] .point')).toHaveLength(4);
    expect(root.querySelectorAll('[data-metric=nps] .point')).toHaveLength(4);
    // A withheld value breaks the line: two separate sub-paths, never a bridge.
    expect(root.querySelector('[data-metric=enps] .line')!.getAttribute('d')!.match(/M/g)).toHaveLength(2);
    expect(root.querySelector('[data-metric=nps] .line')!.getAttribute('d')!.match(/M/g)).toHaveLength(2);
    expect(getComputedStyle(root.querySelector('[data-metric=nps] .line')!).strokeDasharray).not.toBe('none');
    const summaries = [...root.querySelectorAll('.summary')].map((p) => p.textContent);
    expect(summaries).toEqual([
      'eNPS: +10 in Q1 2025 before the story, +27 in Q1 2026 after it.',
      'NPS: +25 in Q2 2025 before the story, +38 in Q1 2026 after it.',
    ]);
    expect(root.querySelector('.caveat')!.textContent).toContain('Story, Q3 2025. Shown side by side: a story does not prove it moved the number.');
    const gaps = [...root.querySelectorAll('.gaps li')].map((li) => li.textContent);
    expect(gaps).toEqual([
      'eNPS, Q2 2025: fewer than 5 answers, hidden to protect anonymity',
      'NPS, Q4 2025: fewer than 10 customer answers, too few to be reliable',
    ]);
    expect(root.querySelector('.story-label')!.textContent).toBe('Story, Q3 2025');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('has a data-table twin that names the reasons and marks the story\'s period', async () => {
    const el = await mount();
    const root = el.shadowRoot!;
    await openDataTable(el);
    const rows = [...root.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));
    expect(rows).toEqual([
      ['Q1 2025', '+10', '+22'],
      ['Q2 2025', 'fewer than 5 answers, hidden to protect anonymity', '+25'],
      ['Q3 2025 (story)', '+18', '+31'],
      ['Q4 2025', '+24', 'fewer than 10 customer answers, too few to be reliable'],
      ['Q1 2026', '+27', '+38'],
    ]);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('moves focus between points with the arrow keys', async () => {
    const el = await mount();
    const root = el.shadowRoot!;
    const first = root.querySelector<SVGElement>('.point[tabindex="0"]')!;
    expect(first.getAttribute('aria-label')).toBe('eNPS, Q1 2025: +10');
    first.focus();
    // The withheld Q2 value has no point: focus goes straight to Q3.
    expect((await pressKeys(el, '{ArrowRight}'))?.getAttribute('aria-label')).toBe('eNPS, Q3 2025: +18');
    expect((await pressKeys(el, '{ArrowDown}'))?.getAttribute('aria-label')).toBe('NPS, Q3 2025: +31');
    expect((await pressKeys(el, '{End}'))?.getAttribute('aria-label')).toBe('NPS, Q1 2026: +38');
    expect(root.querySelectorAll('.point[tabindex="0"]')).toHaveLength(1);
  });

  it('speaks French', async () => {
    const el = await mount({ lang: 'fr' });
    const root = el.shadowRoot!;
    expect(root.querySelector('.heading')!.textContent).toBe('L’histoire derrière le chiffre');
    expect(root.querySelector('.summary')!.textContent).toBe('eNPS : +10 en T1 2025 avant l’histoire, +27 en T1 2026 après.');
    expect(root.querySelector('.gaps li')!.textContent).toBe('eNPS, T2 2025 : moins de 5 réponses, masqué pour protéger l’anonymat');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('says when there is no story, and when the unit has no numbers', async () => {
    const empty = await mount({ withStory: false });
    expect(empty.shadowRoot!.textContent).toContain('Choose a story to see the numbers around it.');
    const none = await mount({ value: { ...result, periods: [] } });
    expect(none.shadowRoot!.textContent).toContain('No numbers for this unit yet.');
    expect(await axeViolations(none)).toEqual([]);
  });

  it('says when no value falls after the story yet', async () => {
    const el = await mount({ value: analysis({ '2025-Q2': { enps: 12, nps: 20 }, '2025-Q3': { enps: 15, nps: 24 } }) });
    expect([...el.shadowRoot!.querySelectorAll('.summary')].map((p) => p.textContent)).toEqual([
      'eNPS: +12 in Q2 2025 before the story; no value after it yet.',
      'NPS: +20 in Q2 2025 before the story; no value after it yet.',
    ]);
  });
});

describe('<sym-story-spotlight> inside a workspace', () => {
  it('finds its story by id through the worker and draws the workspace\'s analysis', async () => {
    const workspace = {
      status: 'ready', analysis: result, request: {}, selection: {}, select: () => {}, refresh: async () => {},
      client: { api: { stories: async () => [{ ...story, id: 'other' }, story] } },
    } as unknown as WorkspaceState;
    const el = document.createElement('sym-story-spotlight');
    el.storyId = 'story-7';
    el.workspace = workspace;
    document.body.append(el);
    await vi.waitFor(() => expect(el.shadowRoot!.querySelectorAll('.point')).toHaveLength(8));
    expect(el.shadowRoot!.querySelector('sym-story-card')!.shadowRoot!.textContent).toContain('The weekend rescue');
  });
});
