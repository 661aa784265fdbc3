import type { XY } from './datasets';
import { createNumpyRandom, validateSeed } from './random';
import { nonNegativeNumber, positiveInteger } from './validate';

/**
 * The true curves of `curveData`, on x ∈ [−1, 1]:
 * - `'sine'`: y = sin(πx), one full period (the shape of Bishop's sin(2πx) on [0, 1]).
 * - `'cubic'`: y = 4x³ − 3x (Chebyshev's T₃): stays in [−1, 1], crosses zero at
 *   0 and ±√3/2, and no polynomial of lower degree comes close.
 */
export type CurveFunction = 'sine' | 'cubic';

/** Options of `curveData`. */
export interface CurveDataOptions {
  /** Number of points, a positive integer. */
  n: number;
  /** Standard deviation of the Gaussian noise, ≥ 0. */
  noise: number;
  /** An integer in [0, 2³² − 1], as `np.random.seed` takes. */
  seed: number;
  /** Which curve (see `CurveFunction`). */
  fn: CurveFunction;
}

/** y = f(x) for the named curve, without noise (for drawing the truth). */
export function curveValue(fn: CurveFunction, x: number): number {
  if (fn === 'sine') return Math.sin(Math.PI * x);
  if (fn === 'cubic') return 4 * x * x * x - 3 * x;
  throw new RangeError(`invalid fn; expected 'sine' or 'cubic', got ${String(fn)}`);
}

/**
 * A seeded noisy curve for overfitting demos: x = uniform(−1, 1, n), then
 * noise = normal(0, noise, n), y = f(x) + noise, drawn exactly as NumPy does
 * after `np.random.seed(seed)` (all x first, then all noise, like the other
 * generators). The x are in draw order, not sorted.
 */
export function curveData(options: CurveDataOptions): XY {
  if (options == null || typeof options !== 'object') throw new TypeError(`invalid options; expected { n, noise, seed, fn }, got ${String(options)}`);
  const n = positiveInteger(options.n, 'n');
  const noise = nonNegativeNumber(options.noise, 'noise');
  curveValue(options.fn, 0);
  const random = createNumpyRandom(validateSeed(options.seed));
  const x = random.uniform(-1, 1, n);
  const e = random.normal(0, noise, n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) y[i] = curveValue(options.fn, x[i]!) + e[i]!;
  return { x, y };
}
