/** The link-preview picture: its colours come from the tokens, and it is drawn where it should be. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawSocialImage, parseHex, SOCIAL_HEIGHT, SOCIAL_WIDTH, tokenColour } from '../../../src/lib/social-image';

const tokens = readFileSync(resolve(import.meta.dirname, '../../../src/styles/tokens.css'), 'utf8');

describe('colours', () => {
  it('parses #rgb and #rrggbb and names a bad value', () => {
    expect(parseHex('#0b5ea8')).toEqual([11, 94, 168]);
    expect(parseHex('#fff')).toEqual([255, 255, 255]);
    expect(() => parseHex('blue')).toThrow('invalid colour; expected #rgb or #rrggbb, got "blue"');
  });

  it('reads the light theme’s tokens (the first declaration of each)', () => {
    expect(tokenColour(tokens, 'bg')).toMatch(/^#[0-9a-f]{6}$/i);
    expect(tokenColour(tokens, 'bg')).not.toBe(tokenColour(tokens, 'fg'));
    expect(() => tokenColour(tokens, 'no-such-token')).toThrow('tokens.css has no colour --no-such-token');
  });
});

describe('drawSocialImage', () => {
  const colours = { bg: '#ffffff', curve: '#000000', steps: '#ff0000', minimum: '#00ff00' };
  const pixels = drawSocialImage(colours);
  const at = (x: number, y: number) => [...pixels.slice((y * SOCIAL_WIDTH + x) * 4, (y * SOCIAL_WIDTH + x) * 4 + 4)];

  it('is 1200 × 630 opaque pixels on the background colour', () => {
    expect(pixels.length).toBe(SOCIAL_WIDTH * SOCIAL_HEIGHT * 4);
    expect(at(5, 5)).toEqual([255, 255, 255, 255]);
    expect(at(SOCIAL_WIDTH - 5, SOCIAL_HEIGHT - 5)).toEqual([255, 255, 255, 255]);
    for (let i = 3; i < pixels.length; i += 4 * 997) expect(pixels[i]).toBe(255);
  });

  it('draws the curve, the first step and the minimum’s ring in their colours', () => {
    // The curve's right end: t = 1.7 → x = 1090, loss = 3.3813 → y ≈ 133.6.
    expect(at(1090, 134)).toEqual([0, 0, 0, 255]);
    // The first step at t = −2: x ≈ 135.8, loss = 3.2 → y ≈ 154.3; painted at 44% over the curve.
    const [r, g, b] = at(136, 154);
    expect(r).toBeGreaterThan(g! + 50);
    expect(b).toBe(g);
    // The ring around the minimum (t = 0 → x ≈ 651.6, y = 520), 26 px out.
    expect(at(652, 520 - 26)).toEqual([0, 255, 0, 255]);
    expect(at(652, 520)[1]).toBeLessThan(255);
  });
});
