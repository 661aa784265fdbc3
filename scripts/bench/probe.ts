/**
 * The machine's speed at the moment a page is swept: a fixed piece of JavaScript (path strings
 * built from numbers, small objects made and sorted, as a figure's drag does) timed on the page at
 * the bench's throttle, just before its sweeps. The floor (floor.ts) is measured once and is mostly
 * the browser's own work; this is measured on every page, so a slow spell of a shared machine in the
 * middle of a run shows up beside the pages it slowed. No budget reads it.
 */
import type { Page } from 'playwright-core';
import { median } from './stats.ts';

/**
 * The work, and its time in milliseconds. Self-contained (Playwright sends its source to the page):
 * no imports, no closures. Returns the time and a checksum, so that nothing can be optimised away.
 */
export function timedProbe(): { ms: number; checksum: number } {
  const start = performance.now();
  let checksum = 0;
  for (let round = 0; round < 40; round++) {
    let d = '';
    for (let i = 0; i < 500; i++) {
      const x = Math.sin(i + round) * 100;
      d += `L${x.toFixed(2)},${(x * 0.5).toFixed(2)}`;
    }
    checksum += d.length;
    const points = Array.from({ length: 500 }, (_, i) => ({ i, v: Math.sqrt(i + round) }));
    points.sort((a, b) => b.v - a.v);
    checksum += points[0]!.i;
  }
  return { ms: performance.now() - start, checksum };
}

/** The median time of `runs` probes on `page`, in milliseconds. */
export async function measureProbe(page: Page, runs = 3): Promise<number> {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) times.push((await page.evaluate(timedProbe)).ms);
  return median(times);
}
