/**
 * Finds the broken internal links of the page a test has open: every <a href>/<area href>
 * on the same origin must answer 200 without a redirect, and a #fragment must name an
 * element id (or name) on its target page. Links to other origins are not fetched.
 */
import type { APIRequestContext, Page } from '@playwright/test';

interface Fetched {
  status: number;
  location: string | undefined;
  html: string | undefined;
}

/** Returns one line per broken link ("<href> (<link text>): what is wrong"); empty when all resolve. */
export async function brokenInternalLinks(page: Page, request: APIRequestContext): Promise<string[]> {
  const here = new URL(page.url());
  here.hash = '';
  const links = await page.locator('a[href], area[href]').evaluateAll((elements) =>
    elements.map((element) => ({
      href: element.getAttribute('href') ?? '',
      url: (element as HTMLAnchorElement).href,
      text: (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60),
    })),
  );

  const cache = new Map<string, Promise<Fetched>>();
  const fetchOnce = (target: string): Promise<Fetched> => {
    let pending = cache.get(target);
    if (!pending) {
      pending = request.get(target, { maxRedirects: 0, failOnStatusCode: false }).then(async (response): Promise<Fetched> => ({
        status: response.status(),
        location: response.headers()['location'],
        html: response.ok() && /html/.test(response.headers()['content-type'] ?? '') ? await response.text() : undefined,
      }));
      cache.set(target, pending);
    }
    return pending;
  };

  // Every id and name on a page, parsed once per page: the instructors' page links each lesson
  // dozens of times, and parsing a lesson once per link took 30–45 s.
  const anchors = new Map<string, Promise<Set<string>>>();
  const anchorsOf = (key: string, html: string | null): Promise<Set<string>> => {
    let pending = anchors.get(key);
    if (!pending) {
      pending = page
        .evaluate((source) => {
          const doc = source === null ? document : new DOMParser().parseFromString(source, 'text/html');
          return Array.from(doc.querySelectorAll('[id], [name]'), (el) => [el.id, el.getAttribute('name') ?? '']).flat();
        }, html)
        .then((names) => new Set(names.filter((n) => n !== '')));
      anchors.set(key, pending);
    }
    return pending;
  };

  const problems: string[] = [];
  for (const link of links) {
    const label = `"${link.href}"${link.text ? ` (${link.text})` : ''}`;
    if (/^\s*javascript:/i.test(link.href)) {
      problems.push(`${label}: a javascript: URL is not a link`);
      continue;
    }
    let target: URL;
    try {
      target = new URL(link.url);
    } catch {
      problems.push(`${label}: not a valid URL`);
      continue;
    }
    if (target.origin !== here.origin) continue; // another site, mailto:, tel: — not ours to fetch
    let fragment: string;
    try {
      fragment = decodeURIComponent(target.hash.slice(1));
    } catch {
      problems.push(`${label}: badly encoded fragment ${target.hash}`);
      continue;
    }
    target.hash = '';
    const samePage = target.href === here.href;

    let html: string | undefined;
    if (!samePage) {
      const result = await fetchOnce(target.href);
      if (result.status !== 200) {
        const redirect = result.location ? ` (a redirect to ${result.location}: link there directly)` : '';
        problems.push(`${label}: GET ${target.pathname}${target.search} answered ${result.status}${redirect}`);
        continue;
      }
      html = result.html ?? '';
    }
    if (!fragment) continue;
    // A static site answers every query of a path with the same page, so its anchors are parsed once per path.
    const found = (await anchorsOf(samePage ? '' : target.origin + target.pathname, samePage ? null : (html ?? ''))).has(fragment);
    if (!found) problems.push(`${label}: no element with id "${fragment}" on ${target.pathname}`);
  }
  return problems;
}
