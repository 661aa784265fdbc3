/**
 * Lesson 5's figure: batch gradient descent on source 002's data (20 evenly spaced points of
 * y = 2x + 1 with noise σ = 0.8, seed 0), in the book's convention (mean squared error, its exact
 * gradient). A rate of 0.025 here is source 002's 0.05: 002's gradient lacks the factor 2.
 */
import { linearDataEvenlySpaced, SOURCE_002_DATA, type XY } from '../engine/datasets';
import { defineFigure } from '../state/figure-spec';
import { LANDSCAPE_WINDOW } from './windows';

/** Steps computed for every run (the step slider's range). */
export const DESCENT_STEPS = 1000;
export const DESCENT_WINDOW = LANDSCAPE_WINDOW;
export const DESCENT_X_RANGE = [SOURCE_002_DATA.xMin, SOURCE_002_DATA.xMax] as const;
/** 002's learning rate, 0.05, halved for the exact gradient. */
export const SOURCE_RATE_AS_TEXTBOOK = 0.025;

export const descentFigure = defineFigure({
  lr: { kind: 'number', label: 'Learning rate η', min: 0.001, max: 0.2, step: 0.001, default: SOURCE_RATE_AS_TEXTBOOK, scale: 'log' },
  w0: { kind: 'number', label: 'Start w', min: DESCENT_WINDOW.wMin, max: DESCENT_WINDOW.wMax, step: 0.05, default: 0 },
  b0: { kind: 'number', label: 'Start b', min: DESCENT_WINDOW.bMin, max: DESCENT_WINDOW.bMax, step: 0.05, default: 0 },
  step: { kind: 'integer', label: 'Step', min: 0, max: DESCENT_STEPS, default: 0 },
  'log-loss': { kind: 'boolean', label: 'Loss on a log scale', default: true },
  azimuth: { kind: 'number', label: 'Turn the surface', min: 0, max: 359, step: 1, default: 315 },
  elevation: { kind: 'number', label: 'Tilt the surface', min: 0, max: 90, step: 1, default: 35 },
});

export function descentData(): XY {
  return linearDataEvenlySpaced(SOURCE_002_DATA);
}
