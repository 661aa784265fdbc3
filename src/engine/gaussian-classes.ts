import { createNumpyRandom, validateSeed } from './random';
import type { XY } from './datasets';
import { finiteNumber, nonNegativeNumber, positiveInteger } from './validate';

/** One Gaussian cluster of a class: n draws of N(mean, sd²). */
export interface GaussianComponent {
  mean: number;
  sd: number;
  n: number;
}

/** Options of a two-class 1-D data set built from Gaussian clusters. */
export interface GaussianClassesOptions {
  /** An integer in [0, 2³² − 1], as `np.random.seed` takes. */
  seed: number;
  /** Clusters labelled 1, drawn first, in order. */
  positive: readonly GaussianComponent[];
  /** Clusters labelled 0, drawn after the positive ones, in order. */
  negative: readonly GaussianComponent[];
}

/** 004's one-mode data set: seed 0; class 1 is N(1, 1) × 50, class 0 is N(−1, 1) × 50. */
export const SOURCE_004_ONE_MODE: Readonly<GaussianClassesOptions> = Object.freeze({
  seed: 0,
  positive: Object.freeze([Object.freeze({ mean: 1, sd: 1, n: 50 })]),
  negative: Object.freeze([Object.freeze({ mean: -1, sd: 1, n: 50 })]),
});

/** 004's two-mode data set: seed 0; class 1 is N(1, 0.25²) × 50 then N(5, 0.25²) × 50, class 0 is N(−1, 0.5²) × 50. */
export const SOURCE_004_TWO_MODE: Readonly<GaussianClassesOptions> = Object.freeze({
  seed: 0,
  positive: Object.freeze([Object.freeze({ mean: 1, sd: 0.25, n: 50 }), Object.freeze({ mean: 5, sd: 0.25, n: 50 })]),
  negative: Object.freeze([Object.freeze({ mean: -1, sd: 0.5, n: 50 })]),
});

function checkComponents(list: readonly GaussianComponent[], name: string): void {
  if (!Array.isArray(list)) throw new TypeError(`invalid ${name}; expected an array of { mean, sd, n }, got ${String(list)}`);
  list.forEach((c, i) => {
    finiteNumber(c?.mean, `${name}[${i}].mean`);
    nonNegativeNumber(c?.sd, `${name}[${i}].sd`);
    positiveInteger(c?.n, `${name}[${i}].n`);
  });
}

/**
 * Two classes of 1-D points, each a list of Gaussian clusters, drawn with
 * NumPy's legacy `normal(mean, sd, n)` after `np.random.seed(seed)`: the
 * positive clusters in order, then the negative ones, exactly as 004 does.
 * Returns x (positives first) and labels y (1 for positive, then 0).
 */
export function gaussianClasses(options: GaussianClassesOptions): XY {
  if (options == null || typeof options !== 'object') {
    throw new TypeError(`invalid options; expected { seed, positive, negative }, got ${String(options)}`);
  }
  const random = createNumpyRandom(validateSeed(options.seed));
  checkComponents(options.positive, 'positive');
  checkComponents(options.negative, 'negative');
  const parts = [...options.positive.map((c) => ({ c, label: 1 })), ...options.negative.map((c) => ({ c, label: 0 }))];
  const total = parts.reduce((s, p) => s + p.c.n, 0);
  if (total === 0) throw new RangeError('invalid options; expected at least one component, got none');
  const x = new Float64Array(total);
  const y = new Float64Array(total);
  let at = 0;
  for (const { c, label } of parts) {
    x.set(random.normal(c.mean, c.sd, c.n), at);
    y.fill(label, at, at + c.n);
    at += c.n;
  }
  return { x, y };
}

/** 004's one-mode data set (see `SOURCE_004_ONE_MODE`). */
export function sourceLogisticOneMode(): XY {
  return gaussianClasses(SOURCE_004_ONE_MODE);
}

/** 004's two-mode data set (see `SOURCE_004_TWO_MODE`). */
export function sourceLogisticTwoMode(): XY {
  return gaussianClasses(SOURCE_004_TWO_MODE);
}
