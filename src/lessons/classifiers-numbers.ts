/**
 * Numbers lesson 9's prose quotes, computed by the engine at build time from 004's data sets and
 * from the lesson's figures' own defaults.
 */
import { CONVENTIONS } from '../engine/conventions';
import { crossEntropyObjective } from '../engine/cross-entropy-objective';
import { gradientDescent } from '../engine/descent';
import { leastSquares } from '../engine/closed-form';
import { linearCrossing, logisticBoundary } from '../engine/decision';
import { predict } from '../engine/linear';
import { predictProbability, sigmoid } from '../engine/logistic';
import { type XY } from '../engine/datasets';
import { farClusterData, lineClassifierFigure } from '../figures/classifiers';
import { formatFixed } from '../lib/format';

function mistakes(scores: ArrayLike<number>, labels: ArrayLike<number>, cut: number): number {
  let count = 0;
  for (let i = 0; i < labels.length; i++) if ((scores[i]! >= cut ? 1 : 0) !== labels[i]) count++;
  return count;
}

/** A least-squares line used as a classifier: class 1 where it is above 0.5. */
export function lineAsClassifier(data: XY) {
  const line = leastSquares(data);
  const fitted = predict(data.x, line);
  return { line, errors: mistakes(fitted, data.y, 0.5), boundary: linearCrossing(line, 0.5), highest: Math.max(...fitted), n: data.x.length };
}

/** The logistic fit lesson 10 finds by descent (textbook convention, from zero). */
export function logisticFit(data: XY) {
  const run = gradientDescent(crossEntropyObjective(data, CONVENTIONS.textbookLogistic), { learningRate: 1, steps: 2000 });
  const params = run.params.at(-1)!;
  return { params, errors: mistakes(predictProbability(data.x, params), data.y, 0.5), boundary: logisticBoundary(params) };
}

const atSource = farClusterData(lineClassifierFigure.far.default);
const atNear = farClusterData(lineClassifierFigure.far.min);
const atFar = farClusterData(lineClassifierFigure.far.max);
export const lineAtSource = lineAsClassifier(atSource);
export const lineAtNear = lineAsClassifier(atNear);
export const lineAtFar = lineAsClassifier(atFar);
export const logisticAtSource = logisticFit(atSource);
export const logisticAtFar = logisticFit(atFar);

/** The checked exercise: where is the model undecided for these settings? */
export const exercise = { w: 2, b: -3, boundary: logisticBoundary({ w: [2], b: -3 })! };

const boundary = (x: number | null) => (x === null ? 'nowhere' : formatFixed(x, 2));

export const lesson9 = {
  n: String(lineAtSource.n),
  farDefault: formatFixed(lineClassifierFigure.far.default, 0),
  farMax: formatFixed(lineClassifierFigure.far.max, 0),
  nearErrors: String(lineAtNear.errors),
  nearBoundary: boundary(lineAtNear.boundary),
  sourceErrors: String(lineAtSource.errors),
  sourceBoundary: boundary(lineAtSource.boundary),
  sourceHighest: formatFixed(lineAtSource.highest, 2),
  farErrors: String(lineAtFar.errors),
  farBoundary: boundary(lineAtFar.boundary),
  logisticSourceErrors: String(logisticAtSource.errors),
  logisticSourceBoundary: boundary(logisticAtSource.boundary),
  logisticFarErrors: String(logisticAtFar.errors),
  logisticFarBoundary: boundary(logisticAtFar.boundary),
  sigmoidAt2: formatFixed(sigmoid(2), 3),
  sigmoidAtMinus2: formatFixed(sigmoid(-2), 3),
  exerciseW: formatFixed(exercise.w, 0),
  exerciseB: formatFixed(exercise.b, 0),
  exerciseBoundary: formatFixed(exercise.boundary, 2),
  exerciseBoundaryValue: exercise.boundary,
};
