/**
 * At 320 CSS pixels wide, the narrowest phone in use and what a 1280-pixel window zoomed to 400%
 * gives (WCAG's reflow width), every page must fit: nothing makes the page scroll sideways, and no
 * chart's text (tick labels, a run's name at its end) runs past the screen's edges, where a reader
 * cannot see it. Checked as each figure first draws, and again with all its sliders at their
 * highest and then at their lowest, where runs end furthest along and axes reach furthest. The
 * pages without figures are checked for their width alone.
 */
import type { Page } from '@playwright/test';
import { BASE_HOLD_MS } from '../../src/components/figure/base-hold.ts';
import { expect, test } from './support/guard.ts';
import { liveFigure } from './support/figure.ts';
import { readLessons, readParts } from './support/lessons.ts';

const WIDTH = 320;

test.use({ viewport: { width: WIDTH, height: 720 } });

/** What sticks out past the left or right edge of the screen: chart text in figures, and the page's own width. */
async function outside(page: Page, when: string): Promise<string[]> {
  const found = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) out.push(`the page is ${document.documentElement.scrollWidth} px wide`);
    for (const text of Array.from(document.querySelectorAll('[data-figure] svg text'))) {
      const box = text.getBoundingClientRect();
      if (box.width === 0) continue;
      if (box.left < -0.5 || box.right > width + 0.5) {
        out.push(`${text.closest('[data-figure]')!.getAttribute('data-figure')}: "${text.textContent}" spans ${box.left.toFixed(0)} to ${box.right.toFixed(0)} px`);
      }
    }
    return out;
  });
  return found.map((line) => `${line} (${when})`);
}

/** Sets every enabled slider of the figure to its `end`, one input event each, as a reader's key press would. */
async function slidersTo(page: Page, id: string, end: 'min' | 'max'): Promise<void> {
  await page.locator(`[data-figure="${id}"] input[type="range"]:enabled`).evaluateAll((inputs, which) => {
    for (const input of inputs as HTMLInputElement[]) {
      input.value = which === 'max' ? input.max : input.min;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }, end);
  // Axes held through a drag are redrawn once the values have held still (PlotView's holdBase).
  await page.waitForTimeout(BASE_HOLD_MS + 150);
}

for (const lesson of readLessons()) {
  test(`lesson ${lesson.id} fits a ${WIDTH} px screen, its charts' text too`, async ({ page }) => {
    await page.goto(lesson.path);
    const problems = new Set<string>();
    const ids = await page.locator('[data-figure]').evaluateAll((figures) => figures.map((f) => f.getAttribute('data-figure')!));
    for (const id of ids) {
      await liveFigure(page, id);
      await page.waitForTimeout(100);
      for (const line of await outside(page, `${id} as drawn`)) problems.add(line);
      for (const end of ['max', 'min'] as const) {
        await slidersTo(page, id, end);
        for (const line of await outside(page, `${id}'s sliders at their ${end}`)) problems.add(line);
      }
    }
    expect([...problems], `on /${lesson.path} at ${WIDTH} px:\n${[...problems].join('\n')}\n`).toEqual([]);
  });
}

const otherPages = [
  { name: 'the home page', path: '' },
  { name: 'the instructors’ page', path: 'instructors/' },
  { name: 'the search page', path: 'search/?q=gradient' },
  ...readParts().map((part) => ({ name: `part review ${part.id}`, path: part.path })),
];

for (const { name, path } of otherPages) {
  test(`${name} fits a ${WIDTH} px screen`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await outside(page, 'as loaded')).toEqual([]);
  });
}
