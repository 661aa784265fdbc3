/**
 * Lesson 5's figure in a real browser: stepping, running and scrubbing move every view together, the
 * update box shows the engine's numbers, the contour map picks the start, and a learning rate that
 * diverges is drawn and named, not broken.
 */
import { CONVENTIONS, gradientDescent, squaredErrorObjective } from '../../src/engine/index.ts';
import { descentData, descentFigure as spec } from '../../src/figures/descent.ts';
import { formatFixed } from '../../src/lib/format.ts';
import { openFigure } from './support/figure.ts';
import { expect, test } from './support/guard.ts';

const PAGE = 'lessons/05-gradient-descent-step-by-step/';
const objective = squaredErrorObjective(descentData(), CONVENTIONS.textbook);
const runFrom = (w0: number, b0: number, lr: number = spec.lr.default) => gradientDescent(objective, { start: { w: [w0], b: b0 }, learningRate: lr, steps: 1000 });
const shown = (p: { w: number[]; b: number }) => `${formatFixed(p.w[0]!, 4)}, ${formatFixed(p.b, 4)}`;

test.describe('lesson 5: gradient descent, step by step', () => {
  test('One step and Ten steps move the run, and the update box shows the engine’s next values', async ({ page }) => {
    const figure = await openFigure(page, PAGE, 'descent');
    const run = runFrom(0, 0);
    await expect(figure.getByTestId('next-w')).toHaveText(formatFixed(run.params[1]!.w[0]!, 4));
    await figure.getByRole('button', { name: 'One step' }).click();
    await expect(figure.getByTestId('descent-step')).toHaveText('1');
    await expect(figure.getByTestId('descent-params')).toHaveText(shown(run.params[1]!));
    await figure.getByRole('button', { name: 'Ten steps' }).click();
    await expect(figure.getByTestId('descent-params')).toHaveText(shown(run.params[11]!));
    await expect(figure.getByTestId('descent-loss')).toHaveText(formatFixed(run.lossAt[11]!, 4));
    await expect(figure.getByTestId('next-b')).toHaveText(formatFixed(run.params[12]!.b, 4));
    await expect(figure.getByTestId('training-log').locator('tbody tr')).toHaveCount(3);
  });

  test('Run plays and Pause stops; the step slider rewinds with the keyboard', async ({ page }) => {
    const figure = await openFigure(page, PAGE, 'descent');
    await figure.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(async () => Number(await figure.getByTestId('descent-step').textContent())).toBeGreaterThan(20);
    await figure.getByRole('button', { name: 'Pause' }).click();
    const at = Number(await figure.getByTestId('descent-step').textContent());
    await expect(figure.getByTestId('descent-params')).toHaveText(shown(runFrom(0, 0).params[at]!));
    const slider = figure.getByRole('slider', { name: /^Step/ });
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(figure.getByTestId('descent-step')).toHaveText('0');
    await page.keyboard.press('ArrowRight');
    await expect(figure.getByTestId('descent-step')).toHaveText('1');
  });

  test('a click on the contour map starts the run there', async ({ page }) => {
    const figure = await openFigure(page, PAGE + '?descent.step=30', 'descent');
    const map = figure.locator('.landscape-pick');
    await map.scrollIntoViewIfNeeded();
    const box = (await map.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.8, box.y + box.height * 0.2);
    await expect(figure.getByTestId('descent-step')).toHaveText('0');
    const w0 = Number(await figure.getByRole('slider', { name: 'Start w' }).inputValue());
    const b0 = Number(await figure.getByRole('slider', { name: 'Start b' }).inputValue());
    expect(w0).toBeGreaterThan(2);
    expect(b0).toBeGreaterThan(2);
    await figure.getByRole('button', { name: 'Ten steps' }).click();
    // The readout follows the engine's run from wherever the click put the start.
    const params = (await figure.getByTestId('descent-params').textContent())!.split(',').map(Number);
    const run = runFrom(w0, b0);
    expect(Math.abs(params[0]! - run.params[10]!.w[0]!)).toBeLessThan(0.05);
  });

  test('a learning rate that diverges is drawn and says at which step it blew up', async ({ page }) => {
    const figure = await openFigure(page, PAGE + '?descent.lr=0.2&descent.step=40', 'descent');
    const run = runFrom(0, 0, 0.2);
    expect(run.divergedAt).not.toBeNull();
    await expect(figure.getByTestId('descent-diverged')).toContainText(`step ${run.divergedAt}`);
    await expect(figure.locator('svg').first()).toBeVisible();
    await expect(figure.getByTestId('descent-loss')).not.toContainText('NaN');
  });

  test('the training step box: formulas typeset at build time, this step’s numbers from the engine, no KaTeX script', async ({ page }) => {
    const figure = await openFigure(page, PAGE + '?descent.step=12', 'descent');
    const run = runFrom(0, 0);
    const box = figure.getByTestId('update-rule');
    // Six formulas, rendered by KaTeX when the site was built (MathML inside), none typed by the island.
    await expect(box.locator('.ts-rule .katex')).toHaveCount(6);
    await expect(box.locator('.ts-rule math')).toHaveCount(6);
    await expect(box.getByTestId('ts-loss')).toHaveText(formatFixed(run.lossAt[12]!, 4));
    await expect(box.getByTestId('ts-grad-w')).toHaveText(formatFixed(run.gradients[12]!.w[0]!, 4).replace('-', '−'));
    await expect(box.getByTestId('ts-grad-b')).toHaveText(formatFixed(run.gradients[12]!.b, 4).replace('-', '−'));
    await expect(box.getByTestId('next-w')).toHaveText(formatFixed(run.params[13]!.w[0]!, 4));
    await expect(box.getByTestId('next-b')).toHaveText(formatFixed(run.params[13]!.b, 4));
    await expect(box.getByTestId('ts-forward')).toContainText(formatFixed(run.params[12]!.w[0]!, 4));
    // Stepping changes the numbers, not the formulas.
    await figure.getByRole('button', { name: 'One step' }).click();
    await expect(box.getByTestId('ts-loss')).toHaveText(formatFixed(run.lossAt[13]!, 4));
    await expect(box.locator('.ts-rule .katex')).toHaveCount(6);
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).filter((n) => /\.m?js(\?|$)/.test(n)));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((n) => /katex/i.test(n))).toEqual([]);
  });

  test('at the last step the box still says where one more step would go', async ({ page }) => {
    const figure = await openFigure(page, PAGE + '?descent.step=1000', 'descent');
    const longer = gradientDescent(objective, { learningRate: spec.lr.default, steps: 1001 });
    await expect(figure.getByTestId('descent-step')).toHaveText('1000');
    await expect(figure.getByTestId('next-w')).toHaveText(formatFixed(longer.params[1001]!.w[0]!, 4));
    await expect(figure.getByTestId('training-log').locator('tbody tr').last()).toContainText('1000');
  });

  test('the scrubber rewinds every view together, and the step axes widen with the run', async ({ page }) => {
    const figure = await openFigure(page, PAGE + '?descent.step=300', 'descent');
    const run = runFrom(0, 0);
    const lossChart = figure.getByRole('img', { name: 'The loss over the steps' });
    const wChart = figure.getByRole('img', { name: /^w over the steps/ });
    await expect(lossChart).toHaveAttribute('aria-description', /marker is at step 300\. Steps 0 to 500 are shown/);
    await expect(wChart).toHaveAttribute('aria-description', new RegExp(`At step 300, w = ${formatFixed(run.params[300]!.w[0]!, 3)}`));
    const slider = figure.getByRole('slider', { name: /^Step/ });
    await slider.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
    await expect(figure.getByTestId('descent-step')).toHaveText('3');
    await expect(lossChart).toHaveAttribute('aria-description', /marker is at step 3\. Steps 0 to 50 are shown/);
    await expect(wChart).toHaveAttribute('aria-description', new RegExp(`At step 3, w = ${formatFixed(run.params[3]!.w[0]!, 3)}`));
    await expect(figure.getByRole('img', { name: /^The data, the line at this step/ })).toHaveAttribute('aria-description', new RegExp(`Step 3 of 1000: w = ${formatFixed(run.params[3]!.w[0]!, 4)}`));
    await expect(figure.getByRole('img', { name: /^The path of descent on the loss landscape/ })).toHaveAttribute('aria-description', /has taken 3 steps/);
    await expect(figure.getByTestId('training-log').locator('tbody tr')).toHaveCount(2);
    await expect(figure.getByTestId('ts-loss')).toHaveText(formatFixed(run.lossAt[3]!, 4));
  });
});

