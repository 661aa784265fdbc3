/** Numbers lesson 7's prose quotes, from the engine at build time. */
import { CONVENTIONS } from '../engine/conventions';
import { fitOperationCounts } from '../engine/multi-feature';
import { gradientDescent } from '../engine/descent';
import { leastSquares } from '../engine/closed-form';
import { predict, rSquared } from '../engine/linear';
import { squaredErrorObjective } from '../engine/objective';
import { stabilityLimit } from '../engine/hessian';
import { FEATURE_STEPS, featuresData, featuresFigure, RACE, TRUE_INTERCEPT, TRUE_WEIGHTS } from '../figures/many-features';
import { formatFixed, formatSignificant } from '../lib/format';

const data = featuresData(featuresFigure.noise.default);
export const best = leastSquares(data);
export const run = gradientDescent(squaredErrorObjective(data, CONVENTIONS.textbook), { learningRate: featuresFigure.lr.default, steps: FEATURE_STEPS });
export const r2 = rSquared(data.y, predict(data.X, best));
export const limit = stabilityLimit(data, CONVENTIONS.textbook);

/** The number of descent steps at which it costs as much as the closed form: k = (n·m² + m³/3)/(2·n·m). */
export function breakEvenSteps(n: number, d: number): number {
  const c = fitOperationCounts(n, d, 1);
  return c.closedForm / c.descent;
}

export const lesson7 = {
  n: String(data.y.length),
  d: String(TRUE_WEIGHTS.length),
  trueWeights: TRUE_WEIGHTS.join(', '),
  trueIntercept: String(TRUE_INTERCEPT),
  bestWeights: best.w.map((w) => formatFixed(w, 3)).join(', '),
  bestB: formatFixed(best.b, 3),
  finalWeights: run.params.at(-1)!.w.map((w) => formatFixed(w, 3)).join(', '),
  steps: String(FEATURE_STEPS),
  r2: formatFixed(r2, 3),
  limit: formatSignificant(limit, 3),
  raceN: String(RACE.n),
  raceSteps: String(RACE.steps),
  breakEven10: formatSignificant(breakEvenSteps(RACE.n, 10), 2),
  breakEven1000: formatSignificant(breakEvenSteps(1_000_000, 1000), 3),
  breakEven10000: formatSignificant(breakEvenSteps(1_000_000, 10_000), 3),
};
