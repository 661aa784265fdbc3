/**
 * Numbers lesson 4's prose quotes, computed by the engine at build time.
 */
import { CONVENTIONS } from '../engine/conventions';
import { leastSquares } from '../engine/closed-form';
import { linearData, SOURCE_003_DATA } from '../engine/datasets';
import { squaredErrorGradient, squaredErrorLoss } from '../engine/linear';
import { gradientFigure } from '../figures/gradient';
import { formatFixed } from '../lib/format';

const data = linearData(SOURCE_003_DATA);
const start = { w: [gradientFigure.w.default], b: gradientFigure.b.default };
export const startGradient = squaredErrorGradient(data, start, CONVENTIONS.textbook);
export const best = leastSquares(data);
export const bestGradient = squaredErrorGradient(data, best, CONVENTIONS.textbook);

/** The exercise: three points small enough to do by hand. */
export const EXERCISE = { x: [1, 2, 3], y: [2, 3, 5], w: 0, b: 0 } as const;
export const exerciseGradient = squaredErrorGradient({ x: [...EXERCISE.x], y: [...EXERCISE.y] }, { w: [EXERCISE.w], b: EXERCISE.b }, CONVENTIONS.textbook);
export const exerciseLoss = squaredErrorLoss({ x: [...EXERCISE.x], y: [...EXERCISE.y] }, { w: [EXERCISE.w], b: EXERCISE.b }, CONVENTIONS.textbook);

export const lesson4 = {
  n: String(data.x.length),
  startDw: formatFixed(startGradient.w[0]!, 2),
  startDb: formatFixed(startGradient.b, 2),
  bestW: formatFixed(best.w[0]!, 3),
  bestB: formatFixed(best.b, 3),
  exerciseDw: formatFixed(exerciseGradient.w[0]!, 3),
  exerciseDwValue: exerciseGradient.w[0]!,
  exerciseDb: formatFixed(exerciseGradient.b, 3),
  exerciseLoss: formatFixed(exerciseLoss, 3),
};
