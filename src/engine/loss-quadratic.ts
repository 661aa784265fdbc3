/**
 * The mean squared error of a line as an explicit quadratic in (w, b), the mean absolute error for
 * comparison, and the operation counts of two ways to tabulate a loss landscape (lesson 3 quotes them).
 */
import { checkParams, toDesign } from './design';
import type { SquaredErrorStats } from './grid';
import type { Dataset, Params } from './types';
import { nonNegativeInteger, positiveInteger } from './validate';

/**
 * L(w, b) = ww·w² + wb·w·b + bb·b² + w·w + b·b + c: the six coefficients of the plain-mean squared
 * error (1/n)Σ(y − wx − b)², the textbook convention without L2. Each is a sum over the data divided
 * by n: ww = Σx²/n, wb = 2Σx/n, bb = 1, w = −2Σxy/n, b = −2Σy/n, c = Σy²/n.
 */
export interface LossQuadratic {
  ww: number;
  wb: number;
  bb: number;
  w: number;
  b: number;
  c: number;
}

/** The quadratic of the plain-mean squared error from the data's sums (`squaredErrorStats`). */
export function squaredErrorQuadratic(stats: SquaredErrorStats): LossQuadratic {
  const n = positiveInteger(stats.n, 'stats.n');
  return {
    ww: stats.sumXX / n,
    wb: (2 * stats.sumX) / n,
    bb: 1,
    w: (-2 * stats.sumXY) / n,
    b: (-2 * stats.sumY) / n,
    c: stats.sumYY / n,
  };
}

/** The quadratic's value at (w, b). */
export function quadraticAt(q: LossQuadratic, w: number, b: number): number {
  return q.ww * w * w + q.wb * w * b + q.bb * b * b + q.w * w + q.b * b + q.c;
}

/** The mean absolute error (1/n)Σ|y − ŷ| of the line `params` on 1-D or multi-feature data. */
export function absoluteErrorLoss(data: Dataset, params: Params): number {
  const design = toDesign(data);
  checkParams(params, design.d);
  const { n, d, X, y } = design;
  let s = 0;
  for (let i = 0; i < n; i++) {
    let yhat = params.b;
    for (let j = 0; j < d; j++) yhat += params.w[j]! * X[i * d + j]!;
    s += Math.abs(y[i]! - yhat);
  }
  return s / n;
}

/**
 * Arithmetic operations (additions, subtractions, multiplications, divisions) to tabulate the MSE of
 * n points over a grid of `cells` (w, b) pairs, counted as the code would do them:
 * - brute force (source 002's double loop): per cell and point, ŷ = w·x + b (2), y − ŷ (1), its
 *   square (1) and adding it in (1); then one division per cell — cells·(5n + 1);
 * - from sums: the five sums once (x², xy, y²: 3 multiplications, 5 additions per point), the six
 *   coefficients (6), then per cell w², w·b, b² (3), five products with coefficients (5) and five
 *   additions (5) — 8n + 6 + 13·cells.
 */
export function gridOperationCounts(n: number, cells: number): { bruteForce: number; fromSums: number; ratio: number } {
  positiveInteger(n, 'n');
  nonNegativeInteger(cells, 'cells');
  const bruteForce = cells * (5 * n + 1);
  const fromSums = 8 * n + 6 + 13 * cells;
  return { bruteForce, fromSums, ratio: bruteForce / fromSums };
}

/**
 * The loss of the lines y = w·x + b for one slope w and each intercept in `bs`: the plain-mean squared
 * error (`'squared'`) or the mean absolute error (`'absolute'`), one value per b. 1-D data only.
 */
export function interceptProfile(data: { x: ArrayLike<number>; y: ArrayLike<number> }, w: number, bs: ArrayLike<number>, kind: 'squared' | 'absolute'): Float64Array {
  const design = toDesign(data);
  if (design.d !== 1) throw new RangeError(`invalid data; expected one feature, got ${design.d}`);
  if (kind !== 'squared' && kind !== 'absolute') throw new RangeError(`invalid kind; expected 'squared' or 'absolute', got ${String(kind)}`);
  const { n, X, y } = design;
  const out = new Float64Array(bs.length);
  for (let k = 0; k < bs.length; k++) {
    const b = bs[k]!;
    let s = 0;
    for (let i = 0; i < n; i++) {
      const r = y[i]! - (w * X[i]! + b);
      s += kind === 'squared' ? r * r : Math.abs(r);
    }
    out[k] = s / n;
  }
  return out;
}
