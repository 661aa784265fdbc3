/**
 * A lesson printed: no site chrome or controls, the figure as it is on screen, the answers of the
 * predict-first boxes, open worked solutions, link addresses, and no page break inside a figure.
 */
import { expect, test } from './support/guard';
import { readLessons } from './support/lessons';

// The print style sheet is shared; these lessons cover each kind of figure it meets (a 2D
// explorer, 3D surfaces, three figures on a page, a classifier, an optimiser race, the last
// lesson). Printing all fifteen took a seventh of the e2e run.
const PRINTED = ['01', '03', '05', '08', '11', '13', '15'];
const lessons = readLessons().filter((lesson) => PRINTED.some((prefix) => lesson.id.startsWith(`${prefix}-`)));

test('the printed lessons are in the book', () => {
  expect(lessons.map((lesson) => lesson.id.slice(0, 2))).toEqual(PRINTED);
});

for (const lesson of lessons) {
  test(`lesson ${lesson.id} prints cleanly`, async ({ page }) => {
    await page.goto(lesson.path);
    // Let the figures go live first (a reader prints what they see).
    const islands = await page.locator('astro-island').count();
    for (let i = 0; i < islands; i += 1) {
      await page.evaluate((index) => document.querySelectorAll('astro-island')[index]?.firstElementChild?.scrollIntoView(), i);
      await page.waitForFunction((index) => !document.querySelectorAll('astro-island')[index]?.hasAttribute('ssr'), i);
    }
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });

    for (const selector of ['.site-header', '.site-footer', '.toc-side', '.toc-inline', '.lesson-end', '.figure-tools', '.heading-anchor']) {
      for (const element of await page.locator(selector).all()) await expect(element, `${selector} should not print`).toBeHidden();
    }
    for (const control of await page.locator('main input[type="range"], main button, main input[type="checkbox"]').all()) {
      await expect(control, 'controls should not print').toBeHidden();
    }
    await expect(page.locator('h1')).toBeVisible();

    // Paper gets the light palette even when the screen is dark.
    const colours = await page.evaluate(() => ({ fg: getComputedStyle(document.body).color }));
    expect(colours.fg, 'text should be dark on paper').not.toBe('rgb(232, 230, 225)');

    // Figures print with their chart, whole on a page.
    for (const figure of await page.locator('[data-figure]').all()) {
      await expect(figure.locator('svg, canvas, img').first()).toBeVisible();
      expect(await figure.evaluate((f) => getComputedStyle(f).breakInside)).toBe('avoid');
    }

    // Every predict box prints its answer; a choice question marks the right choice.
    for (const box of await page.locator('.predict').all()) {
      await expect(box.locator('.predict-answer')).toBeVisible();
      const answer = box.locator('.choice[data-answer="true"] > span');
      if ((await answer.count()) > 0) {
        expect(await answer.evaluate((span) => getComputedStyle(span, '::after').content)).toContain('the answer');
      }
    }

    // Worked solutions in <details> print open: their content has a size.
    for (const details of await page.locator('.prose details').all()) {
      const height = await details.evaluate((d) => {
        const inner = [...d.children].filter((c) => c.tagName !== 'SUMMARY');
        return inner.reduce((sum, c) => sum + c.getBoundingClientRect().height, 0);
      });
      expect(height, 'a closed <details> should print its content').toBeGreaterThan(0);
    }

    // Links to other pages show where they go.
    for (const link of await page.locator('.prose a[href]:not([href^="#"]):not(.heading-anchor)').all()) {
      const href = (await link.getAttribute('href'))!;
      expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toContain(href);
    }
  });
}
