/**
 * Lesson 14's figure in a real browser: the cross-validated errors are the engine's, the degree and
 * fold sliders answer the keyboard, and the button sets what cross-validation picks.
 */
import { crossValidate } from '../../src/engine/index.ts';
import { polynomialData, polynomialFigure as spec } from '../../src/figures/polynomial.ts';
import { formatSignificant } from '../../src/lib/format.ts';
import { search } from '../../src/lessons/polynomial-numbers.ts';
import { openFigure } from './support/figure.ts';
import { expect, test } from './support/guard.ts';

const PAGE = 'lessons/14-polynomial-features-and-cross-validation/';
const data = polynomialData(spec.seed.default);
const errors = (degree: number) => {
  const cv = crossValidate(data, { degree, lambda: 1e-10, k: spec.k.default, seed: spec.seed.default });
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
});
