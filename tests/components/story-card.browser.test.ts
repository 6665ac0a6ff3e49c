import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/story-card/story-card.ts';
import type { SymStoryCard, SymStoryShareEvent } from '../../src/components/story-card/story-card.ts';
import type { AnalysisResult } from '../../src/analytics/analyze.ts';
import type { Story } from '../../src/model/types.ts';
import payloadText from '../fixtures/recognition/xss-payloads.txt?raw';
import { axeViolations } from '../helpers/axe.ts';

declare global {
  interface Window { __symXss?: number }
}

const payloads = payloadText.split('\n').filter((line) => line.trim() !== '');

const story: Story = {
  id: 'story-101',
  title: 'Camille turned a complaint into loyalty',
  body: 'A customer called for the third time.\n\n**Camille Martin** took the case:\n- called billing while the customer waited\n- *kept* her promise\n\nDetails: https://example.com/cases/101',
  unit: 'team-lyon-front',
  people: ['Camille Martin', 'Hugo Bernard'],
  peopleConsent: { 'Camille Martin': { given: true, at: '2025-02-10', how: 'in app' }, 'Hugo Bernard': { given: false } },
  values: ['care', 'listening'],
  customerQuote: 'Camille and Hugo restored my faith in your company.',
  consent: { given: true, at: '2025-02-10', how: 'email' },
  metricLink: { unit: 'team-lyon-front', metric: 'nps', from: '2025-Q1', to: '2025-Q3' },
  status: 'published',
  reactions: 42,
  createdAt: '2025-02-11T10:15:00Z',
};

/** Just enough of an analysis for the linked metric: NPS of the unit in two periods. */
function analysisWithNps(from: number, to: number): AnalysisResult {
  const summary = (score: number) => ({
    unit: 'team-lyon-front', name: 'Lyon Front Desk', parentId: null, level: 'team', employees: null,
    customers: { n: 40, nps: { score, ci: [score - 10, score + 10], n: 40 }, csat: null, ces: null, fcr: null },
  });
  return {
    units: [summary(from)],
    periods: [{ period: '2025-Q1', units: [summary(from)] }, { period: '2025-Q2', units: [] }, { period: '2025-Q3', units: [summary(to)] }],
  } as unknown as AnalysisResult;
}

async function mount(value: Story | undefined, options: { lang?: string; unitName?: string; analysis?: AnalysisResult } = {}): Promise<SymStoryCard> {
  const host = document.createElement('div');
  if (options.lang) host.lang = options.lang;
  const el = document.createElement('sym-story-card');
  el.story = value;
  if (options.unitName) el.unitName = options.unitName;
  if (options.analysis) el.analysis = options.analysis;
  host.append(el);
  document.body.append(host);
  await el.updateComplete;
  return el;
}

