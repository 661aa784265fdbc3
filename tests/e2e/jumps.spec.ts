/**
 * Lesson text away from the screen is skipped from layout and paint (prose.css), yet a jump within
 * a lesson must land where it should: an address with a #fragment, a click in the table of
 * contents, a changed fragment and the End key each put their target in place, and the table of
 * contents marks the section being read.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/guard';
import { readLessons } from './support/lessons';

// The longest lessons, where a guessed height is furthest off by the end.
const lessons = readLessons().filter((lesson) => /^(05|10)-/.test(lesson.id));

/** The ids of the lesson's section headings. */
function headingIds(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('.lesson-body h2[id]')].map((h) => h.id));
}

/** How far the heading sits from where a jump should leave it (its scroll margin below the top), in px. */
function offset(page: Page, id: string): Promise<number> {
  return page.evaluate((id) => {
    const heading = document.getElementById(id)!;
    return heading.getBoundingClientRect().top - parseFloat(getComputedStyle(heading).scrollMarginTop);
  }, id);
}

/** Pixels between the bottom of the viewport and the end of the page. */
function fromEnd(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollHeight - (window.scrollY + window.innerHeight));
}

for (const lesson of lessons) {
  test.describe(`jumps in lesson ${lesson.id}`, () => {
    test('text off screen stops being laid out once the lesson has been laid out in full', async ({ page }) => {
      await page.goto(lesson.path);
      await expect(page.locator('.lesson-body')).toHaveClass(/\bskip-offscreen\b/);
      await expect(page.locator('.lesson-body > p').last()).toHaveCSS('content-visibility', 'auto');
      await expect(page.locator('.lesson-body > astro-island > .predict').last()).toHaveCSS('content-visibility', 'auto');
    });

    for (const width of [390, 1280]) {
      test(`an address with a #fragment puts the heading at the top (${width} px)`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(lesson.path);
        const ids = await headingIds(page);
        const id = ids[Math.floor(ids.length / 2)]!;
        await page.goto('about:blank');
        await page.goto(`${lesson.path}#${id}`);
        await expect.poll(async () => Math.abs(await offset(page, id)), { message: `#${id} is not at the top` }).toBeLessThanOrEqual(1.5);
        await page.waitForTimeout(500);
        expect(Math.abs(await offset(page, id)), `#${id} moved after the page settled`).toBeLessThanOrEqual(1.5);
      });
    }

    test('a click in the table of contents lands on the heading and marks its link', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(lesson.path);
      const links = page.locator('.toc-side a[href^="#"]');
      const count = await links.count();
      expect(count, 'the table of contents has no links').toBeGreaterThan(2);
      const link = links.nth(count - 2);
      const id = decodeURIComponent((await link.getAttribute('href'))!.slice(1));
      await link.click();
      await expect.poll(async () => Math.abs(await offset(page, id)), { message: `#${id} is not at the top` }).toBeLessThanOrEqual(1.5);
      await expect(link).toHaveAttribute('aria-current', 'location');
    });

    test('a fragment changed in the address bar lands on the heading', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 800 });
      await page.goto(lesson.path);
      const ids = await headingIds(page);
      const id = ids[ids.length - 2]!;
      await page.evaluate((id) => {
        location.hash = id;
      }, id);
      await expect.poll(async () => Math.abs(await offset(page, id)), { message: `#${id} is not at the top` }).toBeLessThanOrEqual(1.5);
    });

    test('the End key reaches the end of the lesson', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 800 });
      await page.goto(lesson.path);
      await page.keyboard.press('End');
      await expect.poll(() => fromEnd(page), { message: 'the page did not scroll to its end' }).toBeLessThanOrEqual(1);
    });
  });
}
