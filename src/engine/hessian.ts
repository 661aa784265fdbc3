import { checkConvention, l2Coefficient, type SquaredErrorConvention } from './conventions';
import { toDesign } from './design';
import { symmetricEigenvalues } from './linalg';
import type { Dataset } from './types';

/** The constant curvature of a squared-error objective and what it implies for descent. */
export interface SquaredErrorHessian {
  /** (d+1) × (d+1) symmetric matrix, rows and columns ordered w₀ … w_{d−1}, b. */
  matrix: number[][];
  /** Its eigenvalues, ascending. */
  eigenvalues: number[];
  /** The largest eigenvalue λmax. */
  lambdaMax: number;
  /**
   * 2/λmax: descent with this convention's gradient converges for learning
   * rates strictly between 0 and this, and diverges above it (Infinity when λmax = 0).
   */
  stabilityLimit: number;
}

/**
 * The Jacobian of the convention's squared-error gradient, which does not
 * depend on the parameters: (gradientFactor/n)·[XᵀX, Xᵀ1; 1ᵀX, n] plus the
 * L2 coefficient (λ/n or λ) on the penalised diagonal entries. It is the
 * Hessian of the loss when the gradient is exact (all presets but 002, for
 * which it is half the Hessian — the matrix that governs 002's descent).
 */
export function squaredErrorHessian(data: Dataset, convention: SquaredErrorConvention): SquaredErrorHessian {
  checkConvention(convention);
  const { n, d, X } = toDesign(data);
  const m = d + 1;
  const H = new Float64Array(m * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const xj = j < d ? X[i * d + j]! : 1;
      for (let k = 0; k <= j; k++) H[j * m + k]! += xj * (k < d ? X[i * d + k]! : 1);
    }
  }
  const scale = convention.gradientFactor / n;
  const c = l2Coefficient(convention.l2, n);
  for (let j = 0; j < m; j++) {
    for (let k = 0; k <= j; k++) {
      H[j * m + k] = scale * H[j * m + k]!;
      H[k * m + j] = H[j * m + k]!;
    }
    if (j < d || convention.l2.penalizeBias) H[j * m + j]! += c;
  }
  const eigenvalues = symmetricEigenvalues(H, m);
  const lambdaMax = eigenvalues[m - 1]!;
  const matrix = Array.from({ length: m }, (_, j) => Array.from(H.subarray(j * m, j * m + m)));
  return { matrix, eigenvalues, lambdaMax, stabilityLimit: lambdaMax > 0 ? 2 / lambdaMax : Infinity };
}

/** 2/λmax of `squaredErrorHessian(data, convention)`: the largest learning rate that does not diverge. */
export function stabilityLimit(data: Dataset, convention: SquaredErrorConvention): number {
  return squaredErrorHessian(data, convention).stabilityLimit;
}
