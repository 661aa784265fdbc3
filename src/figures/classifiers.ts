/**
 * Lesson 9's figures. The data are source 004's: two Gaussian classes on one axis (seed 0), and its
 * two-mode variant whose class 1 has a second, far cluster.
 */
import { gaussianClasses, SOURCE_004_TWO_MODE } from '../engine/gaussian-classes';
import { type XY } from '../engine/datasets';
import { defineFigure } from '../state/figure-spec';

/** The x window of 004's probability curve. */
export const CLASSES_X_RANGE = [-6, 6] as const;

export const lineClassifierFigure = defineFigure({
  far: { kind: 'number', label: 'Centre of the far cluster', min: 1, max: 20, step: 0.5, default: 5 },
  logistic: { kind: 'boolean', label: 'Show a logistic fit', default: false },
});

/**
 * 004's two-mode data with its far cluster of class 1 centred at `far` (5 in the source). The same
 * random draws are used at every position, so moving the slider moves those 50 points and nothing else.
 */
export function farClusterData(far: number): XY {
  const [near, distant] = SOURCE_004_TWO_MODE.positive;
  return gaussianClasses({ ...SOURCE_004_TWO_MODE, positive: [near!, { ...distant!, mean: far }] });
}

export const sigmoidFigure = defineFigure({
  w: { kind: 'number', label: 'Weight w', min: -6, max: 6, step: 0.05, default: 1 },
  b: { kind: 'number', label: 'Bias b', min: -6, max: 6, step: 0.05, default: 0 },
  complement: { kind: 'boolean', label: 'Show p(y = 0 | x) too', default: false },
  logodds: { kind: 'boolean', label: 'Show the log-odds z = wx + b', default: false },
});
