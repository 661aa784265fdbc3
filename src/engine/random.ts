/**
 * An exact re-implementation of NumPy's legacy global generator
 * (`np.random.seed(s)` followed by `np.random.random_sample`, `uniform` and
 * `normal`). The sources seed NumPy's global state, so reproducing its stream
 * bit for bit lets the site show the sources' own data sets.
 */

const N = 624;
const M = 397;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;
const MATRIX_A = 0x9908b0df;

/** A seeded stream of numbers identical to NumPy's legacy `RandomState`. */
export interface NumpyRandom {
  /** The next raw 32-bit output of MT19937, as an unsigned integer. */
  nextUint32(): number;
  /** One double in [0, 1) with 53 random bits, like `np.random.random_sample()`. */
  random(): number;
  /** One standard normal draw, like NumPy's legacy polar Box–Muller (`legacy_gauss`), caching the second value. */
  gauss(): number;
  /** `size` draws of `low + (high − low)·u`, like `np.random.uniform(low, high, size)`. */
  uniform(low: number, high: number, size: number): Float64Array;
  /** `size` draws of `loc + scale·gauss()`, like `np.random.normal(loc, scale, size)`. */
  normal(loc: number, scale: number, size: number): Float64Array;
}

/** Throws a RangeError unless `seed` is an integer in [0, 2³² − 1], the seeds `np.random.seed` accepts. */
export function validateSeed(seed: unknown): number {
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`invalid seed; expected an integer in [0, 4294967295], got ${String(seed)}`);
  }
  return seed;
}

function validateSize(size: unknown): number {
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 0) {
    throw new RangeError(`invalid size; expected a non-negative integer, got ${String(size)}`);
  }
  return size;
}

function validateFinite(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`invalid ${name}; expected a finite number, got ${String(value)}`);
  }
  return value;
}

/**
 * A generator in the state `np.random.seed(seed)` leaves NumPy's global
 * `RandomState` in (MT19937 `init_genrand`, no cached Gaussian). Same seed,
 * same numbers, on every machine.
 */
export function createNumpyRandom(seed: number): NumpyRandom {
  validateSeed(seed);
  const mt = new Uint32Array(N);
  mt[0] = seed >>> 0;
  for (let i = 1; i < N; i++) {
    const prev = mt[i - 1]!;
    // Math.imul keeps the product's low 32 bits, which is what the C code's unsigned overflow does.
    mt[i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
  }
  let index = N;
  let hasGauss = false;
  let cachedGauss = 0;

  function twist(): void {
    for (let i = 0; i < N; i++) {
      const y = (mt[i]! & UPPER_MASK) | (mt[(i + 1) % N]! & LOWER_MASK);
      mt[i] = (mt[(i + M) % N]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0)) >>> 0;
    }
    index = 0;
  }

  function nextUint32(): number {
    if (index >= N) twist();
    let y = mt[index++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  function random(): number {
    const a = nextUint32() >>> 5;
    const b = nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  function gauss(): number {
    if (hasGauss) {
      hasGauss = false;
      const value = cachedGauss;
      cachedGauss = 0;
      return value;
    }
    let x1: number;
    let x2: number;
    let r2: number;
    do {
      x1 = 2 * random() - 1;
      x2 = 2 * random() - 1;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1 || r2 === 0);
    const f = Math.sqrt((-2 * Math.log(r2)) / r2);
    cachedGauss = f * x1;
    hasGauss = true;
    return f * x2;
  }

  function uniform(low: number, high: number, size: number): Float64Array {
    validateFinite(low, 'low');
    validateFinite(high, 'high');
    validateSize(size);
    const range = high - low;
    if (!Number.isFinite(range)) {
      throw new RangeError(`invalid high - low; expected a finite range, got ${range}`);
    }
    const out = new Float64Array(size);
    for (let i = 0; i < size; i++) out[i] = low + range * random();
    return out;
  }

  function normal(loc: number, scale: number, size: number): Float64Array {
    validateFinite(loc, 'loc');
    validateFinite(scale, 'scale');
    if (scale < 0) throw new RangeError(`invalid scale; expected a non-negative number, got ${scale}`);
    validateSize(size);
    const out = new Float64Array(size);
    for (let i = 0; i < size; i++) out[i] = loc + scale * gauss();
    return out;
  }

  return { nextUint32, random, gauss, uniform, normal };
}
