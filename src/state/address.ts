/**
 * The one module that touches the page address. A figure's settings travel in the query string as
 * `figure-id.key=value` pairs (`?line-fit.w=1.5&line-fit.noise=0`), so several figures on one page
 * keep their settings apart and a syllabus link can set exactly one of them.
 */

/** Longest query string read at all; a longer one is not a link anyone made with the site. */
const MAX_QUERY_LENGTH = 4096;

/** The `key=value` pairs addressed to one figure, in address order, keys without the prefix. */
export function figureEntriesFrom(search: string, figureId: string): Array<[string, string]> {
  if (search.length > MAX_QUERY_LENGTH) search = search.slice(0, MAX_QUERY_LENGTH);
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return [];
  }
  const prefix = `${figureId}.`;
  const out: Array<[string, string]> = [];
  for (const [key, value] of params) {
    if (key.startsWith(prefix)) out.push([key.slice(prefix.length), value]);
  }
  return out;
}

/** Reads this page's address for one figure; empty on the server. */
export function currentFigureEntries(figureId: string): Array<[string, string]> {
  if (typeof location === 'undefined') return [];
  return figureEntriesFrom(location.search, figureId);
}

/**
 * A link to this page that opens one figure with the given settings and scrolls to it. Settings of
 * other figures already in the address are kept, this figure's are replaced.
 */
export function figureLink(href: string, figureId: string, entries: ReadonlyArray<readonly [string, string]>): string {
  const url = new URL(href);
  const prefix = `${figureId}.`;
  for (const key of [...url.searchParams.keys()]) if (key.startsWith(prefix)) url.searchParams.delete(key);
  for (const [key, value] of entries) url.searchParams.append(`${prefix}${key}`, value);
  url.hash = figureId;
  return url.toString();
}

/** How an embedded figure's controls behave, from the embed page's `controls` key. */
export type EmbedControls = 'open' | 'fixed' | 'hidden';

/** Reads `controls=fixed|hidden` from an address; anything else (or nothing) leaves the controls open. */
export function embedControlsFrom(search: string): EmbedControls {
  let value: string | null = null;
  try {
    value = new URLSearchParams(search.slice(0, MAX_QUERY_LENGTH)).get('controls');
  } catch {
    return 'open';
  }
  return value === 'fixed' || value === 'hidden' ? value : 'open';
}

/**
 * Moves a figure link between a lesson page (`…/lessons/<id>/`) and its embed page (`…/embed/<id>/`),
 * keeping the settings and the figure's anchor. Only the last such path segment is swapped, so a
 * site served under any base works. Returns the link unchanged when it is on neither kind of page.
 */
export function swapPageKind(href: string, to: 'embed' | 'lessons'): string {
  const url = new URL(href);
  const from = to === 'embed' ? 'lessons' : 'embed';
  const match = new RegExp(`/${from}/([^/]+)/$`).exec(url.pathname);
  if (!match) return href;
  url.pathname = `${url.pathname.slice(0, match.index)}/${to}/${match[1]}/`;
  if (to === 'lessons') url.searchParams.delete('controls');
  return url.toString();
}
