import { deflateSync, inflateSync } from 'node:zlib';
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { parseRgb } from '../../../src/charts/grid-marks';
import { CONVENTIONS } from '../../../src/engine/conventions';
import { squaredErrorGrid, squaredErrorStats } from '../../../src/engine/grid';
import { createServerCanvas, encodePng } from '../../../src/components/figure/server-canvas';

/** Decodes encodePng's output (one IDAT, RGBA, 8-bit) back to pixels, undoing every PNG row filter. */
function decodePng(png: Buffer): { width: number; height: number; rgba: Uint8Array; filters: number[] } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect([png[24], png[25]]).toEqual([8, 6]);
  const idatLength = png.readUInt32BE(33);
  expect(png.subarray(37, 41).toString('ascii')).toBe('IDAT');
  const raw = inflateSync(png.subarray(41, 41 + idatLength));
  const stride = width * 4;
  expect(raw.length).toBe(height * (stride + 1));
  const rgba = new Uint8Array(height * stride);
  const filters: number[] = [];
  for (let y = 0; y < height; y++) {
    const type = raw[y * (stride + 1)]!;
    filters.push(type);
    for (let i = 0; i < stride; i++) {
      const a = i >= 4 ? rgba[y * stride + i - 4]! : 0;
      const b = y > 0 ? rgba[(y - 1) * stride + i]! : 0;
      const c = y > 0 && i >= 4 ? rgba[(y - 1) * stride + i - 4]! : 0;
      const p = a + b - c;
      const predictor = [0, a, b, (a + b) >> 1, Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c][type];
      expect(predictor, `filter type ${type}`).toBeDefined();
      rgba[y * stride + i] = (raw[y * (stride + 1) + 1 + i]! + predictor!) & 0xff;
    }
  }
  return { width, height, rgba, filters };
}

describe('the server canvas', () => {
  it('encodes the pixels it was given as a valid PNG that decodes back to them', () => {
    const rgba = new Uint8ClampedArray([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 10, 20, 30, 40]);
    const decoded = decodePng(encodePng(2, 2, rgba));
    expect([decoded.width, decoded.height]).toEqual([2, 2]);
    expect([...decoded.rgba]).toEqual([...rgba]);
  });

  it('round-trips noise and gradients exactly, and packs a landscape heatmap smaller than unfiltered rows do', () => {
    const width = 61;
    const height = 47;
    let seed = 7;
    const noise = new Uint8ClampedArray(width * height * 4).map(() => ((seed = (seed * 1103515245 + 12345) % 2147483648) >> 16) & 0xff);
    expect([...decodePng(encodePng(width, height, noise)).rgba]).toEqual([...noise]);
    // A landscape heatmap as lesson 3 draws it: a squared-error bowl on a 121² grid, log-coloured in cividis.
    const stats = squaredErrorStats([0, 1, 2, 3, 4, 5], [1.2, 2.9, 5.3, 7.1, 8.8, 11.2]);
    const grid = squaredErrorGrid(stats, { wMin: -1, wMax: 5, bMin: -4, bMax: 6, width: 121, height: 121 }, CONVENTIONS.textbook);
    const cividis = Plot.scale({ color: { type: 'log', scheme: 'cividis', domain: [grid.min, grid.max] } });
    const smooth = new Uint8ClampedArray(121 * 121 * 4);
    grid.values.forEach((v, k) => smooth.set([...parseRgb(cividis.apply(v) as string)!, 255], 4 * k));
    const png = encodePng(121, 121, smooth);
    const decoded = decodePng(png);
    expect([...decoded.rgba]).toEqual([...smooth]);
    expect(new Set(decoded.filters).size).toBeGreaterThan(1);
    const unfiltered = deflateSync(Buffer.concat(Array.from({ length: 121 }, (_, y) => Buffer.concat([Buffer.from([0]), Buffer.from(smooth.buffer, y * 121 * 4, 121 * 4)]))), { level: 9 });
    expect(png.length).toBeLessThan(unfiltered.length * 0.9);
  });

  it('gives the heatmap mark the calls it makes, returning a PNG data URL', () => {
    const canvas = createServerCanvas();
    const context = canvas.getContext('2d')!;
    const image = context.createImageData(3, 1);
    image.data.set([1, 2, 3, 4], 0);
    context.putImageData(image);
    const url = canvas.toDataURL();
    expect(url.startsWith('data:image/png;base64,')).toBe(true);
    const png = Buffer.from(url.slice('data:image/png;base64,'.length), 'base64');
    expect(png.readUInt32BE(16)).toBe(3);
    expect(canvas.getContext('webgl')).toBeNull();
  });
});
