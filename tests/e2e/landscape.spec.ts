/**
 * Lesson 3's linked views in a real browser: drawn before hydration (the 3D surface too), the
 * landscape picks a model, the line moves the model, dragging the orange point moves the minimum,
 * the surface turns with the keyboard and the pointer, and every number is the engine's.
 */
import { CONVENTIONS, leastSquares, squaredErrorLoss } from '../../src/engine/index.ts';
import { LANDSCAPE_DRAG_GRID_SIZE, LANDSCAPE_GRID_SIZE, landscapeData, landscapeFigure as spec } from '../../src/figures/landscape.ts';
import { formatFixed } from '../../src/lib/format.ts';
import { SURFACE_DRAG_RESOLUTION, SURFACE_RESOLUTION } from '../../src/charts/surface.ts';
import { expect, test } from './support/guard.ts';
import { withoutCanvasTransfer } from './support/figure.ts';

const PAGE = 'lessons/03-the-loss-landscape/';
type Settings = Parameters<typeof landscapeData>[0];
const defaults: Settings = { n: spec.n.default, noise: spec.noise.default, slope: spec.slope.default, seed: spec.seed.default, extra: spec.extra.default, ex: spec.ex.default, ey: spec.ey.default };
const engine = (over: Partial<Settings> = {}) => {
  const { data } = landscapeData({ ...defaults, ...over });
  const best = leastSquares(data);
  return { data, best, mse: (w: number, b: number) => squaredErrorLoss(data, { w: [w], b }, CONVENTIONS.textbook) };
};

async function openFigure(page: import('@playwright/test').Page, query = '') {
  await page.goto(PAGE + query);
  const figure = page.locator('[data-figure="landscape"]');
  await figure.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => {
    const island = document.querySelector('[data-figure="landscape"]')?.closest('astro-island');
    return island !== null && island !== undefined && !island.hasAttribute('ssr');
  });
  return figure;
}

const sliderValue = async (page: import('@playwright/test').Page, label: string) => Number(await page.getByLabel(label, { exact: true }).inputValue());