const text = (el: SymStoryCard) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('<sym-story-card>', () => {
  it('shows the story with its formatting, unit, date, values, quote and metric, axe clean', async () => {
    const el = await mount(story, { unitName: 'Lyon Front Desk', analysis: analysisWithNps(12, 31) });
    const root = el.shadowRoot!;
    expect(root.querySelector('[role=heading]')!.textContent).toBe('Camille turned a complaint into loyalty');
    expect(root.querySelector('[role=heading]')!.getAttribute('aria-level')).toBe('3');
    expect(root.querySelectorAll('.body p')).toHaveLength(3);
    expect(root.querySelector('.body strong')!.textContent).toBe('Camille Martin');
    expect(root.querySelectorAll('.body li')).toHaveLength(2);
    const link = root.querySelector<HTMLAnchorElement>('.body a')!;
    expect(link.getAttribute('href')).toBe('https://example.com/cases/101');
    expect(link.textContent).toBe('https://example.com/cases/101');
    expect(link.rel).toBe('noopener noreferrer nofollow');
    expect(text(el)).toContain('Lyon Front Desk · 11 February 2025');
    expect(root.querySelector('time')!.getAttribute('datetime')).toBe('2025-02-11T10:15:00Z');
    expect([...root.querySelectorAll('.values li')].map((li) => li.textContent)).toEqual(['Care', 'Listening']);
    expect(root.querySelector('.metric')!.textContent).toBe('Moved NPS from +12 (Q1 2025) to +31 (Q3 2025)');
    expect(text(el)).toContain('42 reactions');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('names only people who agreed, and hides the quote without the customer\'s consent', async () => {
    const el = await mount(story);
    expect(el.shadowRoot!.querySelector('.people')!.textContent!.replace(/\s+/g, ' ')).toBe('Recognised: Camille Martin, a team member');
    expect(el.shadowRoot!.querySelector('blockquote')!.textContent).toBe('Camille and a team member restored my faith in your company.');
    expect(text(el)).not.toContain('Hugo');
    const noConsent = await mount({ ...story, consent: { given: false } });
    expect(noConsent.shadowRoot!.querySelector('blockquote')).toBeNull();
    expect(noConsent.htmlSnippet()).not.toContain('restored my faith');
  });

  it('says which metric the story is linked to when the numbers are not at hand', async () => {
    const el = await mount(story);
    expect(el.shadowRoot!.querySelector('.metric')!.textContent).toBe('Linked to NPS, Q1 2025 to Q3 2025');
  });

  it('speaks French, with dates and numbers through Intl', async () => {
    const el = await mount(story, { lang: 'fr', unitName: 'Accueil Lyon', analysis: analysisWithNps(12, 31) });
    expect(text(el)).toContain('Accueil Lyon · 11 février 2025');
    expect(el.shadowRoot!.querySelector('.metric')!.textContent).toBe('A fait passer le NPS de +12 (T1 2025) à +31 (T3 2025)');
    expect(el.shadowRoot!.querySelector('.people')!.textContent!.replace(/\s+/g, ' ')).toBe('Mis à l’honneur : Camille Martin, un membre de l’équipe');
    expect([...el.shadowRoot!.querySelectorAll('.values li')].map((li) => li.textContent)).toEqual(['Bienveillance', 'Écoute']);
    expect(el.shadowRoot!.querySelector('button[data-share=png]')!.textContent).toBe('Télécharger l’image');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('says so without a story', async () => {
    const el = await mount(undefined);
    expect(text(el)).toContain('No story to show.');
  });

  it('shares a PNG: the blob starts with the PNG signature and has the card\'s size', async () => {
    const el = await mount(story, { unitName: 'Lyon Front Desk' });
    const blob = await el.pngBlob();
    expect(blob.type).toBe('image/png');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const bitmap = await createImageBitmap(blob);
    expect(bitmap.width).toBe(1080);
    expect(bitmap.height).toBeGreaterThan(500);
  });

  it('shares from the keyboard: Enter on a share button fires a cancelable sym-story-share', async () => {
    const el = await mount(story);
    const events: SymStoryShareEvent[] = [];
    el.addEventListener('sym-story-share', (event) => {
      event.preventDefault();
      events.push(event);
    });
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-share=png]')!.focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(events).toHaveLength(1));
    expect(events[0]!.detail.format).toBe('png');
    expect(events[0]!.detail.blob!.size).toBeGreaterThan(1000);
    await userEvent.keyboard('{Tab}');
    expect(el.shadowRoot!.activeElement?.getAttribute('data-share')).toBe('html');
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(events).toHaveLength(2));
    expect(events[1]!.detail.html).toBe(el.htmlSnippet());
  });

  it('copies the snippet and says so in a status message', async () => {
    const write = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: write }, configurable: true });
    const el = await mount(story);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-share=copy]')!.click();
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).toBe('HTML snippet copied.'));
    expect(write).toHaveBeenCalledWith(el.htmlSnippet());
    write.mockRejectedValue(new Error('denied'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-share=copy]')!.click();
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).toBe('The story could not be shared.'));
    delete (navigator as { clipboard?: unknown }).clipboard;
  });

  it('exports a self-contained snippet: inline styles, escaped text, no script', async () => {
    const el = await mount({ ...story, title: 'Fish & chips <b>"quoted"</b>' }, { unitName: 'Lyon <Front>' });
    const snippet = el.htmlSnippet();
    expect(snippet).toContain('Fish &amp; chips &lt;b&gt;&quot;quoted&quot;&lt;/b&gt;');
    expect(snippet).toContain('Lyon &lt;Front&gt;');
    expect(snippet).not.toMatch(/<script|<style|<link|\son\w+=|javascript:/i);
    const doc = new DOMParser().parseFromString(snippet, 'text/html');
    const article = doc.body.firstElementChild!;
    expect(article.tagName).toBe('ARTICLE');
    expect(article.getAttribute('style')).toContain('border-radius');
    expect(doc.querySelector('h2')!.textContent).toBe('Fish & chips <b>"quoted"</b>');
  });
});

