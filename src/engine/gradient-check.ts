import { checkParams, fromTheta, toTheta } from './design';
import type { Objective } from './objective';
import type { Params } from './types';

/**
 * The gradient by central differences: ∂L/∂θⱼ ≈ (L(θ + hⱼeⱼ) − L(θ − hⱼeⱼ)) / 2hⱼ
 * with hⱼ = h·max(1, |θⱼ|) (default h = 1e-5), shaped like Params.
 */
export function finiteDifferenceGradient(objective: Objective, params: Params, h = 1e-5): Params {
  checkParams(params, objective.dimension);
  if (!(h > 0 && Number.isFinite(h))) throw new RangeError(`invalid h; expected a finite number > 0, got ${h}`);
  const theta = toTheta(params);
  const out = new Float64Array(theta.length);
  for (let j = 0; j < theta.length; j++) {
    const step = h * Math.max(1, Math.abs(theta[j]!));
    const saved = theta[j]!;
    theta[j] = saved + step;
    const up = objective.loss(fromTheta(theta));
    theta[j] = saved - step;
    const down = objective.loss(fromTheta(theta));
    theta[j] = saved;
    // Divide by the step actually taken, which rounding can make differ from 2·step.
    out[j] = (up - down) / (saved + step - (saved - step));
  }
  return fromTheta(out);
}

/** The outcome of comparing an analytic gradient with finite differences. */
export interface GradientCheck {
  analytic: Params;
  numeric: Params;
  /**
   * max over parameters of |analytic − numeric| / max(|analytic|, |numeric|, floor)
   * (floor defaults to 1e-8); around 1e-7 or less for a correct gradient at
   * moderate scales. A component that is nearly zero can show a large
   * relative error from rounding alone; read `maxAbsoluteError` then.
   */
  maxRelativeError: number;
  /** max over parameters of |analytic − numeric|. */
  maxAbsoluteError: number;
}

/**
 * Compares `objective.gradient` with `finiteDifferenceGradient` at params
 * (options: `h` for the differences, `floor` for the relative error).
 * Only meaningful when the objective's gradient is exact for its loss
 * (e.g. not for source 002's half-size gradient).
 */
export function checkGradient(objective: Objective, params: Params, options: { h?: number; floor?: number } = {}): GradientCheck {
  const floor = options.floor ?? 1e-8;
  if (!(floor > 0 && Number.isFinite(floor))) throw new RangeError(`invalid floor; expected a finite number > 0, got ${floor}`);
  const analytic = objective.gradient(params);
  const numeric = finiteDifferenceGradient(objective, params, options.h);
  const a = [...analytic.w, analytic.b];
  const b = [...numeric.w, numeric.b];
  let maxRelativeError = 0;
  let maxAbsoluteError = 0;
  for (let j = 0; j < a.length; j++) {
    const error = Math.abs(a[j]! - b[j]!);
    maxAbsoluteError = Math.max(maxAbsoluteError, error);
    maxRelativeError = Math.max(maxRelativeError, error / Math.max(Math.abs(a[j]!), Math.abs(b[j]!), floor));
  }
  return { analytic, numeric, maxRelativeError, maxAbsoluteError };
}
