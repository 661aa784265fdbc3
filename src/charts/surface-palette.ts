/**
 * The 3D surface's colours: the site's sequential scheme (cividis, as the heatmaps use) in shades
 * for the light on each face. Made on the page, where Plot is loaded anyway, and handed to the
 * painter (src/components/figure/surface-paint.ts), which then needs no Plot of its own.
 */
import * as Plot from '@observablehq/plot';

/** The sequential scheme as `steps` CSS colours from low to high (the same cividis as the heatmap). */
export function schemeColours(steps = 64): string[] {
  const scale = Plot.scale({ color: { type: 'linear', scheme: 'cividis', domain: [0, 1] } });
  return Array.from({ length: steps }, (_, k) => String(scale.apply(k / (steps - 1))));
}

/** Parses 'rgb(r, g, b)' or '#rrggbb' into numbers; null when it cannot. */
export function parseColour(css: string): [number, number, number] | null {
  const rgb = /^rgba?\(\s*(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)/.exec(css.trim());
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  const hex = /^#([0-9a-f]{6})$/i.exec(css.trim());
  if (hex) {
    const v = parseInt(hex[1]!, 16);
    return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
  }
  return null;
}

/**
 * A palette for painting: colour index k (height) and shade s (light, in `shades` steps) give an
 * rgb() string; dimmer faces keep the scheme's hue, so height still reads from colour.
 */
export function shadedPalette(steps = 64, shades = 6): string[][] {
  return schemeColours(steps).map((css) => {
    const [r, g, b] = parseColour(css) ?? [128, 128, 128];
    return Array.from({ length: shades }, (_, s) => {
      const f = 0.72 + (0.28 * s) / Math.max(1, shades - 1);
      return `rgb(${Math.round(r * f)},${Math.round(g * f)},${Math.round(b * f)})`;
    });
  });
}

