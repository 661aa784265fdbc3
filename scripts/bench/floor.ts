/**
 * The machine's floor: the same slider sweep on a page that holds nothing but one slider and the
 * number it sets. Whatever a lesson's sweep costs above this is the figure's; what this costs is the
 * browser's own work for a changed value (event, style, layout, paint, compositing) on this machine
 * at this throttle. Printed beside the frame table so a reader can tell a slow figure from a slow
 * machine; no budget reads it.
 */
import type { Browser } from 'playwright-core';
import { CPU_THROTTLE, VIEWPORT, throttleCpu } from './browser.ts';
import { sweepFigure } from './sweeps.ts';
import type { InteractionResult } from './types.ts';

/** The bare page: a labelled range input and an <output> that shows its value. */
export const FLOOR_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bench floor</title></head>
<body><div data-figure="floor">
<label for="floor-slider">Value</label> <input id="floor-slider" type="range" min="0" max="100" value="50"> <output id="floor-value">50</output>
</div>
<script>
const slider = document.getElementById('floor-slider');
const value = document.getElementById('floor-value');
slider.addEventListener('input', () => { value.textContent = slider.value; });
</script></body></html>`;

export async function measureFloor(browser: Browser): Promise<InteractionResult | null> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.setContent(FLOOR_PAGE);
    await throttleCpu(page, CPU_THROTTLE);
    const [result] = await sweepFigure(page, { name: 'floor', kind: '2d' });
    return result ?? null;
  } finally {
    await context.close();
  }
}
