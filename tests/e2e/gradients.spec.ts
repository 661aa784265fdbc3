/**
 * Lesson 4's figure: sliders, slice drags and landscape presses move the point, and the slopes shown
 * are the engine's analytic partial derivatives.
 */
import type { Page } from '@playwright/test';
import { CONVENTIONS, linearData, SOURCE_003_DATA, squaredErrorGradient, squaredErrorLoss } from '../../src/engine/index.ts';
import { gradientFigure as spec } from '../../src/figures/gradient.ts';
import { formatFixed } from '../../src/lib/format.ts';
import { expect, test } from './support/guard.ts';

const PAGE = 'lessons/04-derivatives-and-gradients/';
const DATA = linearData(SOURCE_003_DATA);

async function openFigure(page: Page) {
  await page.goto(PAGE);
  const figure = page.locator('[data-figure="gradient"]');
  await figure.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => {
    const island = document.querySelector('[data-figure="gradient"]')?.closest('astro-island');
    return island !== null && island !== undefined && !island.hasAttribute('ssr');
  });
  return figure;
}

async function expectEngineAt(figure: import('@playwright/test').Locator, w: number, b: number) {
  const g = squaredErrorGradient(DATA, { w: [w], b }, CONVENTIONS.textbook);
  await expect(figure.getByTestId('gradient-dw')).toHaveText(formatFixed(g.w[0]!, 3));
  await expect(figure.getByTestId('gradient-db')).toHaveText(formatFixed(g.b, 3));
  await expect(figure.getByTestId('gradient-loss')).toHaveText(formatFixed(squaredErrorLoss(DATA, { w: [w], b }, CONVENTIONS.textbook), 3));
}

test.describe('lesson 4: derivatives and gradients', () => {
  test('the sliders answer the arrow keys and the slopes are the engine’s', async ({ page }) => {
    const figure = await openFigure(page);
    await expectEngineAt(figure, 0, 0);
    const w = figure.getByLabel(spec.w.label, { exact: true });
    await w.focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    await expect(w).toHaveValue('0.4');
    await expectEngineAt(figure, 0.4, 0);
    await expect(figure.getByTestId('gradient-way')).toContainText('increase w');
  });

  test('a press on the landscape moves the point there', async ({ page }) => {
    const figure = await openFigure(page);
    const landscape = figure.locator('.plot-view').nth(2);
    await landscape.scrollIntoViewIfNeeded();
    const box = (await landscape.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.8, box.y + box.height * 0.3);
    const w = Number(await figure.getByLabel(spec.w.label, { exact: true }).inputValue());
    const b = Number(await figure.getByLabel(spec.b.label, { exact: true }).inputValue());
    expect(w).toBeGreaterThan(2);
    expect(b).toBeGreaterThan(2);
    await expectEngineAt(figure, w, b);
  });

  test('the exercise accepts the engine’s answer', async ({ page }) => {
    await page.goto(PAGE);
    const box = page.locator('.predict').filter({ hasText: 'Exercise' });
    await box.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => [...document.querySelectorAll('.predict')].some((el) => el.textContent!.includes('Exercise') && !el.closest('astro-island')!.hasAttribute('ssr')));
    await box.getByLabel('Your prediction').fill('-15.33');
    await box.getByRole('button', { name: 'Reveal the answer' }).click();
    await expect(box.getByText('Your prediction was right.')).toBeVisible();
  });
});
