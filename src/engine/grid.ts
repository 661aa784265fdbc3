import { checkConvention, type SquaredErrorConvention } from './conventions';
import { packVector } from './design';
import type { Objective } from './objective';
import type { Vector } from './types';
import { finiteNumber, positiveInteger } from './validate';

/** A window of the (w, b) plane sampled on a width × height lattice, ends included. */
export interface GridWindow {
  wMin: number;
  wMax: number;
  bMin: number;
  bMax: number;
  /** Samples along w (columns), ≥ 2. */
  width: number;
  /** Samples along b (rows), ≥ 2. */
  height: number;
}

/**
 * A loss sampled over a window. values[j·width + i] is the loss at
 * w = ws[i], b = bs[j], where ws = linspace(wMin, wMax, width) and
 * bs = linspace(bMin, bMax, height) — row j holds one b, as NumPy's
 * `meshgrid(ws, bs)` lays it out. For Plot: `Plot.raster(grid.values,
 * { width, height, x1, x2, y1, y2 })` puts each sample at its pixel's
 * centre with x = w and y = b (row 0 at b = bMin).
 */
export interface LossGrid {
  values: Float64Array;
  width: number;
  height: number;
  ws: Float64Array;
  bs: Float64Array;
  /** Pixel-edge extents: wMin − Δw/2, wMax + Δw/2, bMin − Δb/2, bMax + Δb/2. */
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  /** Smallest and largest finite sampled value. */
  min: number;
  max: number;
  /** The sample with the smallest value (first one on ties). */
  argmin: { w: number; b: number };
}

/** Sums of a 1-D data set from which the squared-error loss at any (w, b) follows in constant time. */
export interface SquaredErrorStats {
  n: number;
  sumX: number;
  sumY: number;
  sumXX: number;
  sumXY: number;
  sumYY: number;
  meanX: number;
  meanY: number;
  /** Centred sums Σ(x−x̄)², Σ(x−x̄)(y−ȳ), Σ(y−ȳ)² (used for accuracy: no cancellation near the minimum). */
  sxx: number;
  sxy: number;
  syy: number;
}

/** The sufficient statistics of 1-D data (x, y) for the squared-error loss. */
export function squaredErrorStats(x: Vector, y: Vector): SquaredErrorStats {
  // Plain arrays may hold anything; typed arrays hold only numbers, so they skip the type check.
  if (x == null || typeof x.length !== 'number' || !ArrayBuffer.isView(x)) packVector(x, 'x');
  if (y == null || typeof y.length !== 'number' || !ArrayBuffer.isView(y)) packVector(y, 'y');
  const n = x.length;
  if (n === 0) throw new RangeError('invalid x; expected at least one point, got 0');
  if (y.length !== n) throw new RangeError(`invalid y; expected ${n} values to match x, got ${y.length}`);
  // One pass, no copy: this is the only part of a landscape whose cost grows with n. Sums are taken
  // around the first point, which keeps the centred sums accurate when the data sit far from zero
  // (the textbook one-pass formula cancels catastrophically there); the raw sums follow from them.
  const x0 = x[0]!, y0 = y[0]!;
  let dX = 0, dY = 0, dXX = 0, dXY = 0, dYY = 0;
  let finite = 0;
  for (let i = 0; i < n; i++) {
    const u = x[i]! - x0, v = y[i]! - y0;
    // u − u is 0 for a finite number and NaN otherwise; one NaN makes the total NaN.
    finite += u - u + (v - v);
    dX += u; dY += v; dXX += u * u; dXY += u * v; dYY += v * v;
  }
  if (finite !== 0 || x0 - x0 !== 0 || y0 - y0 !== 0) {
    packVector(x, 'x');
    packVector(y, 'y');
  }
  const sumX = dX + n * x0;
  const sumY = dY + n * y0;
  const sumXX = dXX + 2 * x0 * dX + n * x0 * x0;
  const sumXY = dXY + x0 * dY + y0 * dX + n * x0 * y0;
  const sumYY = dYY + 2 * y0 * dY + n * y0 * y0;
  const meanX = sumX / n;
  const meanY = sumY / n;
  const sxx = Math.max(0, dXX - (dX * dX) / n);
  const syy = Math.max(0, dYY - (dY * dY) / n);
  const sxy = dXY - (dX * dY) / n;
  return { n, sumX, sumY, sumXX, sumXY, sumYY, meanX, meanY, sxx, sxy, syy };
}

