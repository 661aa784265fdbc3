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

/**
 * The residual squares on screen, in CSS pixels: the overlay draws them as one path of
 * `M x1,y1 H x2 V y2 H x1 Z` squares, mapped to the page by the SVG's scale.
 */
function squares(figure: import('@playwright/test').Locator): Promise<Array<{ x: number; y: number; width: number; height: number }>> {
  return figure
    .locator('.plot-view')
    .first()
    .evaluate((view) => {
      const path = view.querySelector('svg .residual-square');
      const root = path?.closest('svg.plot-sketch') as SVGSVGElement | null | undefined;
      if (!path || !root) return [];
      // The overlay's viewBox is in chart pixels; its box on the page sets the scale.
      const box = root.getBoundingClientRect();
      const scale = box.width / root.viewBox.baseVal.width || 1;
      const d = path.getAttribute('d') ?? '';
      return Array.from(d.matchAll(/M(-?[\d.]+),(-?[\d.]+)H(-?[\d.]+)V(-?[\d.]+)/g), (m) => {
        const [x1, y1, x2, y2] = m.slice(1).map(Number) as [number, number, number, number];
        return { x: box.left + Math.min(x1, x2) * scale, y: box.top + Math.min(y1, y2) * scale, width: Math.abs(x2 - x1) * scale, height: Math.abs(y2 - y1) * scale };
      });
    });
}

test.describe('lesson 2: measuring error', () => {
  test('the figure, with a square per residual, is in the HTML before any script runs', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PAGE);
    const figure = page.locator('[data-figure="squared-error"]');
    await expect(figure.locator('svg').first()).toBeVisible();
    expect(await squares(figure)).toHaveLength(spec.n.default);
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
    const rects = await squares(figure);
    expect(rects).toHaveLength(spec.n.default);
    for (const box of rects) expect(Math.abs(box.width - box.height)).toBeLessThanOrEqual(1);
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
    const before = (await squares(figure))[0];
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.55);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.3, { steps: 5 });
    await page.mouse.up();
    const slope = page.getByLabel(spec.w.label, { exact: true });
    await expect.poll(async () => Number(await slope.inputValue())).toBeGreaterThan(0);
    const w = Number(await slope.inputValue());
    const b = Number(await page.getByLabel(spec.b.label, { exact: true }).inputValue());
    await expect(page.getByTestId('squared-mse')).toHaveText(formatFixed(mse(w, b), 3));
    expect((await squares(figure))[0]).not.toEqual(before);
  });

  test('scoring by absolute size shows the engine’s mean absolute error and drops the squares', async ({ page }) => {
    const figure = await openFigure(page);
    const absolute = figure.getByRole('button', { name: 'Its absolute size' });
    await absolute.click();
    await expect(absolute).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('squared-mae')).toHaveText(formatFixed(absoluteErrorLoss(data, { w: [spec.w.default], b: spec.b.default }), 3));
    await expect.poll(async () => (await squares(figure)).length).toBe(0);
    await figure.getByRole('button', { name: 'Its square' }).click();
    await expect.poll(async () => (await squares(figure)).length).toBe(spec.n.default);
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
