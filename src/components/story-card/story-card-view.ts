import type { AnalysisResult } from '../../analytics/analyze.ts';
import { periodUnit } from '../../analytics/packed-result.ts';
import type { Story } from '../../model/types.ts';
import { redactStory } from '../../recognition/story-feed.ts';
import type { PublishedStory } from '../../recognition/story-feed.ts';
import { parseSafeText, toPlainParagraphs, toSafeHtml, escapeHtml } from '../../recognition/safe-text.ts';
import type { SafeBlock } from '../../recognition/safe-text.ts';
import type { RecognitionDisplayStrings } from '../../i18n/areas/recognition-display.ts';
import type { Lang, Translation } from '../../i18n/translation.ts';
import { formatPeriod, dateFormat } from '../../i18n/format.ts';
import { customerValue, employeeValue } from '../shared/analysis-view.ts';
import { formatMetric } from '../shared/metric-format.ts';

/**
 * What `<sym-story-card>` shows, its HTML snippet and its image: one display model built from
 * a story with consent applied. Pure: no DOM, so node tests and the PNG layout share it.
 */
export interface StoryCardView {
  id: string;
  lang: Lang;
  title: string;
  blocks: SafeBlock[];
  unitName: string;
  /** ISO timestamp, for `<time datetime>`. */
  createdAt: string;
  date: string;
  /** Named people, then one "a team member" per person not cleared to be named. */
  people: string[];
  values: string[];
  /** Present only when the customer consented. */
  quote?: string;
  metric?: string;
  reactions: string;
}

/** Looks a metric up for a unit and period in an analysis; undefined when hidden or absent. */
export function metricAt(analysis: AnalysisResult | undefined, unit: string, metric: string, period: string): number | undefined {
  const entry = analysis?.periods.find((p) => p.period === period);
  // While the worker's period lists are still packed, decode this unit's summary only.
  const summary = entry ? periodUnit(entry, unit) : undefined;
  if (!summary) return undefined;
  const value = metric === 'enps' || metric === 'engagement' ? employeeValue(summary, metric) : customerValue(summary, metric);
  return value && Number.isFinite(value.value) ? value.value : undefined;
}

/** Builds the display model: consent applied, text parsed, numbers and dates through Intl. */
export function storyCardView(
  story: Story | PublishedStory,
  options: { lang: Lang; t: Translation; strings: RecognitionDisplayStrings; unitName?: string; analysis?: AnalysisResult },
): StoryCardView {
  const { lang, t, strings } = options;
  const safe = redactStory(story, strings.anonymousPerson);
  const unitName = options.unitName
    ?? (story as PublishedStory).unitName
    ?? options.analysis?.units.find((u) => u.unit === story.unit)?.name
    ?? story.unit;
  const created = Date.parse(story.createdAt);
  const date = Number.isNaN(created)
    ? story.createdAt
    : dateFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(created);
  const view: StoryCardView = {
    id: story.id,
    lang,
    title: safe.title,
    blocks: parseSafeText(safe.body),
    unitName,
    createdAt: story.createdAt,
    date,
    people: [...safe.people, ...new Array<string>(safe.anonymousPeople).fill(strings.anonymousPerson)],
    values: safe.values.map((v) => (Object.prototype.hasOwnProperty.call(strings.valueLabel, v) ? strings.valueLabel[v] as string : v)),
    reactions: strings.reactions(story.reactions),
  };
  if (safe.customerQuote !== undefined) view.quote = safe.customerQuote;
  const link = story.metricLink;
  if (link) {
    const metric = (t.metric as Record<string, string>)[link.metric] ?? link.metric;
    const from = metricAt(options.analysis, link.unit, link.metric, link.from);
    const to = metricAt(options.analysis, link.unit, link.metric, link.to);
    const fromPeriod = formatPeriod(lang, link.from);
    const toPeriod = formatPeriod(lang, link.to);
    view.metric = from !== undefined && to !== undefined
      ? strings.metricMoved({ metric, from: formatMetric(lang, link.metric, from), fromPeriod, to: formatMetric(lang, link.metric, to), toPeriod })
      : strings.metricLinked({ metric, fromPeriod, toPeriod });
  }
  return view;
}

/** Inline styles of the snippet: it must look right pasted into any page, with no stylesheet. */
const SNIPPET_STYLES = {
  article: 'font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:36rem;padding:1.25rem 1.5rem;border:1px solid #d0d7de;border-radius:12px;background:#ffffff;color:#1f2328;line-height:1.5',
  h: 'margin:0 0 0.25rem;font-size:1.25rem;line-height:1.3',
  meta: 'margin:0 0 0.75rem;color:#57606a;font-size:0.875rem',
  quote: 'margin:0.75rem 0;padding:0.5rem 0.75rem;border-left:4px solid #0969da;background:#f6f8fa;font-style:italic',
  small: 'margin:0.5rem 0 0;font-size:0.875rem;color:#57606a',
  tag: 'display:inline-block;margin:0 0.25rem 0.25rem 0;padding:0.1rem 0.5rem;border-radius:999px;background:#ddf4ff;color:#0a3069;font-size:0.8rem',
} as const;

