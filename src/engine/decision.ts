/**
 * Where a one-feature model changes its mind: the x at which a line reaches a level, and the x at
 * which a logistic model's probability reaches a threshold (its decision boundary).
 */
import type { Params } from './types';

/**
 * The x where w·x + b equals `level`, for a one-feature model; null when the line is flat
 * (w = 0), since then it is at the level everywhere or nowhere.
 */
export function linearCrossing(params: Params, level: number): number | null {
  if (params.w.length !== 1) throw new RangeError(`invalid params.w; expected 1 weight, got ${params.w.length}`);
  const w = params.w[0]!;
  if (w === 0 || !Number.isFinite(w)) return null;
  return (level - params.b) / w;
}

/** The log-odds log(p / (1 − p)) of a probability strictly between 0 and 1. */
export function logit(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`invalid probability; expected a number strictly between 0 and 1, got ${p}`);
  return Math.log(p / (1 - p));
}

/**
 * The x where σ(w·x + b) = threshold (default 0.5, where w·x + b = 0): the one-feature logistic
 * model's decision boundary. Null when w = 0: the probability is then the same for every x.
 */
export function logisticBoundary(params: Params, threshold = 0.5): number | null {
  return linearCrossing(params, logit(threshold));
}
