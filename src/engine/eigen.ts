/**
 * The eigen-decomposition of a small symmetric matrix by cyclic Jacobi
 * rotations. Internal: linalg.ts has the eigenvalues alone; the quadratic
 * bowls also need the directions.
 */

/** Eigenvalues ascending, with vectors[i] the unit eigenvector of values[i]. */
export interface SymmetricEigen {
  values: number[];
  vectors: number[][];
}

/** Eigenvalues and unit eigenvectors of the symmetric m × m row-major `matrix`, eigenvalues ascending. */
export function symmetricEigen(matrix: ArrayLike<number>, m: number): SymmetricEigen {
  const A = Float64Array.from(matrix);
  // V accumulates the rotations; its columns end up as the eigenvectors.
  const V = new Float64Array(m * m);
  for (let i = 0; i < m; i++) V[i * m + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < m; p++) for (let q = p + 1; q < m; q++) off += A[p * m + q]! ** 2;
    if (off === 0) break;
    for (let p = 0; p < m; p++) {
      for (let q = p + 1; q < m; q++) {
        const apq = A[p * m + q]!;
        if (apq === 0) continue;
        const theta = (A[q * m + q]! - A[p * m + p]!) / (2 * apq);
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
        for (let k = 0; k < m; k++) {
          const vkp = V[k * m + p]!;
          const vkq = V[k * m + q]!;
          V[k * m + p] = c * vkp - s * vkq;
          V[k * m + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: m }, (_, i) => i).sort((a, b) => A[a * m + a]! - A[b * m + b]!);
  return {
    values: order.map((i) => A[i * m + i]!),
    vectors: order.map((i) => Array.from({ length: m }, (_, k) => V[k * m + i]!)),
  };
}
