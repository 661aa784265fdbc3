/**
 * Just enough of a <canvas> for the heatmap mark (src/charts/grid-marks.ts) to draw on the server: it writes
 * pixels with createImageData/putImageData and reads them back with toDataURL, which here encodes
 * a PNG. So heatmaps are in the HTML before any script runs, pixel for pixel as the browser draws
 * them. Server-only: imported behind `import.meta.env.SSR`.
 */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function paeth(left: number, up: number, upLeft: number): number {
  const p = left + up - upLeft;
  const pa = Math.abs(p - left);
  const pb = Math.abs(p - up);
  const pc = Math.abs(p - upLeft);
  return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
}

/**
 * One scanline, filtered the way that leaves the smallest bytes (the usual heuristic: least sum of
 * absolute differences). A heatmap is a smooth gradient, so neighbour differences are near zero and
 * deflate packs them far tighter than the raw colours: the data URLs sit in every page's HTML.
 */
function filterRow(row: Uint8Array, above: Uint8Array | null): Uint8Array {
  const bpp = 4;
  let best: Uint8Array | null = null;
  let bestCost = Infinity;
  for (const type of [0, 1, 2, 4]) {
    const out = new Uint8Array(row.length + 1);
    out[0] = type;
    let cost = 0;
    for (let i = 0; i < row.length; i++) {
      const left = i >= bpp ? row[i - bpp]! : 0;
      const up = above ? above[i]! : 0;
      const upLeft = above && i >= bpp ? above[i - bpp]! : 0;
      const predicted = type === 1 ? left : type === 2 ? up : type === 4 ? paeth(left, up, upLeft) : 0;
      const value = (row[i]! - predicted) & 0xff;
      out[i + 1] = value;
      cost += value < 128 ? value : 256 - value;
    }
    if (cost < bestCost) {
      bestCost = cost;
      best = out;
    }
  }
  return best!;
}

/** An RGBA image as a PNG file (8-bit, no interlace, each row filtered as compresses best). */
export function encodePng(width: number, height: number, rgba: Uint8ClampedArray): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rows: Uint8Array[] = [];
  let above: Uint8Array | null = null;
  for (let y = 0; y < height; y++) {
    const row = new Uint8Array(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4);
    rows.push(filterRow(row, above));
    above = row;
  }
  const data = deflateSync(Buffer.concat(rows), { level: 9 });
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', data), chunk('IEND', new Uint8Array(0))]);
}

interface ImageLike {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** A stand-in canvas element with the 2D methods the heatmap mark (and Plot.raster) calls. */
export function createServerCanvas() {
  let pixels: ImageLike | null = null;
  const canvas = {
    width: 300,
    height: 150,
    getContext(kind: string) {
      if (kind !== '2d') return null;
      return {
        createImageData: (width: number, height: number): ImageLike => ({ width, height, data: new Uint8ClampedArray(width * height * 4) }),
        putImageData: (image: ImageLike) => {
          pixels = image;
        },
      };
    },
    toDataURL() {
      const image = pixels ?? { width: canvas.width, height: canvas.height, data: new Uint8ClampedArray(canvas.width * canvas.height * 4) };
      return `data:image/png;base64,${encodePng(image.width, image.height, image.data).toString('base64')}`;
    },
  };
  return canvas;
}
