/**
 * Lesson 4's figure: the squared-error landscape of source 003's data (the data lesson 1 starts
 * with), its slices through the current (w, b), and the gradient there.
 */
import { defineFigure } from '../state/figure-spec';

export const GRADIENT_WINDOW = { wMin: -1.5, wMax: 4.5, bMin: -4, bMax: 8 } as const;

export const gradientFigure = defineFigure({
  w: { kind: 'number', label: 'Slope w', min: GRADIENT_WINDOW.wMin, max: GRADIENT_WINDOW.wMax, step: 0.05, default: 0 },
  b: { kind: 'number', label: 'Intercept b', min: GRADIENT_WINDOW.bMin, max: GRADIENT_WINDOW.bMax, step: 0.05, default: 0 },
  field: { kind: 'boolean', label: 'Show the gradient everywhere', default: false },
});
