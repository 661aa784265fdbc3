/**
 * Interaction sweeps on an open, throttled page, timing every frame while they run:
 *
 * - slider: each enabled range input of a figure is dragged across its whole range: a pointer goes
 *   down on it, its value moves from where it stands to its minimum, up to its maximum and back
 *   (drag-path.ts), a whole range in SLIDER_STEPS moves, one `input` event per animation frame (as
 *   fast as a dragging reader could ask), and the pointer comes up; then, once the figure has
 *   settled, one jump to the far end by the End or Home key is timed on its own (`jumpMs`);
 * - animate: a button whose text says play/run/animate/start/rotate/spin is pressed and the figure
 *   is watched for ANIMATE_FRAMES frames, then pressed again if it now says pause or stop;
 * - rotate: on a 3D figure, the mouse drags across its surface, one move per frame.
 *
 * A frame time is the interval between successive requestAnimationFrame callbacks: what the
 * reader sees as smooth or stuck. Long tasks come from the browser's `longtask` entries.
 */
import type { CDPSession, Locator, Page } from 'playwright-core';
import { dragPath } from './drag-path.ts';
import { intervals, summarizeFrames } from './stats.ts';
import type { FigureInfo, InteractionResult, WorkPerFrame } from './types.ts';

export const SLIDER_STEPS = 40;
export const ANIMATE_FRAMES = 90;
export const ROTATE_MOVES = 60;
/**
 * How long a figure is left alone before a jump is timed, and after: longer than any of the book's
 * hold-still delays (a held chart base, a coarse landscape, a drag's worker run), so the jump is a
 * lone change and the next sweep starts on a settled figure.
 */
export const SETTLE_MS = 500;

/** Matches the text of a button that starts an animation. */
export const ANIMATE_BUTTON = /^\W*(play|run|animate|start|rotate|spin|descend)\b/i;
const STOP_BUTTON = /\b(pause|stop)\b/i;

const RECORDER = `(() => {
  if (window.__benchFrames) return;
  let stamps = [];
  let long = [];
  let running = false;
  let observer = null;
  const loop = (t) => { if (!running) return; stamps.push(t); requestAnimationFrame(loop); };
  Object.defineProperty(window, '__benchFrames', { value: {
    start() {
      stamps = []; long = []; running = true;
      try {
        observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) long.push(e.duration); });
        observer.observe({ type: 'longtask' });
      } catch {}
      requestAnimationFrame(loop);
    },
    stop() { running = false; if (observer) observer.disconnect(); return { stamps, long }; },
  } });
})();`;

interface Recording {
  stamps: number[];
  long: number[];
}

const counterSessions = new WeakMap<Page, CDPSession>();

/** Chromium's cumulative main-thread counters for the page, in seconds (null where CDP refuses). */
async function mainThreadCounters(page: Page): Promise<Record<string, number> | null> {
  try {
    let session = counterSessions.get(page);
    if (!session) {
      session = await page.context().newCDPSession(page);
      await session.send('Performance.enable');
      counterSessions.set(page, session);
    }
    const { metrics } = await session.send('Performance.getMetrics');
    return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
  } catch {
    return null;
  }
}

/** The counters' growth between two readings, per frame, in milliseconds. */
export function workPerFrame(before: Record<string, number> | null, after: Record<string, number> | null, frames: number): WorkPerFrame | null {
  if (!before || !after || !(frames > 0)) return null;
  const per = (name: string) => {
    const grown = (after[name] ?? NaN) - (before[name] ?? NaN);
    return Number.isFinite(grown) ? Math.max(0, (grown * 1000) / frames) : NaN;
  };
  const work = { styleMs: per('RecalcStyleDuration'), layoutMs: per('LayoutDuration'), taskMs: per('TaskDuration') };
  return Object.values(work).every(Number.isFinite) ? work : null;
}

async function record(page: Page, action: () => Promise<void>): Promise<Pick<InteractionResult, 'frames' | 'longTasks' | 'work'>> {
  await page.evaluate(RECORDER);
  const before = await mainThreadCounters(page);
  await page.evaluate(() => (window as unknown as { __benchFrames: { start(): void } }).__benchFrames.start());
  try {
    await action();
  } finally {
    // Let the last update paint before stopping the clock.
    await nextFrames(page, 2);
  }
  const { stamps, long } = await page.evaluate(() => (window as unknown as { __benchFrames: { stop(): Recording } }).__benchFrames.stop());
  const after = await mainThreadCounters(page);
  return {
    frames: summarizeFrames(intervals(stamps)),
    longTasks: { count: long.length, totalMs: Math.round(long.reduce((a, b) => a + b, 0)) },
    work: workPerFrame(before, after, Math.max(0, stamps.length - 1)),
  };
}

function nextFrames(page: Page, n: number): Promise<void> {
  return page.evaluate(async (count) => {
    for (let i = 0; i < count; i += 1) await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
  }, n);
}

