/**
 * Opening a figure the way a reader does: scroll it into view (islands hydrate when visible) and
 * wait until its island is live, so the test talks to the hydrated figure, not the server picture.
 */
import type { Locator, Page } from '@playwright/test';

/** Scrolls figure `id` into view and waits for its island to hydrate. */
export async function liveFigure(page: Page, id: string): Promise<Locator> {
  const figure = page.locator(`[data-figure="${id}"]`);
  await figure.scrollIntoViewIfNeeded();
  await page.waitForFunction((fid) => {
    const island = document.querySelector(`[data-figure="${fid}"]`)?.closest('astro-island');
    return island !== null && island !== undefined && !island.hasAttribute('ssr');
  }, id);
  return figure;
}

/** Opens `path` (relative to the site base, query included) and returns figure `id`, live. */
export async function openFigure(page: Page, path: string, id: string): Promise<Locator> {
  await page.goto(path);
  return liveFigure(page, id);
}

/**
 * Presses each figure's first enabled slider on its track, far from the thumb, and returns one line
 * per figure whose slider did not move or whose chart vanished (empty when every figure answered).
 * Figure-specific pointer input (dragging lines, picking on landscapes, turning surfaces) is tested
 * in each lesson's own spec.
 */
export async function slidersIgnoringPresses(page: Page): Promise<string[]> {
  const ids = await page.locator('[data-figure]').evaluateAll((els) => els.map((el) => el.getAttribute('data-figure') ?? ''));
  const problems: string[] = [];
  for (const id of ids) {
    const figure = await liveFigure(page, id);
    const slider = figure.locator('input[type="range"]:enabled').first();
    if ((await slider.count()) === 0) continue;
    await slider.scrollIntoViewIfNeeded();
    const before = await slider.inputValue();
    const box = await slider.boundingBox();
    if (!box) {
      problems.push(`${id}: its first slider has no box on the page`);
      continue;
    }
    const min = Number(await slider.getAttribute('min'));
    const max = Number(await slider.getAttribute('max'));
    const at = (Number(before) - min) / (max - min || 1);
    await page.mouse.click(box.x + box.width * (at > 0.5 ? 0.1 : 0.9), box.y + box.height / 2);
    const moved = await slider
      .evaluate((el, was) => new Promise<boolean>((resolve) => {
        const start = performance.now();
        const poll = () => ((el as HTMLInputElement).value !== was ? resolve(true) : performance.now() - start > 5000 ? resolve(false) : requestAnimationFrame(poll));
        poll();
      }), before);
    if (!moved) problems.push(`${id}: a press on its first slider's track left it at ${before}`);
    else if (!(await figure.locator('svg, canvas').first().isVisible())) problems.push(`${id}: its chart is gone after the press`);
  }
  return problems;
}

/**
 * Live texts (slider values, readouts) whose text is wider than the box they hold, and held boxes
 * (training logs) whose content is taller than the box, so either would spill over its neighbours;
 * and a note if no live text on a page with figures is held at all (the containment that keeps a
 * drag from re-laying out the page never switched on).
 */
export async function liveTextProblems(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const boxes = Array.from(document.querySelectorAll<HTMLElement>('[data-figure] .live-text'));
    const problems: string[] = [];
    const held = boxes.filter((box) => box.classList.contains('is-held'));
    const visible = boxes.filter((box) => box.getClientRects().length > 0);
    if (visible.length > 0 && held.length === 0) problems.push(`none of ${visible.length} visible live texts holds its size`);
    for (const box of held) {
      const text = box.firstElementChild as HTMLElement | null;
      if (!text) continue;
      const spill = text.getBoundingClientRect().width - box.getBoundingClientRect().width;
      if (spill > 0.5) {
        const figure = box.closest('[data-figure]')?.getAttribute('data-figure');
        problems.push(`${figure}: "${text.textContent}" is ${spill.toFixed(1)} px wider than its box`);
      }
    }
    for (const box of Array.from(document.querySelectorAll<HTMLElement>('[data-figure] .held-box.is-held'))) {
      const content = box.firstElementChild as HTMLElement | null;
      if (!content) continue;
      const spill = content.getBoundingClientRect().height - box.getBoundingClientRect().height;
      if (spill > 0.5) problems.push(`${box.closest('[data-figure]')?.getAttribute('data-figure')}: a held box's content is ${spill.toFixed(1)} px taller than the box`);
    }
    return problems;
  });
}

/** Makes the page's canvases unable to go to a worker, as in a browser from before 2023 (before the page loads). */
export async function withoutCanvasTransfer(page: Page): Promise<void> {
  await page.addInitScript(() => {
    delete (HTMLCanvasElement.prototype as { transferControlToOffscreen?: unknown }).transferControlToOffscreen;
  });
}
