import { checkConvention, startingParams, type SquaredErrorConvention } from './conventions';
import { checkParams, fromTheta, toDesign, toTheta, type Design } from './design';
import { squaredErrorGradientFrom, squaredErrorLossAt } from './linear';
import type { Dataset, Params, RecordTiming } from './types';

/**
 * A loss over the parameters paired with its gradient, for one data set in
 * one convention. Descent, grids and gradient checks all take one.
 */
export interface Objective {
  /** Which model and loss: `'squared-error'` or `'cross-entropy'`. */
  readonly kind: 'squared-error' | 'cross-entropy';
  /** d, the number of weights (features); the intercept comes on top. */
  readonly dimension: number;
  /** Number of data points. */
  readonly n: number;
  /** The convention's starting point (every parameter = its startValue). */
  readonly start: Params;
  /** Whether the convention's source lists the loss before or after each update. */
  readonly record: RecordTiming;
  /** The loss at params, in the convention. */
  loss(params: Params): number;
  /** The gradient the convention uses at params, shaped like Params. */
  gradient(params: Params): Params;
  /** Both at once from one pass over the data (what descent calls). */
  lossAndGradient(params: Params): { loss: number; gradient: Params };
  /**
   * The fast path used by descent: loss at θ = (w₀…w_{d−1}, b) and its
   * gradient written into `gradientOut` (length d + 1). Nothing is checked.
   */
  evaluate(theta: Float64Array, gradientOut: Float64Array): number;
}

export type LossAt = (design: Design, theta: Float64Array, scratch: Float64Array) => number;
export type GradientFrom = (design: Design, theta: Float64Array, scratch: Float64Array, out: Float64Array) => Float64Array;

/** An objective from its loss and gradient kernels (the cross-entropy one is in cross-entropy-objective.ts). */
export function makeObjective(kind: Objective['kind'], design: Design, record: RecordTiming, start: Params, lossAt: LossAt, gradientFrom: GradientFrom): Objective {
  // One scratch buffer per objective: evaluations are synchronous, so it is never shared mid-use.
  const scratch = new Float64Array(design.n);
  const { d } = design;
  const checked = (params: Params): Float64Array => {
    checkParams(params, d);
    return toTheta(params);
  };
  return {
    kind,
    dimension: d,
    n: design.n,
    start,
    record,
    loss: (params) => lossAt(design, checked(params), scratch),
    gradient(params) {
      const theta = checked(params);
      lossAt(design, theta, scratch);
      return fromTheta(gradientFrom(design, theta, scratch, new Float64Array(d + 1)));
    },
    lossAndGradient(params) {
      const theta = checked(params);
      const loss = lossAt(design, theta, scratch);
      return { loss, gradient: fromTheta(gradientFrom(design, theta, scratch, new Float64Array(d + 1))) };
    },
    evaluate(theta, gradientOut) {
      const loss = lossAt(design, theta, scratch);
      gradientFrom(design, theta, scratch, gradientOut);
      return loss;
    },
  };
}

/**
 * The squared-error objective of a linear model on `data` in `convention`
 * (loss and gradient exactly as `squaredErrorLoss`/`squaredErrorGradient`).
 * The data are checked and copied once.
 */
export function squaredErrorObjective(data: Dataset, given: SquaredErrorConvention): Objective {
  checkConvention(given);
  // A private copy, so later edits to the caller's object cannot change this objective.
  const convention = { ...given, l2: { ...given.l2 } };
  if (convention.kind !== 'squared-error') throw new RangeError(`invalid convention; expected a squared-error convention, got ${String(convention.kind)}`);
  const design = toDesign(data);
  return makeObjective(
    'squared-error',
    design,
    convention.record,
    startingParams(convention, design.d),
    (des, theta, scratch) => squaredErrorLossAt(des, theta, convention, scratch),
    (des, theta, scratch, out) => squaredErrorGradientFrom(des, theta, convention, scratch, out),
  );
}
