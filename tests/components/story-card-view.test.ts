import { describe, expect, it } from 'vitest';
import { layoutStoryImage, metricAt, storyCardSnippet, storyCardView, wrapText } from '../../src/components/story-card/story-card-view.ts';
import type { AnalysisResult, UnitSummary } from '../../src/analytics/analyze.ts';
import { packPeriods, unpackPeriods } from '../../src/analytics/packed-result.ts';
import { recognitionDisplayEn, recognitionDisplayFr } from '../../src/i18n/areas/recognition-display.ts';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import type { Story } from '../../src/model/types.ts';

const story: Story = {
  id: 'story-1',
  title: 'Ana and Bruno saved the launch',
  body: 'Ana Lima stayed late.\n\n- **Bruno Costa** called back\n- see https://example.com/x',
  unit: 'team-a',
  people: ['Ana Lima', 'Bruno Costa'],
  peopleConsent: { 'Ana Lima': { given: false }, 'Bruno Costa': { given: true, at: '2025-03-01', how: 'in app' } },
  values: ['care', 'our-own-value'],
  customerQuote: 'Thanks Ana!',
  consent: { given: true, at: '2025-03-01', how: 'email' },
  metricLink: { unit: 'team-a', metric: 'fcr', from: '2025-Q1', to: '2025-Q2' },
  status: 'published',
  reactions: 1,
  createdAt: '2025-03-31T23:30:00Z',
};

// A fixed-width stand-in for canvas measureText: 10 px per character.
const measure = (text: string) => text.length * 10;

describe('storyCardView', () => {
  it('applies consent, translates known values and formats the date in UTC', () => {
    const view = storyCardView(story, { lang: 'en', t: en, strings: recognitionDisplayEn, unitName: 'Launch team' });
    expect(view.title).toBe('a team member and Bruno saved the launch');
    expect(view.people).toEqual(['Bruno Costa', 'a team member']);
    expect(view.values).toEqual(['Care', 'our-own-value']);
    expect(view.quote).toBe('Thanks a team member!');
    expect(view.date).toBe('31 March 2025');
    expect(view.reactions).toBe('1 reaction');
    expect(view.metric).toBe('Linked to First-contact resolution, Q1 2025 to Q2 2025');
  });

  it('speaks French', () => {
    const view = storyCardView(story, { lang: 'fr', t: fr, strings: recognitionDisplayFr });
    expect(view.date).toBe('31 mars 2025');
    expect(view.unitName).toBe('team-a');
    expect(view.people).toEqual(['Bruno Costa', 'un membre de l’équipe']);
  });
});

describe('metricAt', () => {
  const summary = (unit: string, fcr: number, enps: number): UnitSummary => ({
    unit, name: unit, parentId: 'root', level: 'team',
    employees: { n: 12, enps: { score: enps }, engagement: null, items: {} },
    customers: { n: 40, nps: null, csat: null, ces: null, fcr: { score: fcr, ci: [fcr - 5, fcr + 5], n: 40 } },
  }) as unknown as UnitSummary;
  const plain = {
    units: [],
    periods: [
      { period: '2025-Q1', units: [summary('team-b', 55, 10), summary('team-a', 61.5, -4)], organisation: null },
      { period: '2025-Q2', units: [summary('team-a', 70, Number.NaN), summary('team-b', 52, 12)], organisation: null },
    ],
  } as unknown as AnalysisResult;
  // As the workspace receives it from the worker: packed, cloned, then unpacked lazily.
  const packed = () => unpackPeriods(structuredClone(packPeriods(plain)));

  it('reads one unit of a packed period without decoding the period', () => {
    const analysis = packed();
    expect(metricAt(analysis, 'team-a', 'fcr', '2025-Q1')).toBe(61.5);
    expect(metricAt(analysis, 'team-b', 'enps', '2025-Q2')).toBe(12);
    // The period lists are still encoded: reading `units` would have replaced the getter.
    for (const entry of analysis.periods) expect(Object.getOwnPropertyDescriptor(entry, 'units')!.get).toBeDefined();
  });

  it('gives the same values packed and unpacked, undefined when absent or undefined', () => {
    const analysis = packed();
    for (const [unit, metric, period] of [['team-a', 'fcr', '2025-Q2'], ['team-b', 'fcr', '2025-Q1'], ['team-a', 'enps', '2025-Q1']] as const) {
      expect(metricAt(analysis, unit, metric, period)).toBe(metricAt(plain, unit, metric, period));
    }
    expect(metricAt(analysis, 'team-a', 'enps', '2025-Q2')).toBeUndefined();
    expect(metricAt(analysis, 'team-c', 'fcr', '2025-Q1')).toBeUndefined();
    expect(metricAt(analysis, 'team-a', 'fcr', '2026-Q1')).toBeUndefined();
    expect(metricAt(undefined, 'team-a', 'fcr', '2025-Q1')).toBeUndefined();
  });

  it('puts the numbers in the card from a packed analysis', () => {
    const view = storyCardView(story, { lang: 'en', t: en, strings: recognitionDisplayEn, unitName: 'Launch team', analysis: packed() });
    expect(view.metric).toBe('Moved First-contact resolution from 61.5% (Q1 2025) to 70.0% (Q2 2025)');
  });
});

describe('storyCardSnippet', () => {
  it('is one article with inline styles, escaped text and no script', () => {
    const view = storyCardView({ ...story, title: '<script>alert("x")</script>' }, { lang: 'en', t: en, strings: recognitionDisplayEn, unitName: 'A & B' });
    const snippet = storyCardSnippet(view, recognitionDisplayEn);
    expect(snippet.startsWith('<article lang="en" style="')).toBe(true);
    expect(snippet.endsWith('</article>')).toBe(true);
    expect(snippet).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(snippet).toContain('A &amp; B');
    expect(snippet).not.toMatch(/<script|\son\w+=/i);
    expect(snippet).toContain('<a href="https://example.com/x" rel="noopener noreferrer nofollow" style="color:#0969da">');
  });
});

describe('wrapText', () => {
  it('wraps on words, keeps line breaks and cuts words wider than the line', () => {
    expect(wrapText('one two three four', 90, measure)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('a\nb', 100, measure)).toEqual(['a', 'b']);
    expect(wrapText('abcdefghijkl', 50, measure)).toEqual(['abcde', 'fghij', 'kl']);
  });
});

describe('layoutStoryImage', () => {
  it('lays every text out inside the image, top to bottom', () => {
    const view = storyCardView(story, { lang: 'en', t: en, strings: recognitionDisplayEn, unitName: 'Launch team' });
    const layout = layoutStoryImage(view, recognitionDisplayEn, (text) => measure(text), 400);
    const texts = layout.lines.map((l) => l.text);
    expect(texts[0]).toBe('a team member and Bruno');
    expect(texts).toContain('• Bruno Costa called back');
    expect(texts).toContain('“Thanks a team member!”');
    expect(layout.tags.map((t) => t.text)).toEqual(['Care', 'our-own-value']);
    expect(layout.accentBar).toBeDefined();
    // The image obeys consent like the card: Ana did not agree to be named.
    expect(texts.join(' ')).not.toMatch(/\bAna\b|Lima/);
    for (let i = 1; i < layout.lines.length; i++) expect(layout.lines[i]!.y).toBeGreaterThan(layout.lines[i - 1]!.y);
    for (const line of layout.lines) expect(line.x + measure(line.text)).toBeLessThanOrEqual(400 - 64);
    expect(layout.height).toBeGreaterThan(layout.lines.at(-1)!.y);
  });
});
