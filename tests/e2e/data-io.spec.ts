/**
 * "Your data in, code out" in a real browser: a pasted or uploaded CSV runs the figure on the
 * reader's data (numbers from the engine), a bad one is refused line by line while the figure keeps
 * its data, one click goes back to the lesson's data, and the figure's data and a NumPy script of its
 * experiment can be taken away.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { CONVENTIONS, crossEntropyLoss, gradientDescent, linearData, squaredErrorLoss, squaredErrorObjective } from '../../src/engine/index.ts';
import { dataToCsv } from '../../src/engine/csv.ts';
import { LINE_FIT_X_RANGE, lineFitFigure as spec } from '../../src/figures/line-fit.ts';
import { formatFixed } from '../../src/lib/format.ts';
import { expect, test } from './support/guard.ts';

interface Case {
  page: string;
  figure: string;
  /** The readout that shows the loss of the figure's current model. */
  readout: string;
  good: string;
  rows: number;
  /** What the second column is called in messages. */
  second: 'y' | 'label';
  /** The loss the readout must show on `good`, from the engine. */
  expected(): string;
}

const GOOD_LINE = 'hours,score\n0,1.1\n1,2.9\n2,5.2\n3,6.8\n4,9.1\n';
const goodLine = { x: [0, 1, 2, 3, 4], y: [1.1, 2.9, 5.2, 6.8, 9.1] };
const lineMean = goodLine.y.reduce((a, c) => a + c, 0) / goodLine.y.length;

const cases: Case[] = [
  {
    page: 'lessons/01-a-line-through-noisy-points/',
    figure: 'line-fit',
    readout: 'candidate-mse',
    good: GOOD_LINE,
    rows: 5,
    second: 'y',
    expected: () => formatFixed(squaredErrorLoss(goodLine, { w: [0], b: lineMean }, CONVENTIONS.textbook), 3),
  },
  {
    page: 'lessons/03-the-loss-landscape/',
    figure: 'landscape',
    readout: 'landscape-mse',
    good: GOOD_LINE,
    rows: 5,
    second: 'y',
    // The figure's model stays where it was: w = b = 0 by default.
    expected: () => formatFixed(squaredErrorLoss(goodLine, { w: [0], b: 0 }, CONVENTIONS.textbook), 3),
  },
  {
    page: 'lessons/05-gradient-descent-step-by-step/',
    figure: 'descent',
    readout: 'descent-loss',
    good: GOOD_LINE,
    rows: 5,
    second: 'y',
    // Step 0 of a run from w = b = 0.
    expected: () => formatFixed(squaredErrorLoss(goodLine, { w: [0], b: 0 }, CONVENTIONS.textbook), 4),
  },
  {
    page: 'lessons/08-regularization/',
    figure: 'ridge-playground',
    readout: 'playground-loss',
    good: GOOD_LINE,
    rows: 5,
    second: 'y',
    // The playground's default run: rate 0.1, 100 steps, no penalty.
    expected: () =>
      formatFixed(gradientDescent(squaredErrorObjective(goodLine, CONVENTIONS.textbook), { learningRate: 0.1, steps: 100 }).lossAt[100]!, 4),
  },
  {
    page: 'lessons/10-cross-entropy-and-its-landscape/',
    figure: 'cross-entropy',
    readout: 'ce-loss',
    good: 'x,passed\n-2,0\n-1,0\n-0.5,1\n0.5,0\n1,1\n2,1\n',
    rows: 6,
    second: 'label',
    // At step 0, from 004's start w = b = −1.
    expected: () => formatFixed(crossEntropyLoss({ x: [-2, -1, -0.5, 0.5, 1, 2], y: [0, 0, 1, 0, 1, 1] }, { w: [-1], b: -1 }, CONVENTIONS.source004), 4),
  },
];

async function openPanel(page: Page, c: Case): Promise<Locator> {
  await page.goto(c.page);
  const figure = page.locator(`[data-figure="${c.figure}"]`);
  await figure.scrollIntoViewIfNeeded();
  await page.waitForFunction((id) => {
    const island = document.querySelector(`[data-figure="${id}"]`)?.closest('astro-island');
    return island !== null && island !== undefined && !island.hasAttribute('ssr');
  }, c.figure);
  await figure.getByText('Your data in, code out').click();
  return figure;
}

