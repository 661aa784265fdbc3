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

export function raceRuns(s: RaceSettings, steps = RACE_STEPS): Record<OptimizerName, OptimizerHistory> {
  const logistic = s.track === 'logistic';
  const objective = logistic ? LOGISTIC_TRACK : raceBowl(s.kappa);
  const start = logistic ? { start: LOGISTIC_START } : {};
  const run = (options: Parameters<typeof optimize>[1]) => optimize(objective, { ...options, ...start });
  return {
    'gradient-descent': run({ method: 'gradient-descent', learningRate: s.lr, steps }),
    momentum: run({ method: 'momentum', beta: s.beta, learningRate: s.lr, steps }),
    nesterov: run({ method: 'nesterov', beta: s.beta, learningRate: s.lr, steps }),
    rmsprop: run({ method: 'rmsprop', learningRate: s.adaptiveLr, steps }),
    adam: run({ method: 'adam', learningRate: s.adaptiveLr, steps, beta1: s.beta1 ?? 0.9, beta2: s.beta2 ?? 0.999, epsilon: s.epsilon ?? 1e-8 }),
  };
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
