/**
 * Lesson 6's figures. "rates": source 000's learning-rate comparison (its 100 points, 100 steps, rates
 * 0.001, 0.01, 0.1, 0.5) in the book's convention, plus a rate the reader picks. "conditioning": a
 * feature far from zero makes a long narrow valley; centring and scaling it makes a round bowl.
 */
import { linearData, SOURCE_000_DATA, type XY } from '../engine/datasets';
import { defineFigure } from '../state/figure-spec';

export const SOURCE_RATES = [0.001, 0.01, 0.1, 0.5] as const;
export const RATE_STEPS = 100;

export const ratesFigure = defineFigure({
  rate: { kind: 'number', label: 'Your learning rate', min: 0.0005, max: 1, step: 0.0005, default: 0.25, scale: 'log' },
});

export function ratesData(): XY {
  return linearData(SOURCE_000_DATA);
}

/** x from 1 to 4: off-centre compared with its spread, which is what stretches the bowl. */
export const CONDITIONING_DATA = { n: 40, xMin: 1, xMax: 4, slope: 2, intercept: 1, noise: 0.5, seed: 7 } as const;
export const CONDITIONING_STEPS = 400;

export const conditioningFigure = defineFigure({
  scaled: { kind: 'boolean', label: 'Centre and scale x', default: false },
  lr: { kind: 'number', label: 'Learning rate', min: 0.0005, max: 1.5, step: 0.0005, default: 0.1, scale: 'log' },
});

export function conditioningData(): XY {
  return linearData(CONDITIONING_DATA);
}
