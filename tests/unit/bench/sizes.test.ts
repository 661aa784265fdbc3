import { describe, expect, it } from 'vitest';
import { classify, kb, sizeOf, totalSizes } from '../../../scripts/bench/sizes.ts';

describe('classify', () => {
  it('trusts the browser resource type first', () => {
    expect(classify('script', 'http://x/_astro/a.js')).toBe('js');
    expect(classify('stylesheet', 'http://x/a.css')).toBe('css');
    expect(classify('font', 'http://x/KaTeX_Main-Regular.woff2')).toBe('font');
    expect(classify('document', 'http://x/lessons/01/')).toBe('html');
    expect(classify('image', 'http://x/favicon.svg')).toBe('image');
  });

  it('falls back on the content type and the extension (a module fetched by import() is still JavaScript)', () => {
    expect(classify('fetch', 'http://x/_astro/chunk.B1.js')).toBe('js');
    expect(classify('other', 'http://x/thing', 'text/javascript; charset=utf-8')).toBe('js');
    expect(classify('other', 'http://x/f', 'font/woff2')).toBe('font');
    expect(classify('other', 'http://x/KaTeX.ttf?v=1')).toBe('font');
    expect(classify('fetch', 'http://x/data.json', 'application/json')).toBe('other');
  });
});

describe('sizeOf', () => {
  it('gives raw bytes and a gzip that really decompresses to the body', () => {
    const body = 'const x = 1;\n'.repeat(500);
    const size = sizeOf(body);
    expect(size.raw).toBe(Buffer.byteLength(body));
    expect(size.gzip).toBeLessThan(size.raw / 10);
    expect(size.gzip).toBeGreaterThan(18); // a gzip header and trailer alone are 18 bytes
  });

  it('counts bytes, not characters', () => {
    expect(sizeOf('σ').raw).toBe(2);
    expect(sizeOf(new Uint8Array([1, 2, 3])).raw).toBe(3);
  });

  it('gzips incompressible data to about its own size', () => {
    let state = 1;
    const noise = new Uint8Array(4096).map(() => ((state = (state * 1103515245 + 12345) >>> 0) >>> 24));
    const size = sizeOf(noise);
    expect(size.gzip).toBeGreaterThan(size.raw * 0.9);
  });
});

describe('totalSizes', () => {
  it('sums per kind and overall, counting requests', () => {
    const totals = totalSizes([
      { kind: 'js', size: { raw: 1000, gzip: 400 } },
      { kind: 'js', size: { raw: 500, gzip: 200 } },
      { kind: 'font', size: { raw: 300, gzip: 300 } },
    ]);
    expect(totals.js).toEqual({ raw: 1500, gzip: 600, requests: 2 });
    expect(totals.font).toEqual({ raw: 300, gzip: 300, requests: 1 });
    expect(totals.css).toEqual({ raw: 0, gzip: 0, requests: 0 });
    expect(totals.total).toEqual({ raw: 1800, gzip: 900, requests: 3 });
  });

  it('uses 1 KB = 1000 bytes', () => {
    expect(kb(100_000)).toBe(100);
  });
});
