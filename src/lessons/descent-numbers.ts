/**
 * Numbers lesson 5's prose quotes, computed by the engine at build time: source 002's run in the
 * book's convention, where it lands, how fast, and the first update by hand.
 */
import { CONVENTIONS } from '../engine/conventions';
import { gradientDescent } from '../engine/descent';
import { leastSquares } from '../engine/closed-form';
import { SOURCE_002_DATA } from '../engine/datasets';
import { squaredErrorLoss } from '../engine/linear';
import { squaredErrorObjective } from '../engine/objective';
import { squaredErrorStats } from '../engine/grid';
import { stabilityLimit } from '../engine/hessian';
import { DESCENT_STEPS, descentData, SOURCE_RATE_AS_TEXTBOOK } from '../figures/descent';
import { formatFixed, formatSignificant } from '../lib/format';

const data = descentData();
const objective = squaredErrorObjective(data, CONVENTIONS.textbook);
export const run = gradientDescent(objective, { learningRate: SOURCE_RATE_AS_TEXTBOOK, steps: DESCENT_STEPS });
export const doubled = gradientDescent(objective, { learningRate: 2 * SOURCE_RATE_AS_TEXTBOOK, steps: DESCENT_STEPS });
/** The source's own run: its convention (gradient without the factor 2) and its rate 0.05. */
export const sourceRun = gradientDescent(squaredErrorObjective(data, CONVENTIONS.source002), { learningRate: 2 * SOURCE_RATE_AS_TEXTBOOK, steps: DESCENT_STEPS });
export const best = leastSquares(data);

/** How close counts as "arrived": both parameters within this of the closed-form optimum. */
export const ARRIVED = 1e-3;
export function arrivalStep(params: ReadonlyArray<{ w: number[]; b: number }>): number {
  return params.findIndex((p) => Math.abs(p.w[0]! - best.w[0]!) < ARRIVED && Math.abs(p.b - best.b) < ARRIVED);
}
export const arrived = arrivalStep(run.params);
export const arrivedDoubled = arrivalStep(doubled.params);

/** Early in the run: the step at which the quoted "first moves" are read. */
export const EARLY = 10;
const n = data.x.length;
export const stats = squaredErrorStats(data.x, data.y);
const meanXY = stats.sumXY / n;
const meanXX = stats.sumXX / n;
const meanY = stats.meanY;

/** The largest slope of the run (it overshoots) and the step where it peaks. */
export const peak = run.params.reduce((top, p, k) => (p.w[0]! > top.w ? { w: p.w[0]!, step: k } : top), { w: -Infinity, step: 0 });
/** The loss of the true line and of the optimum, on these 20 points. */
export const truthLoss = squaredErrorLoss(data, { w: [SOURCE_002_DATA.slope], b: SOURCE_002_DATA.intercept }, CONVENTIONS.textbook);
export const bestLoss = squaredErrorLoss(data, best, CONVENTIONS.textbook);
/** The gradient where the run ends. */
export const finalGradient = objective.gradient(run.params.at(-1)!);
/** Decimals of the means quoted in the prose. */
export const MEAN_DECIMALS = 4;
/** The best slope when the intercept is held at b: where ∂L/∂w = 0, the floor of the valley. */
export function slopeGivenB(b: number): number {
  return (meanXY - b * stats.meanX) / meanXX;
}

export const lesson5 = {
  n: String(n),
  trueW: String(SOURCE_002_DATA.slope),
  trueB: String(SOURCE_002_DATA.intercept),
  noise: String(SOURCE_002_DATA.noise),
  lr: String(SOURCE_RATE_AS_TEXTBOOK),
  sourceLr: String(2 * SOURCE_RATE_AS_TEXTBOOK),
  steps: String(DESCENT_STEPS),
  startLoss: formatFixed(run.lossAt[0]!, 2),
  bestW: formatFixed(best.w[0]!, 3),
  bestB: formatFixed(best.b, 3),
  finalW: formatFixed(run.params.at(-1)!.w[0]!, 3),
  finalB: formatFixed(run.params.at(-1)!.b, 3),
  finalLoss: formatFixed(run.lossAt.at(-1)!, 4),
  sourceFinalW: formatFixed(sourceRun.params.at(-1)!.w[0]!, 3),
  sourceFinalB: formatFixed(sourceRun.params.at(-1)!.b, 3),
  arrived: String(arrived),
  arrivedDoubled: String(arrivedDoubled),
  arrivedTolerance: String(ARRIVED),
  early: String(EARLY),
  earlyW: formatFixed(run.params[EARLY]!.w[0]!, 2),
  earlyB: formatFixed(run.params[EARLY]!.b, 2),
  earlyWShare: String(Math.round((100 * run.params[EARLY]!.w[0]!) / best.w[0]!)),
  earlySlopeGivenB: formatFixed(slopeGivenB(run.params[EARLY]!.b), 2),
  earlyBShare: String(Math.round((100 * run.params[EARLY]!.b) / best.b)),
  limit: formatSignificant(stabilityLimit(data, CONVENTIONS.textbook), 3),
  meanXY: formatFixed(meanXY, MEAN_DECIMALS),
  meanY: formatFixed(meanY, MEAN_DECIMALS),
  peakW: formatFixed(peak.w, 3),
  peakStep: String(peak.step),
  truthLoss: formatFixed(truthLoss, 4),
  bestLoss: formatFixed(bestLoss, 4),
  finalGradW: formatSignificant(Math.abs(finalGradient.w[0]!), 2),
  finalGradB: formatSignificant(Math.abs(finalGradient.b), 2),
  fpMeanX: formatFixed(stats.meanX, MEAN_DECIMALS),
  fpMeanY: formatFixed(meanY, MEAN_DECIMALS),
  fpMeanXX: formatFixed(meanXX, MEAN_DECIMALS),
  fpMeanXY: formatFixed(meanXY, MEAN_DECIMALS),
  fpNumerator: formatFixed(meanXY - stats.meanX * meanY, MEAN_DECIMALS),
  fpDenominator: formatFixed(meanXX - stats.meanX * stats.meanX, MEAN_DECIMALS),
  bestW4: formatFixed(best.w[0]!, 4),
  bestB4: formatFixed(best.b, 4),
  /** The exercise: w after the first step from (0, 0), −η·(−2·mean(xy)). */
  firstW: run.params[1]!.w[0]!,
  firstWText: formatFixed(run.params[1]!.w[0]!, 4),
  firstBText: formatFixed(run.params[1]!.b, 4),
};
