/**
 * Lesson 1's figure in a real browser: it is drawn before hydration, answers the keyboard and the
 * pointer, and every number it shows is the engine's.
 */
import { CONVENTIONS, leastSquares, linearData, squaredErrorLoss } from '../../src/engine/index.ts';
import { LINE_FIT_X_RANGE, lineFitFigure as spec } from '../../src/figures/line-fit.ts';
import { formatFixed } from '../../src/lib/format.ts';
import { BASE_HOLD_MS } from '../../src/components/figure/base-hold.ts';
import { expect, test } from './support/guard.ts';

const PAGE = 'lessons/01-a-line-through-noisy-points/';

function engineMse(w: number, b: number, overrides: Partial<{ n: number; noise: number; seed: number }> = {}) {
  const data = linearData({
    n: overrides.n ?? spec.n.default,
    xMin: LINE_FIT_X_RANGE[0],
    xMax: LINE_FIT_X_RANGE[1],
    slope: spec.slope.default,
    intercept: spec.intercept.default,
    noise: overrides.noise ?? spec.noise.default,
    seed: overrides.seed ?? spec.seed.default,
  });
  return { data, mse: squaredErrorLoss(data, { w: [w], b }, CONVENTIONS.textbook) };
}

/** Scrolls the figure into view (islands hydrate when visible) and waits until its island is live. */
async function openFigure(page: import('@playwright/test').Page, query = '') {
  await page.goto(PAGE + query);
  const figure = page.locator('[data-figure="line-fit"]');
  await figure.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => {
    const island = document.querySelector('[data-figure="line-fit"]')?.closest('astro-island');
    return island !== null && island !== undefined && !island.hasAttribute('ssr');
  });
  return figure;
}