for (const c of cases) {
  test.describe(`${c.figure}: your data in, code out`, () => {
    test('pasted data is used; a bad paste is refused line by line and changes nothing; one click goes back', async ({ page }) => {
      const figure = await openPanel(page, c);
      const before = await figure.getByTestId(c.readout).textContent();
      const box = figure.getByLabel('CSV data');

      await box.fill('x,v\n1,1\n3,\n4,abc\n5,0\n');
      await figure.getByRole('button', { name: 'Use this data' }).click();
      await expect(figure.getByTestId('data-problems')).toContainText(`Line 3: missing value: expected ${c.second} after x = 3.`);
      await expect(figure.getByTestId('data-problems')).toContainText(`Line 4: ${c.second} is “abc”, not a number.`);
      await expect(figure.getByTestId('data-status')).toContainText('Nothing changed');
      await expect(figure.getByTestId(c.readout)).toHaveText(before ?? '');

      await box.fill(c.good);
      await figure.getByRole('button', { name: 'Use this data' }).click();
      await expect(figure.getByTestId('data-status')).toContainText(`uses your ${c.rows} rows`);
      await expect(figure.getByTestId(c.readout)).toHaveText(c.expected());
      await expect(figure.getByTestId('data-problems')).toHaveCount(0);

      await figure.getByRole('button', { name: 'Back to the lesson’s data' }).click();
      await expect(figure.getByTestId('data-status')).toHaveText('Back on the lesson’s data.');
      await expect(figure.getByRole('button', { name: 'Back to the lesson’s data' })).toHaveCount(0);
    });

    test('an uploaded file is read; a bad file names its line and the limit', async ({ page }) => {
      const figure = await openPanel(page, c);
      const input = figure.locator('input[type="file"]');
      await input.setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from(c.good) });
      await expect(figure.getByTestId(c.readout)).toHaveText(c.expected());
      const before = await figure.getByTestId(c.readout).textContent();
      const tooMany = Array.from({ length: 2100 }, (_, i) => `${i},${i % 2}`).join('\n');
      await input.setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.from(tooMany) });
      await expect(figure.getByTestId('data-problems')).toContainText('Line 2001: too many rows: this figure takes at most 2000 data rows.');
      await expect(figure.getByTestId('data-status')).toContainText('huge.csv');
      await expect(figure.getByTestId(c.readout)).toHaveText(before ?? '');
    });
  });
}

test('lesson 1 downloads its data as CSV and copies a NumPy script of the experiment', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const c = cases[0]!;
  const figure = await openPanel(page, c);
  const [download] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: 'Download the data (CSV)' }).click()]);
  expect(download.suggestedFilename()).toBe('downhill-line-fit.csv');
  const csv = readFileSync((await download.path())!, 'utf8');
  const data = linearData({
    n: spec.n.default,
    xMin: LINE_FIT_X_RANGE[0],
    xMax: LINE_FIT_X_RANGE[1],
    slope: spec.slope.default,
    intercept: spec.intercept.default,
    noise: spec.noise.default,
    seed: spec.seed.default,
  });
  // Row for row the engine's data; the browser's Math may differ from Node's in the last bit.
  const rows = csv.trim().split('\n');
  const expected = dataToCsv(data).trim().split('\n');
  expect(rows[0]).toBe('x,y');
  expect(rows.length).toBe(expected.length);
  rows.slice(1).forEach((row, i) => {
    const got = row.split(',').map(Number);
    const want = expected[i + 1]!.split(',').map(Number);
    got.forEach((v, j) => expect(Math.abs(v - want[j]!)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want[j]!))));
  });

  await figure.getByRole('button', { name: 'Copy a NumPy script of this experiment' }).click();
  await expect(figure.getByText('Script copied')).toBeVisible();
  const script = await page.evaluate(() => navigator.clipboard.readText());
  expect(script).toMatch(/^import numpy as np$/m);
  expect(script).toContain(`${data.x[0]}, ${data.x[1]}`);
  expect(script).toContain('steps = 0');
});

test('the data tools are fetched when the panel opens, not with the page', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (/DataPanelBody/.test(request.url())) fetched.push(request.url());
  });
  const c = cases[0]!;
  await page.goto(c.page);
  const figure = page.locator(`[data-figure="${c.figure}"]`);
  await figure.scrollIntoViewIfNeeded();
  await page.waitForFunction((id) => !document.querySelector(`[data-figure="${id}"]`)?.closest('astro-island')?.hasAttribute('ssr'), c.figure);
  await figure.getByRole('slider').first().focus();
  await page.keyboard.press('ArrowRight');
  expect(fetched).toEqual([]);
  // Keyboard readers open it too: focus reaches the summary, Enter opens it.
  await figure.locator('summary', { hasText: 'Your data in, code out' }).focus();
  await page.keyboard.press('Enter');
  await expect(figure.getByLabel('CSV data')).toBeVisible();
  expect(fetched).toHaveLength(1);
});

test('if the data tools cannot be fetched, the panel says so and the figure still works', async ({ page, guard }) => {
  guard.allow(/DataPanelBody|Failed to load resource|dynamically imported module/);
  await page.route(/DataPanelBody/, (route) => route.abort());
  const c = cases[0]!;
  const figure = await openPanel(page, c);
  await expect(figure.locator('.data-panel')).toContainText('The data tools could not be loaded');
  const before = await figure.getByTestId(c.readout).textContent();
  await figure.getByRole('slider').first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(figure.getByTestId(c.readout)).not.toHaveText(before ?? '');
});
