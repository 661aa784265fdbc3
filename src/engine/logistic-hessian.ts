/**
 * The curvature of the cross-entropy loss. Unlike squared error it changes from place to place:
 * H(θ) = (1/n) Σ σ(zᵢ)(1 − σ(zᵢ)) x̃ᵢ x̃ᵢᵀ plus the L2 term, with x̃ᵢ = (xᵢ, 1). Each point weighs in
 * with σ(1 − σ) ≤ ¼, largest where the model is unsure and tiny where it is confident — which is why
 * a learning rate far above the worst-case limit can still settle near the optimum.
 */
import { checkConvention, l2Coefficient, type CrossEntropyConvention } from './conventions';
import { checkParams } from './design';
import { symmetricEigenvalues } from './linalg';
import { sigmoid, toLogisticDesign } from './logistic';
import type { Dataset, Params } from './types';

export interface CrossEntropyCurvature {
  /** (d+1) × (d+1) Hessian at the given parameters, ordered w₀ … w_{d−1}, b. */
  matrix: number[][];
  /** Its eigenvalues, ascending. */
  eigenvalues: number[];
  lambdaMax: number;
  /** 2/λmax: the largest learning rate for which descent is stable near these parameters. */
  localStabilityLimit: number;
}

function curvature(data: Dataset, weightOf: (z: number) => number, convention: CrossEntropyConvention, params: Params | null): CrossEntropyCurvature {
  checkConvention(convention);
  const { n, d, X } = toLogisticDesign(data);
  if (params) checkParams(params, d);
  const m = d + 1;
  const H = new Float64Array(m * m);
  for (let i = 0; i < n; i++) {
    let z = params ? params.b : 0;
    if (params) for (let j = 0; j < d; j++) z += params.w[j]! * X[i * d + j]!;
    const weight = weightOf(z);
    for (let j = 0; j < m; j++) {
      const xj = j < d ? X[i * d + j]! : 1;
      for (let k = 0; k <= j; k++) H[j * m + k]! += weight * xj * (k < d ? X[i * d + k]! : 1);
    }
  }
  const c = l2Coefficient(convention.l2, n);
  for (let j = 0; j < m; j++) {
    for (let k = 0; k <= j; k++) {
      H[j * m + k] = H[j * m + k]! / n;
      H[k * m + j] = H[j * m + k]!;
    }
    if (j < d || convention.l2.penalizeBias) H[j * m + j]! += c;
  }
  const eigenvalues = symmetricEigenvalues(H, m);
  const lambdaMax = eigenvalues[m - 1]!;
  return {
    matrix: Array.from({ length: m }, (_, j) => Array.from(H.subarray(j * m, j * m + m))),
    eigenvalues,
    lambdaMax,
    localStabilityLimit: lambdaMax > 0 ? 2 / lambdaMax : Infinity,
  };
}

/** The cross-entropy Hessian at `params` (ε ignored: it changes nothing where p is not within 1e-13 of 0 or 1). */
export function crossEntropyHessian(data: Dataset, params: Params, convention: CrossEntropyConvention): CrossEntropyCurvature {
  return curvature(data, (z) => {
    const p = sigmoid(z);
    return p * (1 - p);
  }, convention, params);
}

/**
 * The largest curvature the cross-entropy can have anywhere: every point at its most unsure,
 * σ(1 − σ) = ¼. A learning rate below its 2/λmax is safe from any start.
 */
export function crossEntropyCurvatureBound(data: Dataset, convention: CrossEntropyConvention): CrossEntropyCurvature {
  return curvature(data, () => 0.25, convention, null);
}