test.describe('lesson 1: fit a line by hand', () => {
  test('the figure is in the HTML before any script runs', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PAGE);
    const figure = page.locator('[data-figure="line-fit"]');
    await expect(figure.locator('svg').first()).toBeVisible();
    // One dot per data point is already drawn: a circle each in the points' path.
    const circles = await figure.locator('.plot-view svg path').evaluateAll((paths) => Math.max(...paths.map((p) => (p.getAttribute('d') ?? '').split('A3,3').length - 1)));
    expect(circles).toBe(2 * spec.n.default);
    await context.close();
  });

  test('shows the engine’s MSE for the starting line', async ({ page }) => {
    await openFigure(page);
    const { mse } = engineMse(0, 0);
    await expect(page.getByTestId('candidate-mse')).toHaveText(formatFixed(mse, 3));
  });

  test('a slider answers the arrow keys and the MSE follows', async ({ page }) => {
    await openFigure(page);
    const slope = page.getByLabel(spec.w.label, { exact: true });
    await slope.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await expect(slope).toHaveValue('0.3');
    const intercept = page.getByLabel(spec.b.label, { exact: true });
    await intercept.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(intercept).toHaveValue('-0.05');
    await expect(page.getByTestId('candidate-mse')).toHaveText(formatFixed(engineMse(0.3, -0.05).mse, 3));
  });

  test('a press and drag on the chart moves the line', async ({ page }) => {
    const chart = (await openFigure(page)).locator('.plot-view');
    const box = (await chart.boundingBox())!;
    const before = await page.getByTestId('candidate-mse').textContent();
    // Grab near the right handle and drag upwards: the right end rises, so the slope becomes positive.
    await page.mouse.move(box.x + box.width * 0.75, box.y + box.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.75, box.y + box.height * 0.2, { steps: 5 });
    await page.mouse.up();
    const slope = page.getByLabel(spec.w.label, { exact: true });
    await expect.poll(async () => Number(await slope.inputValue())).toBeGreaterThan(0);
    const w = Number(await slope.inputValue());
    const b = Number(await page.getByLabel(spec.b.label, { exact: true }).inputValue());
    await expect(page.getByTestId('candidate-mse')).not.toHaveText(before ?? '');
    await expect(page.getByTestId('candidate-mse')).toHaveText(formatFixed(engineMse(w, b).mse, 3));
  });

  test('the best-fitting line matches the engine’s least squares, and new noise redraws the data', async ({ page }) => {
    await openFigure(page);
    await page.getByLabel(spec.best.label).check();
    const { data } = engineMse(0, 0);
    const best = leastSquares(data);
    await expect(page.getByTestId('best-mse')).toContainText(formatFixed(squaredErrorLoss(data, best, CONVENTIONS.textbook), 3));
    await expect(page.getByTestId('best-mse')).toContainText(`w = ${formatFixed(best.w[0]!, 3)}`);
    await page.getByRole('button', { name: /New noise/ }).click();
    const next = engineMse(0, 0, { seed: spec.seed.default + 1 });
    await expect(page.getByTestId('candidate-mse')).toHaveText(formatFixed(next.mse, 3));
  });

  test('a link with settings opens the figure exactly so', async ({ page }) => {
    const figure = await openFigure(page, '?line-fit.w=1.25&line-fit.b=-0.5&line-fit.noise=0&line-fit.best=1#line-fit');
    await expect(page.getByLabel(spec.w.label, { exact: true })).toHaveValue('1.25');
    await expect(page.getByLabel(spec.b.label, { exact: true })).toHaveValue('-0.5');
    await expect(page.getByLabel(spec.best.label)).toBeChecked();
    await expect(page.getByTestId('candidate-mse')).toHaveText(formatFixed(engineMse(1.25, -0.5, { noise: 0 }).mse, 3));
    await expect(figure.getByTestId('address-note')).toHaveCount(0);
  });

  test('a hostile link is clamped or ignored, with a visible note, and runs nothing', async ({ page }) => {
    const hostile = new URLSearchParams({
      'line-fit.n': '-3',
      'line-fit.w': '1e308',
      'line-fit.noise': 'NaN',
      'line-fit.seed': '<img src=x onerror="window.__pwned=1">',
      'line-fit.best': "javascript:window.__pwned=1",
      'line-fit.intercept': '9'.repeat(10_000),
      'line-fit.__proto__': '1',
    });
    const figure = await openFigure(page, `?${hostile.toString()}`);
    const note = figure.getByTestId('address-note');
    await expect(note).toBeVisible();
    await expect(note).toContainText('Samples');
    await expect(page.getByLabel(spec.n.label, { exact: true })).toHaveValue(String(spec.n.min));
    await expect(page.getByLabel(spec.w.label, { exact: true })).toHaveValue(String(spec.w.max));
    await expect(page.getByLabel(spec.noise.label, { exact: true })).toHaveValue(String(spec.noise.default));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(figure.locator('svg').first()).toBeVisible();
    const mse = engineMse(spec.w.max, spec.b.default, { n: spec.n.min });
    await expect(page.getByTestId('candidate-mse')).toHaveText(formatFixed(mse.mse, 3));
  });

  test('“copy link” gives a link that restores the figure as it is now', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    const figure = await openFigure(page);
    const slope = page.getByLabel(spec.w.label, { exact: true });
    await slope.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await page.getByLabel(spec.residuals.label).uncheck();
    await figure.getByRole('button', { name: /Copy link to this figure/ }).click();
    await expect(figure.getByText('Link copied.')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).searchParams.get('line-fit.w')).toBe('0.5');
    expect(new URL(link).searchParams.get('line-fit.residuals')).toBe('0');
    expect(new URL(link).hash).toBe('#line-fit');
    const fresh = await page.context().newPage();
    await fresh.goto(link);
    await fresh.locator('[data-figure="line-fit"]').scrollIntoViewIfNeeded();
    await expect(fresh.getByLabel(spec.w.label, { exact: true })).toHaveValue('0.5');
    await expect(fresh.getByLabel(spec.residuals.label)).not.toBeChecked();
    await fresh.close();
  });
});

