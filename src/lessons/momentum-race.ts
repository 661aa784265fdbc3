/** The runs of lesson 13, shared by the figure and the prose: one bowl, five optimisers. */
import { optimize, stretchedBowl, type OptimizerHistory, type QuadraticObjective } from '../engine';
import { BOWL, RACE_STEPS } from '../figures/momentum';

export function raceBowl(kappa: number): QuadraticObjective {
  return stretchedBowl({ conditionNumber: kappa, angle: BOWL.angle, center: BOWL.center, start: BOWL.start });
}

export interface RaceSettings {
  kappa: number;
  lr: number;
  beta: number;
  adaptiveLr: number;
}

export const OPTIMIZERS = ['gradient-descent', 'momentum', 'nesterov', 'rmsprop', 'adam'] as const;
export type OptimizerName = (typeof OPTIMIZERS)[number];

export function raceRuns(s: RaceSettings, steps = RACE_STEPS): Record<OptimizerName, OptimizerHistory> {
  const bowl = raceBowl(s.kappa);
  const run = (options: Parameters<typeof optimize>[1]) => optimize(bowl, options);
  return {
    'gradient-descent': run({ method: 'gradient-descent', learningRate: s.lr, steps }),
    momentum: run({ method: 'momentum', beta: s.beta, learningRate: s.lr, steps }),
    nesterov: run({ method: 'nesterov', beta: s.beta, learningRate: s.lr, steps }),
    rmsprop: run({ method: 'rmsprop', learningRate: s.adaptiveLr, steps }),
    adam: run({ method: 'adam', learningRate: s.adaptiveLr, steps }),
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
