import { createNumpyRandom, validateSeed, type NumpyRandom } from './random';
import { nonNegativeInteger } from './validate';

/**
 * A uniform integer in [0, max] drawn as NumPy's legacy `random_interval`
 * does: mask the next 32-bit output down to the smallest all-ones mask ≥ max
 * and reject draws above max. Exact for max < 2³², which covers every index
 * a data set here can have. Internal.
 */
export function randomInterval(random: NumpyRandom, max: number): number {
  if (max === 0) return 0;
  let mask = max;
  mask |= mask >>> 1;
  mask |= mask >>> 2;
  mask |= mask >>> 4;
  mask |= mask >>> 8;
  mask |= mask >>> 16;
  mask >>>= 0;
  let value: number;
  do value = (random.nextUint32() & mask) >>> 0;
  while (value > max);
  return value;
}

/**
 * The numbers 0 … n−1 in a random order drawn from `random`, exactly as
 * NumPy's legacy `RandomState.permutation(n)` (= `shuffle(arange(n))`):
 * a Fisher–Yates shuffle from the end, swapping entry i with
 * `randomInterval(random, i)` for i = n−1 down to 1. Advances `random`.
 */
export function permutationFrom(random: NumpyRandom, n: number): number[] {
  nonNegativeInteger(n, 'n');
  const out = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = randomInterval(random, i);
    const t = out[i]!;
    out[i] = out[j]!;
    out[j] = t;
  }
  return out;
}

/**
 * The permutation of 0 … n−1 that `np.random.seed(seed); np.random.permutation(n)`
 * gives (NumPy's legacy generator, bit for bit).
 */
export function permutation(n: number, seed: number): number[] {
  return permutationFrom(createNumpyRandom(validateSeed(seed)), n);
}
