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
