import { checkConvention, l2Coefficient, l2Value, type SquaredErrorConvention } from './conventions';
import { checkParams, fromTheta, linearScores, packFeatures, packVector, toDesign, toTheta, type Design } from './design';
import type { Dataset, Features, Params, Vector } from './types';

/** ŷ = Xw + b for every row of `x` (one number per point when d = 1). Returns a new Float64Array. */
export function predict(x: Features, params: Params): Float64Array {
  const { n, d, X } = packFeatures(x);
  checkParams(params, d);
  return linearScores({ n, d, X, y: new Float64Array(0) }, toTheta(params), new Float64Array(n));
}

/** The residuals y − ŷ, one per point (positive when the point lies above the line). */
export function residuals(data: Dataset, params: Params): Float64Array {
  const design = toDesign(data);
  checkParams(params, design.d);
  const r = linearScores(design, toTheta(params), new Float64Array(design.n));
  for (let i = 0; i < design.n; i++) r[i] = design.y[i]! - r[i]!;
  return r;
}

/**
 * Squared-error loss at θ = (w, b) on a packed design; `scratch` receives
 * ŷ − y. Internal: shared by the loss, the gradient and the objective.
 */
export function squaredErrorLossAt(design: Design, theta: ArrayLike<number>, convention: SquaredErrorConvention, scratch: Float64Array): number {
  const { n, y } = design;
  linearScores(design, theta, scratch);
  let s = 0;
  for (let i = 0; i < n; i++) {
    const e = scratch[i]! - y[i]!;
    scratch[i] = e;
    s += e * e;
  }
  const data = convention.loss === 'mean' ? s / n : (1 / (2 * n)) * s;
  return data + l2Value(convention.l2, theta, design.d, n);
}

/**
 * Writes the convention's gradient into `out` (length d + 1), given the
 * residuals ŷ − y in `scratch`. Internal.
 */
export function squaredErrorGradientFrom(design: Design, theta: ArrayLike<number>, convention: SquaredErrorConvention, scratch: Float64Array, out: Float64Array): Float64Array {
  const { n, d, X } = design;
  out.fill(0);
  for (let i = 0; i < n; i++) {
    const e = scratch[i]!;
    const row = i * d;
    for (let j = 0; j < d; j++) out[j]! += X[row + j]! * e;
    out[d]! += e;
  }
  const factor = convention.gradientFactor;
  for (let j = 0; j <= d; j++) out[j] = (factor * out[j]!) / n;
  const c = l2Coefficient(convention.l2, n);
  if (c !== 0) {
    for (let j = 0; j < d; j++) out[j]! += c * theta[j]!;
    if (convention.l2.penalizeBias) out[d]! += c * theta[d]!;
  }
  return out;
}

/**
 * The squared-error loss of the line `params` on `data` in the given
 * convention: (1/n)Σ(ŷ−y)² for `'mean'` or (1/2n)Σ(ŷ−y)² for `'half-mean'`,
 * plus the convention's L2 penalty.
 */
export function squaredErrorLoss(data: Dataset, params: Params, convention: SquaredErrorConvention): number {
  checkConvention(convention);
  const design = toDesign(data);
  checkParams(params, design.d);
  return squaredErrorLossAt(design, toTheta(params), convention, new Float64Array(design.n));
}

/**
 * The gradient the convention's source uses, shaped like Params:
 * w = gradientFactor·(1/n)·Xᵀ(ŷ−y) + L2 term, b = gradientFactor·(1/n)·Σ(ŷ−y)
 * (+ L2 term if the bias is penalised). It is the exact gradient of the
 * loss when gradientFactor is 2 for `'mean'` or 1 for `'half-mean'`.
 */
export function squaredErrorGradient(data: Dataset, params: Params, convention: SquaredErrorConvention): Params {
  checkConvention(convention);
  const design = toDesign(data);
  checkParams(params, design.d);
  const theta = toTheta(params);
  const scratch = new Float64Array(design.n);
  squaredErrorLossAt(design, theta, convention, scratch);
  return fromTheta(squaredErrorGradientFrom(design, theta, convention, scratch, new Float64Array(design.d + 1)));
}

/**
 * The coefficient of determination R² = 1 − SS_res/SS_tot with
 * SS_res = Σ(y−ŷ)² and SS_tot = Σ(y−ȳ)². When every y is equal (SS_tot = 0)
 * it returns 1 if the predictions are exact and 0 otherwise (scikit-learn's rule).
 */
export function rSquared(y: Vector, yhat: Vector): number {
  const Y = packVector(y, 'y');
  const P = packVector(yhat, 'yhat');
  if (Y.length !== P.length) throw new RangeError(`invalid yhat; expected ${Y.length} values to match y, got ${P.length}`);
  if (Y.length === 0) throw new RangeError('invalid y; expected at least one value, got 0');
  let mean = 0;
  let constant = true;
  for (let i = 0; i < Y.length; i++) {
    mean += Y[i]!;
    if (Y[i] !== Y[0]) constant = false;
  }
  // The computed mean of equal numbers can miss them by an ulp; compare to y[0] instead.
  mean = constant ? Y[0]! : mean / Y.length;
  let ssRes = 0;
  let ssTot = 0;
  for (let i = 0; i < Y.length; i++) {
    ssRes += (Y[i]! - P[i]!) ** 2;
    ssTot += (Y[i]! - mean) ** 2;
  }
  if (ssTot === 0) return ssRes === 0 ? 1 : 0;
  return 1 - ssRes / ssTot;
}