test.describe('lesson 3: the loss landscape', () => {
  test('all three views, the 3D surface included, are in the HTML before any script runs', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PAGE);
    const figure = page.locator('[data-figure="landscape"]');
    await expect(figure.locator('.plot-view svg').first()).toBeVisible();
    expect(await figure.locator('.plot-view').count()).toBe(2);
    const surface = figure.getByRole('application', { name: 'The loss landscape as a 3D surface' });
    await expect(surface.locator('svg')).toBeVisible();
    expect(await surface.locator('svg path').count()).toBeGreaterThan(300);
    await context.close();
  });

  test('shows the engine’s loss and minimum, and the surface becomes a canvas of the same size, painted in a worker', async ({ page }) => {
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const figure = await openFigure(page);
    const { best, mse } = engine();
    await expect(page.getByTestId('landscape-mse')).toHaveText(formatFixed(mse(0, 0), 3));
    await expect(page.getByTestId('landscape-minimum')).toHaveText(`w = ${formatFixed(best.w[0]!, 3)}, b = ${formatFixed(best.b, 3)}`);
    await expect(page.getByTestId('landscape-best-mse')).toHaveText(formatFixed(mse(best.w[0]!, best.b), 3));
    const surface = figure.getByRole('application');
    // The surface and, over it, the marks: both exactly the box.
    await expect(surface.locator('canvas')).toHaveCount(2);
    const box = (await surface.boundingBox())!;
    for (const layer of await surface.locator('canvas').all()) {
      const canvas = (await layer.boundingBox())!;
      expect(Math.abs(canvas.width - box.width)).toBeLessThanOrEqual(1);
      expect(Math.abs(canvas.height - box.height)).toBeLessThanOrEqual(1);
    }
    // The server's SVG goes once the worker has painted the full mesh.
    await expect(surface).toHaveAttribute('data-mesh', String(SURFACE_RESOLUTION));
    await expect(surface.locator('svg')).toHaveCount(0);
    expect(workers.some((url) => url.includes('surface.worker'))).toBe(true);
  });

  test('where a canvas cannot be handed to a worker, the page paints the surface itself, and it turns', async ({ page }) => {
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await withoutCanvasTransfer(page);
    const figure = await openFigure(page);
    const surface = figure.getByRole('application');
    await expect(surface).toHaveAttribute('data-mesh', String(SURFACE_RESOLUTION));
    await expect(surface.locator('canvas')).toHaveCount(2);
    await expect(surface.locator('svg')).toHaveCount(0);
    expect(workers.some((url) => url.includes('surface.worker'))).toBe(false);
    const before = await surface.screenshot();
    await surface.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Buffer.compare(before, await surface.screenshot())).not.toBe(0);
  });

  test('if the surface’s worker fails to load, the page paints the surface itself', async ({ page, guard }) => {
    guard.allow(/surface\.worker/);
    await page.route('**/surface.worker*', (route) => route.fulfill({ status: 404, body: '' }));
    const figure = await openFigure(page);
    const surface = figure.getByRole('application');
    await expect(surface).toHaveAttribute('data-mesh', String(SURFACE_RESOLUTION));
    await expect(surface.locator('canvas')).toHaveCount(2);
    await expect(surface.locator('svg')).toHaveCount(0);
    const best = page.getByTestId('landscape-best-mse');
    const before = await best.textContent();
    await page.getByLabel(spec.noise.label, { exact: true }).press('End');
    await expect(best).not.toHaveText(before ?? '');
  });

  test('a click in the landscape picks a model: the sliders and the score follow', async ({ page }) => {
    const figure = await openFigure(page);
    const heatmap = figure.locator('.plot-view').nth(1);
    const box = (await heatmap.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.62, box.y + box.height * 0.35);
    await expect.poll(() => sliderValue(page, spec.w.label)).not.toBe(0);
    const w = await sliderValue(page, spec.w.label);
    const b = await sliderValue(page, spec.b.label);
    expect(b).not.toBe(0);
    await expect(page.getByTestId('landscape-model')).toHaveText(`w = ${formatFixed(w, 2)}, b = ${formatFixed(b, 2)}`);
    await expect(page.getByTestId('landscape-mse')).toHaveText(formatFixed(engine().mse(w, b), 3));
  });

  test('moving the line with the keyboard moves the model', async ({ page }) => {
    await openFigure(page);
    const w = page.getByLabel(spec.w.label, { exact: true });
    await w.focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    await expect(w).toHaveValue('0.4');
    await expect(page.getByTestId('landscape-mse')).toHaveText(formatFixed(engine().mse(0.4, 0), 3));
  });

  test('dragging the orange point moves the minimum to the engine’s new least-squares line', async ({ page }) => {
    const figure = await openFigure(page);
    const point = figure.locator('.drag-point').first();
    const box = (await point.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 80, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => sliderValue(page, spec.ey.label)).toBeLessThan(spec.ey.default);
    const ey = await sliderValue(page, spec.ey.label);
    const { best } = engine({ ey });
    await expect(page.getByTestId('landscape-minimum')).toHaveText(`w = ${formatFixed(best.w[0]!, 3)}, b = ${formatFixed(best.b, 3)}`);
    expect(best.w[0]!).toBeLessThan(engine().best.w[0]!);
  });

  test('changing the noise reshapes the bowl: the lowest loss follows the engine', async ({ page }) => {
    await openFigure(page);
    const noise = page.getByLabel(spec.noise.label, { exact: true });
    await noise.focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowLeft');
    await expect(noise).toHaveValue('0');
    const { best, mse } = engine({ noise: 0 });
    await expect(page.getByTestId('landscape-best-mse')).toHaveText(formatFixed(mse(best.w[0]!, best.b), 3));
    // Coarse while the data moves, the landscape is drawn in full once it holds still.
    await expect(page.locator('[data-figure="landscape"] [data-grid-size]')).toHaveAttribute('data-grid-size', String(LANDSCAPE_GRID_SIZE));
  });

  test('while a data slider is dragged the landscape is drawn coarse, then in full when it stops', async ({ page }) => {
    await openFigure(page);
    const body = page.locator('[data-figure="landscape"] [data-grid-size]');
    await expect(body).toHaveAttribute('data-grid-size', String(LANDSCAPE_GRID_SIZE));
    // One input per frame, as a drag sends them; the size is read in the frame after the last.
    const during = await page.getByLabel(spec.n.label, { exact: true }).evaluate(async (element) => {
      const input = element as HTMLInputElement;
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      for (let i = 0; i < 6; i++) {
        input.value = String(Number(input.min) + i);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await frame();
      }
      return input.closest('[data-figure]')!.querySelector('[data-grid-size]')!.getAttribute('data-grid-size');
    });
    expect(during).toBe(String(LANDSCAPE_DRAG_GRID_SIZE));
    await expect(body).toHaveAttribute('data-grid-size', String(LANDSCAPE_GRID_SIZE));
  });

  test('while the turn or tilt slider is dragged the surface is painted coarse, then in full when it stops', async ({ page }) => {
    const figure = await openFigure(page);
    const canvas = figure.locator('.surface-canvas');
    await expect(canvas).toHaveAttribute('data-mesh', String(SURFACE_RESOLUTION));
    for (const label of [spec.azimuth.label, spec.elevation.label]) {
      const during = await page.getByLabel(label, { exact: true }).evaluate(async (element) => {
        const input = element as HTMLInputElement;
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        for (let i = 0; i < 6; i++) {
          input.value = String(Number(input.value) + 3);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await frame();
        }
        await frame();
        return input.closest('[data-figure]')!.querySelector('.surface-canvas')!.getAttribute('data-mesh');
      });
      expect(during, label).toBe(String(SURFACE_DRAG_RESOLUTION));
      await expect(canvas).toHaveAttribute('data-mesh', String(SURFACE_RESOLUTION));
    }
  });

  test('the surface is focusable and turns with the arrow keys, saying how it is turned', async ({ page }) => {
    const figure = await openFigure(page);
    const surface = figure.getByRole('application', { name: 'The loss landscape as a 3D surface' });
    await surface.focus();
    await expect(surface).toBeFocused();
    const ring = await surface.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(ring).not.toBe('none');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => sliderValue(page, spec.azimuth.label)).toBe(spec.azimuth.default + 5);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => sliderValue(page, spec.elevation.label)).toBe(spec.elevation.default + 5);
    await expect(figure.getByTestId('surface-description')).toContainText(`turned ${360 - spec.azimuth.default - 5}° clockwise`);
    await expect(figure.getByTestId('surface-description')).toContainText(`${spec.elevation.default + 5}° above`);
  });

  test('a pointer drag turns the surface', async ({ page }) => {
    const figure = await openFigure(page);
    const surface = figure.getByRole('application');
    const box = (await surface.boundingBox())!;
    const before = await surface.screenshot();
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5 + 60, box.y + box.height * 0.5, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => sliderValue(page, spec.azimuth.label)).toBe(spec.azimuth.default - 30);
    expect(Buffer.compare(before, await surface.screenshot())).not.toBe(0);
  });

  test('a link with a view opens the surface so', async ({ page }) => {
    const figure = await openFigure(page, '?landscape.azimuth=90&landscape.elevation=60#landscape');
    await expect(figure.getByTestId('surface-description')).toContainText('turned 90° anticlockwise and seen from 60° above');
  });
});