test('a drag holds the axes still, and they are redrawn for the new data once the slider rests', async ({ page }) => {
  // The y axis's tick labels: Plot's group of end-anchored tabular numbers in the base chart.
  const Y_TICKS = '.plot-view > svg g[text-anchor="end"][font-variant="tabular-nums"] text';
  const ticksOf = (figure: import('@playwright/test').Locator) => figure.locator(Y_TICKS);
  const at = async (slope: number) => ticksOf(await openFigure(page, `?line-fit.slope=${slope}`)).allTextContents();
  const [low, high] = [await at(-4), await at(1.5)];
  expect(high, 'the two slopes need different axes for this test to mean anything').not.toEqual(low);

  const figure = await openFigure(page);
  // One change after a pause is drawn at once; then a stream of changes, one a frame, as a drag
  // makes, takes the true slope from −4 back up to its default, 1.5.
  const { first, last, longestGap } = await figure.locator('#line-fit-slope').evaluate(async (element, selector) => {
    const el = element as HTMLInputElement;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const ticks = () => Array.from(el.closest('[data-figure]')!.querySelectorAll(selector), (t) => t.textContent);
    let lastSet = 0;
    let longestGap = 0;
    const set = (value: number) => {
      const now = performance.now();
      if (lastSet > 0) longestGap = Math.max(longestGap, now - lastSet);
      lastSet = now;
      el.value = String(value);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    };
    set(-4);
    await frame();
    await frame();
    const first = ticks();
    lastSet = 0;
    for (let i = -39; i <= 15; i += 1) {
      set(i / 10);
      await frame();
    }
    return { first, last: ticks(), longestGap };
  }, Y_TICKS);
  expect(first, 'a change after a pause redraws the axes at once').toEqual(low);
  // A frame longer than the hold is a pause, after which the axes are rightly redrawn: on a loaded
  // test machine that can happen in the middle of the stream, and says nothing about the hold.
  if (longestGap < BASE_HOLD_MS) expect(last, 'the axes stay as they were while the drag goes on').toEqual(low);
  else test.info().annotations.push({ type: 'note', description: `a frame took ${Math.round(longestGap)} ms, longer than the hold; the mid-drag check was skipped` });
  await expect(ticksOf(figure), 'once the slider rests, the axes fit the new data').toHaveText(high);
});

test('with a pointer on the slider, even a drag\'s first change keeps the axes; held still, they catch up', async ({ page }) => {
  const Y_TICKS = '.plot-view > svg g[text-anchor="end"][font-variant="tabular-nums"] text';
  const low = await (await openFigure(page, '?line-fit.slope=-4')).locator(Y_TICKS).allTextContents();
  const figure = await openFigure(page);
  const slider = figure.locator('#line-fit-slope');
  const box = (await slider.boundingBox())!;
  const [min, max, value] = await slider.evaluate((el: HTMLInputElement) => [Number(el.min), Number(el.max), Number(el.value)]);
  // Press where the thumb is, then wait out any redraw the press itself started.
  await page.mouse.move(box.x + (box.width * (value - min)) / (max - min), box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(BASE_HOLD_MS * 2);
  const before = await figure.locator(Y_TICKS).allTextContents();
  expect(before, 'the two slopes need different axes for this test to mean anything').not.toEqual(low);
  // One change after a pause, as the first move of a drag makes.
  const first = await slider.evaluate(async (element, selector) => {
    const el = element as HTMLInputElement;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    el.value = '-4';
    el.dispatchEvent(new Event('input', { bubbles: true }));
    await frame();
    await frame();
    return Array.from(el.closest('[data-figure]')!.querySelectorAll(selector), (t) => t.textContent);
  }, Y_TICKS);
  expect(first, 'the pointer holds the slider: the axes stay for the drag').toEqual(before);
  await expect(figure.locator(Y_TICKS), 'held still, the axes fit the new data once the hold is over').toHaveText(low);
  await page.mouse.up();
});
