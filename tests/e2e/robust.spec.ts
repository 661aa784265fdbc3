/**
 * Lesson 15's figure in a real browser: the three fits are the engine's, δ moves Huber's fit from the
 * keyboard, and the landscape switches between the three losses.
 */
import { formatFixed } from '../../src/lib/format.ts';
import { MSE_FIT, robustFit } from '../../src/lessons/robust-fit.ts';
import { openFigure } from './support/figure.ts';
import { expect, test } from './support/guard.ts';

const PAGE = 'lessons/15-robust-losses/';

test.describe('lesson 15: robust losses', () => {
  test('the fits are the engine’s, and δ moves Huber’s from the keyboard', async ({ page }) => {
    const figure = await openFigure(page, PAGE, 'robust');
    await expect(figure.getByTestId('robust-mse-w')).toHaveText(formatFixed(MSE_FIT.w[0]!, 3));
    await expect(figure.getByTestId('robust-mae-w')).toHaveText(formatFixed(robustFit({ kind: 'absolute-error' }).w[0]!, 3));
    await expect(figure.getByTestId('robust-huber-w')).toHaveText(formatFixed(robustFit({ kind: 'huber', delta: 1 }).w[0]!, 3));
    const slider = figure.getByRole('slider', { name: 'Huber threshold δ' });
    await slider.focus();
    await page.keyboard.press('End');
    await expect(figure.getByTestId('robust-huber-w')).toHaveText(formatFixed(robustFit({ kind: 'huber', delta: 20 }).w[0]!, 3));
  });

  test('the landscape switches to the chosen loss', async ({ page }) => {
    const figure = await openFigure(page, PAGE, 'robust');
    await figure.getByRole('radio', { name: 'mean squared error' }).check();
    await expect(figure.getByRole('img', { name: /landscape of the mean squared error/ })).toBeVisible();
    await figure.getByRole('radio', { name: 'Huber loss' }).check();
    await expect(figure.getByRole('img', { name: /landscape of the Huber loss/ })).toBeVisible();
  });
});
