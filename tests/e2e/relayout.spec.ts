/**
 * While a reader drags a slider, every text that changes in its figure must sit in a box that holds
 * its size: a LiveText (one line, its width held), a HeldBox (a block, its height held), a chart's
 * SVG or canvas, or a visually hidden description (fixed at 1 px). Those boxes are contained, so a
 * new value re-lays out the box alone. A changing text anywhere else makes Chromium lay the lesson
 * out again from the document root on every frame of the drag: on lesson 13's κ slider that was a
 * millisecond of layout per frame unthrottled, four at the benchmark's 4× throttle.
 *
 * Timing would be a flaky test of this; the rule itself is not. A MutationObserver records every
 * text change and every node put into the figure while each enabled slider of each figure of each
 * lesson is swept through its range, one input event per animation frame, as `npm run bench` does.
 *
 * One exception: a slider's own label may name the length of a run ("Step (of 1000)"), which changes
 * only on the frames where a diverging run stops earlier. A label is phrasing content, where a
 * HeldBox (a div) has no place.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/guard.ts';
import { liveFigure } from './support/figure.ts';
import { readLessons } from './support/lessons.ts';

/** Steps of each sweep: enough to cross a run's stability limit, few enough to keep the suite quick. */
const STEPS = 12;

/** Sweeps every enabled slider of figure `id` and returns each text change made outside a held box. */
async function textChangesOutsideHeldBoxes(page: Page, id: string): Promise<string[]> {
  const figure = await liveFigure(page, id);
  const ids = await figure.locator('input[type="range"]:enabled').evaluateAll((els) => els.map((el) => el.id));
  const problems: string[] = [];
  for (const sliderId of ids) {
    const slider = figure.locator(`#${sliderId}`);
    await slider.scrollIntoViewIfNeeded();
    const found = await slider.evaluate(async (element, steps) => {
      const input = element as HTMLInputElement;
      const root = input.closest('[data-figure]')!;
      // A box counts only if the page really contains it (size and layout): a LiveText or HeldBox
      // that has not been measured yet, or a style that lost its `contain`, re-lays out the page.
      const contained = (box: Element | null) => {
        const contain = box ? getComputedStyle(box).contain : '';
        return contain === 'strict' || (contain.includes('size') && contain.includes('layout'));
      };
      // `appearing`: a node just put in. A box that appears (a note that a run blew up) moves what
      // follows it once, as any new content must; what then changes inside it must be contained.
      const place = (node: Node, appearing: boolean): string | null => {
        const el = node instanceof Element ? node : node.parentElement;
        if (!el || !root.contains(el)) return null;
        const box = el.closest('.live-text, .held-box, .visually-hidden');
        if (contained(box) || (appearing && box && (box === node || !box.matches('.is-held')))) return null;
        if (el.closest('svg, canvas, .surface-canvas, .control > label')) return null;
        const path: string[] = [];
        for (let e: Element | null = el; e && e !== root && path.length < 4; e = e.parentElement) {
          const testId = e.getAttribute('data-testid');
          path.unshift(`${e.tagName.toLowerCase()}${e.classList[0] ? `.${e.classList[0]}` : ''}${testId ? `#${testId}` : ''}`);
        }
        return path.join(' > ');
      };
      const seen = new Set<string>();
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          // Preact can write a text node's unchanged value again; that moves nothing and lays out nothing.
          if (record.type === 'characterData' && record.oldValue === (record.target as CharacterData).data) continue;
          const appearing = record.type === 'childList';
          const nodes = appearing ? Array.from(record.addedNodes) : [record.target];
          for (const node of nodes) {
            const where = place(node, appearing);
            if (where !== null) seen.add(where);
          }
        }
      });
      observer.observe(root, { subtree: true, childList: true, characterData: true, characterDataOldValue: true });
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
      const min = Number(input.min || 0);
      const max = Number(input.max || 100);
      const original = input.value;
      const set = (value: string) => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      };
      for (let i = 0; i <= steps; i += 1) {
        await frame();
        set(String(min + ((max - min) * i) / steps));
      }
      await frame();
      set(original);
      await frame();
      await frame();
      observer.disconnect();
      return [...seen];
    }, STEPS);
    problems.push(...found.map((where) => `#${sliderId}: ${where}`));
  }
  return problems;
}

for (const lesson of readLessons()) {
  test(`${lesson.id}: a slider drag changes text only in boxes that hold their size`, async ({ page }) => {
    await page.goto(lesson.path);
    const figures = await page.locator('[data-figure]').evaluateAll((els) => els.map((el) => el.getAttribute('data-figure') ?? ''));
    const problems: string[] = [];
    for (const id of figures) problems.push(...(await textChangesOutsideHeldBoxes(page, id)).map((p) => `${id} ${p}`));
    expect(problems, 'text that changes during a drag outside a LiveText or HeldBox re-lays out the whole page').toEqual([]);
  });
}
