/**
 * Story text is plain text with a small formatting subset: paragraphs (blank lines), line
 * breaks, `**bold**`, `*italic*`, bullet lists (`- ` lines) and bare http(s) URLs, which become
 * links whose text is the URL itself, so a reader always sees where a link goes. Everything
 * else is text. The parser builds a small tree; elements render it through Lit templates and
 * exports through {@link toSafeHtml}, which escapes every character that could open markup.
 * Nothing here touches the DOM, so the same code runs in Node, a worker and the page.
 *
 * @module
 */
import { escapeMarkup } from '../model/escape-markup.ts';

/** A run of inline content. */
export type SafeInline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: SafeInline[] }
  | { type: 'em'; children: SafeInline[] }
  /** `href` is always an absolute http: or https: URL as normalised by `URL`. */
  | { type: 'link'; href: string; text: string }
  | { type: 'break' };

/** A paragraph or a bullet list. */
export type SafeBlock =
  | { type: 'paragraph'; children: SafeInline[] }
  | { type: 'list'; items: SafeInline[][] };

/** The only elements {@link toSafeHtml} emits. */
export const SAFE_ELEMENTS = ['p', 'br', 'strong', 'em', 'ul', 'li', 'a'] as const;

/** The `rel` of every link: no opener access, no referrer, no endorsement. */
export const LINK_REL = 'noopener noreferrer nofollow';

/** Texts longer than this are cut: the parser is linear, but a story is not a book. */
export const MAX_TEXT_LENGTH = 20_000;

/** Emphasis may nest this deep (`**bold *and italic***`); deeper markers stay as text. */
const MAX_DEPTH = 3;

const LIST_ITEM = /^ {0,3}[-•] +(.*)$/;
// Stops at characters that cannot appear unescaped in a URL and at quotes, so a URL never swallows markup.
const URL_AT = /https?:\/\/[^\s<>"'`\\{}|^]+/iy;
const TRAILING_PUNCTUATION = /[.,;:!?)\]*]+$/;
// C0 controls except tab and newline, DEL, C1 controls, bidi overrides and zero-width joiners that
// could disguise a URL or reorder what a reader sees.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** Removes control and bidi-override characters and unifies line ends. */
export function normaliseText(text: string): string {
  return String(text).slice(0, MAX_TEXT_LENGTH).replace(/\r\n?/g, '\n').replace(INVISIBLE, '');
}

/**
 * The URL as an http(s) link target, or undefined for any other scheme or an unparsable URL.
 * `URL` normalises it (lower-case scheme and host, percent-encoded quotes and spaces).
 */
export function safeHref(candidate: string): string | undefined {
  if (!/^https?:\/\//i.test(candidate)) return undefined;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password) return undefined;
  return url.href;
}

/** Parses story text into blocks. Never throws; any input yields text at worst. */
export function parseSafeText(text: string): SafeBlock[] {
  const blocks: SafeBlock[] = [];
  let paragraph: string[] = [];
  let list: string[] = [];
  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', children: parseLines(paragraph) });
    paragraph = [];
  };
  const flushList = () => {
    if (list.length > 0) blocks.push({ type: 'list', items: list.map((item) => parseInline(item, 0)) });
    list = [];
  };
  for (const line of normaliseText(text).split('\n')) {
    if (line.trim() === '') {
      flushParagraph();
      flushList();
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      flushParagraph();
      list.push((item[1] as string).trim());
    } else {
      flushList();
      paragraph.push(line.trim());
    }
  }
  flushParagraph();
  flushList();
  return blocks;
}

/** Lines of one paragraph, joined by line breaks. */
function parseLines(lines: string[]): SafeInline[] {
  const out: SafeInline[] = [];
  lines.forEach((line, index) => {
    if (index > 0) out.push({ type: 'break' });
    out.push(...parseInline(line, 0));
  });
  return out;
}

/** Emphasis content must not start or end with a space ("2 * 3 * 4" stays text). */
function isEmphasis(inner: string): boolean {
  return inner.length > 0 && inner.trim() === inner;
}

