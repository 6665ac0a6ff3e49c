import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/story-wall/story-wall.ts';
import type { SymStoryWall, SymStoryFilterChangeEvent } from '../../src/components/story-wall/story-wall.ts';
import type { Story } from '../../src/model/types.ts';
import type { WorkspaceState } from '../../src/components/shared/workspace-context.ts';
import feedText from '../fixtures/recognition/stories-feed.json?raw';
import malformedText from '../fixtures/recognition/stories-feed-malformed.json?raw';
import { axeViolations } from '../helpers/axe.ts';
import { mountElement } from '../helpers/mount.ts';

const feedStories = (JSON.parse(feedText) as { stories: Story[] }).stories;
const draft: Story = { ...feedStories[0]!, id: 'draft-1', status: 'draft', title: 'A draft nobody should see' };

type WallSetup = Partial<Pick<SymStoryWall, 'stories' | 'src' | 'mode' | 'interval' | 'unit'>> & { lang?: string };

async function mount(setup: WallSetup): Promise<SymStoryWall> {
  const { lang, ...props } = setup;
  return mountElement('sym-story-wall', (el) => Object.assign(el, props), lang);
}

const root = (el: SymStoryWall) => el.shadowRoot!;
const cardTitles = (el: SymStoryWall) => [...root(el).querySelectorAll('sym-story-card')].map((c) => c.shadowRoot!.querySelector('[role=heading]')!.textContent);
const liveRegion = (el: SymStoryWall) => root(el).querySelector('#slides')!;
const rotationLabel = (el: SymStoryWall) => root(el).querySelector('.rotation .visually-hidden')!.textContent;

async function settle(el: SymStoryWall): Promise<void> {
  await el.updateComplete;
  await Promise.all([...root(el).querySelectorAll('sym-story-card')].map((c) => c.updateComplete));
}

