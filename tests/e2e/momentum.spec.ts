/**
 * Lesson 13's figure in a real browser: the race's distances are the engine's, κ moves from the
 * keyboard, and the button sets the tuned β and α.
 */
import { momentumTuning } from '../../src/engine/index.ts';
import { momentumFigure as spec } from '../../src/figures/momentum.ts';
import { formatSignificant } from '../../src/lib/format.ts';
import { OPTIMIZERS, raceBowl, raceRuns, type RaceSettings } from '../../src/lessons/momentum-race.ts';
import { RACE_STEPS } from '../../src/figures/momentum.ts';
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

  test('after each slider moves, all five distances are the engine’s for the settings now shown', async ({ page }) => {
    // The figure remakes only the runs a slider touches; every run on show must still be the one its settings give.
    const figure = await openFigure(page, PAGE, 'race');
    const settings: RaceSettings = {
      kappa: spec.kappa.default,
      lr: spec.lr.default,
      beta: spec.beta.default,
      adaptiveLr: spec['adam-lr'].default,
      beta1: spec.beta1.default,
      beta2: spec.beta2.default,
      epsilon: 10 ** spec['log-eps'].default,
    };
    const expectEngine = async () => {
      const runs = raceRuns(settings);
      const bottom = raceBowl(settings.kappa).minimum;
      for (const name of OPTIMIZERS) {
        const run = runs[name];
        const upto = Math.min(RACE_STEPS, run.stepsTaken);
        const p = run.params[upto]!;
        const text = run.divergedAt !== null && run.divergedAt <= upto ? `blew up at step ${run.divergedAt}` : formatSignificant(Math.hypot(p.w[0]! - bottom.w[0]!, p.b - bottom.b), 2);
        await expect(figure.getByTestId(`race-${name}`)).toHaveText(text);
      }
    };
    const press = async (name: string, key: string) => {
      await figure.getByRole('slider', { name }).focus();
      await page.keyboard.press(key);
    };
    await press('Momentum β', 'Home');
    settings.beta = spec.beta.min;
    await expectEngine();
    await press('Adam and RMSProp rate', 'Home');
    settings.adaptiveLr = spec['adam-lr'].min;
    await expectEngine();
    await press('Condition number κ', 'Home');
    settings.kappa = spec.kappa.min;
    await expectEngine();
    await press('Momentum β', 'End');
    settings.beta = spec.beta.max;
    await expectEngine();
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
