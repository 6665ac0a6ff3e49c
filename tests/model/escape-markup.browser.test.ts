import { describe, expect, it } from 'vitest';
import { escapeMarkup } from '../../src/model/escape-markup.ts';

const HOSTILE = `<img src=x onerror="alert(1)"> & 'quoted' \`tick\` a=b`;

describe('escapeMarkup in real parsers', () => {
  it('reads back as the same text from HTML content and a double-quoted attribute', () => {
    const doc = new DOMParser().parseFromString(`<p title="${escapeMarkup(HOSTILE)}">${escapeMarkup(HOSTILE)}</p>`, 'text/html');
    const p = doc.querySelector('p')!;
    expect(p.textContent).toBe(HOSTILE);
    expect(p.getAttribute('title')).toBe(HOSTILE);
    expect(doc.querySelector('img')).toBeNull();
  });

  it('reads back as the same text from SVG parsed as XML, in content and in single- or double-quoted attributes', () => {
    const e = escapeMarkup(HOSTILE);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg"><text data-a="${e}" data-b='${e}'>${e}</text></svg>`;
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const text = doc.querySelector('text')!;
    expect(text.textContent).toBe(HOSTILE);
    expect(text.getAttribute('data-a')).toBe(HOSTILE);
    expect(text.getAttribute('data-b')).toBe(HOSTILE);
  });
});
