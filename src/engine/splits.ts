import { permutation } from './permutation';
import { positiveInteger } from './validate';

/** A split of the indices 0 … n−1 into two disjoint sets. */
export interface TrainValidationSplit {
  train: number[];
  validation: number[];
}

/**
 * A random split of 0 … n−1: the first ⌈fraction·n⌉ entries of
 * `permutation(n, seed)` validate, the rest train (both lists in that
 * permuted order) — the arithmetic of scikit-learn's `ShuffleSplit`, hence
 * `train_test_split(test_size=fraction, random_state=seed)`. fraction is
 * in (0, 1) and must leave at least one point on each side.
 */
export function trainValidationSplit(n: number, fraction: number, seed: number): TrainValidationSplit {
  positiveInteger(n, 'n');
  if (typeof fraction !== 'number' || !(fraction > 0 && fraction < 1)) {
    throw new RangeError(`invalid fraction; expected a number in (0, 1), got ${String(fraction)}`);
  }
  const size = Math.ceil(fraction * n);
  if (size >= n) {
    throw new RangeError(`invalid fraction; expected one that leaves at least one of the ${n} points for training, got ${fraction} (validation would take ${size})`);
  }
  const order = permutation(n, seed);
  return { validation: order.slice(0, size), train: order.slice(size) };
}

/**
 * k folds of 0 … n−1 for cross-validation: `permutation(n, seed)` cut into k
 * consecutive runs, the first n mod k of them one longer (sizes ⌊n/k⌋ + 1,
 * then ⌊n/k⌋, so they differ by at most 1), each fold sorted ascending —
 * the folds of scikit-learn's `KFold(k, shuffle=True, random_state=seed)`.
 * With `shuffle: false` the runs are cut from 0 … n−1 in order. 2 ≤ k ≤ n.
 */
export function kFolds(n: number, k: number, seed: number, options: { shuffle?: boolean } = {}): number[][] {
  positiveInteger(n, 'n');
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 2 || k > n) {
    throw new RangeError(`invalid k; expected an integer in [2, ${n}] (the number of points), got ${String(k)}`);
  }
  const shuffle = options.shuffle ?? true;
  const order = shuffle ? permutation(n, seed) : Array.from({ length: n }, (_, i) => i);
  const folds: number[][] = [];
  let start = 0;
  for (let f = 0; f < k; f++) {
    const size = Math.floor(n / k) + (f < n % k ? 1 : 0);
    folds.push(order.slice(start, start + size).sort((a, b) => a - b));
    start += size;
  }
  return folds;
}

/** The indices of 0 … n−1 not in `fold`, ascending: the training set that goes with a validation fold. */
export function complementOf(n: number, fold: readonly number[]): number[] {
  positiveInteger(n, 'n');
  const inFold = new Uint8Array(n);
  for (const i of fold) {
    if (!Number.isInteger(i) || i < 0 || i >= n) throw new RangeError(`invalid fold; expected indices in [0, ${n - 1}], got ${i}`);
    inFold[i] = 1;
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (!inFold[i]) out.push(i);
  return out;
}
