import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import '../../src/components/trend/trend.ts';
import type { SymTrend } from '../../src/components/trend/trend.ts';
import type { TrendData } from '../../src/components/trend/trend.types.ts';
import { generateSampleDataset } from '../../src/model/sample-dataset.ts';
import type { SampleDataset } from '../../src/model/sample-dataset.ts';
import { analyze } from '../../src/analytics/analyze.ts';
import type { AnalysisResult } from '../../src/analytics/analyze.ts';
import type { WorkspaceState } from '../../src/components/shared/workspace-context.ts';
import { axeViolations, axeViolationsWithTable, openDataTable } from '../helpers/axe.ts';
import { mountElement } from '../helpers/mount.ts';
import { pressKeys } from '../helpers/keyboard.ts';

let sample: SampleDataset;
let analysis: AnalysisResult;

beforeAll(() => {
  sample = generateSampleDataset({ scale: 0.3 });
  analysis = analyze(sample.employees, sample.customers, sample.units, { lag: 2 });
});

const small: TrendData = {
  periods: ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'],
  unit: 'team-a',
  unitName: 'Team A',
  employee: {
    metric: 'engagement', threshold: 5, points: [
      { period: '2026-Q1', value: 3.5, ci: [3.3, 3.7], n: 12 },
      { period: '2026-Q2', value: null, n: 0, gap: 'below-threshold' },
      { period: '2026-Q3', value: 3.8, ci: [3.6, 4.0], n: 14 },
      { period: '2026-Q4', value: 3.9, ci: [3.7, 4.1], n: 15 },
    ],
  },
  customer: {
    metric: 'nps', threshold: 10, points: [
      { period: '2026-Q1', value: 12, ci: [2, 22], n: 80 },
      { period: '2026-Q2', value: 18, ci: [9, 27], n: 90 },
      { period: '2026-Q3', value: null, n: 0, gap: 'few-customers' },
      { period: '2026-Q4', value: 25.5, ci: [16, 35], n: 95 },
    ],
  },
  annotations: [
    { date: '2026-05-04', label: 'Team award for the spring launch', kind: 'award' },
    { date: '2026-08-19T10:00:00Z', label: 'Customer thanks Ana', kind: 'kudos' },
    { date: '2024-01-01', label: 'Too early', kind: 'story' },
  ],
};

const mount = (setup: (el: SymTrend) => void, lang?: string): Promise<SymTrend> => mountElement('sym-trend', (el) => {
  el.width = 640;
  setup(el);
}, lang);

afterEach(() => document.body.replaceChildren());

