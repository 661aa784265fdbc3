/**
 * Lesson 9's figures in a real browser: keyboard and pointer change them, and what they show is
 * what the engine computes.
 */
import type { Page } from '@playwright/test';
import { accuracy, CONVENTIONS, crossEntropyLoss, logisticBoundary, sourceLogisticOneMode } from '../../src/engine/index.ts';
import { lineClassifierFigure, sigmoidFigure } from '../../src/figures/classifiers.ts';
import { lineAsClassifier, lineAtFar, logisticFit } from '../../src/lessons/classifiers-numbers.ts';
import { farClusterData } from '../../src/figures/classifiers.ts';
import { formatFixed } from '../../src/lib/format.ts';
import { expect, test } from './support/guard.ts';

const PAGE = 'lessons/09-from-lines-to-probabilities/';

async function openFigure(page: Page, id: string, query = '') {
  await page.goto(PAGE + query);
  const figure = page.locator(`[data-figure="${id}"]`);
  await figure.scrollIntoViewIfNeeded();
  await page.waitForFunction((figureId) => {
    const island = document.querySelector(`[data-figure="${figureId}"]`)?.closest('astro-island');
    return island !== null && island !== undefined && !island.hasAttribute('ssr');
  }, id);
  return figure;
}

test.describe('lesson 9: from lines to probabilities', () => {
  test('the far-cluster slider answers the keyboard and the line’s mistakes are the engine’s', async ({ page }) => {
    const figure = await openFigure(page, 'line-classifier');
    const at = (far: number) => lineAsClassifier(farClusterData(far));
    await expect(figure.getByTestId('line-errors')).toHaveText(`${at(lineClassifierFigure.far.default).errors} of 150`);
    const slider = figure.getByLabel(lineClassifierFigure.far.label);
    await slider.focus();
    await page.keyboard.press('End');
    await expect(slider).toHaveValue(String(lineClassifierFigure.far.max));
    await expect(figure.getByTestId('line-errors')).toHaveText(`${lineAtFar.errors} of 150`);
    await expect(figure.getByTestId('line-boundary')).toHaveText(`x = ${formatFixed(lineAtFar.boundary!, 2)}`);
    await figure.getByLabel(lineClassifierFigure.logistic.label).check();
    const fit = logisticFit(farClusterData(lineClassifierFigure.far.max));
    await expect(figure.getByTestId('logistic-errors')).toContainText(`${fit.errors} (boundary x = ${formatFixed(fit.boundary!, 2)})`);
  });

  test('the sigmoid’s sliders answer the arrow keys, and its readouts are the engine’s', async ({ page }) => {
    const figure = await openFigure(page, 'sigmoid');
    const b = figure.getByLabel(sigmoidFigure.b.label, { exact: true });
    await b.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
    await expect(b).toHaveValue('-0.5');
    const params = { w: [sigmoidFigure.w.default], b: -0.5 };
    const data = sourceLogisticOneMode();
    await expect(figure.getByTestId('sigmoid-boundary')).toHaveText(`x = ${formatFixed(logisticBoundary(params)!, 2)}`);
    await expect(figure.getByTestId('sigmoid-loss')).toHaveText(formatFixed(crossEntropyLoss(data, params, CONVENTIONS.textbookLogistic), 4));
    await expect(figure.getByTestId('sigmoid-accuracy')).toHaveText(`${formatFixed(100 * accuracy(data, params), 0)}%`);
  });

  test('a press on the chart moves the decision boundary there', async ({ page }) => {
    const figure = await openFigure(page, 'sigmoid');
    const plot = figure.locator('.plot-view').first();
    const box = (await plot.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.75, box.y + box.height * 0.5);
    const text = await figure.getByTestId('sigmoid-boundary').textContent();
    const x = Number(text!.replace('x = ', '').replace('−', '-'));
    // Three quarters of the way across the plot is to the right of the middle: a positive boundary.
    expect(x).toBeGreaterThan(1);
    const b = Number(await figure.getByLabel(sigmoidFigure.b.label, { exact: true }).inputValue());
    expect(-b / sigmoidFigure.w.default).toBeCloseTo(x, 1);
  });

  test('the numeric exercise checks the reader’s answer', async ({ page }) => {
    await page.goto(PAGE);
    const box = page.locator('.predict').filter({ hasText: 'Exercise' });
    await box.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => [...document.querySelectorAll('.predict')].some((el) => el.closest('astro-island') && !el.closest('astro-island')!.hasAttribute('ssr') && el.textContent!.includes('Exercise')));
    await box.getByLabel('Your prediction').fill('1.5');
    await box.getByRole('button', { name: 'Reveal the answer' }).click();
    await expect(box.getByText('Your prediction was right.')).toBeVisible();
  });
});