async function choose(el: SymStoryWall, filter: string, value: string): Promise<void> {
  const select = root(el).querySelector<HTMLSelectElement>(`select[data-filter=${filter}]`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('<sym-story-wall> grid', () => {
  it('shows published stories only, newest first, axe clean', async () => {
    const el = await mount({ stories: [...feedStories, draft] });
    await settle(el);
    expect(cardTitles(el)).toEqual([
      'The chat answer that saved a launch', 'Two colleagues, one weekend rescue', 'A blocked file cleared in one morning', 'Camille turned a complaint into loyalty',
    ]);
    expect(root(el).querySelector('.count')!.textContent).toBe('4 stories');
    expect(root(el).querySelector('sym-story-card')!.shadowRoot!.textContent).toContain('Lille Chat');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('filters by unit, value and period, says how many match, and announces the change', async () => {
    const el = await mount({ stories: feedStories });
    const events: SymStoryFilterChangeEvent[] = [];
    el.addEventListener('sym-story-filter-change', (e) => events.push(e));
    const options = (filter: string) => [...root(el).querySelectorAll(`select[data-filter=${filter}] option`)].map((o) => o.textContent!.trim());
    expect(options('unit')).toEqual(['All', 'Lille Chat', 'Lyon Front Desk', 'Paris Phone']);
    expect(options('value')).toEqual(['All', 'Care', 'Expertise', 'Initiative', 'Listening', 'Teamwork']);
    expect(options('period')).toEqual(['All', 'Q1 2025', 'Q2 2025', 'Q3 2025', 'Q1 2026']);

    await choose(el, 'unit', 'team-paris-phone');
    expect(cardTitles(el)).toEqual(['Two colleagues, one weekend rescue', 'A blocked file cleared in one morning']);
    expect(root(el).querySelector('.count')!.textContent).toBe('2 of 4 stories');
    expect(events.at(-1)!.detail).toEqual({ unit: 'team-paris-phone', value: undefined, period: undefined });

    await choose(el, 'value', 'care');
    expect(cardTitles(el)).toEqual(['Two colleagues, one weekend rescue']);
    await choose(el, 'period', '2025-Q1');
    expect(root(el).textContent).toContain('No stories match these filters.');

    root(el).querySelector<HTMLButtonElement>('.clear')!.click();
    await settle(el);
    expect(cardTitles(el)).toHaveLength(4);
    expect(events.at(-1)!.detail).toEqual({});
    expect(await axeViolations(el)).toEqual([]);
  });

  it('says when there is nothing published', async () => {
    const el = await mount({ stories: [draft] });
    expect(root(el).textContent).toContain('No published stories yet.');
  });

  it('speaks French', async () => {
    const el = await mount({ stories: feedStories, lang: 'fr' });
    await settle(el);
    expect(root(el).querySelector('.count')!.textContent).toBe('4 histoires');
    expect(root(el).querySelector('.filters')!.textContent).toContain('Unité');
    expect([...root(el).querySelectorAll('select[data-filter=period] option')].map((o) => o.textContent!.trim())).toContain('T3 2025');
    expect(root(el).querySelector('sym-story-card')!.shadowRoot!.textContent).toContain('15 janvier 2026');
    expect(await axeViolations(el)).toEqual([]);
  });
});

describe('<sym-story-wall> carousel', () => {
  it('follows the APG carousel pattern: roles, labels, controls first, live region off while rotating', async () => {
    const el = await mount({ stories: feedStories, mode: 'carousel' });
    await settle(el);
    const carousel = root(el).querySelector('[aria-roledescription=carousel]')!;
    expect(carousel.getAttribute('aria-label')).toBe('Customer stories');
    const slide = root(el).querySelector('[aria-roledescription=slide]')!;
    expect(slide.getAttribute('role')).toBe('group');
    expect(slide.getAttribute('aria-label')).toBe('1 of 4');
    const buttons = [...carousel.querySelectorAll('button')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    expect(buttons).toEqual(['❚❚Stop automatic slide show', '‹Previous story', '›Next story']);
    expect(liveRegion(el).getAttribute('aria-live')).toBe('off');
    expect(root(el).querySelectorAll('sym-story-card')).toHaveLength(1);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('rotates by itself, and stops when the reader presses pause', async () => {
    const el = await mount({ stories: feedStories, mode: 'carousel', interval: 1000 });
    await vi.waitFor(() => expect(root(el).querySelector('.slide')!.getAttribute('aria-label')).toBe('2 of 4'), { timeout: 3000 });
    root(el).querySelector<HTMLButtonElement>('.rotation')!.click();
    await el.updateComplete;
    expect(rotationLabel(el)).toBe('Start automatic slide show');
    expect(liveRegion(el).getAttribute('aria-live')).toBe('polite');
    const label = root(el).querySelector('.slide')!.getAttribute('aria-label');
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect(root(el).querySelector('.slide')!.getAttribute('aria-label')).toBe(label);
  });

  it('pauses while hovered and while focus is inside, and moves with the keyboard', async () => {
    const el = await mount({ stories: feedStories, mode: 'carousel' });
    const carousel = root(el).querySelector('.carousel')!;
    carousel.dispatchEvent(new MouseEvent('mouseenter'));
    await el.updateComplete;
    expect(liveRegion(el).getAttribute('aria-live')).toBe('polite');
    carousel.dispatchEvent(new MouseEvent('mouseleave'));
    await el.updateComplete;
    expect(liveRegion(el).getAttribute('aria-live')).toBe('off');

    root(el).querySelector<HTMLButtonElement>('.next')!.focus();
    await el.updateComplete;
    expect(liveRegion(el).getAttribute('aria-live')).toBe('polite');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(root(el).querySelector('.slide')!.getAttribute('aria-label')).toBe('2 of 4');
    expect(cardTitles(el)).toEqual(['Two colleagues, one weekend rescue']);
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(root(el).activeElement?.classList.contains('previous')).toBe(true);
    await userEvent.keyboard('{Enter}{Enter}');
    await settle(el);
    // Wraps around from the first to the last story.
    expect(root(el).querySelector('.slide')!.getAttribute('aria-label')).toBe('4 of 4');
    // The rotation control stays a plain choice: focusing it does not pause by itself.
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await el.updateComplete;
    expect(root(el).activeElement?.classList.contains('rotation')).toBe(true);
    expect(liveRegion(el).getAttribute('aria-live')).toBe('off');
  });

  it('does not rotate by itself when the reader prefers reduced motion', async () => {
    const original = window.matchMedia.bind(window);
    vi.spyOn(window, 'matchMedia').mockImplementation((query: string) => {
      if (!query.includes('prefers-reduced-motion')) return original(query);
      return { matches: true, media: query, onchange: null, addEventListener: () => {}, removeEventListener: () => {} } as unknown as MediaQueryList;
    });
    const el = await mount({ stories: feedStories, mode: 'carousel', interval: 1000 });
    expect(rotationLabel(el)).toBe('Start automatic slide show');
    expect(liveRegion(el).getAttribute('aria-live')).toBe('polite');
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect(root(el).querySelector('.slide')!.getAttribute('aria-label')).toBe('1 of 4');
    expect(await axeViolations(el)).toEqual([]);
  });
});

describe('<sym-story-wall src>', () => {
  const blobUrl = (text: string) => URL.createObjectURL(new Blob([text], { type: 'application/json' }));

  it('loads and validates a story export from a blob: URL', async () => {
    const el = await mount({ src: blobUrl(feedText) });
    await vi.waitFor(() => expect(root(el).querySelectorAll('sym-story-card')).toHaveLength(4));
    await settle(el);
    expect(root(el).querySelector('.count')!.textContent).toBe('4 stories');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('loads from a data: URL too', async () => {
    const el = await mount({ src: `data:application/json,${encodeURIComponent(feedText)}`, mode: 'carousel' });
    await vi.waitFor(() => expect(root(el).querySelectorAll('sym-story-card')).toHaveLength(1));
  });

  it('lists the problems of a malformed export in an alert', async () => {
    const el = await mount({ src: blobUrl(malformedText) });
    await vi.waitFor(() => expect(root(el).querySelector('[role=alert]')).not.toBeNull());
    const alert = root(el).querySelector('[role=alert]')!;
    expect(alert.textContent).toContain('This file is not a valid story export:');
    const items = [...alert.querySelectorAll('li')].map((li) => li.textContent);
    expect(items[0]).toBe('version: version 2 is not supported (expected 1).');
    expect(items).toContain('stories[0].customerQuote: a customer quote without the customer\'s recorded consent (given, when and how).');
    expect(items).toHaveLength(8);
    expect(alert.textContent).toContain('… and 2 more problems.');
    expect(root(el).querySelectorAll('sym-story-card')).toHaveLength(0);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('says when the file is not JSON, in French too', async () => {
    const el = await mount({ src: blobUrl('<html>not json</html>'), lang: 'fr' });
    await vi.waitFor(() => expect(root(el).querySelector('[role=alert]')).not.toBeNull());
    expect(root(el).querySelector('[role=alert]')!.textContent).toContain('le fichier n’est pas du JSON');
  });

  it('says when the file cannot be fetched', async () => {
    const url = blobUrl(feedText);
    URL.revokeObjectURL(url);
    const el = await mount({ src: url });
    await vi.waitFor(() => expect(root(el).querySelector('[role=alert]')).not.toBeNull());
    expect(root(el).querySelector('[role=alert]')!.textContent).toMatch(/^The stories could not be loaded: .+\.$/);
  });
});

describe('<sym-story-wall> inside a workspace', () => {
  it('shows the published stories the worker returns, with unit names from the analysis', async () => {
    let calls = 0;
    const analysis = { units: [{ unit: 'team-lille-chat', name: 'Chat de Lille' }], periods: [] };
    const workspace = {
      status: 'ready', analysis, request: {}, selection: {}, select: () => {}, refresh: async () => {},
      client: { api: { stories: async () => (calls++, [...feedStories.map((s) => ({ ...s, unitName: undefined })), draft]) } },
    } as unknown as WorkspaceState;
    const el = await mount({});
    el.workspace = workspace;
    await vi.waitFor(() => expect(root(el).querySelectorAll('sym-story-card')).toHaveLength(4));
    await settle(el);
    expect(root(el).querySelector('sym-story-card')!.shadowRoot!.textContent).toContain('Chat de Lille');
    // A new selection is a new state object, not new data: no second round trip.
    el.workspace = { ...workspace, selection: { unit: 'x' } };
    await settle(el);
    expect(calls).toBe(1);
  });
});
