/**
 * Lesson 14's figure in a real browser: the cross-validated errors are the engine's, the degree and
 * fold sliders answer the keyboard, and the button sets what cross-validation picks.
 */
import { crossValidate } from '../../src/engine/index.ts';
import { lambdaOf, polynomialData, polynomialFigure as spec } from '../../src/figures/polynomial.ts';
import { formatSignificant } from '../../src/lib/format.ts';
import { search } from '../../src/lessons/polynomial-numbers.ts';
import { openFigure } from './support/figure.ts';
import { expect, test } from './support/guard.ts';

const PAGE = 'lessons/14-polynomial-features-and-cross-validation/';
const data = polynomialData(spec.seed.default);
const errors = (degree: number, lambda = 1e-10, k: number = spec.k.default) => {
  const cv = crossValidate(data, { degree, lambda, k, seed: spec.seed.default });
  return `training ${formatSignificant(cv.meanTrainMse, 3)}, validation ${formatSignificant(cv.meanValidationMse, 3)}`;
};

test.describe('lesson 14: polynomial features and cross-validation', () => {
  test('the mean errors are the engine’s, and the degree slider answers the keyboard', async ({ page }) => {
    const figure = await openFigure(page, PAGE, 'polynomial');
    await expect(figure.getByTestId('poly-errors')).toHaveText(errors(spec.degree.default));
    const slider = figure.getByRole('slider', { name: 'Degree' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(figure.getByTestId('poly-errors')).toHaveText(errors(spec.degree.default + 1));
  });

  test('the button sets the degree cross-validation picks', async ({ page }) => {
    const figure = await openFigure(page, PAGE + '?polynomial.degree=15', 'polynomial');
    await figure.getByRole('button', { name: 'Use what cross-validation picks' }).click();
    await expect(figure.getByRole('slider', { name: 'Degree' })).toHaveValue(String(search.best.degree));
  });

  test('a drag of λ and then of k is computed off the main thread, and ends on the engine’s errors', async ({ page }) => {
    const figure = await openFigure(page, PAGE, 'polynomial');
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    // One input per frame, as a drag sends them, ending on the given value.
    const drag = (name: string, values: number[]) =>
      figure.getByRole('slider', { name }).evaluate(async (element, values) => {
        const input = element as HTMLInputElement;
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        for (const value of values) {
          input.value = String(value);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await frame();
        }
      }, values);
    const logLambda = spec['log-lambda'];
    const stops = Array.from({ length: 10 }, (_, i) => logLambda.min + ((logLambda.max - logLambda.min) * i) / 12);
    await drag(logLambda.label, stops);
    await expect(figure.locator('dl.readout[aria-busy="true"]')).toHaveCount(0);
    expect(workers.some((url) => url.includes('polynomial-curves'))).toBe(true);
    const lambda = lambdaOf(Number(await figure.getByRole('slider', { name: logLambda.label }).inputValue()));
    await expect(figure.getByTestId('poly-errors')).toHaveText(errors(spec.degree.default, lambda === 0 ? 1e-10 : lambda));
    // A lone key press moves λ one step and the errors follow at once.
    const slider = figure.getByRole('slider', { name: logLambda.label });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    const keyed = lambdaOf(Number(await slider.inputValue()));
    expect(keyed).toBeGreaterThan(lambda);
    await expect(figure.getByTestId('poly-errors')).toHaveText(errors(spec.degree.default, keyed));
    // Fewer folds while the worker may still hold the last k's curves: the figure keeps working.
    await drag(spec.k.label, [spec.k.max, spec.k.max - 1, spec.k.min + 1, spec.k.min]);
    await expect(figure.locator('dl.readout[aria-busy="true"]')).toHaveCount(0);
    await expect(figure.getByTestId('poly-errors')).toHaveText(errors(spec.degree.default, keyed, spec.k.min));
  });

  test('a slow pointer drag across the folds, pausing on each value, is still computed off the main thread', async ({ page }) => {
    const figure = await openFigure(page, PAGE, 'polynomial');
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const slider = figure.getByRole('slider', { name: spec.k.label });
    await slider.scrollIntoViewIfNeeded();
    const box = (await slider.boundingBox())!;
    // Where the thumb sits for value k, the thumb's own width (1.25rem) kept inside the track.
    const thumb = 20;
    const xOf = (k: number) => box.x + thumb / 2 + ((box.width - thumb) * (k - spec.k.min)) / (spec.k.max - spec.k.min);
    const y = box.y + box.height / 2;
    await page.mouse.move(xOf(spec.k.default), y);
    await page.mouse.down();
    // Each new value comes well after the one before: by pace alone, each would be a lone change.
    for (let k = spec.k.default - 1; k >= spec.k.min; k -= 1) {
      await page.mouse.move(xOf(k), y, { steps: 2 });
      await page.waitForTimeout(300);
    }
    await page.mouse.up();
    await expect(slider).toHaveValue(String(spec.k.min));
    expect(workers.some((url) => url.includes('polynomial-curves'))).toBe(true);
    await expect(figure.locator('dl.readout[aria-busy="true"]')).toHaveCount(0);
    await expect(figure.getByTestId('poly-errors')).toHaveText(errors(spec.degree.default, 1e-10, spec.k.min));
  });
});
