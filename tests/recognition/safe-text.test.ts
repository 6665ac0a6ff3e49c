import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LINK_REL, escapeHtml, normaliseText, parseSafeText, safeHref, toPlainParagraphs, toSafeHtml } from '../../src/recognition/safe-text.ts';
import type { SafeBlock, SafeInline } from '../../src/recognition/safe-text.ts';

const payloads = readFileSync(new URL('../fixtures/recognition/xss-payloads.txt', import.meta.url), 'utf8').split('\n').filter((line) => line.trim() !== '');

/** Every link node of a tree. */
function links(blocks: SafeBlock[]): { href: string; text: string }[] {
  const out: { href: string; text: string }[] = [];
  const visit = (nodes: SafeInline[]) => nodes.forEach((n) => {
    if (n.type === 'link') out.push(n);
    if (n.type === 'strong' || n.type === 'em') visit(n.children);
  });
  blocks.forEach((b) => (b.type === 'paragraph' ? visit(b.children) : b.items.forEach(visit)));
  return out;
}

// The only markup the serialiser may produce: these tags, with these attributes and nothing else.
const ALLOWED_TAG = /<(?:p|br|strong|em|ul|li)>|<\/(?:p|strong|em|ul|li|a)>|<a href="https?:\/\/[^"<>\s]*" rel="noopener noreferrer nofollow">/g;

describe('safe-text corpus of XSS payloads', () => {
  it('holds more than 50 payloads', () => {
    expect(payloads.length).toBeGreaterThan(50);
  });

  it.each(payloads)('%s → only allowed tags, no event handlers, no non-http links', (payload) => {
    for (const text of [payload, `Intro\n\n${payload}\n- ${payload}\n**${payload}** *${payload}*`]) {
      const blocks = parseSafeText(text);
      for (const link of links(blocks)) {
        expect(new URL(link.href).protocol).toMatch(/^https?:$/);
        expect(link.href).not.toMatch(/["'<>`\s]/);
      }
      const html = toSafeHtml(blocks);
      const rest = html.replace(ALLOWED_TAG, '');
      // Any "<" left would open an element the serialiser did not mean to write.
      expect(rest).not.toMatch(/[<>"']/);
      expect(html).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html.toLowerCase()).not.toContain('href="javascript');
      expect(html.toLowerCase()).not.toContain('href="data');
      // The reader still sees what was typed, as text.
      if (payload.includes('__symXss')) expect(toPlainParagraphs(blocks).join('\n')).toContain('__symXss');
    }
  });
});

describe('parseSafeText', () => {
  it('splits paragraphs on blank lines and keeps line breaks inside them', () => {
    expect(parseSafeText('First line\nsecond line\n\n\nNext paragraph')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'First line' }, { type: 'break' }, { type: 'text', text: 'second line' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Next paragraph' }] },
    ]);
  });

  it('reads bold, italic and bold containing italic', () => {
    expect(parseSafeText('a **b** *c* **d *e* f**')).toEqual([{ type: 'paragraph', children: [
      { type: 'text', text: 'a ' },
      { type: 'strong', children: [{ type: 'text', text: 'b' }] },
      { type: 'text', text: ' ' },
      { type: 'em', children: [{ type: 'text', text: 'c' }] },
      { type: 'text', text: ' ' },
      { type: 'strong', children: [{ type: 'text', text: 'd ' }, { type: 'em', children: [{ type: 'text', text: 'e' }] }, { type: 'text', text: ' f' }] },
    ] }]);
  });

  it('leaves arithmetic and unmatched stars as text', () => {
    expect(toPlainParagraphs(parseSafeText('2 * 3 * 4 and **open'))).toEqual(['2 * 3 * 4 and **open']);
  });

  it('builds bullet lists from "- " lines', () => {
    const blocks = parseSafeText('We did three things:\n- listened\n- **called back**\n- fixed https://example.com/a.\nDone.');
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'list', 'paragraph']);
    const list = blocks[1] as Extract<SafeBlock, { type: 'list' }>;
    expect(list.items).toHaveLength(3);
    expect(list.items[2]).toEqual([{ type: 'text', text: 'fixed ' }, { type: 'link', href: 'https://example.com/a', text: 'https://example.com/a' }, { type: 'text', text: '.' }]);
  });

  it('links http and https URLs with the URL as the visible text, leaving trailing punctuation out', () => {
    const found = links(parseSafeText('See (https://example.com/path?q=1), HTTP://EXAMPLE.org! and www.example.net'));
    expect(found).toEqual([
      { type: 'link', href: 'https://example.com/path?q=1', text: 'https://example.com/path?q=1' },
      { type: 'link', href: 'http://example.org/', text: 'HTTP://EXAMPLE.org' },
    ]);
  });

  it('does not link a URL glued to a word, nor one with credentials', () => {
    expect(links(parseSafeText('xhttps://example.com https://user:pw@example.com'))).toEqual([]);
  });

  it('removes control characters and bidi overrides', () => {
    expect(normaliseText('a\u0000b\u202ec\r\nd\u200be')).toBe('abc\nde');
  });

  it('returns no blocks for blank text', () => {
    expect(parseSafeText('  \n\n ')).toEqual([]);
  });

  it('stays fast on pathological emphasis', () => {
    const start = performance.now();
    parseSafeText('*a '.repeat(5000) + '**'.repeat(3000));
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('safeHref', () => {
  it('accepts only http and https without credentials', () => {
    expect(safeHref('https://example.com/a b')).toBe('https://example.com/a%20b');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,x')).toBeUndefined();
    expect(safeHref('vbscript:x')).toBeUndefined();
    expect(safeHref('//example.com')).toBeUndefined();
    expect(safeHref('https://')).toBeUndefined();
    expect(safeHref('https://a:b@example.com')).toBeUndefined();
  });
});

describe('toSafeHtml', () => {
  it('writes the allowed elements with escaped text and link rel', () => {
    const html = toSafeHtml(parseSafeText('Hi <b>&\n**x** https://example.com/?a="1"\n\n- one'));
    expect(html).toBe(`<p>Hi &lt;b&gt;&amp;<br><strong>x</strong> <a href="https://example.com/?a&#61;" rel="${LINK_REL}">https://example.com/?a&#61;</a>&quot;1&quot;</p><ul><li>one</li></ul>`);
  });

  it('adds the given inline styles, escaped', () => {
    expect(toSafeHtml(parseSafeText('x'), { p: 'margin:0" onclick="x' })).toBe('<p style="margin:0&quot; onclick&#61;&quot;x">x</p>');
  });

  it('escapes every character that can open markup or an attribute', () => {
    expect(escapeHtml(`<>&"'\`=`)).toBe('&lt;&gt;&amp;&quot;&#39;&#96;&#61;');
  });
});
