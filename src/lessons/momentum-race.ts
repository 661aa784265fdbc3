/** The runs of lesson 13, shared by the figure and the prose: one bowl, five optimisers. */
import { CONVENTIONS } from '../engine/conventions';
import { crossEntropyObjective } from '../engine/cross-entropy-objective';
import { optimize, type OptimizerHistory } from '../engine/optimizers';
import { sourceLogisticOneMode } from '../engine/gaussian-classes';
import { stretchedBowl, type QuadraticObjective } from '../engine/quadratic';
import { type AnyObjective } from '../engine/any-objective';
import { BOWL, RACE_STEPS } from '../figures/momentum';

/** Lesson 10's landscape (004's one-mode data, the book's cross-entropy), started where 004 starts. */
export const LOGISTIC_TRACK: AnyObjective = crossEntropyObjective(sourceLogisticOneMode(), CONVENTIONS.textbookLogistic);
export const LOGISTIC_START = { w: [-1], b: -1 };

export function raceBowl(kappa: number): QuadraticObjective {
  return stretchedBowl({ conditionNumber: kappa, angle: BOWL.angle, center: BOWL.center, start: BOWL.start });
}

export interface RaceSettings {
  kappa: number;
  lr: number;
  beta: number;
  adaptiveLr: number;
  /** Adam's β₁, β₂ and ε (defaults 0.9, 0.999, 1e-8). */
  beta1?: number;
  beta2?: number;
  epsilon?: number;
  /** The stretched bowl (default) or lesson 10's cross-entropy landscape. */
  track?: 'bowl' | 'logistic';
}

export const OPTIMIZERS = ['gradient-descent', 'momentum', 'nesterov', 'rmsprop', 'adam'] as const;
export type OptimizerName = (typeof OPTIMIZERS)[number];

/** The landscape the runs race down with settings `s`. */
export function raceTrack(s: RaceSettings): AnyObjective {
  return s.track === 'logistic' ? LOGISTIC_TRACK : raceBowl(s.kappa);
}

/** One optimiser's run with settings `s`, on `objective` (raceTrack(s) unless given, to share one between runs). */
export function raceRun(name: OptimizerName, s: RaceSettings, steps = RACE_STEPS, objective: AnyObjective = raceTrack(s)): OptimizerHistory {
  const logistic = s.track === 'logistic';
  const run = (options: Parameters<typeof optimize>[1]) => optimize(objective, { ...options, ...(logistic ? { start: LOGISTIC_START } : {}) });
  switch (name) {
    case 'gradient-descent':
      return run({ method: 'gradient-descent', learningRate: s.lr, steps });
    case 'momentum':
    case 'nesterov':
      return run({ method: name, beta: s.beta, learningRate: s.lr, steps });
    case 'rmsprop':
      return run({ method: 'rmsprop', learningRate: s.adaptiveLr, steps });
    case 'adam':
      return run({ method: 'adam', learningRate: s.adaptiveLr, steps, beta1: s.beta1 ?? 0.9, beta2: s.beta2 ?? 0.999, epsilon: s.epsilon ?? 1e-8 });
  }
}

/**
 * The settings one optimiser's run depends on, as a string: equal keys, equal runs. A figure keeps
 * a run while its key holds, so a drag of β leaves descent, RMSProp and Adam (and their drawn
 * paths) as they were.
 */
export function raceRunKey(name: OptimizerName, s: RaceSettings, steps = RACE_STEPS): string {
  const track = s.track === 'logistic' ? 'logistic' : `bowl ${s.kappa}`;
  const own =
    name === 'gradient-descent' ? [s.lr]
    : name === 'momentum' || name === 'nesterov' ? [s.lr, s.beta]
    : name === 'rmsprop' ? [s.adaptiveLr]
    : [s.adaptiveLr, s.beta1 ?? 0.9, s.beta2 ?? 0.999, s.epsilon ?? 1e-8];
  return [name, track, steps, ...own].join(' ');
}

export function raceRuns(s: RaceSettings, steps = RACE_STEPS): Record<OptimizerName, OptimizerHistory> {
  const objective = raceTrack(s);
  return Object.fromEntries(OPTIMIZERS.map((name) => [name, raceRun(name, s, steps, objective)])) as Record<OptimizerName, OptimizerHistory>;
}

/** The error θ − θ* split along the bowl's shallow and steep directions, at every step. */
export function eigenComponents(bowl: QuadraticObjective, run: OptimizerHistory): { shallow: number[]; steep: number[] } {
  const [vs, vl] = bowl.eigenvectors as [readonly number[], readonly number[]];
  const shallow: number[] = [];
  const steep: number[] = [];
  for (const p of run.params) {
    const e = [p.w[0]! - bowl.minimum.w[0]!, p.b - bowl.minimum.b];
    shallow.push(Math.abs(e[0]! * vs[0]! + e[1]! * vs[1]!));
    steep.push(Math.abs(e[0]! * vl[0]! + e[1]! * vl[1]!));
  }
  return { shallow, steep };
}
