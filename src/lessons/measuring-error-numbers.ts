/**
 * The numbers lesson 2's prose quotes, computed by the engine at build time from the figure's own
 * defaults, so the text cannot disagree with the figure.
 */
import { absoluteErrorLoss } from '../engine/loss-quadratic';
import { closedFormFor, leastSquares } from '../engine/closed-form';
import { CONVENTIONS } from '../engine/conventions';
import { gradientDescent } from '../engine/descent';
import { residuals, squaredErrorGradient, squaredErrorLoss } from '../engine/linear';
import { squaredErrorObjective } from '../engine/objective';
import { squaredErrorData, squaredErrorFigure as spec } from '../figures/squared-error';
import { formatFixed } from '../lib/format';

export const defaults = { n: spec.n.default, noise: spec.noise.default, seed: spec.seed.default, w: spec.w.default, b: spec.b.default };
/** The exercise: three points and a line to score by hand. */
export const EXERCISE = { x: [1, 2, 3], y: [2, 3, 6], w: 2, b: -1 } as const;
/** Two misses for the "big misses" argument. */
export const MISSES = [1, 3] as const;
/** The rate and step count of the convention comparison (a stable rate for these data). */
export const RATE = 0.04;
export const STEPS = 2000;

const data = squaredErrorData(defaults);
const best = leastSquares(data);
const bestW = best.w[0]!;
const start = { w: [defaults.w], b: defaults.b };
const mse = (p: { w: number[]; b: number }) => squaredErrorLoss(data, p, CONVENTIONS.textbook);

// Along b at the best slope, the absolute error is flat between the two middle values of y − w·x.
const shifted = Array.from(residuals(data, { w: [bestW], b: 0 })).sort((a, b) => a - b);
const half = shifted.length / 2;
const flatLo = shifted[Math.ceil(half) - 1]!;
const flatHi = shifted[Math.floor(half)]!;
const meanShift = shifted.reduce((s, v) => s + v, 0) / shifted.length;

// The two conventions: the half-mean gradient is half the mean one, so rate η on one is rate η/2 on the other.
const gMean = squaredErrorGradient(data, start, CONVENTIONS.textbook);
const gHalf = squaredErrorGradient(data, start, CONVENTIONS.source000);
const runHalf = gradientDescent(squaredErrorObjective(data, CONVENTIONS.source000), { learningRate: RATE, steps: STEPS });
const runMean = gradientDescent(squaredErrorObjective(data, CONVENTIONS.textbook), { learningRate: RATE / 2, steps: STEPS });
const endHalf = runHalf.params.at(-1)!;
const endMean = runMean.params.at(-1)!;
const closedHalf = closedFormFor(data, CONVENTIONS.source000);

const exercise = { x: [...EXERCISE.x], y: [...EXERCISE.y] };
const exerciseMse = squaredErrorLoss(exercise, { w: [EXERCISE.w], b: EXERCISE.b }, CONVENTIONS.textbook);
const exerciseResiduals = Array.from(residuals(exercise, { w: [EXERCISE.w], b: EXERCISE.b }));

export const internals = { data, best, flatLo, flatHi, meanShift, gMean, gHalf, endHalf, endMean, closedHalf, exerciseMse, exerciseResiduals };

/** Everything pre-formatted for prose. */
export const lesson2 = {
  n: String(defaults.n),
  startW: formatFixed(defaults.w, 0),
  startB: formatFixed(defaults.b, 0),
  startMse: formatFixed(mse(start), 3),
  startMae: formatFixed(absoluteErrorLoss(data, start), 3),
  bestW: formatFixed(bestW, 3),
  bestB: formatFixed(best.b, 3),
  bestMse: formatFixed(mse(best), 3),
  flatLo: formatFixed(flatLo, 2),
  flatHi: formatFixed(flatHi, 2),
  meanShift: formatFixed(meanShift, 2),
  smallMiss: String(MISSES[0]),
  bigMiss: String(MISSES[1]),
  smallSquare: String(MISSES[0] ** 2),
  bigSquare: String(MISSES[1] ** 2),
  missRatio: String(MISSES[1] / MISSES[0]),
  squareRatio: String(MISSES[1] ** 2 / MISSES[0] ** 2),
  gMeanW: formatFixed(gMean.w[0]!, 3),
  gMeanB: formatFixed(gMean.b, 3),
  gHalfW: formatFixed(gHalf.w[0]!, 3),
  gHalfB: formatFixed(gHalf.b, 3),
  rate: String(RATE),
  halfRate: String(RATE / 2),
  steps: String(STEPS),
  endHalfW: formatFixed(endHalf.w[0]!, 6),
  endHalfB: formatFixed(endHalf.b, 6),
  endMeanW: formatFixed(endMean.w[0]!, 6),
  endMeanB: formatFixed(endMean.b, 6),
  closedHalfW: formatFixed(closedHalf.w[0]!, 3),
  closedHalfB: formatFixed(closedHalf.b, 3),
  exerciseMse,
  exerciseMseText: formatFixed(exerciseMse, 3),
  exercisePredictions: EXERCISE.x.map((x) => formatFixed(EXERCISE.w * x + EXERCISE.b, 0)).join(', '),
  exerciseResiduals: exerciseResiduals.map((r) => formatFixed(r, 0)).join(', '),
  exerciseSquares: exerciseResiduals.map((r) => formatFixed(r * r, 0)).join(', '),
  exerciseSum: formatFixed(exerciseResiduals.reduce((s, r) => s + r * r, 0), 0),
};
