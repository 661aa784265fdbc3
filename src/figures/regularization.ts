/**
 * Lesson 8's figures. "ridge-playground": source 000's widget (samples, noise, log-scale learning
 * rate, iterations, L2 strength) in the book's convention. "outliers": 000's experiment — 80 clean
 * points plus four outliers, descent at rate 0.1 for 200 steps at λ = 0, 0.01, 0.1, 1 in 000's own
 * convention — next to a λ the reader picks. "ridge-landscape": where the penalty moves the minimum.
 */
import { linearData, SOURCE_000_DATA, SOURCE_000_OUTLIERS, SOURCE_000_REGULARIZATION_DATA, withPoints, type XY } from '../engine/datasets';
import { defineFigure } from '../state/figure-spec';

export const PLAYGROUND_X_RANGE = [SOURCE_000_DATA.xMin, SOURCE_000_DATA.xMax] as const;

export const playgroundFigure = defineFigure({
  n: { kind: 'integer', label: 'Samples', min: 5, max: 500, default: SOURCE_000_DATA.n },
  noise: { kind: 'number', label: 'Noise σ', min: 0, max: 3, step: 0.05, default: 0.5 },
  lr: { kind: 'number', label: 'Learning rate', min: 0.001, max: 1, step: 0.001, default: 0.1, scale: 'log' },
  steps: { kind: 'integer', label: 'Iterations', min: 1, max: 2000, default: 100 },
  lambda: { kind: 'number', label: 'L2 strength λ', min: 0, max: 200, step: 0.5, default: 0 },
  seed: { kind: 'integer', label: 'Data seed', min: 0, max: 999_999, default: SOURCE_000_DATA.seed },
});

export function playgroundData(v: { n: number; noise: number; seed: number }): XY {
  return linearData({ ...SOURCE_000_DATA, n: v.n, noise: v.noise, seed: v.seed });
}

export const OUTLIER_LAMBDAS = [0, 0.01, 0.1, 1] as const;
export const OUTLIER_RUN = { learningRate: 0.1, steps: 200 } as const;

export const outliersFigure = defineFigure({
  lambda: { kind: 'number', label: 'Your λ', min: 0.01, max: 10000, step: 0.01, default: 100, scale: 'log' },
});

export function outlierData(): { clean: XY; data: XY } {
  const clean = linearData(SOURCE_000_REGULARIZATION_DATA);
  return { clean, data: withPoints(clean, SOURCE_000_OUTLIERS) };
}

/** Samples per side of the penalised landscape, and while λ is being dragged (a quarter of the cells). */
export const RIDGE_LANDSCAPE_GRID_SIZE = 70;
export const RIDGE_LANDSCAPE_DRAG_GRID_SIZE = 35;

export const ridgeLandscapeFigure = defineFigure({
  lambda: { kind: 'number', label: 'L2 strength λ', min: 0.1, max: 2000, step: 0.1, default: 200, scale: 'log' },
  bias: { kind: 'boolean', label: 'Penalise the intercept too', default: false },
});
