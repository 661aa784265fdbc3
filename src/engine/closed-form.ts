import { checkConvention, type SquaredErrorConvention } from './conventions';
import { fromTheta, toDesign, type Design } from './design';
import { choleskySolve, SingularSystemError } from './linalg';
import type { Dataset, Params } from './types';

// A pivot this small relative to its column means the column is (numerically) a combination of the others.
const COLLINEAR = 1e-12;
// A centred column this small relative to the raw one means the feature is constant up to rounding.
const CONSTANT = 1e-20;

function singular(k: number, d: number, constant: boolean): SingularSystemError {
  const which = d === 1 ? 'x' : `feature ${k}`;
  const why = constant ? `${which} takes a single value` : `${which} is a linear combination of the other features`;
  return new SingularSystemError(`singular normal equations; ${why}, so the weights are not determined (add an L2 penalty or more varied data)`);
}

/** (XcᵀXc + αI)w = Xcᵀyc on centred data, b = ȳ − x̄ᵀw: the unpenalised-intercept solve. */
function solveCentred(design: Design, alpha: number): Params {
  const { n, d, X, y } = design;
  const mean = new Float64Array(d);
  let yMean = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) mean[j]! += X[i * d + j]!;
    yMean += y[i]!;
  }
  for (let j = 0; j < d; j++) mean[j]! /= n;
  yMean /= n;
  const A = new Float64Array(d * d);
  const rhs = new Float64Array(d);
  const raw = new Float64Array(d);
  const row = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) {
      row[j] = X[i * d + j]! - mean[j]!;
      raw[j]! += X[i * d + j]! ** 2;
    }
    const yc = y[i]! - yMean;
    for (let j = 0; j < d; j++) {
      rhs[j]! += row[j]! * yc;
      for (let k = 0; k <= j; k++) A[j * d + k]! += row[j]! * row[k]!;
    }
  }
  for (let j = 0; j < d; j++) {
    for (let k = 0; k < j; k++) A[k * d + j] = A[j * d + k]!;
    A[j * d + j]! += alpha;
  }
  const floor = new Float64Array(d);
  const constant = new Array<boolean>(d);
  for (let j = 0; j < d; j++) {
    constant[j] = !(A[j * d + j]! > CONSTANT * (raw[j]! + alpha));
    floor[j] = constant[j] ? Infinity : COLLINEAR * A[j * d + j]!;
  }
  const w = choleskySolve(A, rhs, d, floor, (k) => singular(k, d, constant[k]!));
  let b = yMean;
  for (let j = 0; j < d; j++) b -= mean[j]! * w[j]!;
  return { w: Array.from(w), b };
}

/** (XᵀX + αI)θ = Xᵀy with a ones column for b, every parameter penalised (α > 0). */
function solveFull(design: Design, alpha: number): Params {
  const { n, d, X, y } = design;
  const m = d + 1;
  const A = new Float64Array(m * m);
  const rhs = new Float64Array(m);
  const row = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) row[j] = X[i * d + j]!;
    row[d] = 1;
    for (let j = 0; j < m; j++) {
      rhs[j]! += row[j]! * y[i]!;
      for (let k = 0; k < m; k++) A[j * m + k]! += row[j]! * row[k]!;
    }
  }
  for (let j = 0; j < m; j++) A[j * m + j]! += alpha;
  const floor = Array.from({ length: m }, (_, j) => COLLINEAR * A[j * m + j]!);
  return fromTheta(choleskySolve(A, rhs, m, floor, (k) => singular(Math.min(k, d - 1), d, false)));
}

function checkAlpha(alpha: unknown, name: string): number {
  if (typeof alpha !== 'number' || !Number.isFinite(alpha) || alpha < 0) {
    throw new RangeError(`invalid ${name}; expected a finite number ≥ 0, got ${String(alpha)}`);
  }
  return alpha;
}

/**
 * Ridge regression: the (w, b) minimising Σ(ŷ−y)² + λ·Σw² (+ λ·b² when
 * `penalizeBias`), from the normal equations (XᵀX + λI′)θ = Xᵀy — the sum,
 * not the mean, of squared errors. Throws `SingularSystemError` when the
 * minimiser is not unique (e.g. every x equal and λ = 0).
 */
export function ridge(data: Dataset, lambda: number, options: { penalizeBias?: boolean } = {}): Params {
  checkAlpha(lambda, 'lambda');
  const design = toDesign(data);
  return options.penalizeBias && lambda > 0 ? solveFull(design, lambda) : solveCentred(design, lambda);
}

/**
 * Ordinary least squares: the (w, b) minimising Σ(ŷ−y)² (the same point
 * minimises the mean and the half mean). Throws `SingularSystemError` when
 * it is not unique (every x equal, n = 1, or collinear features).
 */
export function leastSquares(data: Dataset): Params {
  return ridge(data, 0);
}

/**
 * The ridge strength α for which `ridge(data, α, { penalizeBias })` minimises
 * the convention's loss: α = n·c/k where c is the L2 gradient coefficient
 * (λ/n for `'per-sample'`, λ for `'absolute'`) and k is 2 for a `'mean'`
 * loss, 1 for `'half-mean'`. So per-sample: λ/2 (mean) or λ (half-mean);
 * absolute: nλ/2 (mean) or nλ (half-mean).
 */
export function ridgeAlphaFor(n: number, convention: SquaredErrorConvention): number {
  const { lambda, scale } = convention.l2;
  const perSample = scale === 'per-sample' ? lambda : n * lambda;
  return convention.loss === 'mean' ? perSample / 2 : perSample;
}

/**
 * The exact minimiser of the convention's squared-error loss (with its L2
 * penalty) on `data`. Descent in that convention converges here whenever it
 * converges at all, if its gradient is exact (gradientFactor 2 for 'mean',
 * 1 for 'half-mean') or λ = 0 — true of every preset. Throws
 * `SingularSystemError` when the minimiser is not unique.
 */
export function closedFormFor(data: Dataset, convention: SquaredErrorConvention): Params {
  checkConvention(convention);
  if (convention.kind !== 'squared-error') throw new RangeError(`invalid convention; expected a squared-error convention, got ${String(convention.kind)}`);
  const design = toDesign(data);
  const alpha = ridgeAlphaFor(design.n, convention);
  return convention.l2.penalizeBias && alpha > 0 ? solveFull(design, alpha) : solveCentred(design, alpha);
}
