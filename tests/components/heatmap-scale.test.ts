import { describe, expect, it } from 'vitest';
import { rgb } from 'd3';
import { divergingColours, paletteStops, readableText } from '../../src/components/heatmap/heatmap-scale.ts';

/** WCAG 2 contrast ratio, written out here rather than imported so the test checks the module. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const { r, g, b } = rgb(colour);
    const [lr, lg, lb] = [r, g, b].map((c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('heatmap colours', () => {
  it('picks white on the RdBu red of r ≈ -0.68, where black reads 4.38:1', () => {
    expect(contrast('#c84541', '#000000')).toBeCloseTo(4.38, 2);
    expect(contrast('#c84541', '#ffffff')).toBeCloseTo(4.79, 2);
    expect(readableText('#c84541')).toBe('#ffffff');
  });

  it('draws r = -0.60 as #d56050 with black text (5.62:1)', () => {
    expect(divergingColours(1, 'rdbu')(-0.6)).toEqual({ background: '#d56050', text: '#000000' });
    expect(contrast('#d56050', '#000000')).toBeCloseTo(5.62, 2);
  });

  for (const palette of ['rdbu', 'puor'] as const) {
    it(`keeps at least 4.5:1 for every r from -1 to +1 on ${palette}, and picks the better of black and white`, () => {
      const colours = divergingColours(1, palette);
      let worst = Infinity;
      for (let k = -1000; k <= 1000; k++) {
        const { background, text } = colours(k / 1000);
        const ratio = contrast(background, text);
        worst = Math.min(worst, ratio);
        expect(ratio).toBeGreaterThanOrEqual(contrast(background, text === '#000000' ? '#ffffff' : '#000000'));
      }
      expect(worst).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('colours values beyond the extent like the extent, and gives a 9-stop legend', () => {
    const colours = divergingColours(0.5, 'rdbu');
    expect(colours(2)).toEqual(colours(0.5));
    expect(colours(-2)).toEqual(colours(-0.5));
    expect(paletteStops('puor')).toHaveLength(9);
    expect(paletteStops('rdbu')[4]).toBe(divergingColours(1, 'rdbu')(0).background);
  });
});
