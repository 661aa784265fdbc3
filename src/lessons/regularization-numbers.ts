/** Numbers lesson 8's prose quotes: source 000's outlier experiment and the ridge solution, from the engine. */
import { CONVENTIONS, withL2 } from '../engine/conventions';
import { gradientDescent } from '../engine/descent';
import { leastSquares, ridge, ridgeAlphaFor } from '../engine/closed-form';
import { rSquared, predict } from '../engine/linear';
import { SOURCE_000_OUTLIERS } from '../engine/datasets';
import { squaredErrorObjective } from '../engine/objective';
import { OUTLIER_LAMBDAS, OUTLIER_RUN, outlierData } from '../figures/regularization';
import { formatFixed } from '../lib/format';

const { clean, data } = outlierData();
export const outlierRuns = OUTLIER_LAMBDAS.map((lambda) => {
  const run = gradientDescent(squaredErrorObjective(data, withL2(CONVENTIONS.source000, lambda)), OUTLIER_RUN);
  return { lambda, run, last: run.params.at(-1)! };
});
export const cleanFit = leastSquares(clean);
/** In 000's convention, the λ that would pull the slope halfway to zero: (λ/n) = E[(x − x̄)²]. */
const n = data.x.length;
const meanX = Array.from(data.x).reduce((a, c) => a + c, 0) / n;
const varX = Array.from(data.x).reduce((a, c) => a + (c - meanX) ** 2, 0) / n;
export const halfwayLambda = n * varX;
export const halfway = ridge(data, ridgeAlphaFor(n, withL2(CONVENTIONS.source000, halfwayLambda)));
export const cleanR2 = rSquared(clean.y, predict(clean.x, cleanFit));

const w = (k: number) => formatFixed(outlierRuns[k]!.last.w[0]!, 3);
export const lesson8 = {
  n: String(n),
  outliers: String(SOURCE_000_OUTLIERS.x.length),
  lambdas: OUTLIER_LAMBDAS.join(', '),
  w0: w(0),
  w1: w(3),
  wShift: formatFixed(Math.abs(outlierRuns[0]!.last.w[0]! - outlierRuns[3]!.last.w[0]!), 4),
  cleanW: formatFixed(cleanFit.w[0]!, 3),
  halfwayLambda: String(Math.round(halfwayLambda)),
  halfwayW: formatFixed(halfway.w[0]!, 3),
  steps: String(OUTLIER_RUN.steps),
  lr: String(OUTLIER_RUN.learningRate),
};

/** The ridge exercise and the closed form, on the clean points in the book's convention. */
const cx = Array.from(outlierData().clean.x);
const cy = Array.from(outlierData().clean.y);
const mx = cx.reduce((a, c) => a + c, 0) / cx.length;
const my = cy.reduce((a, c) => a + c, 0) / cy.length;
export const Sxx = cx.reduce((a, c) => a + (c - mx) ** 2, 0);
export const Sxy = cx.reduce((a, c, i) => a + (c - mx) * (cy[i]! - my), 0);
export const EXERCISE_LAMBDA = 20;
export const exerciseRidge = ridge(outlierData().clean, ridgeAlphaFor(cx.length, withL2(CONVENTIONS.textbook, EXERCISE_LAMBDA)));
export const lesson8Exercise = {
  Sxx: formatFixed(Sxx, 2),
  Sxy: formatFixed(Sxy, 2),
  lambda: String(EXERCISE_LAMBDA),
  n: String(cx.length),
  answer: exerciseRidge.w[0]!,
  answerText: formatFixed(exerciseRidge.w[0]!, 4),
  meanY: formatFixed(my, 3),
};
