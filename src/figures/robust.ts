/** Lesson 15's figure: lesson 8's outlier data fitted under MSE, MAE and Huber, with Huber's threshold δ as a control. */
import { defineFigure } from '../state/figure-spec';

export const robustFigure = defineFigure({
  delta: { kind: 'number', label: 'Huber threshold δ', min: 0.05, max: 20, step: 0.01, default: 1, scale: 'log' },
  landscape: { kind: 'choice', label: 'Landscape of', options: ['mse', 'mae', 'huber'], default: 'mae' },
});

/** Full-batch (sub)gradient descent for the robust fits: rate/(1 + k/100), from zero. */
export const ROBUST_FIT = { rate: 0.5, decay: 0.01, epochs: 1500 } as const;
