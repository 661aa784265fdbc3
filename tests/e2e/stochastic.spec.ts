/**
 * Lesson 12's figure in a real browser: the three runs show the engine's numbers, the epoch slider
 * answers the keyboard, reshuffling changes the noisy runs but not the full batch.
 */
import { minibatchFigure as spec } from '../../src/figures/minibatch.ts';
import { formatFixed } from '../../src/lib/format.ts';
import { MINIBATCH_DATA, minibatchRun } from '../../src/lessons/minibatch-run.ts';
import { openFigure } from './support/figure.ts';
import { expect, test } from './support/guard.ts';

const PAGE = 'lessons/12-stochastic-and-mini-batch-descent/';

test.describe('lesson 12: stochastic, mini-batch and batch descent', () => {
  test('each run’s loss after the chosen epoch is the engine’s, and the epoch slider answers the keyboard', async ({ page }) => {
    const figure = await openFigure(page, PAGE + '?minibatch.epoch=3', 'minibatch');
    const lr = spec.lr.default;
    const sizes = [1, spec.batch.default, MINIBATCH_DATA.x.length];
    for (const [i, b] of sizes.entries()) {
      const run = minibatchRun(b, lr, 'constant', 0);
      await expect(figure.getByTestId(`minibatch-loss-${i}`)).toHaveText(formatFixed(run.lossAt[3 * run.stepsPerEpoch]!, 4));
    }
    const slider = figure.getByRole('slider', { name: /^Epoch/ });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    const one = minibatchRun(1, lr, 'constant', 0);
    await expect(figure.getByTestId('minibatch-loss-0')).toHaveText(formatFixed(one.lossAt[4 * one.stepsPerEpoch]!, 4));
  });

  test('after k and then the rate move, every row is the engine’s run for the settings now shown', async ({ page }) => {
    // The figure keeps the runs a slider leaves alone; each row must still be its own settings' run.
    const figure = await openFigure(page, PAGE + '?minibatch.epoch=2', 'minibatch');
    const expectRows = async (batch: number, lr: number) => {
      for (const [i, b] of [1, batch, MINIBATCH_DATA.x.length].entries()) {
        const run = minibatchRun(b, lr, 'constant', 0);
        await expect(figure.getByTestId(`minibatch-loss-${i}`)).toHaveText(formatFixed(run.lossAt[Math.min(run.stepsTaken, 2 * run.stepsPerEpoch)]!, 4));
      }
    };
    await figure.getByRole('slider', { name: spec.batch.label }).focus();
    await page.keyboard.press('End');
    await expectRows(spec.batch.max, spec.lr.default);
    await figure.getByRole('slider', { name: spec.lr.label }).focus();
    await page.keyboard.press('Home');
    await expectRows(spec.batch.max, spec.lr.min);
    await figure.getByRole('slider', { name: spec.batch.label }).focus();
    await page.keyboard.press('Home');
    await expectRows(spec.batch.min, spec.lr.min);
  });

  test('reshuffling changes the noisy runs but not the full batch', async ({ page }) => {
    const figure = await openFigure(page, PAGE + '?minibatch.epoch=5', 'minibatch');
    const before = [0, 2].map(async (i) => figure.getByTestId(`minibatch-loss-${i}`).textContent());
    const [noisy, exact] = await Promise.all(before);
    await figure.getByRole('button', { name: /^Reshuffle/ }).click();
    await expect(figure.getByTestId('minibatch-loss-0')).not.toHaveText(noisy ?? '');
    await expect(figure.getByTestId('minibatch-loss-2')).toHaveText(exact ?? '');
  });

  test('the schedule choice changes the constant-rate hover', async ({ page }) => {
    const figure = await openFigure(page, PAGE, 'minibatch');
    const before = await figure.getByTestId('minibatch-loss-0').textContent();
    await figure.getByRole('radio', { name: 'Halve every 10 epochs' }).check();
    await expect(figure.getByTestId('minibatch-loss-0')).not.toHaveText(before ?? '');
  });
});