/** Checks a window and returns its sample coordinates (NumPy linspace arithmetic). */
export function windowAxes(window: GridWindow): { ws: Float64Array; bs: Float64Array } {
  if (window == null || typeof window !== 'object') throw new TypeError(`invalid window; expected { wMin, wMax, bMin, bMax, width, height }, got ${String(window)}`);
  for (const key of ['wMin', 'wMax', 'bMin', 'bMax'] as const) finiteNumber(window[key], key);
  if (!(window.wMin < window.wMax)) throw new RangeError(`invalid wMax; expected a number greater than wMin (${window.wMin}), got ${window.wMax}`);
  if (!(window.bMin < window.bMax)) throw new RangeError(`invalid bMax; expected a number greater than bMin (${window.bMin}), got ${window.bMax}`);
  for (const key of ['width', 'height'] as const) {
    positiveInteger(window[key], key);
    if (window[key] < 2) throw new RangeError(`invalid ${key}; expected an integer ≥ 2, got ${window[key]}`);
  }
  const axis = (lo: number, hi: number, k: number): Float64Array => {
    const out = new Float64Array(k);
    const step = (hi - lo) / (k - 1);
    for (let i = 0; i < k; i++) out[i] = i * step + lo;
    out[k - 1] = hi;
    return out;
  };
  return { ws: axis(window.wMin, window.wMax, window.width), bs: axis(window.bMin, window.bMax, window.height) };
}

/** A grid of `at(w, b, k)` over the window, k being the cell's index in `values`. Internal (the cross-entropy grids use it too). */
export function fill(window: GridWindow, at: (w: number, b: number, k: number) => number): LossGrid {
  const { ws, bs } = windowAxes(window);
  const { width, height } = window;
  const values = new Float64Array(width * height);
  let min = Infinity, max = -Infinity, best = -1;
  for (let j = 0; j < height; j++) {
    for (let i = 0; i < width; i++) {
      const v = at(ws[i]!, bs[j]!, j * width + i);
      values[j * width + i] = v;
      if (v < min) { min = v; best = j * width + i; }
      if (v > max && v !== Infinity) max = v;
    }
  }
  const dw = (window.wMax - window.wMin) / (width - 1);
  const db = (window.bMax - window.bMin) / (height - 1);
  const argmin = best < 0 ? { w: NaN, b: NaN } : { w: ws[best % width]!, b: bs[Math.floor(best / width)]! };
  return {
    values, width, height, ws, bs,
    x1: window.wMin - dw / 2, x2: window.wMax + dw / 2, y1: window.bMin - db / 2, y2: window.bMax + db / 2,
    min, max, argmin,
  };
}

/**
 * The squared-error loss of the line y = w·x + b over a window, from the
 * sufficient statistics in time independent of n: with centred sums,
 * Σ(wx+b−y)² = w²·sxx − 2w·sxy + syy + n·(w·x̄ + b − ȳ)², scaled by 1/n
 * (`'mean'`) or 1/2n (`'half-mean'`), plus the convention's L2 penalty.
 * Agrees with the brute-force loss to rounding.
 */
export function squaredErrorGrid(stats: SquaredErrorStats, window: GridWindow, convention: SquaredErrorConvention): LossGrid {
  checkConvention(convention);
  const { n, sxx, sxy, syy, meanX, meanY } = stats;
  positiveInteger(n, 'stats.n');
  const scale = convention.loss === 'mean' ? 1 / n : 1 / (2 * n);
  const { lambda, scale: l2Scale, penalizeBias } = convention.l2;
  const l2 = lambda === 0 ? 0 : l2Scale === 'per-sample' ? lambda / (2 * n) : 0.5 * lambda;
  return fill(window, (w, b) => {
    const shift = w * meanX + b - meanY;
    const sse = w * w * sxx - 2 * w * sxy + syy + n * shift * shift;
    const penalty = l2 === 0 ? 0 : l2 * (w * w + (penalizeBias ? b * b : 0));
    return scale * Math.max(sse, 0) + penalty;
  });
}

/**
 * Any objective with one weight, evaluated at every sample of the window
 * (brute force: one full pass over the data per sample).
 */
export function lossGrid(objective: Objective, window: GridWindow): LossGrid {
  if (objective.dimension !== 1) {
    throw new RangeError(`invalid objective; expected one weight for a (w, b) grid, got ${objective.dimension}`);
  }
  return fill(window, (w, b) => objective.loss({ w: [w], b }));
}
