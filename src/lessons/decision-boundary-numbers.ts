/**
 * Numbers lesson 11's prose quotes, computed by the engine at build time from the figure's defaults.
 */
import { accuracy, predictProbability } from '../engine/logistic';
import { CONVENTIONS, withL2 } from '../engine/conventions';
import { crossEntropyObjective } from '../engine/cross-entropy-objective';
import { gradientDescent } from '../engine/descent';
import { weightNorm } from '../engine/metrics';
import { decisionBoundaryFigure as spec, planeClasses, TRAINING_STEPS } from '../figures/decision-boundary';
import { formatFixed } from '../lib/format';

/** Separation at which the two clouds no longer overlap for the default seed (checked by a test). */
export const SEPARABLE_AT = 6;
/** A penalty strong enough to stop the growth; a setting the prose suggests to the reader. */
export const SUGGESTED_LAMBDA = 0.5;
const EARLY = 200;

export function run(separation: number, lambda: number) {
  const data = planeClasses(separation, spec.seed.default);
  const history = gradientDescent(crossEntropyObjective(data, withL2(CONVENTIONS.textbookLogistic, lambda)), { learningRate: spec.lr.default, steps: TRAINING_STEPS });
  return { data, history, norm: history.params.map(weightNorm), accuracy: (k: number) => accuracy(data, history.params[k]!) };
}

export const overlapping = run(spec.separation.default, 0);
export const separableFree = run(SEPARABLE_AT, 0);
export const separablePenalised = run(SEPARABLE_AT, SUGGESTED_LAMBDA);

export const exercise = { w1: 2, w2: -1, b: 1, x1: 0, x2: 3 };
export const exerciseAnswer = predictProbability([[exercise.x1, exercise.x2]], { w: [exercise.w1, exercise.w2], b: exercise.b })[0]!;

export const lesson11 = {
  n: String(overlapping.data.X.length),
  steps: String(TRAINING_STEPS),
  early: String(EARLY),
  separation: formatFixed(spec.separation.default, 0),
  separableAt: formatFixed(SEPARABLE_AT, 0),
  lambda: formatFixed(SUGGESTED_LAMBDA, 1),
  overlappingAccuracy: formatFixed(100 * overlapping.accuracy(TRAINING_STEPS), 0),
  overlappingLoss: formatFixed(overlapping.history.lossAt[TRAINING_STEPS]!, 3),
  freeEarlyNorm: formatFixed(separableFree.norm[EARLY]!, 2),
  freeLateNorm: formatFixed(separableFree.norm[TRAINING_STEPS]!, 2),
  freeLateLoss: formatFixed(separableFree.history.lossAt[TRAINING_STEPS]!, 4),
  penalisedEarlyNorm: formatFixed(separablePenalised.norm[EARLY]!, 2),
  penalisedLateNorm: formatFixed(separablePenalised.norm[TRAINING_STEPS]!, 2),
  exerciseZ: formatFixed(exercise.w1 * exercise.x1 + exercise.w2 * exercise.x2 + exercise.b, 0),
  exerciseAnswer: formatFixed(exerciseAnswer, 3),
  exerciseAnswerValue: exerciseAnswer,
};
