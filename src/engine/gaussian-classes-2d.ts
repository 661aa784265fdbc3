/**
 * Two classes of points in the plane, each a list of round Gaussian clusters — the two-feature
 * counterpart of `gaussianClasses`, for decision boundaries.
 */
import { createNumpyRandom, validateSeed } from './random';
import { finiteNumber, nonNegativeNumber, positiveInteger } from './validate';

export interface GaussianCluster2D {
  /** The cluster's centre (x₁, x₂). */
  readonly mean: readonly [number, number];
  /** Standard deviation along each axis. */
  readonly sd: number;
  readonly n: number;
}

export interface GaussianClasses2DOptions {
  readonly seed: number;
  readonly positive: readonly GaussianCluster2D[];
  readonly negative: readonly GaussianCluster2D[];
}

/** Points as rows [x₁, x₂] with labels: 1 for the positive clusters (first), then 0. */
export interface LabelledRows {
  readonly X: number[][];
  readonly y: Float64Array;
}

function check(list: readonly GaussianCluster2D[], name: string): void {
  if (!Array.isArray(list)) throw new TypeError(`invalid ${name}; expected an array of { mean, sd, n }, got ${String(list)}`);
  list.forEach((c, i) => {
    if (!Array.isArray(c?.mean) || c.mean.length !== 2) throw new RangeError(`invalid ${name}[${i}].mean; expected [x1, x2], got ${String(c?.mean)}`);
    finiteNumber(c.mean[0], `${name}[${i}].mean[0]`);
    finiteNumber(c.mean[1], `${name}[${i}].mean[1]`);
    nonNegativeNumber(c.sd, `${name}[${i}].sd`);
    positiveInteger(c.n, `${name}[${i}].n`);
  });
}

/**
 * Draws each cluster as NumPy's `np.random.normal(loc=mean, scale=sd, size=(n, 2))` would after
 * `np.random.seed(seed)` — row by row, x₁ then x₂ — positives first, then negatives.
 */
export function gaussianClasses2D(options: GaussianClasses2DOptions): LabelledRows {
  const random = createNumpyRandom(validateSeed(options?.seed));
  check(options.positive, 'positive');
  check(options.negative, 'negative');
  const X: number[][] = [];
  const labels: number[] = [];
  for (const [list, label] of [[options.positive, 1], [options.negative, 0]] as const) {
    for (const c of list) {
      const draws = random.normal(0, 1, 2 * c.n);
      for (let i = 0; i < c.n; i++) {
        X.push([c.mean[0] + c.sd * draws[2 * i]!, c.mean[1] + c.sd * draws[2 * i + 1]!]);
        labels.push(label);
      }
    }
  }
  if (X.length === 0) throw new RangeError('invalid options; expected at least one cluster, got none');
  return { X, y: Float64Array.from(labels) };
}
