/**
 * Ink (components/figure/sketch-ink.ts): the sketches' lines, segments and dot sets painted by a
 * worker on a canvas in the sketch, on lesson 1's figure. The worker paints them and the SVG
 * stand-ins go; a slider repaints them; a new colour scheme recolours them; and where the browser
 * cannot hand a canvas to a worker, or the worker fails to load, the figure draws them as SVG.
 */
import type { Locator, Page } from '@playwright/test';
import { lineFitFigure as spec } from '../../src/figures/line-fit.ts';
import { INK_FROM } from '../../src/components/figure/sketch-ink.ts';
import { liveFigure, withoutCanvasTransfer } from './support/figure.ts';
import { expect, test } from './support/guard.ts';

const PAGE = 'lessons/01-a-line-through-noisy-points/';
/** Enough samples for the figure's run (true line, dots, residuals) to be worth a canvas. */
const MANY = INK_FROM;

async function openFigure(page: Page, samples = MANY): Promise<Locator> {
  await page.goto(`${PAGE}?line-fit.n=${samples}`);
  return liveFigure(page, 'line-fit');
}

/** Circles in the chart's SVG paths (a circle is two arcs of radius 3 in a dot path). */
function svgDots(figure: Locator): Promise<number> {
  return figure.locator('.plot-view svg path').evaluateAll((paths) => paths.reduce((n, p) => n + (p.getAttribute('d') ?? '').split('A3,3').length - 1, 0) / 2);
}

/**
 * Leaves only the ink on show, on a grey that no scheme changes: screenshots of the chart then
 * differ only if the worker painted something different.
 */
async function showOnlyInk(page: Page): Promise<void> {
  await page.addStyleTag({
    content: `
      * { background: #808080 !important; }
      [data-figure="line-fit"] .plot-view > svg:not(.plot-sketch),
      [data-figure="line-fit"] .plot-sketch > :not([data-shape="ink"]) { visibility: hidden !important; }
    `,
  });
}

test.describe('ink: the sketch’s lines and dots painted by a worker', () => {
  test('the worker paints the data, residuals and true line, and the SVG stand-ins go', async ({ page }) => {
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const figure = await openFigure(page);
    const ink = figure.locator('[data-shape="ink"]');
    await expect(ink).toHaveCount(1);
    await expect(ink).toHaveAttribute('data-ink', 'painted');
    // Only the canvas is left: the dots and segments drawn while the worker started are gone.
    await expect(ink.locator('> *')).toHaveCount(1);
    await expect(ink.locator('canvas')).toHaveCount(1);
    expect(await svgDots(figure)).toBe(0);
    expect(workers.some((url) => url.includes('ink.worker'))).toBe(true);
    // The handles and the reader's line, which take the pointer, stay SVG.
    await expect(figure.locator('.plot-sketch .drag-handle')).toHaveCount(1);
    await expect(figure.locator('.plot-sketch .candidate-line')).toHaveCount(1);
  });

  test('a run too short to be worth a canvas stays SVG, and becomes ink once it is long enough', async ({ page }) => {
    // The run is the true line (2 points), the dots and the residuals (n each).
    const few = Math.floor((INK_FROM - 3) / 2);
    const figure = await openFigure(page, few);
    await expect.poll(() => svgDots(figure)).toBe(few);
    await expect(figure.locator('[data-shape="ink"]')).toHaveCount(0);
    await page.getByLabel(spec.n.label, { exact: true }).press('End');
    await expect(figure.locator('[data-shape="ink"]')).toHaveAttribute('data-ink', 'painted');
    expect(await svgDots(figure)).toBe(0);
  });

  test('a data slider repaints the ink', async ({ page }) => {
    const figure = await openFigure(page);
    await expect(figure.locator('[data-shape="ink"]')).toHaveAttribute('data-ink', 'painted');
    await showOnlyInk(page);
    const chart = figure.locator('.plot-view').first();
    const before = await chart.screenshot();
    await page.getByLabel(spec.noise.label, { exact: true }).press('End');
    await expect.poll(async () => Buffer.compare(before, await chart.screenshot())).not.toBe(0);
  });

  test('the ink takes the colours of a new colour scheme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    const figure = await openFigure(page);
    await expect(figure.locator('[data-shape="ink"]')).toHaveAttribute('data-ink', 'painted');
    await showOnlyInk(page);
    const chart = figure.locator('.plot-view').first();
    const light = await chart.screenshot();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(async () => Buffer.compare(light, await chart.screenshot())).not.toBe(0);
  });

  test('where a canvas cannot go to a worker, the figure draws its dots as SVG and answers its sliders', async ({ page }) => {
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await withoutCanvasTransfer(page);
    const figure = await openFigure(page);
    await expect(figure.locator('[data-shape="ink"]')).toHaveCount(0);
    await expect.poll(() => svgDots(figure)).toBe(MANY);
    await page.getByLabel(spec.n.label, { exact: true }).press('Home');
    await expect.poll(() => svgDots(figure)).toBe(spec.n.min);
    expect(workers.some((url) => url.includes('ink.worker'))).toBe(false);
  });

  test('if the ink worker fails to load, the figure draws its dots as SVG and answers its sliders', async ({ page, guard }) => {
    guard.allow(/ink\.worker/);
    await page.route('**/ink.worker*', (route) => route.fulfill({ status: 404, body: '' }));
    const figure = await openFigure(page);
    await expect.poll(() => svgDots(figure)).toBe(MANY);
    await page.getByLabel(spec.n.label, { exact: true }).press('Home');
    await expect.poll(() => svgDots(figure)).toBe(spec.n.min);
    await expect(figure.locator('[data-shape="ink"]')).toHaveCount(0);
  });

  test('lesson 13: each chart paints its runs on one canvas, with their labels over it', async ({ page }) => {
    await page.goto('lessons/13-momentum-and-adam/');
    const figure = await liveFigure(page, 'race');
    const sketches = figure.locator('.plot-sketch');
    await expect(figure.locator('[data-shape="ink"][data-ink="painted"]')).toHaveCount(await sketches.count());
    const orders = await sketches.evaluateAll((all) =>
      all.map((sketch) => Array.from(sketch.children, (child) => (child.getAttribute('data-shape') === 'ink' ? 'ink' : child.tagName.toLowerCase() === 'text' ? 'text' : 'other'))),
    );
    for (const order of orders) {
      expect(order.filter((kind) => kind === 'ink')).toHaveLength(1);
      // Every label comes after the canvas, so no path is painted over a label.
      expect(order.lastIndexOf('text') === -1 || order.indexOf('text') > order.indexOf('ink')).toBe(true);
    }
    expect(orders.flat().filter((kind) => kind === 'text').length).toBeGreaterThan(0);
  });
});
