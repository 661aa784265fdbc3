import { createNumpyRandom, validateSeed, type NumpyRandom } from './random';
import { finiteNumber, nonNegativeNumber, positiveInteger } from './validate';

/** Options of a noisy line y = slope·x + intercept + N(0, noise²). */
export interface LinearDataOptions {
  /** Number of points, a positive integer. */
  n: number;
  /** x range: uniform draws in [xMin, xMax) (or evenly spaced, see `linearDataEvenlySpaced`). */
  xMin: number;
  xMax: number;
  slope: number;
  intercept: number;
  /** Standard deviation of the Gaussian noise, ≥ 0. */
  noise: number;
  /** An integer in [0, 2³² − 1], as `np.random.seed` takes. */
  seed: number;
}

/** A 1-D data set: one feature per point. */
export interface XY {
  x: Float64Array;
  y: Float64Array;
}

/** 000's `generate_data()` after `np.random.seed(42)`: 100 points of 2.5x + 1 on [−3, 3), noise σ = 0.2. */
export const SOURCE_000_DATA: Readonly<LinearDataOptions> = Object.freeze({
  n: 100, xMin: -3, xMax: 3, slope: 2.5, intercept: 1, noise: 0.2, seed: 42,
});

/**
 * The clean part of 000's regularization experiment: 80 points of 2.5x + 1
 * on [−3, 3), noise σ = 0.3. In 000 these draws continue the global stream;
 * this preset reseeds with 42 instead (use `linearDataFrom` with a shared
 * generator to continue a stream). Add `SOURCE_000_OUTLIERS` with `withPoints`.
 */
export const SOURCE_000_REGULARIZATION_DATA: Readonly<LinearDataOptions> = Object.freeze({
  n: 80, xMin: -3, xMax: 3, slope: 2.5, intercept: 1, noise: 0.3, seed: 42,
});

/** The four outliers 000 appends in its regularization experiment. */
export const SOURCE_000_OUTLIERS: Readonly<{ x: readonly number[]; y: readonly number[] }> = Object.freeze({
  x: Object.freeze([-2.5, -1.5, 1.5, 2.5]),
  y: Object.freeze([8, -3, -4, 9]),
});

/**
 * 002's data: 20 evenly spaced x on [0, 5], y = 2x + 1 + N(0, 0.8²). 002
 * never seeds NumPy, so its exact draws are unknown; seed 0 is our choice.
 */
export const SOURCE_002_DATA: Readonly<LinearDataOptions> = Object.freeze({
  n: 20, xMin: 0, xMax: 5, slope: 2, intercept: 1, noise: 0.8, seed: 0,
});

/** 003's exercise 1 after `np.random.seed(42)`: 100 points of 1.5x + 2 on [−5, 5), noise σ = 1.5. */
export const SOURCE_003_DATA: Readonly<LinearDataOptions> = Object.freeze({
  n: 100, xMin: -5, xMax: 5, slope: 1.5, intercept: 2, noise: 1.5, seed: 42,
});

function checkLinearOptions(options: Omit<LinearDataOptions, 'seed'>): void {
  if (options == null || typeof options !== 'object') {
    throw new TypeError(`invalid options; expected { n, xMin, xMax, slope, intercept, noise, seed }, got ${String(options)}`);
  }
  positiveInteger(options.n, 'n');
  finiteNumber(options.xMin, 'xMin');
  finiteNumber(options.xMax, 'xMax');
  if (!(options.xMin < options.xMax)) {
    throw new RangeError(`invalid xMax; expected a number greater than xMin (${options.xMin}), got ${options.xMax}`);
  }
  finiteNumber(options.slope, 'slope');
  finiteNumber(options.intercept, 'intercept');
  nonNegativeNumber(options.noise, 'noise');
}

function lineThrough(x: Float64Array, noise: Float64Array, slope: number, intercept: number): XY {
  const y = new Float64Array(x.length);
  // Same operation order as the sources: slope·x + intercept, then + noise.
  for (let i = 0; i < x.length; i++) y[i] = slope * x[i]! + intercept + noise[i]!;
  return { x, y };
}

/**
 * A noisy line drawn from an existing generator: all n x's with
 * `uniform(xMin, xMax, n)` first, then all n noise values with
 * `normal(0, noise, n)` — the order of 000's `generate_data` and 003's
 * exercise 1. Use it to continue one stream across several data sets.
 */
export function linearDataFrom(random: NumpyRandom, options: Omit<LinearDataOptions, 'seed'>): XY {
  checkLinearOptions(options);
  const x = random.uniform(options.xMin, options.xMax, options.n);
  const noise = random.normal(0, options.noise, options.n);
  return lineThrough(x, noise, options.slope, options.intercept);
}

/**
 * A seeded noisy line y = slope·x + intercept + N(0, noise²) with x uniform
 * on [xMin, xMax), drawn exactly as NumPy does after `np.random.seed(seed)`.
 * `linearData(SOURCE_000_DATA)` is 000's data; `linearData(SOURCE_003_DATA)` is 003's.
 */
export function linearData(options: LinearDataOptions): XY {
  checkLinearOptions(options);
  return linearDataFrom(createNumpyRandom(validateSeed(options.seed)), options);
}

/** n evenly spaced numbers from start to stop inclusive, computed as `np.linspace` does. */
export function linspace(start: number, stop: number, n: number): Float64Array {
  finiteNumber(start, 'start');
  finiteNumber(stop, 'stop');
  positiveInteger(n, 'n');
  const out = new Float64Array(n);
  if (n === 1) {
    out[0] = start;
    return out;
  }
  const step = (stop - start) / (n - 1);
  for (let i = 0; i < n; i++) out[i] = i * step + start;
  out[n - 1] = stop;
  return out;
}

/**
 * A seeded noisy line with x = linspace(xMin, xMax, n) and the noise drawn
 * with `normal(0, noise, n)` after seeding — 002's construction.
 */
export function linearDataEvenlySpaced(options: LinearDataOptions): XY {
  checkLinearOptions(options);
  const random = createNumpyRandom(validateSeed(options.seed));
  const x = linspace(options.xMin, options.xMax, options.n);
  return lineThrough(x, random.normal(0, options.noise, options.n), options.slope, options.intercept);
}

/** A copy of a 1-D data set with extra points appended (000 appends outliers this way). */
export function withPoints(data: { x: ArrayLike<number>; y: ArrayLike<number> }, extra: { x: ArrayLike<number>; y: ArrayLike<number> }): XY {
  if (data.x.length !== data.y.length) {
    throw new RangeError(`invalid data; expected x and y of equal length, got ${data.x.length} and ${data.y.length}`);
  }
  if (extra.x.length !== extra.y.length) {
    throw new RangeError(`invalid extra; expected x and y of equal length, got ${extra.x.length} and ${extra.y.length}`);
  }
  const n = data.x.length;
  const m = extra.x.length;
  const x = new Float64Array(n + m);
  const y = new Float64Array(n + m);
  for (let i = 0; i < n; i++) {
    x[i] = data.x[i]!;
    y[i] = data.y[i]!;
  }
  for (let i = 0; i < m; i++) {
    x[n + i] = finiteNumber(extra.x[i], `extra.x[${i}]`);
    y[n + i] = finiteNumber(extra.y[i], `extra.y[${i}]`);
  }
  return { x, y };
}
