/**
 * Lesson 11's figure: the step scrubber answers the keyboard and the pointer, the readouts are the
 * engine's at that step, and a diverging learning rate is reported, not broken.
 */
import type { Page } from '@playwright/test';
import { accuracy, CONVENTIONS, crossEntropyObjective, gradientDescent, weightNorm, withL2 } from '../../src/engine/index.ts';
import { decisionBoundaryFigure as spec, planeClasses, TRAINING_STEPS } from '../../src/figures/decision-boundary.ts';
import { formatFixed, formatSignificant } from '../../src/lib/format.ts';
import { LOG_POSITIONS, logPositionValue } from '../../src/components/controls/log-scale.ts';
import { expect, test } from './support/guard.ts';

const PAGE = 'lessons/11-two-features-and-a-decision-boundary/';

async function openFigure(page: Page, query = '') {
  await page.goto(PAGE + query);
  const figure = page.locator('[data-figure="decision-boundary"]');
  await figure.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => {
    const island = document.querySelector('[data-figure="decision-boundary"]')?.closest('astro-island');
    return island !== null && island !== undefined && !island.hasAttribute('ssr');
  });
  return figure;
}

function engineRun(separation: number, lr: number, lambda: number) {
  const data = planeClasses(separation, spec.seed.default);
  const history = gradientDescent(crossEntropyObjective(data, withL2(CONVENTIONS.textbookLogistic, lambda)), { learningRate: lr, steps: TRAINING_STEPS, stopOnDivergence: true });
  return { data, history };
}

test.describe('lesson 11: two features and a decision boundary', () => {
  test('the step slider rewinds the run, and every readout is the engine’s at that step', async ({ page }) => {
    const figure = await openFigure(page);
    const step = figure.getByRole('slider', { name: /^Step/ });
    await step.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect(figure.getByTestId('plane-step')).toHaveText('5');
    const { data, history } = engineRun(spec.separation.default, spec.lr.default, spec.lambda.default);
    await expect(figure.getByTestId('plane-loss')).toHaveText(formatSignificant(history.lossAt[5]!, 4));
    await expect(figure.getByTestId('plane-accuracy')).toHaveText(`${formatFixed(100 * accuracy(data, history.params[5]!), 0)}%`);
    await expect(figure.getByTestId('plane-norm')).toHaveText(formatFixed(weightNorm(history.params[5]!), 3));
    await figure.getByRole('button', { name: 'Ten steps on' }).click();
    await expect(figure.getByTestId('plane-step')).toHaveText('15');
  });

  test('a pointer drag on the step slider moves through the run', async ({ page }) => {
    const figure = await openFigure(page);
    const step = figure.getByRole('slider', { name: /^Step/ });
    await step.scrollIntoViewIfNeeded();
    const box = (await step.boundingBox())!;
    // Grab the thumb (at the end of the run) and drag it back to the start.
    await page.mouse.move(box.x + box.width - 8, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(box.x - 20, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    const early = Number(await figure.getByTestId('plane-step').textContent());
    expect(early).toBeLessThan(TRAINING_STEPS / 10);
  });

  test('separable data with no penalty: the weights are longer at the end than part-way', async ({ page }) => {
    const figure = await openFigure(page, '?decision-boundary.separation=7&decision-boundary.step=200');
    const early = Number(await figure.getByTestId('plane-norm').textContent());
    await figure.getByRole('button', { name: 'To the end' }).click();
    await expect(figure.getByTestId('plane-accuracy')).toHaveText('100%');
    const late = Number(await figure.getByTestId('plane-norm').textContent());
    expect(late).toBeGreaterThan(early);
  });

  test('a drag of the learning rate is computed off the main thread, and ends on the engine’s run', async ({ page }) => {
    const figure = await openFigure(page);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const rate = figure.getByRole('slider', { name: spec.lr.label });
    // One input per frame, as a drag sends them: after the first, the run goes to a worker.
    const last = 12;
    const busySeen = await rate.evaluate(async (element, last) => {
      const input = element as HTMLInputElement;
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const readout = input.closest('[data-figure]')!.querySelector('dl.readout')!;
      let busy = false;
      for (let i = 0; i <= last; i++) {
        input.value = String(Number(input.min) + ((Number(input.max) - Number(input.min)) * i) / 20);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await frame();
        busy ||= readout.getAttribute('aria-busy') === 'true';
      }
      return busy;
    }, last);
    expect(busySeen).toBe(true);
    await expect(figure.locator('dl.readout[aria-busy]')).toHaveCount(0);
    expect(workers.some((url) => url.includes('decision-run'))).toBe(true);
    const lr = logPositionValue((LOG_POSITIONS * last) / 20, spec.lr.min, spec.lr.max);
    expect(lr).toBeGreaterThan(spec.lr.default);
    const { data, history } = engineRun(spec.separation.default, lr, spec.lambda.default);
    const k = history.stepsTaken;
    await expect(figure.getByTestId('plane-loss')).toHaveText(formatSignificant(history.lossAt[k]!, 4));
    await expect(figure.getByTestId('plane-accuracy')).toHaveText(`${formatFixed(100 * accuracy(data, history.params[k]!), 0)}%`);
    await expect(figure.getByTestId('plane-norm')).toHaveText(formatFixed(weightNorm(history.params[k]!), 3));
    // A lone key press after the drag is computed at once, to the engine's run at the new rate.
    await rate.focus();
    await page.keyboard.press('ArrowLeft');
    const keyed = engineRun(spec.separation.default, logPositionValue((LOG_POSITIONS * last) / 20 - 1, spec.lr.min, spec.lr.max), spec.lambda.default).history;
    await expect(figure.getByTestId('plane-loss')).toHaveText(formatSignificant(keyed.lossAt[keyed.stepsTaken]!, 4));
  });

  test('a learning rate that blows up is reported with its step, and the page keeps working', async ({ page }) => {
    const figure = await openFigure(page, '?decision-boundary.lr=10&decision-boundary.separation=8&decision-boundary.lambda=20');
    const { history } = engineRun(8, 10, 20);
    if (history.diverged) {
      await expect(figure.getByRole('status')).toContainText(`step ${history.divergedAt}`);
    }
    await expect(figure.getByTestId('plane-loss')).not.toHaveText(/NaN|undefined/);
    await figure.getByRole('button', { name: 'Reset figure' }).click();
    await expect(figure.getByTestId('plane-step')).toHaveText(String(TRAINING_STEPS));
  });
});
