import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createServerCanvas, encodePng } from '../../../src/components/figure/server-canvas';

describe('the server canvas', () => {
  it('encodes the pixels it was given as a valid PNG that decodes back to them', () => {
    const rgba = new Uint8ClampedArray([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 10, 20, 30, 40]);
    const png = encodePng(2, 2, rgba);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(2);
    expect(png.readUInt32BE(20)).toBe(2);
    const idatLength = png.readUInt32BE(33);
    expect(png.subarray(37, 41).toString('ascii')).toBe('IDAT');
    const rows = inflateSync(png.subarray(41, 41 + idatLength));
    expect([...rows]).toEqual([0, 255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 0, 255, 0, 10, 20, 30, 40]);
  });

  it('gives Plot’s raster mark the calls it makes, returning a PNG data URL', () => {
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
