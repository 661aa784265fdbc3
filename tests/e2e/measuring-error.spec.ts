/**
 * Lesson 2's figure in a real browser: drawn before hydration with one square per residual, squares
 * that are square on screen, keyboard and pointer fitting, the absolute-error switch, and numbers
 * equal to the engine's.
 */
import { absoluteErrorLoss, CONVENTIONS, leastSquares, squaredErrorLoss } from '../../src/engine/index.ts';
import { squaredErrorData, squaredErrorFigure as spec } from '../../src/figures/squared-error.ts';
import { lesson2 } from '../../src/lessons/measuring-error-numbers.ts';
import { formatFixed } from '../../src/lib/format.ts';
import { expect, test } from './support/guard.ts';

const PAGE = 'lessons/02-measuring-error/';
const data = squaredErrorData({ n: spec.n.default, noise: spec.noise.default, seed: spec.seed.default });
const mse = (w: number, b: number) => squaredErrorLoss(data, { w: [w], b }, CONVENTIONS.textbook);

async function openFigure(page: import('@playwright/test').Page, query = '') {
  await page.goto(PAGE + query);
  const figure = page.locator('[data-figure="squared-error"]');
  await figure.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => {
    const island = document.querySelector('[data-figure="squared-error"]')?.closest('astro-island');
    return island !== null && island !== undefined && !island.hasAttribute('ssr');
  });
  return figure;
}

const squares = (figure: import('@playwright/test').Locator) => figure.locator('.plot-view').first().locator('svg .residual-square rect');

test.describe('lesson 2: measuring error', () => {
  test('the figure, with a square per residual, is in the HTML before any script runs', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PAGE);
    const figure = page.locator('[data-figure="squared-error"]');
    await expect(figure.locator('svg').first()).toBeVisible();
    expect(await squares(figure).count()).toBe(spec.n.default);
    await context.close();
  });

  test('shows the engine’s MSE for the starting line and the best possible MSE', async ({ page }) => {
    await openFigure(page);
    await expect(page.getByTestId('squared-mse')).toHaveText(formatFixed(mse(spec.w.default, spec.b.default), 3));
    const best = leastSquares(data);
    await expect(page.getByTestId('squared-best-mse')).toHaveText(formatFixed(squaredErrorLoss(data, best, CONVENTIONS.textbook), 3));
    await expect(page.getByTestId('squared-best-mse')).toHaveText(lesson2.bestMse);
  });

  test('squares are drawn square on screen', async ({ page }) => {
    const figure = await openFigure(page);
    const rects = squares(figure);
    await expect(rects).toHaveCount(spec.n.default);
    for (let i = 0; i < spec.n.default; i++) {
      const box = (await rects.nth(i).boundingBox())!;
      if (box.height < 4) continue; // a tiny square is dominated by its stroke
      expect(Math.abs(box.width - box.height)).toBeLessThanOrEqual(1.5);
    }
  });

  test('the sliders answer the arrow keys and the MSE follows', async ({ page }) => {
    await openFigure(page);
    const b = page.getByLabel(spec.b.label, { exact: true });
    await b.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
    await expect(b).toHaveValue('2.8');
    const w = page.getByLabel(spec.w.label, { exact: true });
    await w.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect(w).toHaveValue('0.05');
    await expect(page.getByTestId('squared-mse')).toHaveText(formatFixed(mse(0.05, 2.8), 3));
  });

  test('dragging a handle moves the line and its squares', async ({ page }) => {
    const figure = await openFigure(page);
    const chart = figure.locator('.plot-view').first();
    const box = (await chart.boundingBox())!;
    const before = await squares(figure).first().boundingBox();
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.55);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.3, { steps: 5 });
    await page.mouse.up();
    const slope = page.getByLabel(spec.w.label, { exact: true });
    await expect.poll(async () => Number(await slope.inputValue())).toBeGreaterThan(0);
    const w = Number(await slope.inputValue());
    const b = Number(await page.getByLabel(spec.b.label, { exact: true }).inputValue());
    await expect(page.getByTestId('squared-mse')).toHaveText(formatFixed(mse(w, b), 3));
    expect(await squares(figure).first().boundingBox()).not.toEqual(before);
  });

  test('scoring by absolute size shows the engine’s mean absolute error and drops the squares', async ({ page }) => {
    const figure = await openFigure(page);
    const absolute = figure.getByRole('button', { name: 'Its absolute size' });
    await absolute.click();
    await expect(absolute).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('squared-mae')).toHaveText(formatFixed(absoluteErrorLoss(data, { w: [spec.w.default], b: spec.b.default }), 3));
    await expect(squares(figure)).toHaveCount(0);
    await figure.getByRole('button', { name: 'Its square' }).click();
    await expect(squares(figure)).toHaveCount(spec.n.default);
  });

  test('the exercise checks a typed answer', async ({ page }) => {
    await page.goto(PAGE);
    const box = page.locator('aside.predict').filter({ hasText: 'Exercise' });
    await box.scrollIntoViewIfNeeded();
    const input = box.getByLabel('Your prediction');
    await expect(input).toBeEditable();
    await page.waitForFunction(() => {
      const aside = [...document.querySelectorAll('aside.predict')].find((a) => a.textContent?.includes('Exercise'));
      const island = aside?.closest('astro-island');
      return island !== undefined && island !== null && !island.hasAttribute('ssr');
    });
    await input.fill(lesson2.exerciseMseText);
    await box.getByRole('button', { name: 'Reveal the answer' }).click();
    await expect(box).toContainText('Your prediction was right.');
    await box.getByText('Worked solution').click();
    await expect(box).toContainText(lesson2.exerciseResiduals);
  });
});