const CARD_ELEMENTS = new Set(['ARTICLE', 'DIV', 'P', 'SPAN', 'TIME', 'UL', 'LI', 'FIGURE', 'BLOCKQUOTE', 'FIGCAPTION', 'FOOTER', 'BUTTON', 'STRONG', 'EM', 'BR', 'A']);
const SNIPPET_ELEMENTS = new Set(['ARTICLE', 'H2', 'P', 'SPAN', 'UL', 'LI', 'BLOCKQUOTE', 'STRONG', 'EM', 'BR', 'A']);

function assertInert(root: ParentNode, allowed: Set<string>, label: string): void {
  for (const element of root.querySelectorAll('*')) {
    expect(allowed.has(element.tagName), `${label}: unexpected <${element.tagName.toLowerCase()}>`).toBe(true);
    for (const attribute of element.attributes) {
      expect(attribute.name.startsWith('on'), `${label}: attribute ${attribute.name}`).toBe(false);
      expect(['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data'].includes(attribute.name) && attribute.name !== 'href', `${label}: attribute ${attribute.name}`).toBe(false);
    }
    if (element.tagName === 'A') expect(new URL(element.getAttribute('href')!).protocol, label).toMatch(/^https?:$/);
  }
}

describe('<sym-story-card> against the XSS corpus', () => {
  it(`renders all ${payloads.length} payloads as text: no script runs, no handler or foreign element appears`, async () => {
    delete window.__symXss;
    const foreign = 'script, iframe, img, svg, object, embed, style, link, meta, base';
    const before = document.querySelectorAll(foreign).length;
    const cards = payloads.map((payload, index) => {
      const el = document.createElement('sym-story-card');
      el.unitName = payload;
      el.story = {
        ...story,
        id: `xss-${index}`,
        title: payload,
        body: `${payload}\n\n- ${payload}\n**${payload}** *${payload}*\n${payload}`,
        customerQuote: payload,
        people: [payload],
        peopleConsent: { [payload]: { given: true, at: '2025-02-10', how: 'in app' } },
        values: [payload],
        metricLink: { unit: payload, metric: payload, from: payload, to: payload },
      };
      document.body.append(el);
      return el;
    });
    await Promise.all(cards.map((c) => c.updateComplete));
    // Give error handlers, onload and timers a chance to fire if anything slipped through.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(window.__symXss).toBeUndefined();
    cards.forEach((card, index) => {
      const label = `payload ${index + 1}: ${payloads[index]}`;
      assertInert(card.shadowRoot!, CARD_ELEMENTS, label);
      // The text a reader sees keeps what was typed.
      if (payloads[index]!.includes('__symXss')) expect(card.shadowRoot!.textContent, label).toContain('__symXss');
      const doc = new DOMParser().parseFromString(card.htmlSnippet(), 'text/html');
      assertInert(doc.body, SNIPPET_ELEMENTS, `snippet of ${label}`);
    });
    expect(document.querySelectorAll(foreign)).toHaveLength(before);
  });

  it('uses live payloads: inserted as HTML, they do run (the control for the test above)', async () => {
    delete window.__symXss;
    const control = document.createElement('div');
    control.innerHTML = payloads.join('\n');
    document.body.append(control);
    await vi.waitFor(() => expect(window.__symXss).toBe(1));
    control.remove();
    delete window.__symXss;
  });
});
