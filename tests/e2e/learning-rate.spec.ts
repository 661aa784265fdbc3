/**
 * Lesson 6's figures in a real browser: each source rate's verdict is the engine's, the reader's rate
 * moves across the stability limit with the keyboard, and centring and scaling x rounds the bowl.
 */
import { CONVENTIONS, gradientDescent, leastSquares, squaredErrorLoss, squaredErrorObjective, stabilityLimit } from '../../src/engine/index.ts';
import { runVerdict } from '../../src/engine/verdict.ts';
import { RATE_STEPS, ratesData, SOURCE_RATES } from '../../src/figures/rates.ts';
import { formatSignificant } from '../../src/lib/format.ts';
import { openFigure } from './support/figure.ts';
import { expect, test } from './support/guard.ts';

const PAGE = 'lessons/06-the-learning-rate/';
const data = ratesData();
const optimumLoss = squaredErrorLoss(data, leastSquares(data), CONVENTIONS.textbook);
const verdictAt = (learningRate: number) =>
  runVerdict(gradientDescent(squaredErrorObjective(data, CONVENTIONS.textbook), { learningRate, steps: RATE_STEPS }), { optimumLoss }).verdict;

test.describe('lesson 6: the learning rate', () => {
  test('each of the source’s rates shows the engine’s verdict, and the limit is the engine’s', async ({ page }) => {
    const figure = await openFigure(page, PAGE, 'rates');
    for (const rate of SOURCE_RATES) await expect(figure.getByTestId(`rate-${rate}`).locator('.verdict')).toHaveText(verdictAt(rate));
    await expect(figure.getByTestId('rates-limit')).toHaveText(formatSignificant(stabilityLimit(data, CONVENTIONS.textbook), 3));
  });

  test('the reader’s rate crosses the limit with the keyboard and its panel says it blew up', async ({ page }) => {
    const figure = await openFigure(page, PAGE + '?rates.rate=0.25', 'rates');
    await expect(figure.getByTestId('rate-yours').locator('.verdict')).toHaveText(verdictAt(0.25));
    const slider = figure.getByRole('slider', { name: 'Your learning rate' });
    await slider.focus();
    await page.keyboard.press('End');
    await expect(figure.getByTestId('rate-yours').locator('.verdict')).toHaveText('diverged');
    await expect(figure.getByTestId('rates-relation')).toContainText('above it');
    await expect(figure.getByTestId('rates-relation')).toContainText('blew up at step');
  });

  test('centring and scaling x rounds the bowl: κ becomes 1 and the best rate lands at once', async ({ page }) => {
    const figure = await openFigure(page, PAGE, 'conditioning');
    const kappa = Number((await figure.getByTestId('cond-kappa').textContent())!.replace(/[^\d.]/g, ''));
    expect(kappa).toBeGreaterThan(20);
    await figure.getByRole('checkbox', { name: 'Centre and scale x' }).check();
    await expect(figure.getByTestId('cond-kappa')).toHaveText('1.00');
    await figure.getByRole('button', { name: 'Use the best rate' }).click();
    await expect(figure.getByTestId('cond-verdict')).toContainText(/after [12] steps?/);
  });
});
