import type { Dataset, Features, Params, Vector } from './types';

/**
 * A data set checked and packed for fast loops: `X` is row-major n × d.
 * Internal; public functions accept plain data and build one of these.
 */
export interface Design {
  readonly n: number;
  readonly d: number;
  readonly X: Float64Array;
  readonly y: Float64Array;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return `[${value.length > 4 ? `${value.slice(0, 4).join(', ')}, …` : value.join(', ')}]`;
  return String(value);
}

function isRows(x: Features): x is readonly Vector[] {
  return x.length > 0 && typeof x[0] === 'object' && x[0] !== null;
}

/** Packs features into a row-major n × d Float64Array, checking every value is finite. */
export function packFeatures(x: Features, name = 'x'): { n: number; d: number; X: Float64Array } {
  if (x == null || typeof x.length !== 'number') {
    throw new TypeError(`invalid ${name}; expected an array of numbers or of rows, got ${describe(x)}`);
  }
  const n = x.length;
  if (!isRows(x)) {
    const X = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = (x as Vector)[i];
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new RangeError(`invalid ${name}[${i}]; expected a finite number, got ${describe(v)}`);
      }
      X[i] = v;
    }
    return { n, d: 1, X };
  }
  const d = x[0]!.length;
  const X = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    const row = x[i];
    if (row == null || row.length !== d) {
      throw new RangeError(`invalid ${name}[${i}]; expected a row of ${d} numbers, got ${describe(row)}`);
    }
    for (let j = 0; j < d; j++) {
      const v = row[j];
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new RangeError(`invalid ${name}[${i}][${j}]; expected a finite number, got ${describe(v)}`);
      }
      X[i * d + j] = v;
    }
  }
  return { n, d, X };
}

/** Copies a vector into a Float64Array, checking every value is finite. */
export function packVector(v: Vector, name: string): Float64Array {
  if (v == null || typeof v.length !== 'number') {
    throw new TypeError(`invalid ${name}; expected an array of numbers, got ${describe(v)}`);
  }
  const out = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const value = v[i];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new RangeError(`invalid ${name}[${i}]; expected a finite number, got ${describe(value)}`);
    }
    out[i] = value;
  }
  return out;
}

/**
 * Packed data sets by their feature array, with the targets they were packed with. A figure asks
 * for the loss of the same data on every frame of a drag, and checking and packing it cost more
 * than the loss. The engine's arrays are read-only (its types say so), so the same arrays hold the
 * same numbers.
 */
const packed = new WeakMap<object, { y: unknown; design: Design }>();

/** Checks a data set (at least one point, matching lengths, finite values) and packs it. */
export function toDesign(data: Dataset): Design {
  if (data == null || typeof data !== 'object') {
    throw new TypeError(`invalid data; expected { x, y } or { X, y }, got ${describe(data)}`);
  }
  const features = 'X' in data ? data.X : (data as { x: Features }).x;
  const hit = features != null && typeof features === 'object' ? packed.get(features) : undefined;
  if (hit && hit.y === data.y) return hit.design;
  const design = packDesign(data, features);
  packed.set(features, { y: data.y, design });
  return design;
}

function packDesign(data: Dataset, features: Features): Design {
  const { n, d, X } = packFeatures(features, 'X' in data ? 'X' : 'x');
  const y = packVector(data.y, 'y');
  if (n === 0) throw new RangeError('invalid data; expected at least one point, got 0');
  if (d === 0) throw new RangeError('invalid x; expected rows with at least one feature, got rows of length 0');
  if (y.length !== n) {
    throw new RangeError(`invalid y; expected ${n} values to match x, got ${y.length}`);
  }
  return { n, d, X, y };
}

/** Checks that params has d finite weights and a finite intercept; names what is wrong. */
export function checkParams(params: Params, d: number, name = 'params'): void {
  if (params == null || typeof params !== 'object' || params.w == null || typeof params.w.length !== 'number') {
    throw new TypeError(`invalid ${name}; expected { w: number[], b: number }, got ${describe(params)}`);
  }
  if (params.w.length !== d) {
    throw new RangeError(`invalid ${name}.w; expected ${d} weight${d === 1 ? '' : 's'}, got ${params.w.length}`);
  }
  for (let j = 0; j < d; j++) {
    if (typeof params.w[j] !== 'number' || Number.isNaN(params.w[j])) {
      throw new RangeError(`invalid ${name}.w[${j}]; expected a number, got ${describe(params.w[j])}`);
    }
  }
  if (typeof params.b !== 'number' || Number.isNaN(params.b)) {
    throw new RangeError(`invalid ${name}.b; expected a number, got ${describe(params.b)}`);
  }
}

/** The parameters as one vector θ = (w₀ … w_{d−1}, b). */
export function toTheta(params: Params): Float64Array {
  const theta = new Float64Array(params.w.length + 1);
  for (let j = 0; j < params.w.length; j++) theta[j] = params.w[j]!;
  theta[params.w.length] = params.b;
  return theta;
}

/** The inverse of toTheta. */
export function fromTheta(theta: ArrayLike<number>): Params {
  const d = theta.length - 1;
  const w = new Array<number>(d);
  for (let j = 0; j < d; j++) w[j] = theta[j]!;
  return { w, b: theta[d]! };
}

/** Fills `out` with ŷ = Xw + b for θ = (w, b). */
export function linearScores(design: Design, theta: ArrayLike<number>, out: Float64Array): Float64Array {
  const { n, d, X } = design;
  const b = theta[d]!;
  if (d === 1) {
    const w = theta[0]!;
    for (let i = 0; i < n; i++) out[i] = X[i]! * w + b;
    return out;
  }
  for (let i = 0; i < n; i++) {
    let s = 0;
    const row = i * d;
    for (let j = 0; j < d; j++) s += X[row + j]! * theta[j]!;
    out[i] = s + b;
  }
  return out;
}
