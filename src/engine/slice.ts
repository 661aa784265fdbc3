/**
 * The mean squared error along one parameter with the other held fixed: the 1-D cross-sections of
 * the loss landscape that partial derivatives are the slopes of. Textbook convention (plain mean,
 * no L2), from the data's sums, so a slice costs nothing however many points there are.
 */
import type { SquaredErrorStats } from './grid';
import { quadraticAt, squaredErrorQuadratic } from './loss-quadratic';
import { finiteNumber, positiveInteger } from './validate';

export interface LossSlice {
  /** The values of the varying parameter, evenly spaced, ends included. */
  at: Float64Array;
  loss: Float64Array;
}

/** L along w (b fixed at `fixed`) or along b (w fixed), sampled at `samples` points in [from, to]. */
export function squaredErrorSlice(stats: SquaredErrorStats, along: 'w' | 'b', fixed: number, from: number, to: number, samples: number): LossSlice {
  if (along !== 'w' && along !== 'b') throw new RangeError(`invalid along; expected 'w' or 'b', got ${String(along)}`);
  finiteNumber(fixed, 'fixed');
  finiteNumber(from, 'from');
  finiteNumber(to, 'to');
  positiveInteger(samples, 'samples');
  if (samples < 2) throw new RangeError(`invalid samples; expected at least 2, got ${samples}`);
  const q = squaredErrorQuadratic(stats);
  const at = new Float64Array(samples);
  const loss = new Float64Array(samples);
  for (let i = 0; i < samples; i++) {
    const t = from + ((to - from) * i) / (samples - 1);
    at[i] = t;
    loss[i] = along === 'w' ? quadraticAt(q, t, fixed) : quadraticAt(q, fixed, t);
  }
  return { at, loss };
}
