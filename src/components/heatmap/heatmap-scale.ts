import { interpolatePuOr, interpolateRdBu, rgb, scaleDiverging } from 'd3';

/** Diverging palettes: both stay readable for the common colour-vision deficiencies. */
export const HEATMAP_PALETTES = { rdbu: interpolateRdBu, puor: interpolatePuOr } as const;
export type HeatmapPalette = keyof typeof HEATMAP_PALETTES;

export interface CellColours {
  background: string;
  /** Dark or light text, whichever contrasts more with the background. */
  text: string;
}

// Pure black, not the theme's text colour: only black and white both keep 4.5:1 across RdBu and PuOr.
const DARK_TEXT = '#000000';
const LIGHT_TEXT = '#ffffff';

/** WCAG relative luminance of an sRGB colour. */
function luminance(colour: string): number {
  const { r, g, b } = rgb(colour);
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** Text colour with the higher WCAG contrast on `background`: at least 4.5:1 on these palettes. */
export function readableText(background: string): string {
  const l = luminance(background);
  return contrast(l, luminance(DARK_TEXT)) >= contrast(l, luminance(LIGHT_TEXT)) ? DARK_TEXT : LIGHT_TEXT;
}

/**
 * Colours for values in [−extent, +extent]: negative at the palette's first end, zero white,
 * positive at its last end (blue for RdBu, so positive r reads "cool/good" in both palettes).
 */
export function divergingColours(extent: number, palette: HeatmapPalette = 'rdbu'): (value: number) => CellColours {
  // The attribute is free text: an unknown palette name falls back to RdBu instead of throwing.
  const interpolator = Object.hasOwn(HEATMAP_PALETTES, palette) ? HEATMAP_PALETTES[palette] : interpolateRdBu;
  const scale = scaleDiverging(interpolator).domain([-extent, 0, extent]).clamp(true);
  return (value) => {
    const background = rgb(scale(value)).formatHex();
    return { background, text: readableText(background) };
  };
}

/** Evenly spaced stops of the palette, from −1 to +1, for a CSS gradient legend. */
export function paletteStops(palette: HeatmapPalette = 'rdbu', count = 9): string[] {
  const colours = divergingColours(1, palette);
  return Array.from({ length: count }, (_, i) => colours(-1 + (2 * i) / (count - 1)).background);
}
