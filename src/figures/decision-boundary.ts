/**
 * Lesson 11's figure: two classes in the plane, a logistic model trained by batch descent (textbook
 * cross-entropy, optional L2), and a scrubber over the steps of the run.
 */
import { gaussianClasses2D, type LabelledRows } from '../engine/gaussian-classes-2d';
import { defineFigure } from '../state/figure-spec';

export const PLANE = { x1Min: -6, x1Max: 6, x2Min: -6, x2Max: 6 } as const;
/** Steps in every run; the scrubber moves through them. */
export const TRAINING_STEPS = 2000;

export const decisionBoundaryFigure = defineFigure({
  separation: { kind: 'number', label: 'Distance between the class centres', min: 0.5, max: 8, step: 0.25, default: 3 },
  lr: { kind: 'number', label: 'Learning rate', min: 0.01, max: 10, step: 0.01, default: 0.5, scale: 'log' },
  lambda: { kind: 'number', label: 'L2 strength λ', min: 0, max: 20, step: 0.1, default: 0 },
  step: { kind: 'integer', label: 'Step', min: 0, max: TRAINING_STEPS, default: TRAINING_STEPS },
  seed: { kind: 'integer', label: 'Data seed', min: 0, max: 999_999, default: 3 },
});

/** Two round clusters of 60 points each, their centres `separation` apart along the diagonal. */
export function planeClasses(separation: number, seed: number): LabelledRows {
  const h = separation / (2 * Math.SQRT2);
  return gaussianClasses2D({
    seed,
    positive: [{ mean: [h, h], sd: 1, n: 60 }],
    negative: [{ mean: [-h, -h], sd: 1, n: 60 }],
  });
}
