/**
 * Lesson 2's figure: a handful of evenly spaced points so every residual's square can be seen, and a
 * line the reader fits by hand while the mean squared error (or, switched, the mean absolute error)
 * is drawn as areas, as bars and as a curve along the intercept.
 */
import { linearDataEvenlySpaced, type XY } from '../engine/datasets';
import { defineFigure } from '../state/figure-spec';

/** The data: n evenly spaced x on [1, 9], y = 0.6x + 1 + noise. */
export const SQUARED_ERROR_DATA = { xMin: 1, xMax: 9, slope: 0.6, intercept: 1 } as const;
/** Fixed axes: the squares must not change size because an axis rescaled. */
export const SQUARED_ERROR_X_DOMAIN = [0, 10] as const;
export const SQUARED_ERROR_Y_DOMAIN = [-1, 9] as const;
/** The intercepts along which the loss curve is drawn (the b slider's range). */
export const SQUARED_ERROR_B_RANGE = [-4, 10] as const;

export const squaredErrorFigure = defineFigure({
  n: { kind: 'integer', label: 'Samples', min: 3, max: 12, default: 6 },
  noise: { kind: 'number', label: 'Noise σ', min: 0, max: 3, step: 0.1, default: 1.2 },
  seed: { kind: 'integer', label: 'Data seed', min: 0, max: 999_999, default: 7 },
  w: { kind: 'number', label: 'Your slope w', min: -1, max: 2, step: 0.01, default: 0 },
  b: { kind: 'number', label: 'Your intercept b', min: SQUARED_ERROR_B_RANGE[0], max: SQUARED_ERROR_B_RANGE[1], step: 0.05, default: 3 },
  measure: { kind: 'choice', label: 'Score each miss by', options: ['squared', 'absolute'], default: 'squared' },
  best: { kind: 'boolean', label: 'Show the best line (least squares)', default: false },
});

export function squaredErrorData(v: { n: number; noise: number; seed: number }): XY {
  return linearDataEvenlySpaced({ n: v.n, noise: v.noise, seed: v.seed, ...SQUARED_ERROR_DATA });
}
