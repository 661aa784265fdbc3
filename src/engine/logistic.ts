import { checkConvention, l2Coefficient, l2Value, type CrossEntropyConvention } from './conventions';
import { checkParams, fromTheta, linearScores, packFeatures, toDesign, toTheta, type Design } from './design';
import type { Dataset, Features, Params } from './types';

/**
 * The logistic function 1/(1 + e^(−z)), computed without overflow: for
 * z ≥ 0 as 1/(1 + e^(−z)) (the sources' formula), for z < 0 as e^z/(1 + e^z).
 * It is exactly 0 only for z below about −745 and exactly 1 only for z above
 * about 37, where a double cannot hold anything else. NaN gives NaN.
 */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

function checkLabels(design: Design): void {
  for (let i = 0; i < design.n; i++) {
    const v = design.y[i]!;
    if (v < 0 || v > 1) throw new RangeError(`invalid y[${i}]; expected a label in [0, 1], got ${v}`);
  }
}

/** Checks labels for the cross-entropy functions. Internal. */
export function toLogisticDesign(data: Dataset): Design {
  const design = toDesign(data);
  checkLabels(design);
  return design;
}

/** Fills `out` with p = σ(Xw + b). Internal. */
export function probabilitiesAt(design: Design, theta: ArrayLike<number>, out: Float64Array): Float64Array {
  linearScores(design, theta, out);
  for (let i = 0; i < design.n; i++) out[i] = sigmoid(out[i]!);
  return out;
}

/** The cross-entropy at θ; `scratch` receives the probabilities p. Internal. */
export function crossEntropyLossAt(design: Design, theta: ArrayLike<number>, convention: CrossEntropyConvention, scratch: Float64Array): number {
  const { n, y } = design;
  const eps = convention.eps;
  probabilitiesAt(design, theta, scratch);
  let s = 0;
  for (let i = 0; i < n; i++) {
    const p = scratch[i]!;
    const t = y[i]!;
    // Same placement as 004: log(p + ε) and log((1 − p) + ε). A hard label weighs one of the two
    // logarithms by 0; it is left uncomputed when it is finite, which changes no bit of the sum
    // (and halves the logarithms of a run), but still computed where 0 × −∞ must give NaN.
    const a = t === 0 && p + eps > 0 ? 0 : t * Math.log(p + eps);
    const b = t === 1 && 1 - p + eps > 0 ? 0 : (1 - t) * Math.log(1 - p + eps);
    s += a + b;
  }
  return -(s / n) + l2Value(convention.l2, theta, design.d, n);
}

/** Writes Xᵀ(p − y)/n + L2 term into `out`, given p in `scratch`. Internal. */
export function crossEntropyGradientFrom(design: Design, theta: ArrayLike<number>, convention: CrossEntropyConvention, scratch: Float64Array, out: Float64Array): Float64Array {
  const { n, d, X, y } = design;
  out.fill(0);
  for (let i = 0; i < n; i++) {
    const e = scratch[i]! - y[i]!;
    const row = i * d;
    for (let j = 0; j < d; j++) out[j]! += X[row + j]! * e;
    out[d]! += e;
  }
  for (let j = 0; j <= d; j++) out[j] = out[j]! / n;
  const c = l2Coefficient(convention.l2, n);
  if (c !== 0) {
    for (let j = 0; j < d; j++) out[j]! += c * theta[j]!;
    if (convention.l2.penalizeBias) out[d]! += c * theta[d]!;
  }
  return out;
}

/**
 * Binary cross-entropy of `params` on `data` (labels in [0, 1]) in the
 * convention: −mean(y·log(p+ε) + (1−y)·log((1−p)+ε)) with p = σ(Xw + b),
 * plus the convention's L2 penalty (004: ½λ(w·w + b²)). With ε > 0 the
 * loss stays finite even for separable classes and huge weights. With the
 * ε terms it can dip a hair below 0 (by at most about ε) when every
 * probability is exactly right.
 */
export function crossEntropyLoss(data: Dataset, params: Params, convention: CrossEntropyConvention): number {
  checkConvention(convention);
  const design = toLogisticDesign(data);
  checkParams(params, design.d);
  return crossEntropyLossAt(design, toTheta(params), convention, new Float64Array(design.n));
}

/**
 * The gradient 004 uses, shaped like Params: w = Xᵀ(p − y)/n, b = Σ(p − y)/n,
 * plus the L2 term (λ·w, and λ·b when the bias is penalised, for
 * `'absolute'`; λ/n times them for `'per-sample'`). It is the exact
 * gradient of the loss without ε; ε changes the true gradient only where
 * some p is within about 1e-13 of 0 or 1.
 */
export function crossEntropyGradient(data: Dataset, params: Params, convention: CrossEntropyConvention): Params {
  checkConvention(convention);
  const design = toLogisticDesign(data);
  checkParams(params, design.d);
  const theta = toTheta(params);
  const scratch = new Float64Array(design.n);
  probabilitiesAt(design, theta, scratch);
  return fromTheta(crossEntropyGradientFrom(design, theta, convention, scratch, new Float64Array(design.d + 1)));
}

/** p = σ(Xw + b) for every row of `x`, the model's probability of class 1. Returns a new Float64Array. */
export function predictProbability(x: Features, params: Params): Float64Array {
  const { n, d, X } = packFeatures(x);
  checkParams(params, d);
  return probabilitiesAt({ n, d, X, y: new Float64Array(0) }, toTheta(params), new Float64Array(n));
}

/**
 * The fraction of points whose predicted class matches the label, where the
 * predicted class is 1 when σ(Xw + b) ≥ threshold (default 0.5) and a
 * label counts as class 1 when it is ≥ 0.5.
 */
export function accuracy(data: Dataset, params: Params, threshold = 0.5): number {
  const design = toLogisticDesign(data);
  checkParams(params, design.d);
  if (!(threshold >= 0 && threshold <= 1)) throw new RangeError(`invalid threshold; expected a number in [0, 1], got ${threshold}`);
  const p = probabilitiesAt(design, toTheta(params), new Float64Array(design.n));
  let right = 0;
  for (let i = 0; i < design.n; i++) if (p[i]! >= threshold === design.y[i]! >= 0.5) right++;
  return right / design.n;
}
