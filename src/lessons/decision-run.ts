/**
 * Lesson 11's run, packed for the trip from a worker: 2 000 steps of descent on the L2-penalised
 * cross-entropy of the data for a separation and seed, with the parameters of every step in one
 * Float64Array (w₁, w₂, b per step) rather than 2 001 objects to copy. The data is not sent back:
 * the page makes it from the run's input, once per separation and seed.
 */
import { CONVENTIONS, withL2 } from '../engine/conventions';
import { crossEntropyObjective } from '../engine/cross-entropy-objective';
import { gradientDescent } from '../engine/descent';
import { weightNorm } from '../engine/metrics';
import type { Params } from '../engine/types';
import { planeClasses, TRAINING_STEPS } from '../figures/decision-boundary';

export interface DecisionRunInput {
  separation: number;
  seed: number;
  lr: number;
  lambda: number;
}

export interface DecisionRun {
  /** What the run was made from: its data is `planeClasses(input.separation, input.seed)`. */
  input: DecisionRunInput;
  /** (w₁, w₂, b) after k steps at [3k, 3k + 3), k = 0 … stepsTaken. */
  theta: Float64Array;
  lossAt: number[];
  /** ‖w‖ after k steps. */
  norm: number[];
  stepsTaken: number;
  diverged: boolean;
  divergedAt: number | null;
}

export const decisionRunKey = (input: DecisionRunInput): string => `${input.separation} ${input.seed} ${input.lr} ${input.lambda}`;

export function decisionRun(input: DecisionRunInput): DecisionRun {
  const { separation, seed, lr, lambda } = input;
  const data = planeClasses(separation, seed);
  const objective = crossEntropyObjective(data, withL2(CONVENTIONS.textbookLogistic, lambda));
  const history = gradientDescent(objective, { learningRate: lr, steps: TRAINING_STEPS, stopOnDivergence: true });
  const theta = new Float64Array(history.params.length * 3);
  history.params.forEach((p, k) => {
    theta[3 * k] = p.w[0]!;
    theta[3 * k + 1] = p.w[1]!;
    theta[3 * k + 2] = p.b;
  });
  return {
    input: { separation, seed, lr, lambda },
    theta,
    lossAt: history.lossAt,
    norm: history.params.map(weightNorm),
    stepsTaken: history.stepsTaken,
    diverged: history.diverged,
    divergedAt: history.divergedAt,
  };
}

/** The parameters after k steps. */
export function decisionParamsAt(run: DecisionRun, k: number): Params {
  return { w: [run.theta[3 * k]!, run.theta[3 * k + 1]!], b: run.theta[3 * k + 2]! };
}
