/**
 * Lesson 7's figures in a real browser: the three-weight run shows the engine's weights at every
 * step, and the cost race measures in the page when asked and fills its table.
 */
import { CONVENTIONS, gradientDescent, squaredErrorObjective } from '../../src/engine/index.ts';
import { FEATURE_STEPS, featuresData, featuresFigure as spec, RACE } from '../../src/figures/many-features.ts';
import { formatFixed } from '../../src/lib/format.ts';
import { openFigure } from './support/figure.ts';
import { expect, test } from './support/guard.ts';

const PAGE = 'lessons/07-many-features-and-the-closed-form/';

test.describe('lesson 7: many features and the closed form', () => {
  test('the weights at each step are the engine’s, and the step slider answers the keyboard', async ({ page }) => {
    const figure = await openFigure(page, PAGE + '?features.step=20', 'features');
    const run = gradientDescent(squaredErrorObjective(featuresData(spec.noise.default), CONVENTIONS.textbook), { learningRate: spec.lr.default, steps: FEATURE_STEPS });
    await expect(figure.getByTestId('features-w1')).toHaveText(formatFixed(run.params[20]!.w[0]!, 3));
    const slider = figure.getByRole('slider', { name: /^Step/ });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(figure.getByTestId('features-w2')).toHaveText(formatFixed(run.params[21]!.w[1]!, 3));
  });

  test('Measure times both fits in the page for every size', async ({ page }) => {
    const figure = await openFigure(page, PAGE + '?cost-race.steps=20', 'cost-race');
    await figure.getByRole('button', { name: 'Measure in this browser' }).click();
    await expect(figure.getByTestId('race-status')).toContainText('Done', { timeout: 60_000 });
    const cells = await figure.getByTestId('race-table').locator('tbody tr td:nth-child(2)').allTextContents();
    expect(cells.length).toBe(RACE.ds.length);
    // Times print as the site prints numbers: "0.90", "12", or "1.7 × 10²" on a slow machine.
    for (const c of cells) expect(siteNumber(c)).toBeGreaterThanOrEqual(0);
  });
});

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A number as the site's formatters print it (a true minus sign, "× 10ⁿ" for large and small ones). */
function siteNumber(text: string): number {
  const m = /^(−?[\d.]+)(?: × 10(⁻?)([⁰¹²³⁴⁵⁶⁷⁸⁹]+))?$/.exec(text.trim());
  if (!m) return NaN;
  const mantissa = Number(m[1]!.replace('−', '-'));
  if (m[3] === undefined) return mantissa;
  const exponent = Number([...m[3]].map((d) => SUPERSCRIPT.indexOf(d)).join(''));
  return mantissa * 10 ** (m[2] ? -exponent : exponent);
}
