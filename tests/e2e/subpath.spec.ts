/**
 * The site deployed under a subpath (a project page such as https://example.org/downhill/). This spec
 * builds its own copy with DOWNHILL_BASE=/downhill/ into a folder of its own, serves it the way a static
 * host would (anything outside /downhill/ is a 404), and checks that every page loads with all its
 * assets, every internal link resolves, a figure works, search finds lessons, and the sitemap, robots
 * and link previews carry the base.
 *
 * Environment: E2E_SUBPATH_PORT (default E2E_PORT + 1), E2E_SUBPATH_DIST (default a folder in the
 * system's temporary directory). The build takes a few seconds.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from './support/guard';
import { readLessons } from './support/lessons';
import { brokenInternalLinks } from './support/links';

const ROOT = resolve(import.meta.dirname, '../..');
const BASE = '/downhill/';
const PORT = Number(process.env.E2E_SUBPATH_PORT ?? Number(process.env.E2E_PORT ?? 4329) + 1);
const DIST = process.env.E2E_SUBPATH_DIST ?? join(tmpdir(), `downhill-subpath-dist-${PORT}`);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const lessons = readLessons();

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: `${ORIGIN}${BASE}` });

let server: ChildProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const build = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', DIST], {
    cwd: ROOT,
    env: { ...process.env, DOWNHILL_BASE: BASE, DOWNHILL_SITE: 'https://example.org' },
    encoding: 'utf8',
    timeout: 200_000,
  });
  if (build.status !== 0) throw new Error(`building under ${BASE} failed:\n${build.stdout}\n${build.stderr}`);
  server = spawn(process.execPath, [join(ROOT, 'scripts/serve-dist.mjs'), '--host', '127.0.0.1', '--port', String(PORT), '--base', BASE, '--dir', DIST], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i += 1) {
    const ok = await fetch(`${ORIGIN}${BASE}`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server for ${DIST} did not answer on ${ORIGIN}${BASE}`);
});

test.afterAll(() => {
  server?.kill();
});

const pages = ['', ...lessons.map((lesson) => lesson.path), 'instructors/', 'search/'];

test('every page loads with its assets, and every internal link resolves', async ({ page, request }) => {
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), `GET ${BASE}${path}`).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await page.waitForLoadState('networkidle');
    const problems = await brokenInternalLinks(page, request);
    expect(problems, `broken links on ${BASE}${path}:\n${problems.join('\n')}`).toEqual([]);
    // Every same-origin link, script, style sheet and image is under the base.
    const outside = await page.evaluate((base) => {
      const urls = [
        ...[...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
        ...[...document.querySelectorAll('script[src], img[src]')].map((e) => (e as HTMLScriptElement).src),
        ...[...document.querySelectorAll('link[href]')].map((l) => (l as HTMLLinkElement).href),
      ];
      return urls.filter((u) => new URL(u).origin === location.origin && !new URL(u).pathname.startsWith(base));
    }, BASE);
    expect(outside, `addresses outside ${BASE} on ${path}`).toEqual([]);
  }
  // The server is a strict host: the same page without the base is not found.
  const stray = await request.get(`${ORIGIN}/${lessons[0]!.path}`);
  expect(stray.status()).toBe(404);
});

test('a figure hydrates, answers the keyboard and copies a link under the base', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  let found = false;
  for (const lesson of lessons) {
    await page.goto(lesson.path);
    const figure = page.locator('[data-figure]').first();
    if ((await figure.count()) === 0) continue;
    const id = (await figure.getAttribute('data-figure'))!;
    await figure.scrollIntoViewIfNeeded();
    await page.waitForFunction((fid) => {
      const island = document.querySelector(`[data-figure="${fid}"]`)?.closest('astro-island');
      return island !== null && island !== undefined && !island.hasAttribute('ssr');
    }, id);
    const slider = figure.locator('input[type="range"]').first();
    const before = await slider.inputValue();
    await slider.focus();
    await page.keyboard.press((await slider.getAttribute('max')) === before ? 'ArrowLeft' : 'ArrowRight');
    await expect(slider).not.toHaveValue(before);
    await figure.getByRole('button', { name: 'Copy link to this figure as it is now' }).click();
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.pathname).toBe(`${BASE}${lesson.path}`);
    expect(copied.hash).toBe(`#${id}`);
    expect([...copied.searchParams.keys()].some((key) => key.startsWith(`${id}.`))).toBe(true);
    // The copied link restores the figure under the base too.
    await page.goto(copied.href);
    await page.locator(`[data-figure="${id}"]`).scrollIntoViewIfNeeded();
    await expect(page.locator(`[data-figure="${id}"] input[type="range"]`).first()).not.toHaveValue(before);
    found = true;
    break;
  }
  expect(found, 'some lesson has a figure').toBe(true);
});

test('search loads its index under the base and links to lessons and part reviews there', async ({ page }) => {
  await page.goto('');
  await page.getByRole('searchbox', { name: 'Search the book' }).fill('line');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${ORIGIN}${BASE}search/?q=line`);
  await expect(page.getByRole('status')).toHaveText(/match(es)? “line”/);
  const hrefs = await page.locator('.results a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(new RegExp(`^${BASE}(lessons|parts)/`));
  expect(hrefs.some((href) => href.startsWith(`${BASE}lessons/`))).toBe(true);
});

test('sitemap, robots and link previews carry the base', async ({ page, request }) => {
  const sitemap = await (await request.get('sitemap.xml')).text();
  for (const path of ['', ...lessons.map((lesson) => lesson.path), 'instructors/']) {
    expect(sitemap).toContain(`<loc>https://example.org${BASE}${path}</loc>`);
  }
  expect(await (await request.get('robots.txt')).text()).toContain(`Sitemap: https://example.org${BASE}sitemap.xml`);
  await page.goto(lessons[0]!.path);
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toBe(`https://example.org${BASE}social-preview.png`);
  const png = await request.get(new URL(image!).pathname.slice(BASE.length));
  expect(png.status()).toBe(200);
  expect(png.headers()['content-type']).toBe('image/png');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `https://example.org${BASE}${lessons[0]!.path}`);
});
