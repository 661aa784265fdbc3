/**
 * Lesson 7's figures: a model with three weights (the source's "first model had 3 different
 * weights"; its numbers are not printed, so these are ours), and the cost race between the closed
 * form and descent for growing numbers of features.
 */
import { multiFeatureData } from '../engine/multi-feature';
import { defineFigure } from '../state/figure-spec';

export const TRUE_WEIGHTS = [3, -2, 1.5] as const;
export const TRUE_INTERCEPT = 4;
export const FEATURE_STEPS = 300;

export const featuresFigure = defineFigure({
  step: { kind: 'integer', label: 'Step', min: 0, max: FEATURE_STEPS, default: 0 },
  lr: { kind: 'number', label: 'Learning rate', min: 0.005, max: 0.5, step: 0.005, default: 0.05, scale: 'log' },
  noise: { kind: 'number', label: 'Noise σ', min: 0, max: 5, step: 0.1, default: 1 },
});

export function featuresData(noise: number) {
  return multiFeatureData({ n: 200, weights: [...TRUE_WEIGHTS], intercept: TRUE_INTERCEPT, noise, seed: 2026 });
}

/** The race's problem sizes: rows n, feature counts d, and descent steps. */
export const RACE = { n: 2000, ds: [2, 8, 32, 64, 128], steps: 100 } as const;

export const raceFigure = defineFigure({
  steps: { kind: 'integer', label: 'Descent steps', min: 10, max: 1000, default: RACE.steps },
});
