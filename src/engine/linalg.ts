/**
 * Small dense linear algebra for the normal equations and the Hessian:
 * matrices are row-major Float64Arrays of size m × m. Internal except for
 * `SingularSystemError`.
 */

/** Thrown when normal equations have no unique solution (e.g. all x equal and no ridge penalty). */
export class SingularSystemError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SingularSystemError';
  }
}

/**
 * Solves A·x = rhs for symmetric positive (semi)definite A by Cholesky.
 * `pivotFloor[k]` is the smallest pivot accepted for row k; below it the
 * system is treated as singular and `onSingular(k)` decides the error.
 */
export function choleskySolve(A: Float64Array, rhs: Float64Array, m: number, pivotFloor: ArrayLike<number>, onSingular: (k: number) => Error): Float64Array {
  const L = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i * m + j]!;
      for (let k = 0; k < j; k++) s -= L[i * m + k]! * L[j * m + k]!;
      if (i === j) {
        if (!(s > pivotFloor[i]!)) throw onSingular(i);
        L[i * m + i] = Math.sqrt(s);
      } else {
        L[i * m + j] = s / L[j * m + j]!;
      }
    }
  }
  const z = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let s = rhs[i]!;
    for (let k = 0; k < i; k++) s -= L[i * m + k]! * z[k]!;
    z[i] = s / L[i * m + i]!;
  }
  const x = new Float64Array(m);
  for (let i = m - 1; i >= 0; i--) {
    let s = z[i]!;
    for (let k = i + 1; k < m; k++) s -= L[k * m + i]! * x[k]!;
    x[i] = s / L[i * m + i]!;
  }
  return x;
}

/**
 * The eigenvalues of a symmetric m × m matrix, ascending, by cyclic Jacobi
 * rotations (accurate to rounding for the tiny matrices used here).
 */
export function symmetricEigenvalues(matrix: Float64Array, m: number): number[] {
  const A = Float64Array.from(matrix);
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < m; p++) for (let q = p + 1; q < m; q++) off += A[p * m + q]! ** 2;
    if (off === 0) break;
    for (let p = 0; p < m; p++) {
      for (let q = p + 1; q < m; q++) {
        const apq = A[p * m + q]!;
        if (apq === 0) continue;
        const app = A[p * m + p]!;
        const aqq = A[q * m + q]!;
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < m; k++) {
          const akp = A[k * m + p]!;
          const akq = A[k * m + q]!;
          A[k * m + p] = c * akp - s * akq;
          A[k * m + q] = s * akp + c * akq;
        }
        for (let k = 0; k < m; k++) {
          const apk = A[p * m + k]!;
          const aqk = A[q * m + k]!;
          A[p * m + k] = c * apk - s * aqk;
          A[q * m + k] = s * apk + c * aqk;
        }
        A[p * m + q] = 0;
        A[q * m + p] = 0;
      }
    }
  }
  const values: number[] = [];
  for (let i = 0; i < m; i++) values.push(A[i * m + i]!);
  return values.sort((a, b) => a - b);
}
