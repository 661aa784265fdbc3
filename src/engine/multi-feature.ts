/**
 * Data with several features, and what fitting it costs. The generator draws features and noise
 * from NumPy's legacy generator (`X = rng.normal(0, 1, (n, d))`, then `noise = rng.normal(0, σ, n)`),
 * so a NumPy script with the same seed gets the same numbers.
 */
import { createNumpyRandom, validateSeed } from './random';

export interface MultiFeatureOptions {
  n: number;
  weights: readonly number[];
  intercept: number;
  noise: number;
  seed: number;
}

/** A seeded linear data set with d = weights.length standard-normal features: rows X[i] and targets y. */
export function multiFeatureData(options: MultiFeatureOptions): { X: Float64Array[]; y: Float64Array } {
  const { n, weights, intercept, noise } = options;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`invalid n; expected a positive integer, got ${n}`);
  if (weights.length < 1 || !weights.every(Number.isFinite)) throw new RangeError('invalid weights; expected at least one finite number');
  if (!Number.isFinite(intercept)) throw new RangeError(`invalid intercept; expected a finite number, got ${intercept}`);
  if (!(noise >= 0) || !Number.isFinite(noise)) throw new RangeError(`invalid noise; expected a finite number ≥ 0, got ${noise}`);
  const rng = createNumpyRandom(validateSeed(options.seed));
  const d = weights.length;
  const flat = rng.normal(0, 1, n * d);
  const eps = rng.normal(0, noise, n);
  const X: Float64Array[] = [];
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = flat.slice(i * d, i * d + d);
    X.push(row);
    let s = intercept;
    for (let j = 0; j < d; j++) s += weights[j]! * row[j]!;
    y[i] = s + eps[i]!;
  }
  return { X, y };
}

/**
 * Floating-point multiply-adds of the two ways to fit d weights (plus an intercept) to n rows:
 * the normal equations (form XᵀX: n·d², solve: d³/3) and `steps` steps of batch descent (two
 * passes over X per step: 2·n·d each).
 */
export function fitOperationCounts(n: number, d: number, steps: number): { closedForm: number; descent: number } {
  const m = d + 1;
  return { closedForm: n * m * m + (m * m * m) / 3, descent: steps * 2 * n * m };
}
