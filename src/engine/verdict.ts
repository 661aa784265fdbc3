/**
 * A run's verdict, in the words of the learning-rate lesson: it diverged, it oscillated (steps keep
 * reversing direction), it converged, or it is too slow (still far from the bottom when the steps
 * run out). Decided from the history alone, so any objective and any run can be judged.
 */
import type { Params } from './types';

export type RunVerdict = 'diverged' | 'oscillating' | 'converged' | 'too slow';

export interface VerdictOptions {
  /** The lowest loss there is (e.g. the closed form's); the gap to it measures progress. */
  optimumLoss: number;
  /**
   * Where the bottom is. With it, progress is measured in the parameters, |θ_last − θ*| / |θ_0 − θ*|,
   * which a long shallow valley cannot hide (its loss falls fast while θ is still far away).
   */
  optimum?: Params;
  /**
   * Converged when the remaining share of the start's distance to the optimum (in parameters when
   * `optimum` is given, else in loss: (L_last − L*)/(L_0 − L*)) is at most this. Default 1e-3.
   */
  tolerance?: number;
  /**
   * Oscillating when at least this share of consecutive step pairs point in opposite directions
   * (their dot product is negative). Default 0.5.
   */
  reversals?: number;
}

export interface Verdict {
  verdict: RunVerdict;
  /** The share of the start's distance to the bottom still to go (see `optimum`): 1 means no progress, 0 the bottom. */
  remaining: number;
  /** The share of consecutive step pairs that reverse direction. */
  reversalShare: number;
}

/**
 * The dot product of the steps p → q and q → r, and the product of their lengths, in parameter
 * space (every w, then b). Computed without building the step vectors: a verdict is made on every
 * frame of a learning-rate drag, over every step of the run.
 */
function stepPair(p: Params, q: Params, r: Params): { dot: number; size: number } {
  let dot = 0;
  let aa = 0;
  let bb = 0;
  for (let j = 0; j <= p.w.length; j++) {
    const a = j < p.w.length ? q.w[j]! - p.w[j]! : q.b - p.b;
    const b = j < p.w.length ? r.w[j]! - q.w[j]! : r.b - q.b;
    dot += a * b;
    aa += a * a;
    bb += b * b;
  }
  return { dot, size: Math.sqrt(aa) * Math.sqrt(bb) };
}

/**
 * Judges a run from its parameters and losses (as `gradientDescent` returns them). A run whose loss
 * stopped being finite or exploded (`divergedAt` not null) is 'diverged' whatever else is true;
 * then 'oscillating' if its steps mostly reverse, then 'converged' if it got within tolerance, and
 * otherwise 'too slow'.
 */
export function runVerdict(run: { params: readonly Params[]; lossAt: readonly number[]; divergedAt: number | null }, options: VerdictOptions): Verdict {
  const { optimumLoss, optimum, tolerance = 1e-3, reversals = 0.5 } = options;
  const first = run.lossAt[0]!;
  const last = run.lossAt.at(-1)!;
  let remaining: number;
  if (optimum) {
    const distance = (p: Params) => Math.hypot(...p.w.map((w, j) => w - optimum.w[j]!), p.b - optimum.b);
    const d0 = distance(run.params[0]!);
    const d1 = distance(run.params.at(-1)!);
    remaining = d0 > 0 ? d1 / d0 : d1 === 0 ? 0 : Infinity;
  } else {
    const gap0 = first - optimumLoss;
    remaining = gap0 > 0 ? (last - optimumLoss) / gap0 : last - optimumLoss <= 0 ? 0 : Infinity;
  }
  let pairs = 0;
  let reversed = 0;
  for (let k = 2; k < run.params.length; k += 1) {
    const { dot, size } = stepPair(run.params[k - 2]!, run.params[k - 1]!, run.params[k]!);
    if (!Number.isFinite(dot)) continue;
    // Steps too small to matter (the run has arrived) are not counted either way.
    if (size === 0 || size < 1e-24) continue;
    pairs += 1;
    if (dot < 0) reversed += 1;
  }
  const reversalShare = pairs > 0 ? reversed / pairs : 0;
  let verdict: RunVerdict;
  if (run.divergedAt !== null || !Number.isFinite(last)) verdict = 'diverged';
  else if (reversalShare >= reversals) verdict = 'oscillating';
  else if (remaining <= tolerance) verdict = 'converged';
  else verdict = 'too slow';
  return { verdict, remaining, reversalShare };
}
