/** Centring and scaling one feature, and what it does to the shape of the squared-error bowl. */
import type { XY } from './datasets';
import { squaredErrorHessian } from './hessian';
import type { SquaredErrorConvention } from './conventions';

/** x replaced by (x − mean)/sd (population sd), y unchanged; with the mean and sd used. */
export function standardizeX(data: { readonly x: ArrayLike<number>; readonly y: ArrayLike<number> }): { data: XY; mean: number; sd: number } {
  const n = data.x.length;
  if (n === 0) throw new RangeError('invalid x; expected at least one point, got 0');
  let mean = 0;
  for (let i = 0; i < n; i++) mean += data.x[i]!;
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (data.x[i]! - mean) ** 2;
  const sd = Math.sqrt(ss / n);
  if (!(sd > 0)) throw new RangeError('invalid x; expected at least two different values to scale');
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = (data.x[i]! - mean) / sd;
  return { data: { x, y: Float64Array.from(data.y) }, mean, sd };
}

/** The bowl's shape for descent: its curvatures, their ratio κ, the stability limit and the best fixed rate. */
export interface BowlShape {
  lambdaMin: number;
  lambdaMax: number;
  /** κ = λmax/λmin: 1 for a round bowl, large for a long narrow valley. */
  condition: number;
  /** 2/λmax: the largest rate that does not diverge. */
  stabilityLimit: number;
  /** 2/(λmin + λmax): the fixed rate that shrinks the slowest direction fastest. */
  bestRate: number;
  /** (κ − 1)/(κ + 1): the factor by which the distance to the bottom shrinks per step at bestRate. */
  bestFactor: number;
}

export function bowlShape(data: { readonly x: ArrayLike<number>; readonly y: ArrayLike<number> }, convention: SquaredErrorConvention): BowlShape {
  const h = squaredErrorHessian(data, convention);
  const lambdaMin = h.eigenvalues[0]!;
  const lambdaMax = h.lambdaMax;
  const condition = lambdaMin > 0 ? lambdaMax / lambdaMin : Infinity;
  return {
    lambdaMin,
    lambdaMax,
    condition,
    stabilityLimit: h.stabilityLimit,
    bestRate: 2 / (lambdaMin + lambdaMax),
    bestFactor: Number.isFinite(condition) ? (condition - 1) / (condition + 1) : 1,
  };
}
