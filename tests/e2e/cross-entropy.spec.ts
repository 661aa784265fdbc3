/**
 * Lesson 10's trainer: it replays source 004's run step by step with the engine's numbers, and the
 * experiment buttons switch rate and data.
 */
import type { Page } from '@playwright/test';
import { sourceLogisticOneMode, sourceLogisticTwoMode } from '../../src/engine/index.ts';
import { CROSS_ENTROPY_DRAG_GRID_SIZE, CROSS_ENTROPY_GRID_SIZE, crossEntropyFigure as spec } from '../../src/figures/cross-entropy.ts';
import { formatFixed } from '../../src/lib/format.ts';
import { run004 } from '../../src/lessons/cross-entropy-numbers.ts';
import { expect, test } from './support/guard.ts';

const PAGE = 'lessons/10-cross-entropy-and-its-landscape/';

async function openFigure(page: Page, query = '') {
  await page.goto(PAGE + query);
  const figure = page.locator('[data-figure="cross-entropy"]');
  await figure.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => {
    const island = document.querySelector('[data-figure="cross-entropy"]')?.closest('astro-island');
    return island !== null && island !== undefined && !island.hasAttribute('ssr');
  });
  return figure;
}

const shown = (params: { w: number[]; b: number }) => `${formatFixed(params.w[0]!, 4)}, ${formatFixed(params.b, 4)}`;

test.describe('lesson 10: cross-entropy', () => {
  test('one step and the keyboard replay 004’s run with the engine’s numbers', async ({ page }) => {
    const figure = await openFigure(page);
    const run = run004(sourceLogisticOneMode(), { learningRate: spec.lr.default, steps: 200 });
    await expect(figure.getByTestId('ce-params')).toHaveText(shown(run.params[0]!));
    await figure.getByRole('button', { name: 'One step' }).click();
    await expect(figure.getByTestId('ce-params')).toHaveText(shown(run.params[1]!));
    await expect(figure.getByTestId('ce-loss')).toHaveText(formatFixed(run.lossAt[1]!, 4));
    const step = figure.getByRole('slider', { name: /^Step/ });
    await step.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect(figure.getByTestId('ce-step')).toHaveText('5');
    await expect(figure.getByTestId('ce-params')).toHaveText(shown(run.params[5]!));
  });

  test('the rate-15 and two-mode buttons rerun the experiment', async ({ page }) => {
    const figure = await openFigure(page);
    await figure.getByRole('button', { name: 'Rate 15' }).click();
    await figure.getByRole('button', { name: 'One step' }).click();
    const huge = run004(sourceLogisticOneMode(), { learningRate: 15, steps: 200 });
    await expect(figure.getByTestId('ce-params')).toHaveText(shown(huge.params[1]!));
    await figure.getByRole('button', { name: 'Two-mode data' }).click();
    await figure.getByRole('button', { name: 'One step' }).click();
    const two = run004(sourceLogisticTwoMode(), { learningRate: 15, steps: 200 });
    await expect(figure.getByTestId('ce-params')).toHaveText(shown(two.params[1]!));
  });

  test('a press on the step slider’s track moves through the run', async ({ page }) => {
    const figure = await openFigure(page, '?cross-entropy.step=0');
    const step = figure.getByRole('slider', { name: /^Step/ });
    await step.scrollIntoViewIfNeeded();
    const box = (await step.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.5, box.y + box.height / 2);
    const at = Number(await figure.getByTestId('ce-step').textContent());
    expect(at).toBeGreaterThan(50);
    expect(at).toBeLessThan(150);
  });

  test('Run plays the descent and Pause stops it; the step is kept in the address', async ({ page }) => {
    const figure = await openFigure(page, '?cross-entropy.step=0');
    await figure.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(async () => Number(await figure.getByTestId('ce-step').textContent())).toBeGreaterThan(5);
    await figure.getByRole('button', { name: 'Pause' }).click();
    const stopped = Number(await figure.getByTestId('ce-step').textContent());
    await page.waitForTimeout(300);
    expect(Number(await figure.getByTestId('ce-step').textContent())).toBe(stopped);
    const run = run004(sourceLogisticOneMode(), { learningRate: 0.5, steps: 200 });
    await expect(figure.getByTestId('ce-params')).toHaveText(shown(run.params[stopped]!));
  });

  test('the 3D surface carries the path and turns with the arrow keys; dragging λ coarsens the landscape until it stops', async ({ page }) => {
    const figure = await openFigure(page, '?cross-entropy.step=40');
    const surface = figure.getByRole('application', { name: /cross-entropy landscape as a 3D surface/ });
    await surface.scrollIntoViewIfNeeded();
    // The surface and, over it, the marks.
    await expect(surface.locator('canvas')).toHaveCount(2);
    const said = figure.getByTestId('surface-description');
    await expect(said).toContainText('40 steps');
    const before = await said.textContent();
    await surface.focus();
    await page.keyboard.press('ArrowRight');
    await expect(said).not.toHaveText(before ?? '');
    // One key press turns the view by 5°.
    const turned = (text: string | null) => Number(/turned (\d+)°/.exec(text ?? '')?.[1]);
    expect(Math.abs(turned(await said.textContent()) - turned(before))).toBe(5);

    // While λ is dragged (one input per frame) the landscape is sampled coarsely, then in full once
    // it holds still.
    const body = figure.locator('[data-grid-size]');
    await expect(body).toHaveAttribute('data-grid-size', String(CROSS_ENTROPY_GRID_SIZE));
    const during = await figure.getByLabel(spec.lambda.label, { exact: true }).evaluate(async (element) => {
      const input = element as HTMLInputElement;
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      for (let i = 1; i <= 6; i++) {
        input.value = String(Number(input.min) + ((Number(input.max) - Number(input.min)) * i) / 10);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await frame();
      }
      return input.closest('[data-figure]')!.querySelector('[data-grid-size]')!.getAttribute('data-grid-size');
    });
    expect(during).toBe(String(CROSS_ENTROPY_DRAG_GRID_SIZE));
    await expect(body).toHaveAttribute('data-grid-size', String(CROSS_ENTROPY_GRID_SIZE));
  });
});
