/**
 * What a page downloads, sorted into kinds and sized raw and gzipped. Pure apart from zlib.
 */
import { gzipSync } from 'node:zlib';

export type ResourceKind = 'js' | 'css' | 'font' | 'html' | 'image' | 'other';

export const RESOURCE_KINDS: readonly ResourceKind[] = ['html', 'js', 'css', 'font', 'image', 'other'];

/**
 * Sorts a response into a kind, from the browser's resource type first and the content type or the
 * file extension after (a module script fetched by `import()` is still JavaScript).
 */
export function classify(resourceType: string, url: string, contentType = ''): ResourceKind {
  const path = safePath(url);
  const type = contentType.toLowerCase();
  if (resourceType === 'script' || /javascript|ecmascript/.test(type) || /\.(m?js)$/.test(path)) return 'js';
  if (resourceType === 'stylesheet' || type.startsWith('text/css') || path.endsWith('.css')) return 'css';
  if (resourceType === 'font' || type.startsWith('font/') || /\.(woff2?|ttf|otf|eot)$/.test(path)) return 'font';
  if (resourceType === 'document' || type.startsWith('text/html')) return 'html';
  if (resourceType === 'image' || type.startsWith('image/')) return 'image';
  return 'other';
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname.toLowerCase();
  } catch {
    return url.toLowerCase();
  }
}

/** Gzip level used for every "gzip" number: 9, what a host that precompresses its files serves. */
export const GZIP_LEVEL = 9;

export interface Size {
  readonly raw: number;
  readonly gzip: number;
}

/** Bytes of a body as sent uncompressed and as gzip at GZIP_LEVEL. */
export function sizeOf(body: Uint8Array | string): Size {
  const buffer = typeof body === 'string' ? Buffer.from(body) : body;
  return { raw: buffer.byteLength, gzip: gzipSync(buffer, { level: GZIP_LEVEL }).byteLength };
}

export type SizeTotals = Record<ResourceKind | 'total', { raw: number; gzip: number; requests: number }>;

export interface SizedResource {
  readonly kind: ResourceKind;
  readonly size: Size;
}

/** Sums sized resources per kind and overall, counting requests. */
export function totalSizes(resources: readonly SizedResource[]): SizeTotals {
  const zero = () => ({ raw: 0, gzip: 0, requests: 0 });
  const totals = { total: zero() } as SizeTotals;
  for (const kind of RESOURCE_KINDS) totals[kind] = zero();
  for (const { kind, size } of resources) {
    for (const bucket of [totals[kind], totals.total]) {
      bucket.raw += size.raw;
      bucket.gzip += size.gzip;
      bucket.requests += 1;
    }
  }
  return totals;
}

/** Kilobytes as the bench prints and budgets them: 1 KB = 1000 bytes. */
export function kb(bytes: number): number {
  return bytes / 1000;
}