/**
 * A self-contained HTML fragment of the card: escaped text, inline styles, only p, br, strong,
 * em, ul, li, a (http/https, rel noopener noreferrer nofollow), article, h2, blockquote and span.
 * No script, no event handler, no external resource.
 */
export function storyCardSnippet(view: StoryCardView, strings: RecognitionDisplayStrings): string {
  const e = escapeHtml;
  const body = toSafeHtml(view.blocks, { p: 'margin:0 0 0.5rem', ul: 'margin:0 0 0.5rem;padding-left:1.25rem', a: 'color:#0969da' });
  const parts = [
    `<article lang="${e(view.lang)}" style="${SNIPPET_STYLES.article}">`,
    `<h2 style="${SNIPPET_STYLES.h}">${e(view.title)}</h2>`,
    `<p style="${SNIPPET_STYLES.meta}">${e(view.unitName)} · ${e(view.date)}</p>`,
    body,
  ];
  if (view.quote !== undefined) parts.push(`<blockquote style="${SNIPPET_STYLES.quote}">${e(view.quote)}<br><span style="font-style:normal;font-size:0.8rem;color:#57606a">${e(strings.customerSaid)}</span></blockquote>`);
  if (view.people.length > 0) parts.push(`<p style="${SNIPPET_STYLES.small}">${e(strings.recognised)} ${e(view.people.join(', '))}</p>`);
  if (view.values.length > 0) parts.push(`<p style="${SNIPPET_STYLES.small}">${view.values.map((v) => `<span style="${SNIPPET_STYLES.tag}">${e(v)}</span>`).join('')}</p>`);
  if (view.metric !== undefined) parts.push(`<p style="${SNIPPET_STYLES.small}">${e(view.metric)}</p>`);
  parts.push('</article>');
  return parts.join('');
}

/** One line of text to draw on the share image. */
export interface ImageLine {
  text: string;
  x: number;
  y: number;
  font: string;
  color: string;
}

/** Size and text of the share image. */
export interface ImageLayout {
  width: number;
  height: number;
  lines: ImageLine[];
  /** Rounded tags for values, drawn as pills. */
  tags: { text: string; x: number; y: number; width: number }[];
  accentBar: { x: number; y: number; height: number } | undefined;
}

/** Greedy word wrap; a word wider than the line is cut by characters. */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) out.push(line);
      line = '';
      let rest = word;
      while (measure(rest) > maxWidth && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && measure(rest.slice(0, cut)) > maxWidth) cut--;
        out.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    out.push(line);
  }
  return out;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/**
 * Lays the card out for a canvas: title, unit and date, body, quote, people, values, metric.
 * `measure(text, font)` is the canvas's measureText width; tests pass a fixed-width stand-in.
 */
export function layoutStoryImage(view: StoryCardView, strings: RecognitionDisplayStrings, measure: (text: string, font: string) => number, width = 1080): ImageLayout {
  const pad = 64;
  const inner = width - 2 * pad;
  const lines: ImageLine[] = [];
  const tags: ImageLayout['tags'] = [];
  let y = pad;
  const block = (text: string, font: string, color: string, lineHeight: number, x = pad, max = inner) => {
    for (const line of wrapText(text, max, (s) => measure(s, font))) {
      y += lineHeight;
      lines.push({ text: line, x, y, font, color });
    }
  };
  block(view.title, `700 44px ${FONT}`, '#1f2328', 54);
  y += 8;
  block(`${view.unitName} · ${view.date}`, `400 26px ${FONT}`, '#57606a', 34);
  y += 20;
  for (const paragraph of toPlainParagraphs(view.blocks)) {
    block(paragraph, `400 30px ${FONT}`, '#1f2328', 42);
    y += 14;
  }
  let accentBar: ImageLayout['accentBar'];
  if (view.quote !== undefined) {
    y += 8;
    const top = y;
    block(`“${view.quote}”`, `italic 400 30px ${FONT}`, '#1f2328', 42, pad + 28, inner - 28);
    block(strings.customerSaid, `400 22px ${FONT}`, '#57606a', 30, pad + 28, inner - 28);
    accentBar = { x: pad, y: top + 8, height: y - top + 4 };
    y += 22;
  }
  if (view.people.length > 0) block(`${strings.recognised} ${view.people.join(', ')}`, `600 26px ${FONT}`, '#1f2328', 36);
  if (view.values.length > 0) {
    y += 16;
    let x = pad;
    const font = `600 22px ${FONT}`;
    for (const value of view.values) {
      const w = measure(value, font) + 32;
      if (x + w > width - pad && x > pad) {
        x = pad;
        y += 44;
      }
      tags.push({ text: value, x, y, width: w });
      x += w + 12;
    }
    y += 44;
  }
  if (view.metric !== undefined) block(view.metric, `400 24px ${FONT}`, '#0a3069', 34);
  return { width, height: Math.ceil(y + pad), lines, tags, accentBar };
}