describe('<sym-trend>', () => {
  it('draws the organisation-level sample analysis with pickers, and is axe-clean with the table open', async () => {
    const el = await mount((e) => { e.analysis = analysis; e.stories = sample.stories; });
    const root = el.shadowRoot!;
    // The organisation total may be absent from older results: a top-level unit stands in.
    const hasOverall = Boolean((analysis as AnalysisResult & { organisation?: unknown }).organisation);
    expect(root.querySelector('figcaption')!.textContent).toContain(hasOverall ? 'Engagement went from' : 'organisation-wide total is not in these results');
    expect(root.querySelectorAll('svg[part="plot"] [data-side="employee"] .point')).toHaveLength(analysis.periods.length);
    expect(root.querySelectorAll('.annotation').length).toBeGreaterThan(0);
    expect(root.querySelectorAll('select')).toHaveLength(2);
    expect(await axeViolationsWithTable(el)).toEqual([]);
    expect(root.querySelectorAll('tbody tr')).toHaveLength(analysis.periods.length);
  });

  it('shows suppressed periods of a small team as labelled gaps, never as numbers', async () => {
    const el = await mount((e) => { e.analysis = analysis; e.unit = 'saint-etienne-front'; });
    const root = el.shadowRoot!;
    const gaps = [...root.querySelectorAll('[data-side="employee"] .gap')];
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) {
      expect(gap.getAttribute('data-reason')).toBe('below-threshold');
      expect(gap.querySelector('rect')!.getAttribute('aria-label')).toContain('fewer than 5 answers');
      expect(gap.textContent).toContain('< 5');
    }
    expect(root.querySelectorAll('svg[part="plot"] [data-side="employee"] .point').length + gaps.length).toBe(analysis.periods.length);
    expect(root.querySelector('figcaption')!.textContent).toMatch(/Engagement: \d+ periods? not shown \(fewer than 5 answers\)/);
    await openDataTable(el);
    const hidden = [...root.querySelectorAll('tbody td.muted')].map((td) => td.textContent!.trim());
    expect(hidden).toContain('fewer than 5 answers');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('moves focus along periods with arrows, and up to annotations and down to customers', async () => {
    const el = await mount((e) => { e.data = small; });
    const root = el.shadowRoot!;
    const first = root.querySelector<SVGElement>('.focus-target[tabindex="0"]')!;
    expect(first.getAttribute('data-key')).toBe('employee:0');
    first.focus();
    // Focus moves once the element has rendered, in its own task: each key waits for it.
    expect((await pressKeys(el, '{ArrowRight}'))?.getAttribute('data-key')).toBe('employee:1');
    expect(root.activeElement?.getAttribute('aria-label')).toBe('Engagement, Q2 2026: fewer than 5 answers');
    expect((await pressKeys(el, '{ArrowDown}'))?.getAttribute('data-key')).toBe('customer:1');
    expect(root.activeElement?.getAttribute('aria-label')).toBe('NPS, Q2 2026: +18 (95% CI +9 to +27), n = 90 customer answers');
    await pressKeys(el, '{ArrowUp}');
    expect((await pressKeys(el, '{ArrowUp}'))?.getAttribute('aria-label')).toBe('Award, Q2 2026: Team award for the spring launch');
    expect((await pressKeys(el, '{ArrowRight}'))?.getAttribute('aria-label')).toBe('Kudos, Q3 2026: Customer thanks Ana');
    expect(root.querySelectorAll('.focus-target[tabindex="0"]')).toHaveLength(1);
  });

  it('draws many annotations of a kind in one period as one marker with a count', async () => {
    const many = Array.from({ length: 7 }, (_, i) => ({ date: `2026-0${4 + (i % 3)}-1${i}`, label: `Story ${i + 1}`, kind: 'story' as const }));
    const el = await mount((e) => { e.data = { ...small, annotations: many }; });
    const root = el.shadowRoot!;
    const markers = root.querySelectorAll('svg[part="plot"] .annotation');
    expect(markers).toHaveLength(1);
    expect(root.querySelector('.annotation-count')!.textContent).toBe('7');
    expect(markers[0]!.getAttribute('aria-label')).toBe('7 × Story, Q2 2026: Story 1; Story 4; Story 7; and 4 more (see the data table)');
    expect(root.querySelector('figcaption')!.textContent).toContain('7 annotations.');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('draws annotation kinds with different shapes and says which fall outside the axis', async () => {
    const el = await mount((e) => { e.data = small; });
    const root = el.shadowRoot!;
    const award = root.querySelector('.annotation[data-kind="award"]')!.getAttribute('d');
    const kudos = root.querySelector('.annotation[data-kind="kudos"]')!.getAttribute('d');
    expect(award).not.toBe(kudos);
    const caption = root.querySelector('figcaption')!.textContent!;
    expect(caption).toContain('Engagement went from 3.50 in Q1 2026 to 3.90 in Q4 2026.');
    expect(caption).toContain('NPS: 1 period not shown (fewer than 10 customer answers).');
    expect(caption).toContain('1 annotation falls outside the periods shown.');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('speaks French with French number formats', async () => {
    const el = await mount((e) => { e.data = small; }, 'fr');
    const root = el.shadowRoot!;
    const caption = root.querySelector('figcaption')!.textContent!;
    expect(caption).toContain('Engagement est passé de 3,50 au T1 2026 à 3,90 au T4 2026.');
    expect(caption).toContain('moins de 10 réponses clients');
    expect(root.querySelector('[data-key="customer:3"]')!.getAttribute('aria-label')).toBe('NPS, T4 2026 : +26 (IC à 95 % de +16 à +35), n = 95 réponses clients');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('follows the metric pickers', async () => {
    const el = await mount((e) => { e.analysis = analysis; });
    const root = el.shadowRoot!;
    const [employee, customer] = [...root.querySelectorAll('select')];
    employee!.value = 'recognition';
    employee!.dispatchEvent(new Event('change'));
    customer!.value = 'csat';
    customer!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.employee).toBe('recognition');
    expect(el.customer).toBe('csat');
    expect(root.querySelector('svg[part="plot"]')!.getAttribute('aria-label')).toMatch(/^Recognition and CSAT over time/);
  });

  it('inside a workspace, follows the selected unit, draws its published stories and can go back to the organisation', async () => {
    const select = vi.fn();
    const unit = sample.stories.find((s) => s.status === 'published')!.unit;
    const workspace = {
      status: 'ready', analysis, request: {}, selection: { unit }, select, refresh: async () => undefined,
      client: { api: {
        stories: async () => sample.stories,
        listAwards: async () => [{ id: 'w1', period: '2026-Q2', unit, nominee: 'Karim C.', nomineeKind: 'person', nominations: 4, reason: 'Named in customer comments', chosenBy: 'hr', chosenAt: '2026-07-02T10:00:00Z' }],
        listKudos: async () => [{ id: 'k1', from: 'Ana', to: 'Tom', unit, value: 'care', message: 'Thanks for the Saturday cover', period: '2026-Q3', createdAt: '2026-08-10T09:00:00Z' }],
      } },
    } as unknown as WorkspaceState;
    const el = await mount((e) => { e.workspace = workspace; });
    await vi.waitFor(() => expect(el.shadowRoot!.querySelectorAll('svg[part="plot"] .annotation').length).toBeGreaterThan(0));
    const root = el.shadowRoot!;
    const name = analysis.units.find((u) => u.unit === unit)!.name;
    expect(root.querySelector('.showing')!.textContent).toBe(`Showing: ${name}`);
    const published = sample.stories.filter((s) => s.status === 'published' && s.unit === unit);
    const labels = [...root.querySelectorAll('svg[part="plot"] .annotation')].map((a) => a.getAttribute('aria-label')!);
    expect(labels).toContain('Award, Q2 2026: Karim C.: Named in customer comments');
    expect(labels).toContain('Kudos, Q3 2026: Ana → Tom: Thanks for the Saturday cover');
    // Every annotation is in the data table, one line each.
    await openDataTable(el);
    const listed = [...root.querySelectorAll('tbody td:last-child div')].map((d) => d.textContent!);
    expect(listed).toHaveLength(published.length + 2);
    for (const story of published) expect(listed).toContain(`Story: ${story.title}`);
    const events: unknown[] = [];
    el.addEventListener('sym-select', (e) => events.push(e.detail));
    [...root.querySelectorAll<HTMLButtonElement>('.controls button')].find((b) => b.textContent!.includes('whole organisation'))!.click();
    expect(select).toHaveBeenCalledWith({ unit: undefined });
    expect(events).toEqual([{ unit: undefined }]);
  });

  it('says there is nothing to show without data', async () => {
    const el = await mount(() => undefined);
    expect(el.shadowRoot!.textContent).toContain('No trend to show yet.');
    expect(await axeViolations(el)).toEqual([]);
  });
});
