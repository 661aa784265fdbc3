/**
 * Lesson 1's figure: noisy points drawn from a true line, and a candidate line the reader moves.
 * Defaults follow the source exercise notebook (003): y = 1.5x + 2 + noise with σ = 1.5, x uniform
 * on [−5, 5], 100 points, seed 42, starting from the know-nothing model w = b = 0.
 */
import { defineFigure } from '../state/figure-spec';

export const LINE_FIT_X_RANGE = [-5, 5] as const;

export const lineFitFigure = defineFigure({
  n: { kind: 'integer', label: 'Samples', min: 2, max: 500, default: 100 },
  noise: { kind: 'number', label: 'Noise σ', min: 0, max: 5, step: 0.1, default: 1.5 },
  slope: { kind: 'number', label: 'True slope', min: -4, max: 4, step: 0.1, default: 1.5 },
  intercept: { kind: 'number', label: 'True intercept', min: -5, max: 5, step: 0.1, default: 2 },
  seed: { kind: 'integer', label: 'Data seed', min: 0, max: 999_999, default: 42 },
  w: { kind: 'number', label: 'Your slope w', min: -5, max: 5, step: 0.05, default: 0 },
  b: { kind: 'number', label: 'Your intercept b', min: -10, max: 10, step: 0.05, default: 0 },
  residuals: { kind: 'boolean', label: 'Show residuals', default: true },
  truth: { kind: 'boolean', label: 'Show the true line', default: true },
  best: { kind: 'boolean', label: 'Show the best-fitting line', default: false },
});
