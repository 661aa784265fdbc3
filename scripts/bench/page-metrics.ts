/**
 * Loads one page the way a first-time reader does (empty cache, CPU throttled) and measures what it
 * downloads and how long until every figure has drawn and gone live.
 *
 * "Figures drawn" starts at navigation and ends when every [data-figure] holds an <svg> or <canvas>
 * and its island has hydrated (its <astro-island> lost the `ssr` attribute). Islands hydrate when
 * visible, so from DOMContentLoaded a script scrolls to each figure in turn and waits for it: the time
 * a reader jumping straight through the page would wait before every figure answers.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CPU_THROTTLE, VIEWPORT, throttleCpu } from './browser.ts';
import { classify, sizeOf, totalSizes, type SizedResource, type SizeTotals } from './sizes.ts';
import type { FigureInfo } from './types.ts';
import type { SitePage } from './site.ts';

/** Installed before any page script: records when every figure is live (see the module comment). */
const FIGURE_CLOCK = `(() => {
  const state = { drawnAt: null, pending: [], done: false };
  Object.defineProperty(window, '__benchFigures', { value: state });
  const live = (f) => Boolean(f.querySelector('svg, canvas')) && !f.closest('astro-island[ssr]');
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  document.addEventListener('DOMContentLoaded', async () => {
    const figures = Array.from(document.querySelectorAll('[data-figure]'));
    for (const figure of figures) {
      figure.scrollIntoView({ block: 'center' });
      const started = performance.now();
      while (!live(figure)) {
        await frame();
        if (performance.now() - started > 20000) { state.pending.push(figure.getAttribute('data-figure')); break; }
      }
    }
    if (figures.length > 0) state.drawnAt = performance.now();
    window.scrollTo(0, 0);
    state.done = true;
  });
})();`;

export interface PageLoad {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly figures: FigureInfo[];
  /**
   * Sizes and request count of everything the page has loaded so far: call it after the sweeps, so
   * code a figure fetches only when used counts too.
   */
  collect(): Promise<{ sizes: SizeTotals; requests: number }>;
  readonly figuresDrawnMs: number | null;
  readonly problems: string[];
}

/** Opens `origin + sitePage.path` in a fresh context at CPU_THROTTLE and measures it; the caller closes `context`. */
export async function loadPage(browser: Browser, origin: string, sitePage: SitePage): Promise<PageLoad> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems: string[] = [];
  const sized: Array<Promise<SizedResource | null>> = [];
  let requests = 0;

  page.on('request', () => (requests += 1));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? '?'})`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    if (response.status() !== 200) return;
    const request = response.request();
    sized.push(
      response
        .body()
        .then((body) => ({ kind: classify(request.resourceType(), response.url(), response.headers()['content-type'] ?? ''), size: sizeOf(body) }))
        .catch(() => null),
    );
  });

  try {
    return await measure(context, page, origin + sitePage.path, problems, sized, () => requests);
  } catch (error) {
    await context.close();
    throw error;
  }
}

async function measure(
  context: BrowserContext,
  page: Page,
  url: string,
  problems: string[],
  sized: Array<Promise<SizedResource | null>>,
  requests: () => number,
): Promise<PageLoad> {
  await page.addInitScript(FIGURE_CLOCK);
  await throttleCpu(page, CPU_THROTTLE);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForFunction(() => (window as unknown as { __benchFigures?: { done: boolean } }).__benchFigures?.done === true, null, { timeout: 120_000 });
  const clock = await page.evaluate(() => (window as unknown as { __benchFigures: { drawnAt: number | null; pending: string[] } }).__benchFigures);
  for (const name of clock.pending) problems.push(`figure "${name}" did not go live within 20 s`);

  // Scroll to the end and back so lazily loaded things (fonts for formulas further down) arrive too.
  await page.evaluate(async () => {
    const step = Math.max(200, window.innerHeight - 100);
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    }
    window.scrollTo(0, 0);
    await document.fonts.ready;
  });
  await page.waitForLoadState('networkidle');

  const figures = await page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-figure]')).map((figure) => {
      const name = figure.getAttribute('data-figure') ?? '';
      // The 3D surface (SurfaceView); a 2D chart may hold a canvas too (a heatmap's).
      const kind: '2d' | '3d' = figure.querySelector('.surface-view') || /3d|surface/i.test(name) ? '3d' : '2d';
      return { name, kind };
    }),
  );
  const collect = async () => {
    const resources = (await Promise.all(sized)).filter((r): r is SizedResource => r !== null);
    return { sizes: totalSizes(resources), requests: requests() };
  };
  const drawn = clock.drawnAt === null || clock.pending.length > 0 ? null : clock.drawnAt;
  return { context, page, figures, collect, figuresDrawnMs: drawn, problems };
}
