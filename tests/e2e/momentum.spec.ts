/**
 * Lesson 13's figure in a real browser: the race's distances are the engine's, κ moves from the
 * keyboard, and the button sets the tuned β and α.
 */
import { momentumTuning } from '../../src/engine/index.ts';
import { momentumFigure as spec } from '../../src/figures/momentum.ts';
import { formatSignificant } from '../../src/lib/format.ts';
import { raceBowl, raceRuns } from '../../src/lessons/momentum-race.ts';
import { openFigure } from './support/figure.ts';
import { expect, test } from './support/guard.ts';

const PAGE = 'lessons/13-momentum-and-adam/';

test.describe('lesson 13: momentum and Adam', () => {
  test('the distances after the race are the engine’s', async ({ page }) => {
    const figure = await openFigure(page, PAGE, 'race');
    const bowl = raceBowl(spec.kappa.default);
    const runs = raceRuns({ kappa: spec.kappa.default, lr: spec.lr.default, beta: spec.beta.default, adaptiveLr: spec['adam-lr'].default });
    const d = (p: { w: number[]; b: number }) => Math.hypot(p.w[0]! - bowl.minimum.w[0]!, p.b - bowl.minimum.b);
    await expect(figure.getByTestId('race-gradient-descent')).toHaveText(formatSignificant(d(runs['gradient-descent'].params.at(-1)!), 2));
    await expect(figure.getByTestId('race-momentum')).toHaveText(formatSignificant(d(runs.momentum.params.at(-1)!), 2));
  });

  test('κ answers the keyboard and the tuned β and α can be set in one press', async ({ page }) => {
    const figure = await openFigure(page, PAGE, 'race');
    const slider = figure.getByRole('slider', { name: 'Condition number κ' });
    const before = await figure.getByTestId('race-tuning').textContent();
    await slider.focus();
    await page.keyboard.press('End');
    await expect(figure.getByTestId('race-tuning')).not.toHaveText(before ?? '');
    await figure.getByRole('button', { name: 'Use the best β and α' }).click();
    const bowl = raceBowl(spec.kappa.max);
    const t = momentumTuning(bowl.eigenvalues[0]!, bowl.eigenvalues[1]!);
    await expect(figure.getByRole('slider', { name: 'Momentum β' })).toHaveValue(String(Number(t.beta.toFixed(2))));
  });
});

test('the race also runs on lesson 10’s cross-entropy landscape, and Adam’s β₁ answers the keyboard', async ({ page }) => {
  const figure = await openFigure(page, PAGE + '?race.track=logistic', 'race');
  await expect(figure.getByRole('img', { name: /cross-entropy landscape/ })).toBeVisible();
  await expect(figure.getByTestId('race-tuning')).toBeHidden();
  const before = await figure.getByTestId('race-adam').textContent();
  const beta1 = figure.getByRole('slider', { name: 'Adam β₁' });
  await beta1.focus();
  await page.keyboard.press('Home');
  await expect(figure.getByTestId('race-adam')).not.toHaveText(before ?? '');
});
