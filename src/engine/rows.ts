import type { Vector } from './types';

/**
 * One-feature rows [[x₀], [x₁], …] from a flat list — the 2-D shape NumPy's
 * `X.reshape(-1, 1)` gives. Every function here also accepts the flat list
 * directly as a single feature.
 */
export function rowsFrom1D(x: Vector): number[][] {
  return Array.from({ length: x.length }, (_, i) => [x[i]!]);
}
