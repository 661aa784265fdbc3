/**
 * prefers-reduced-motion turns animation into stepping, on every figure that animates.
 *
 * Figures are found on every lesson; a figure "animates" when pressing one of its buttons whose text
 * starts with play, run, animate, start, rotate, spin or descend (the same buttons the bench drives)
 * keeps changing the figure for a while with motion allowed. With motion reduced, pressing that button
 * (or whatever button sits in its place) may change the figure once — a step — and then the figure
 * must be still: no change at all in the next second. Pages without such a figure skip, saying so.
 */
import type { Locator, Page } from '@playwright/test';
import { ANIMATE_BUTTON } from '../../scripts/bench/sweeps.ts';
import { expect, test } from './support/guard.ts';
import { readLessons } from './support/lessons.ts';

/** Starts counting changes to `figure`'s subtree; the returned function stops and gives their times (ms, page clock). */
async function watchChanges(figure: Locator): Promise<() => Promise<number[]>> {
  await figure.evaluate((el) => {
    const times: number[] = [];
    const observer = new MutationObserver(() => times.push(performance.now()));
    observer.observe(el, { subtree: true, childList: true, attributes: true, characterData: true });
    (window as unknown as { __motion: { times: number[]; observer: MutationObserver } }).__motion = { times, observer };
  });
  return () =>
    figure.evaluate(() => {
      const motion = (window as unknown as { __motion: { times: number[]; observer: MutationObserver } }).__motion;
      motion.observer.disconnect();
      return motion.times;
    });
}

async function openLive(page: Page, path: string): Promise<void> {
  await page.goto(path);
  const figures = page.locator('[data-figure]');
  for (let i = 0, count = await figures.count(); i < count; i += 1) {
    const figure = figures.nth(i);
    await figure.scrollIntoViewIfNeeded();
    await expect.poll(() => figure.evaluate((el) => el.closest('astro-island')?.hasAttribute('ssr') ?? false)).toBe(false);
  }
}

/** (figure name, button index) of every button that looks like it starts an animation. */
async function animateButtons(page: Page): Promise<Array<{ figure: string; index: number; text: string }>> {
  const found = await page.locator('[data-figure]').evaluateAll((figures) =>
    figures.flatMap((figure) =>
      Array.from(figure.querySelectorAll('button')).map((button, index) => ({
        figure: figure.getAttribute('data-figure') ?? '',
        index,
        text: (button.textContent ?? '').replace(/\s+/g, ' ').trim(),
      })),
    ),
  );
  return found.filter((b) => ANIMATE_BUTTON.test(b.text));
}

const lessons = readLessons();

/** Clicks a candidate's button and returns the times of the figure's changes over the next `ms`, after `settle` ms. */
async function changesAfterClick(page: Page, candidate: { figure: string; index: number }, settle: number, ms: number): Promise<number[] | null> {
  const figure = page.locator(`[data-figure="${candidate.figure}"]`);
  const buttons = figure.locator('button');
  if ((await buttons.count()) <= candidate.index) return null; // the button is gone: nothing there can animate
  await figure.scrollIntoViewIfNeeded();
  let stop = settle > 0 ? null : await watchChanges(figure);
  await buttons.nth(candidate.index).click();
  if (settle > 0) {
    await page.waitForTimeout(settle);
    stop = await watchChanges(figure);
  }
  await page.waitForTimeout(ms);
  return stop!();
}

for (const lesson of lessons) {
  test(`${lesson.id}: animations become steps when motion is reduced`, async ({ page }) => {
    // With motion reduced, on one load: every candidate button may change its figure once (a step), then stillness.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openLive(page, lesson.path);
    const candidates = await animateButtons(page);
    test.skip(candidates.length === 0, 'no figure on this page has a play/run/animate button');
    const stepped = new Map<(typeof candidates)[number], number[] | null>();
    for (const candidate of candidates) stepped.set(candidate, await changesAfterClick(page, candidate, 300, 1000));

    // With motion allowed: which of them start an animation at all? A figure's buttons are tried on fresh loads,
    // so one button's animation is never counted for the next; different figures share a load.
    let animating = 0;
    const rounds = Math.max(...[...new Set(candidates.map((c) => c.figure))].map((f) => candidates.filter((c) => c.figure === f).length));
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    for (let round = 0; round < rounds; round += 1) {
      await openLive(page, lesson.path);
      const inRound = [...new Set(candidates.map((c) => c.figure))]
        .map((f) => candidates.filter((c) => c.figure === f)[round])
        .filter((c): c is (typeof candidates)[number] => c !== undefined);
      for (const candidate of inRound) {
        const changes = await changesAfterClick(page, candidate, 0, 1200);
        const moving = (changes ?? []).filter((t, i, all) => i === 0 || t - all[0]! > 300);
        if (moving.length < 5) continue; // a button that changes the figure once is a step already
        animating += 1;
        const reduced = stepped.get(candidate);
        if (reduced === null || reduced === undefined) continue; // with motion reduced, the animate button is not there
        expect(reduced, `"${candidate.text}" in ${candidate.figure} kept changing the figure with reduced motion`).toEqual([]);
      }
    }
    test.skip(animating === 0, 'no button on this page starts an animation');
  });
}
