/** Numbers lesson 12's prose quotes: the three runs at the figure's defaults, and the schedules, from the engine. */
import { CONVENTIONS } from '../engine/conventions';
import { leastSquares } from '../engine/closed-form';
import { squaredErrorLoss } from '../engine/linear';
import { type StochasticHistory } from '../engine/stochastic';
import { MINIBATCH_EPOCHS, minibatchFigure } from '../figures/minibatch';
import { formatFixed } from '../lib/format';
import { MINIBATCH_DATA, minibatchRun } from './minibatch-run';

const n = MINIBATCH_DATA.x.length;
export const optimum = squaredErrorLoss(MINIBATCH_DATA, leastSquares(MINIBATCH_DATA), CONVENTIONS.textbook);
export const rate = minibatchFigure.lr.default;
const seed = minibatchFigure.seed.default;
export const one = minibatchRun(1, rate, 'constant', seed);
export const full = minibatchRun(n, rate, 'constant', seed);
export const oneStep = minibatchRun(1, rate, 'step', seed);
export const oneHalf = minibatchRun(1, rate / 2, 'constant', seed);

/** The mean full-data loss over the last epoch: where a run hovers. */
export function lastEpochLoss(run: StochasticHistory): number {
  const tail = run.lossAt.slice(-run.stepsPerEpoch);
  return tail.reduce((s, l) => s + l, 0) / tail.length;
}
export const EARLY_EPOCHS = 2;
export const oneEarly = one.lossAt[EARLY_EPOCHS * one.stepsPerEpoch]!;
export const fullEarly = full.lossAt[EARLY_EPOCHS * full.stepsPerEpoch]!;
export const hoverConstant = lastEpochLoss(one);
export const hoverHalf = lastEpochLoss(oneHalf);
export const hoverStep = lastEpochLoss(oneStep);
export const fullEnd = full.lossAt.at(-1)!;

export const lesson12 = {
  n: String(n),
  epochs: String(MINIBATCH_EPOCHS),
  rate: String(rate),
  halfRate: String(rate / 2),
  early: String(EARLY_EPOCHS),
  earlySteps1: String(EARLY_EPOCHS * one.stepsPerEpoch),
  earlyStepsN: String(EARLY_EPOCHS * full.stepsPerEpoch),
  oneEarly: formatFixed(oneEarly, 3),
  fullEarly: formatFixed(fullEarly, 3),
  hoverConstant: formatFixed(hoverConstant, 3),
  hoverHalf: formatFixed(hoverHalf, 3),
  hoverStep: formatFixed(hoverStep, 4),
  fullEnd: formatFixed(fullEnd, 4),
  optimum: formatFixed(optimum, 4),
};
