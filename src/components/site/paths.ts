/**
 * Internal links. The site may be served from a subpath (DOWNHILL_BASE), so every internal address is
 * built here from Astro's BASE_URL; trailing slashes are always on.
 */

/** The base path with exactly one trailing slash, e.g. "/" or "/downhill/". */
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** Returns the site address of `path` (relative to the site root), e.g. withBase('favicon.svg') → "/downhill/favicon.svg". */
export function withBase(path = ''): string {
  return base + path.replace(/^\/+/, '');
}

/** Returns the address of a lesson page, e.g. "/lessons/01-a-line-through-noisy-points/". */
export function lessonHref(id: string): string {
  return withBase(`lessons/${id}/`);
}

/** Returns the address of a part's review page, e.g. "/parts/1-fitting-a-line/". */
export function partHref(id: string): string {
  return withBase(`parts/${id}/`);
}
