/**
 * Lesson 8's figures in a real browser: the playground's numbers are the engine's and follow λ from
 * the keyboard, the outlier panels show the engine's slopes, and the landscape's minimum is the ridge
 * closed form and moves when the intercept is penalised too.
 */
import { CONVENTIONS, gradientDescent, ridge, ridgeAlphaFor, squaredErrorObjective, withL2 } from '../../src/engine/index.ts';
import { OUTLIER_LAMBDAS, OUTLIER_RUN, outlierData, playgroundData, playgroundFigure, RIDGE_LANDSCAPE_DRAG_GRID_SIZE, RIDGE_LANDSCAPE_GRID_SIZE } from '../../src/figures/regularization.ts';
import { formatFixed } from '../../src/lib/format.ts';
import { openFigure } from './support/figure.ts';
import { expect, test } from './support/guard.ts';

const PAGE = 'lessons/08-regularization/';

test.describe('lesson 8: regularization', () => {
  test('the playground shows the engine’s fit, and λ moves it from the keyboard', async ({ page }) => {
    const figure = await openFigure(page, PAGE + '?ridge-playground.lambda=50', 'ridge-playground');
    const defaults = { n: playgroundFigure.n.default, noise: playgroundFigure.noise.default, seed: playgroundFigure.seed.default };
    const fit = (lambda: number) =>
      gradientDescent(squaredErrorObjective(playgroundData(defaults), withL2(CONVENTIONS.textbook, lambda)), { learningRate: playgroundFigure.lr.default, steps: playgroundFigure.steps.default }).params.at(-1)!;
    const shown = (p: { w: number[]; b: number }) => `${formatFixed(p.w[0]!, 3)}, ${formatFixed(p.b, 3)}`;
    await expect(figure.getByTestId('playground-params')).toHaveText(shown(fit(50)));
    const slider = figure.getByRole('slider', { name: 'L2 strength λ' });
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(figure.getByTestId('playground-params')).toHaveText(shown(fit(0)));
  });

  test('the iterations slider, up and down from the keyboard, shows the engine’s fresh run for each step count', async ({ page }) => {
    // The figure cuts its last run or carries it on (resumeDescent); what it shows must be the run made afresh.
    const figure = await openFigure(page, PAGE, 'ridge-playground');
    const defaults = { n: playgroundFigure.n.default, noise: playgroundFigure.noise.default, seed: playgroundFigure.seed.default };
    const objective = squaredErrorObjective(playgroundData(defaults), withL2(CONVENTIONS.textbook, playgroundFigure.lambda.default));
    const fit = (steps: number) => gradientDescent(objective, { learningRate: playgroundFigure.lr.default, steps });
    const slider = figure.getByRole('slider', { name: playgroundFigure.steps.label });
    await slider.focus();
    let steps: number = playgroundFigure.steps.default;
    for (const [key, next] of [['ArrowRight', steps + 1], ['PageUp', null], ['ArrowLeft', null], ['Home', playgroundFigure.steps.min], ['End', playgroundFigure.steps.max]] as const) {
      await page.keyboard.press(key);
      steps = next ?? Number(await slider.inputValue());
      await expect(slider).toHaveValue(String(steps));
      const run = fit(steps);
      const last = run.params.at(-1)!;
      await expect(figure.getByTestId('playground-params')).toHaveText(`${formatFixed(last.w[0]!, 3)}, ${formatFixed(last.b, 3)}`);
      await expect(figure.getByTestId('playground-loss')).toHaveText(formatFixed(run.lossAt.at(-1)!, 4));
    }
  });

  test('the playground says where a too-large rate blew up', async ({ page }) => {
    const figure = await openFigure(page, PAGE + '?ridge-playground.lr=1', 'ridge-playground');
    await expect(figure.getByTestId('playground-diverged')).toContainText('blew up at step');
    await expect(figure.getByTestId('playground-r2')).not.toContainText('NaN');
  });

  test('the outlier panels show the engine’s slopes for the source’s λ', async ({ page }) => {
    const figure = await openFigure(page, PAGE, 'outliers');
    const { data } = outlierData();
    for (const lambda of OUTLIER_LAMBDAS) {
      const last = gradientDescent(squaredErrorObjective(data, withL2(CONVENTIONS.source000, lambda)), OUTLIER_RUN).params.at(-1)!;
      await expect(figure.getByTestId(`outliers-${lambda}-w`)).toHaveText(`w = ${formatFixed(last.w[0]!, 3)}, b = ${formatFixed(last.b, 3)}`);
    }
  });

  test('the landscape’s penalised minimum is the ridge solution, and penalising b moves it', async ({ page }) => {
    const figure = await openFigure(page, PAGE + '?ridge-landscape.lambda=10', 'ridge-landscape');
    const { clean } = outlierData();
    const conv = withL2(CONVENTIONS.textbook, 10);
    const best = ridge(clean, ridgeAlphaFor(clean.x.length, conv));
    await expect(figure.getByTestId('ridge-minimum')).toHaveText(`w = ${formatFixed(best.w[0]!, 3)}, b = ${formatFixed(best.b, 3)}`);
    const before = await figure.getByTestId('ridge-minimum').textContent();
    await figure.getByRole('checkbox', { name: 'Penalise the intercept too' }).check();
    await expect(figure.getByTestId('ridge-minimum')).not.toHaveText(before ?? '');

    // While λ is dragged (one input per frame) the landscape is sampled coarsely, then in full once it holds still.
    const body = figure.locator('[data-grid-size]');
    await expect(body).toHaveAttribute('data-grid-size', String(RIDGE_LANDSCAPE_GRID_SIZE));
    const during = await figure.locator('#ridge-lambda').evaluate(async (element) => {
      const input = element as HTMLInputElement;
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      for (let i = 1; i <= 6; i++) {
        input.value = String(Number(input.min) + ((Number(input.max) - Number(input.min)) * i) / 10);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await frame();
      }
      return input.closest('[data-figure]')!.querySelector('[data-grid-size]')!.getAttribute('data-grid-size');
    });
    expect(during).toBe(String(RIDGE_LANDSCAPE_DRAG_GRID_SIZE));
    await expect(body).toHaveAttribute('data-grid-size', String(RIDGE_LANDSCAPE_GRID_SIZE));
  });
});

test('a λ so large that rate 0.1 blows up is said, not drawn as garbage', async ({ page }) => {
  await page.goto('lessons/08-regularization/?outliers.lambda=5100#outliers');
  const figure = page.locator('[data-figure="outliers"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.getByTestId('outliers-yours-w')).toContainText('blew up at step');
});
