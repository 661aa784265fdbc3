/**
 * Numbers lesson 10's prose quotes: source 004's runs replayed by the engine at build time, in 004's
 * own convention, plus the curvature that explains them.
 */
import { CONVENTIONS } from '../engine/conventions';
import { crossEntropyCurvatureBound, crossEntropyHessian } from '../engine/logistic-hessian';
import { crossEntropyGradient, crossEntropyLoss } from '../engine/logistic';
import { crossEntropyObjective } from '../engine/cross-entropy-objective';
import { gradientDescent } from '../engine/descent';
import { sourceLogisticOneMode, sourceLogisticTwoMode } from '../engine/gaussian-classes';
import { type XY } from '../engine/datasets';
import { formatFixed, formatSignificant } from '../lib/format';

/** 004's three runs: the data, learning rate and epochs of its script. */
export const RUNS_004 = {
  slow: { learningRate: 0.5, steps: 100 },
  huge: { learningRate: 15, steps: 100 },
  twoMode: { learningRate: 1, steps: 200 },
} as const;

export function run004(data: XY, options: { learningRate: number; steps: number }) {
  return gradientDescent(crossEntropyObjective(data, CONVENTIONS.source004), options);
}

const oneMode = sourceLogisticOneMode();
const twoMode = sourceLogisticTwoMode();
export const slow = run004(oneMode, RUNS_004.slow);
export const huge = run004(oneMode, RUNS_004.huge);
export const twoModeRun = run004(twoMode, RUNS_004.twoMode);
/** A rate just above the limit at the minimum: the run bounces for ever without blowing up. */
export const BOUNCY = { learningRate: 20, steps: 200 } as const;
export const bouncy = run004(oneMode, BOUNCY);
export const worstCaseLimit = crossEntropyCurvatureBound(oneMode, CONVENTIONS.source004).localStabilityLimit;
export const limitAtStart = crossEntropyHessian(oneMode, huge.params[0]!, CONVENTIONS.source004).localStabilityLimit;
export const limitAtOptimum = crossEntropyHessian(oneMode, huge.params.at(-1)!, CONVENTIONS.source004).localStabilityLimit;

/** One point of class 1 scored by a confident wrong model and by a confident right one. */
export const COST_PROBABILITIES = { wrong: 0.01, right: 0.99 } as const;
const costOf = (p1: number) => crossEntropyLoss({ x: [0], y: [1] }, { w: [0], b: Math.log(p1 / (1 - p1)) }, { ...CONVENTIONS.textbookLogistic, eps: 0 });
export const wrongCost = costOf(COST_PROBABILITIES.wrong);
export const rightCost = costOf(COST_PROBABILITIES.right);
/** What squared error would charge the same confident mistake. */
export const wrongSquared = (1 - COST_PROBABILITIES.wrong) ** 2;

/** The exercise: three points and the model w = b = 0, which says 0.5 to everything. */
export const EXERCISE = { x: [-1, 0, 2], y: [0, 1, 1], params: { w: [0], b: 0 } } as const;
export const exerciseGradient = crossEntropyGradient({ x: [...EXERCISE.x], y: [...EXERCISE.y] }, { w: [...EXERCISE.params.w], b: EXERCISE.params.b }, CONVENTIONS.textbookLogistic);

const p = (params: { w: number[]; b: number }, digits = 4) => `(${formatFixed(params.w[0]!, digits)}, ${formatFixed(params.b, digits)})`;

export const lesson10 = {
  wrongP: String(COST_PROBABILITIES.wrong),
  rightP: String(COST_PROBABILITIES.right),
  wrongCost: formatSignificant(wrongCost, 2),
  rightCost: formatSignificant(rightCost, 1),
  costRatio: String(Math.round(wrongCost / rightCost)),
  costRatioRounded: String(Math.round(wrongCost / rightCost / 10) * 10),
  wrongSquared: formatFixed(wrongSquared, 2),
  exerciseX: EXERCISE.x.join(', '),
  exerciseY: EXERCISE.y.join(', '),
  exerciseDw: exerciseGradient.w[0]!,
  exerciseDwText: formatFixed(exerciseGradient.w[0]!, 2),
  exerciseDbText: formatSignificant(exerciseGradient.b, 3),
  slowLr: String(RUNS_004.slow.learningRate),
  hugeLr: String(RUNS_004.huge.learningRate),
  steps: String(RUNS_004.slow.steps),
  startLoss: formatFixed(slow.lossAt[0]!, 4),
  slowFirst: p(slow.params[1]!),
  slowFirstLoss: formatFixed(slow.lossAt[1]!, 4),
  slowFinal: p(slow.params.at(-1)!),
  slowFinalLoss: formatFixed(slow.lossAt.at(-1)!, 4),
  hugeFirst: p(huge.params[1]!),
  hugeFirstLoss: formatFixed(huge.lossAt[1]!, 4),
  hugeFinal: p(huge.params.at(-1)!),
  hugeFinalLoss: formatFixed(huge.lossAt.at(-1)!, 4),
  worstCaseLimit: formatSignificant(worstCaseLimit, 2),
  limitAtStart: formatSignificant(limitAtStart, 2),
  limitAtOptimum: formatSignificant(limitAtOptimum, 3),
  bouncyLr: String(BOUNCY.learningRate),
  bouncySteps: String(BOUNCY.steps),
  bouncyPrevLoss: formatFixed(bouncy.lossAt.at(-2)!, 4),
  bouncyLastLoss: formatFixed(bouncy.lossAt.at(-1)!, 4),
  twoModeLr: String(RUNS_004.twoMode.learningRate),
  twoModeSteps: String(RUNS_004.twoMode.steps),
  twoModeFirst: p(twoModeRun.params[1]!),
  twoModeFirstLoss: formatFixed(twoModeRun.lossAt[1]!, 4),
  twoModeFinal: p(twoModeRun.params.at(-1)!),
  twoModeFinalLoss: formatFixed(twoModeRun.lossAt.at(-1)!, 4),
};
