import { describe, expect, it } from 'vitest';
import { escapeMarkup } from '../../src/model/escape-markup.ts';
import { escapeHtml } from '../../src/recognition/safe-text.ts';

describe('escapeMarkup', () => {
  it('writes the seven characters that can open markup or an attribute as references valid in HTML and XML', () => {
    expect(escapeMarkup(`<>&"'\`=`)).toBe('&lt;&gt;&amp;&quot;&#39;&#96;&#61;');
    // `&apos;` is XML only; HTML 4 does not know it.
    expect(escapeMarkup("l'équipe")).toBe('l&#39;équipe');
  });

  it('escapes an ampersand once, so existing references stay visible as text', () => {
    expect(escapeMarkup('&amp; &#39;')).toBe('&amp;amp; &amp;#39;');
  });

  it('leaves other text, accents and emoji as they are', () => {
    const text = 'Paris Opéra – équipe 🎉 (42%) / {x} [y]';
    expect(escapeMarkup(text)).toBe(text);
  });

  it('is what the recognition exports use', () => {
    expect(escapeHtml).toBe(escapeMarkup);
  });
});
