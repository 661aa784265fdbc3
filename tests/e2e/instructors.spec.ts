/**
 * The instructors' page: every lesson with its sections and figures as the lesson pages really have
 * them, figure links with settings that the figures accept, copy buttons, clean print, and no broken
 * link or serious accessibility problem.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/guard';
import { readLessons } from './support/lessons';
import { brokenInternalLinks } from './support/links';

const lessons = readLessons();
const PAGE = 'instructors/';

/** Opens a lesson (with an optional query) unless `href` is null, scrolls to the figure and waits until its island is live. */
async function openFigure(page: Page, href: string | null, figureId: string) {
  if (href !== null) await page.goto(href);
  const figure = page.locator(`[data-figure="${figureId}"]`);
  await figure.scrollIntoViewIfNeeded();
  await page.waitForFunction((id) => {
    const island = document.querySelector(`[data-figure="${id}"]`)?.closest('astro-island');
    return island !== null && island !== undefined && !island.hasAttribute('ssr');
  }, figureId);
  return figure;
}

test.describe('the instructors’ page', () => {
  test('loads with one <h1>, no broken internal link and no serious accessibility problem', async ({ page, request }) => {
    const response = await page.goto(PAGE);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    const problems = await brokenInternalLinks(page, request);
    expect(problems, problems.join('\n')).toEqual([]);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('is linked from the header of every page', async ({ page }) => {
    await page.goto('');
    await page.getByRole('navigation', { name: 'Book' }).getByRole('link', { name: 'Instructors' }).click();
    await expect(page.locator('h1')).toHaveText('Linking Downhill from a course');
  });

  test('lists every lesson in order, with exactly the sections and figures its page has', async ({ page, request, baseURL }) => {
    const found: Array<{ id: string; sections: string[]; figures: string[] }> = [];
    // The lesson pages as built, parsed without rendering them (rendering fifteen pages took a minute).
    await page.goto(PAGE);
    for (const lesson of lessons) {
      const response = await request.get(lesson.path);
      expect(response.status(), `GET /${lesson.path}`).toBe(200);
      const parsed = await page.evaluate((html) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        return {
          sections: Array.from(doc.querySelectorAll('.lesson-body h2[id]'), (h) => h.id),
          figures: Array.from(doc.querySelectorAll('[data-figure]'), (f) => f.getAttribute('data-figure') ?? ''),
        };
      }, await response.text());
      found.push({ id: lesson.id, ...parsed });
    }
    const entries = page.locator('[data-lesson]');
    await expect(entries).toHaveCount(lessons.length);
    expect(await entries.evaluateAll((es) => es.map((e) => e.getAttribute('data-lesson')))).toEqual(lessons.map((l) => l.id));
    for (const [index, lesson] of lessons.entries()) {
      const entry = page.locator(`[data-lesson="${lesson.id}"]`);
      const expected = found[index]!;
      await expect(entry.locator('h2')).toContainText(lesson.title);
      const lessonPath = new URL(lesson.path, baseURL).pathname;
      const sectionLinks = await entry.locator('ol.rows a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(sectionLinks, `sections of ${lesson.id}`).toEqual(expected.sections.map((id) => `${lessonPath}#${id}`));
      const figureIds = await entry.locator('[data-figure-entry]').evaluateAll((fs) => fs.map((f) => f.getAttribute('data-figure-entry')));
      expect(figureIds, `figures of ${lesson.id}`).toEqual([...new Set(expected.figures)]);
      // Each figure has a settings table whose keys carry the figure's prefix.
      for (const id of figureIds) {
        const keys = await entry.locator(`[data-figure-entry="${id}"] tbody tr td:first-child code`).allTextContents();
        expect(keys.length, `settings of ${id}`).toBeGreaterThan(0);
        for (const key of keys) expect(key).toMatch(new RegExp(`^${id}\\.[a-z][a-z0-9-]*$`));
      }
    }
  });

  test('each figure’s example link opens the figure with that setting, without a warning', async ({ page, context }) => {
    // One page load per lesson: a figure reads only the settings that carry its own prefix, so the
    // examples of one lesson's figures are opened together, joined into one address.
    test.setTimeout(180_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(PAGE);
    const examples = await page.locator('[data-figure-entry]').evaluateAll((entries) =>
      entries.map((entry) => ({
        id: entry.getAttribute('data-figure-entry') ?? '',
        href: entry.querySelectorAll<HTMLAnchorElement>('.copy-link a')[1]?.getAttribute('href') ?? '',
      })),
    );
    expect(examples.length).toBeGreaterThan(0);
    const byLesson = new Map<string, Array<{ id: string; setting: [string, string] }>>();
    const joined = new Map<string, URLSearchParams>();
    for (const { id, href } of examples) {
      expect(href, `figure ${id} has an example link`).toContain(`?${id}.`);
      const url = new URL(href, 'http://x');
      expect(url.hash, `the example for ${id} points at the figure`).toBe(`#${id}`);
      const setting = [...url.searchParams][0]!;
      byLesson.set(url.pathname, [...(byLesson.get(url.pathname) ?? []), { id, setting }]);
      const params = joined.get(url.pathname) ?? new URLSearchParams();
      for (const [key, value] of url.searchParams) params.append(key, value);
      joined.set(url.pathname, params);
    }
    for (const [path, figures] of byLesson) {
      await page.goto(`${path}?${joined.get(path)!.toString()}`);
      for (const { id, setting } of figures) {
        const figure = await openFigure(page, null, id);
        await expect(figure.getByTestId('address-note'), `the example for ${id} should need no adjustment`).toHaveCount(0);
        await figure.getByRole('button', { name: 'Copy link to this figure as it is now' }).click();
        await expect(figure.getByText('Link copied.')).toBeVisible();
        const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
        expect(copied.searchParams.get(setting[0]), `the figure ${id} took ${setting[0]}=${setting[1]}`).toBe(setting[1]);
      }
    }
  });

  test('a Copy button copies the full address as the site is served', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(PAGE);
    const first = page.locator('.copy-link').first();
    const href = await first.locator('a').getAttribute('href');
    await expect(first.locator('[data-address]')).toHaveText(new URL(href!, baseURL).href);
    await first.getByRole('button', { name: /^Copy/ }).click();
    await expect(first.locator('.copy-status')).toHaveText('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(href!, baseURL).href);
  });

  test('prints as a clean list: no header, search or copy buttons', async ({ page }) => {
    await page.goto(PAGE);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.locator('[data-copy]').first()).toBeHidden();
    await expect(page.locator('[data-address]').first()).toBeVisible();
    await expect(page.locator('h1')).toBeVisible();
  });
});
