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

function stepVector(a: Params, b: Params): number[] {
  return [...b.w.map((w, j) => w - a.w[j]!), b.b - a.b];
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
    const a = stepVector(run.params[k - 2]!, run.params[k - 1]!);
    const b = stepVector(run.params[k - 1]!, run.params[k]!);
    const dot = a.reduce((s, v, j) => s + v * b[j]!, 0);
    if (!Number.isFinite(dot)) continue;
    // Steps too small to matter (the run has arrived) are not counted either way.
    const size = Math.hypot(...a) * Math.hypot(...b);
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
