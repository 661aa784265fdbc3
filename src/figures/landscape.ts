/**
 * Lesson 3's figure: the data with the reader's line, the loss landscape over (w, b) as a heatmap and
 * as a 3D surface, all linked. Defaults follow the lecture notebook (002): 20 evenly spaced x on
 * [0, 5], y = 2x + 1 + noise with σ = 0.8, and its window of (w, b); plus one extra point the reader
 * can drag, which starts on the true line and so changes little until it is moved.
 */
import { defineFigure } from '../state/figure-spec';
import { LANDSCAPE_WINDOW } from './windows';
import { linearDataEvenlySpaced, SOURCE_002_DATA, withPoints, type XY } from '../engine/datasets';

export const LANDSCAPE_X_RANGE = [SOURCE_002_DATA.xMin, SOURCE_002_DATA.xMax] as const;
/** The true intercept (002's); the figure lets the reader change the slope, the noise and the count. */
export const LANDSCAPE_INTERCEPT = SOURCE_002_DATA.intercept;
/** The part of the (w, b) plane the heatmap and the surface show (shared with lesson 5). */
export { LANDSCAPE_WINDOW };
/** Samples per side of the landscape grid (the heatmap's pixels; the surface resamples it). */
export const LANDSCAPE_GRID_SIZE = 121;
/** Samples per side while the data is being dragged (see src/state/use-settled.ts): a ninth of the work. */
export const LANDSCAPE_DRAG_GRID_SIZE = 41;

export const landscapeFigure = defineFigure({
  n: { kind: 'integer', label: 'Samples', min: 2, max: 200, default: SOURCE_002_DATA.n },
  noise: { kind: 'number', label: 'Noise σ', min: 0, max: 3, step: 0.1, default: SOURCE_002_DATA.noise },
  slope: { kind: 'number', label: 'True slope', min: 0, max: 4, step: 0.1, default: SOURCE_002_DATA.slope },
  seed: { kind: 'integer', label: 'Data seed', min: 0, max: 999_999, default: SOURCE_002_DATA.seed },
  w: { kind: 'number', label: 'Your slope w', min: LANDSCAPE_WINDOW.wMin, max: LANDSCAPE_WINDOW.wMax, step: 0.05, default: 0 },
  b: { kind: 'number', label: 'Your intercept b', min: LANDSCAPE_WINDOW.bMin, max: LANDSCAPE_WINDOW.bMax, step: 0.05, default: 0 },
  extra: { kind: 'boolean', label: 'Include the point you can drag', default: true },
  ex: { kind: 'number', label: 'Dragged point x', min: 0, max: 5, step: 0.05, default: 4.5 },
  ey: { kind: 'number', label: 'Dragged point y', min: -10, max: 25, step: 0.05, default: 10 },
  azimuth: { kind: 'number', label: 'Turn the surface', min: 0, max: 359, step: 1, default: 315 },
  elevation: { kind: 'number', label: 'Tilt the surface', min: 0, max: 90, step: 1, default: 35 },
});

/** The figure's data for its settings: 002's construction, plus the draggable point when it is on. */
export function landscapeData(v: { n: number; noise: number; slope: number; seed: number; extra: boolean; ex: number; ey: number }): { base: XY; data: XY } {
  const base = linearDataEvenlySpaced({ n: v.n, xMin: LANDSCAPE_X_RANGE[0], xMax: LANDSCAPE_X_RANGE[1], slope: v.slope, intercept: LANDSCAPE_INTERCEPT, noise: v.noise, seed: v.seed });
  return { base, data: v.extra ? withPoints(base, { x: [v.ex], y: [v.ey] }) : base };
}