/** Parses one line: URLs first (a `*` inside a URL is part of it), then `**`, then `*`. */
export function parseInline(line: string, depth: number): SafeInline[] {
  const out: SafeInline[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) out.push({ type: 'text', text: buffer });
    buffer = '';
  };
  let i = 0;
  while (i < line.length) {
    const char = line[i] as string;
    if ((char === 'h' || char === 'H') && !/[\p{L}\p{N}]/u.test(line[i - 1] ?? ' ')) {
      URL_AT.lastIndex = i;
      const match = URL_AT.exec(line);
      if (match) {
        const raw = match[0].replace(TRAILING_PUNCTUATION, '');
        const href = safeHref(raw);
        if (href) {
          flush();
          out.push({ type: 'link', href, text: raw });
          i += raw.length;
          continue;
        }
      }
    }
    if (char === '*' && depth < MAX_DEPTH) {
      if (line[i + 1] === '*') {
        const close = line.indexOf('**', i + 2);
        const inner = close > 0 ? line.slice(i + 2, close) : '';
        if (isEmphasis(inner)) {
          flush();
          out.push({ type: 'strong', children: parseInline(inner, depth + 1) });
          i = close + 2;
          continue;
        }
      } else {
        const close = line.indexOf('*', i + 1);
        const inner = close > 0 ? line.slice(i + 1, close) : '';
        if (isEmphasis(inner) && line[close + 1] !== '*') {
          flush();
          out.push({ type: 'em', children: parseInline(inner, depth + 1) });
          i = close + 1;
          continue;
        }
      }
    }
    buffer += char;
    i++;
  }
  flush();
  return out;
}

/** Escapes text for an HTML text node or a double-quoted attribute value (the shared markup escaper). */
export const escapeHtml: (text: string) => string = escapeMarkup;

/** Inline `style` attributes for the exported snippet, which cannot rely on a stylesheet. */
export type SafeHtmlStyles = Partial<Record<(typeof SAFE_ELEMENTS)[number], string>>;

/**
 * Serialises blocks to HTML made only of {@link SAFE_ELEMENTS}; the only attributes are the
 * link's `href` (http/https) and `rel`, and the given `style`s. All text is escaped.
 */
export function toSafeHtml(blocks: readonly SafeBlock[], styles: SafeHtmlStyles = {}): string {
  const open = (tag: (typeof SAFE_ELEMENTS)[number], extra = '') => {
    const style = styles[tag];
    return `<${tag}${extra}${style ? ` style="${escapeHtml(style)}"` : ''}>`;
  };
  const inline = (nodes: readonly SafeInline[]): string => nodes.map((node) => {
    switch (node.type) {
      case 'text': return escapeHtml(node.text);
      case 'break': return open('br');
      case 'strong': return `${open('strong')}${inline(node.children)}</strong>`;
      case 'em': return `${open('em')}${inline(node.children)}</em>`;
      case 'link': {
        const href = safeHref(node.href);
        return href ? `${open('a', ` href="${escapeHtml(href)}" rel="${LINK_REL}"`)}${escapeHtml(node.text)}</a>` : escapeHtml(node.text);
      }
    }
  }).join('');
  return blocks.map((block) => block.type === 'paragraph'
    ? `${open('p')}${inline(block.children)}</p>`
    : `${open('ul')}${block.items.map((item) => `${open('li')}${inline(item)}</li>`).join('')}</ul>`).join('');
}

/** The text a reader sees, without markup: for canvas drawing and plain-text exports. */
export function toPlainParagraphs(blocks: readonly SafeBlock[]): string[] {
  const inline = (nodes: readonly SafeInline[]): string => nodes.map((node) => {
    switch (node.type) {
      case 'text': return node.text;
      case 'break': return '\n';
      case 'link': return node.text;
      default: return inline(node.children);
    }
  }).join('');
  return blocks.flatMap((block) => block.type === 'paragraph' ? [inline(block.children)] : block.items.map((item) => `• ${inline(item)}`));
}