/** A range input's bounds (the HTML defaults, 0 and 100, when unset) and its value, as a number and as written. */
async function rangeOf(input: Locator): Promise<{ min: number; max: number; value: number; original: string }> {
  return input.evaluate((element) => {
    const el = element as HTMLInputElement;
    return { min: el.min === '' ? 0 : Number(el.min), max: el.max === '' ? 100 : Number(el.max), value: Number(el.value), original: el.value };
  });
}

/**
 * Drags the slider along `dragPath`: a pointer down on it first, as a hand's is, so the figure
 * treats every change as part of one drag; `change` fires once, on release, as a browser fires it.
 */
async function dragSlider(input: Locator, steps: number): Promise<void> {
  const range = await rangeOf(input);
  const path = dragPath(range.min, range.max, range.value, steps).map(String);
  await input.evaluate(async (element, values) => {
    const el = element as HTMLInputElement;
    const original = el.value;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    const pointer = (type: string) => el.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, pointerId: 1, isPrimary: true, pointerType: 'mouse', button: 0 }));
    await frame();
    pointer('pointerdown');
    for (const value of values) {
      await frame();
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await frame();
    // A step attribute can leave the thumb a rounding away from where it stood.
    if (el.value !== original) {
      el.value = original;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }
    pointer('pointerup');
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }, path);
}

/**
 * The longest frame from one End or Home key press (to the end farther from the thumb) until three
 * frames later: a lone change, which a figure may answer with more work than a drag's frames (a
 * chart redraws its axes at once). The slider is put back afterwards, and the figure left to settle.
 */
async function timeJump(page: Page, input: Locator): Promise<number | null> {
  await page.waitForTimeout(SETTLE_MS);
  const { min, max, value, original } = await rangeOf(input);
  const key = value - min >= max - value ? 'Home' : 'End';
  await input.focus();
  const measured = await record(page, async () => {
    await page.keyboard.press(key);
    await nextFrames(page, 3);
  });
  await page.waitForTimeout(SETTLE_MS);
  await input.evaluate((element, value) => {
    const el = element as HTMLInputElement;
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }, original);
  await page.waitForTimeout(SETTLE_MS);
  return measured.frames?.max ?? null;
}

async function labelOf(input: Locator): Promise<string> {
  return input.evaluate((element) => {
    const el = element as HTMLInputElement;
    const text = el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.id ?? 'slider';
    return text.replace(/\s+/g, ' ').trim();
  });
}

/** Runs every sweep on one figure and returns one result per interaction. */
export async function sweepFigure(page: Page, figure: FigureInfo): Promise<InteractionResult[]> {
  const root = page.locator(`[data-figure="${figure.name}"]`).first();
  await root.scrollIntoViewIfNeeded();
  await page.waitForFunction((name) => {
    const el = document.querySelector(`[data-figure="${name}"]`);
    return el !== null && !el.closest('astro-island[ssr]');
  }, figure.name);
  const results: InteractionResult[] = [];
  const base = { figure: figure.name, figureKind: figure.kind };

  const sliders = root.locator('input[type="range"]:not([disabled])');
  for (let i = 0, count = await sliders.count(); i < count; i += 1) {
    const input = sliders.nth(i);
    const control = await labelOf(input);
    await input.scrollIntoViewIfNeeded();
    await root.evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
    const measured = await record(page, () => dragSlider(input, SLIDER_STEPS));
    const jumpMs = await timeJump(page, input);
    results.push({ ...base, kind: 'slider', control, ...measured, jumpMs });
  }

  const buttons = root.locator('button');
  for (let i = 0, count = await buttons.count(); i < count; i += 1) {
    const button = buttons.nth(i);
    const text = ((await button.textContent()) ?? '').replace(/\s+/g, ' ').trim();
    if (!ANIMATE_BUTTON.test(text) || !(await button.isEnabled())) continue;
    await button.scrollIntoViewIfNeeded();
    const measured = await record(page, async () => {
      await button.click();
      await nextFrames(page, ANIMATE_FRAMES);
    });
    const after = ((await button.textContent()) ?? '').trim();
    if (STOP_BUTTON.test(after)) await button.click();
    results.push({ ...base, kind: 'animate', control: text, ...measured });
  }

  if (figure.kind === '3d') {
    const surface = root.locator('.surface-view').first();
    const box = await surface.boundingBox();
    if (box) {
      const y = box.y + box.height / 2;
      const x0 = box.x + box.width * 0.3;
      const x1 = box.x + box.width * 0.7;
      const measured = await record(page, async () => {
        await page.mouse.move(x0, y);
        await page.mouse.down();
        for (let i = 1; i <= ROTATE_MOVES; i += 1) {
          await page.mouse.move(x0 + ((x1 - x0) * i) / ROTATE_MOVES, y + Math.sin(i / 6) * 20);
          await nextFrames(page, 1);
        }
        await page.mouse.up();
      });
      results.push({ ...base, kind: 'rotate', control: 'drag', ...measured });
    }
  }
  return results;
}
