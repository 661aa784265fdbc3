/** Small summaries of a model's parameters. */
import type { Params } from './types';

/** The Euclidean length of the weights ‖w‖, leaving the intercept out (what L2 without the bias shrinks). */
export function weightNorm(params: Params): number {
  let s = 0;
  for (const w of params.w) s += w * w;
  return Math.sqrt(s);
}
