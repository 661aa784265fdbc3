/**
 * Every page of the book, as a reader gets it from the built site: the home page and each
 * lesson found in content/lessons/*.mdx. Each page, in one load, has no console error, page
 * error, failed or foreign request (the guard), has one <h1> (a lesson's is its title) and
 * a <main> landmark, axe finds nothing serious or critical, every internal link on it
 * resolves, and on a lesson every figure's first slider answers a press on its track. The home page lists every lesson in `order`.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './support/guard';
import { readLessons, readParts, type LessonEntry } from './support/lessons';
import { brokenInternalLinks } from './support/links';
import { liveTextProblems, slidersIgnoringPresses } from './support/figure';

const lessons = readLessons();
const parts = readParts();

interface SitePage {
  name: string;
  /** Relative to the site base ("" is the home page). */
  path: string;
  lesson?: LessonEntry;
  /** The expected <h1> of a page that is not a lesson. */
  heading?: string;
}

const pages: SitePage[] = [
  { name: 'home', path: '' },
  ...lessons.map((lesson) => ({ name: `lesson ${lesson.id}`, path: lesson.path, lesson })),
  ...parts.map((part) => ({ name: `part review ${part.id}`, path: part.path, heading: part.title })),
  { name: 'instructors', path: 'instructors/' },
  { name: 'search', path: 'search/' },
];

/** Scrolls through the page so client:visible islands hydrate, then waits for the network to go quiet. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const step = Math.max(200, window.innerHeight - 50);
    for (let i = 0, y = 0; i < 200 && y < document.documentElement.scrollHeight; i += 1, y += step) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForLoadState('networkidle');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('content/lessons holds lessons with distinct orders', () => {
  expect(lessons.length, 'no content/lessons/*.mdx found').toBeGreaterThan(0);
  const orders = lessons.map((lesson) => lesson.order);
  const repeated = orders.filter((order, i) => orders.indexOf(order) !== i);
  expect(repeated, `lessons share an order: ${lessons.map((l) => `${l.id}=${l.order}`).join(', ')}`).toEqual([]);
});

for (const sitePage of pages) {
  test.describe(`${sitePage.name} (/${sitePage.path})`, () => {
    const checks = `loads cleanly, with one <h1> and a <main> landmark, no serious or critical accessibility violation (axe)${sitePage.lesson ? ', every internal link resolving, every figure answering the pointer, its live values fitting their boxes' : ' and every internal link resolving'}`;
    test(checks, async ({ page, request }) => {
      const response = await page.goto(sitePage.path);
      expect(response?.status(), `GET /${sitePage.path}`).toBe(200);
      await settle(page);

      const h1 = page.locator('h1');
      await expect(h1, 'the page should have exactly one <h1>').toHaveCount(1);
      if (sitePage.lesson) {
        await expect(h1, 'the <h1> should be the front matter title').toHaveText(sitePage.lesson.title);
        await expect(page, 'the document title should include the lesson title').toHaveTitle(
          new RegExp(escapeRegExp(sitePage.lesson.title)),
        );
      }
      if (sitePage.heading) await expect(h1).toHaveText(sitePage.heading);
      await expect(page.getByRole('main'), 'the page should have one <main> landmark').toHaveCount(1);

      // axe on the same settled page: loading and settling it twice doubled this file's time.
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      const readable = serious.map((violation) => {
        const nodes = violation.nodes
          .slice(0, 5)
          .map((node) => `    at ${node.target.join(' ')}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ').trim()}`);
        const more = violation.nodes.length > 5 ? [`    … and ${violation.nodes.length - 5} more`] : [];
        return [`${violation.impact} ${violation.id}: ${violation.help} (${violation.helpUrl})`, ...nodes, ...more].join('\n');
      });
      expect(
        readable.length,
        `axe found ${readable.length} serious/critical violation(s) on /${sitePage.path}:\n${readable.join('\n')}\n`,
      ).toBe(0);

      // Links on the same loaded page: a second load per page cost the suite a minute.
      const problems = await brokenInternalLinks(page, request);
      expect(
        problems.length,
        `${problems.length} broken internal link(s) on /${sitePage.path}:\n${problems.map((p) => `  ${p}`).join('\n')}\n`,
      ).toBe(0);

      if (sitePage.lesson) {
        // Every figure answers the pointer: a press on its first slider's track moves the slider.
        const deaf = await slidersIgnoringPresses(page);
        expect(deaf, `figures on /${sitePage.path} that ignored a press:\n${deaf.join('\n')}\n`).toEqual([]);
        // After those presses every value shown fits the box it holds.
        const spilt = await liveTextProblems(page);
        expect(spilt, `live values on /${sitePage.path}:\n${spilt.join('\n')}\n`).toEqual([]);
      }
    });

    if (sitePage.path === '') {
      test('lists every lesson, in order, each part followed by its review', async ({ page, baseURL }) => {
        await page.goto(sitePage.path);
        const main = page.getByRole('main');
        await expect(main, 'the home page needs a <main> to list the lessons in').toHaveCount(1);
        const hrefs = await main.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
        const expected = lessons.map((lesson) => new URL(lesson.path, baseURL).href);
        const listed: string[] = [];
        for (const href of hrefs) {
          const url = new URL(href);
          url.hash = '';
          url.search = '';
          if (expected.includes(url.href) && !listed.includes(url.href)) listed.push(url.href);
        }
        expect(listed, 'links to lessons in <main>, in order of first appearance').toEqual(expected);
        for (const lesson of lessons) {
          await expect(main.getByText(lesson.title).first(), `the home page shows the title "${lesson.title}"`).toBeVisible();
        }
        for (const part of parts) {
          await expect(main.locator(`a[href$="${part.path}"]`), `the contents link to the review of ${part.id}`).toHaveCount(1);
        }
      });
    }
  });
}

test('the Next links walk the whole book: each part’s lessons, then its review', async ({ page, baseURL }) => {
  // A part runs from its first lesson up to the next part's first lesson.
  const startsAt = new Map(parts.map((part) => [part.starts, part]));
  const expected: string[] = [];
  let open: (typeof parts)[number] | undefined;
  for (const lesson of lessons) {
    const starting = startsAt.get(lesson.id);
    if (starting) {
      if (open) expected.push(open.path);
      open = starting;
    }
    expected.push(lesson.path);
  }
  if (open) expected.push(open.path);
  const visited: string[] = [];
  await page.goto(expected[0] ?? '');
  for (let i = 0; i < expected.length + 1; i += 1) {
    visited.push(new URL(page.url()).pathname.replace(new URL(baseURL ?? '/').pathname, ''));
    const next = page.locator('a[rel="next"]');
    if ((await next.count()) === 0) break;
    // The click starts a navigation; wait until the address has changed, not just for a load state the old page already had.
    const from = page.url();
    await next.click();
    await page.waitForURL((url) => url.href !== from);
    await page.waitForLoadState('domcontentloaded');
  }
  expect(visited).toEqual(expected);
});
