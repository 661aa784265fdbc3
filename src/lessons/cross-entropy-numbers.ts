/**
 * Numbers lesson 10's prose quotes: source 004's runs replayed by the engine at build time, in 004's
 * own convention, plus the curvature that explains them.
 */
import { CONVENTIONS, crossEntropyCurvatureBound, crossEntropyHessian, crossEntropyObjective, gradientDescent, sourceLogisticOneMode, sourceLogisticTwoMode, type XY } from '../engine';
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

const p = (params: { w: number[]; b: number }, digits = 4) => `(${formatFixed(params.w[0]!, digits)}, ${formatFixed(params.b, digits)})`;

export const lesson10 = {
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
