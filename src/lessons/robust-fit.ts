/**
 * The fits of lesson 15, shared by its figure and its prose: least squares in closed form, and MAE
 * and Huber by full-batch (sub)gradient descent with a decaying rate (their losses have no closed
 * form; the decay lets the subgradient steps of MAE settle).
 */
import { leastSquares } from '../engine/closed-form';
import { fromTheta, toTheta } from '../engine/design';
import { absoluteErrorObjective, huberObjective, type RobustLoss } from '../engine/robust';
import { rateAt, type LearningRateSchedule } from '../engine/schedule';
import { stochasticDescent } from '../engine/stochastic';
import { type Params } from '../engine/types';
import { ROBUST_FIT } from '../figures/robust';
import { outlierData } from '../figures/regularization';

export const ROBUST_DATA = outlierData();

const SCHEDULE: LearningRateSchedule = { kind: 'inverse-time', rate: ROBUST_FIT.rate, decay: ROBUST_FIT.decay };

/**
 * The fit as the engine's `stochasticDescent` makes it with the whole data set as its one batch,
 * unshuffled (`robustFitHistory`), and to the last bit the same: the same updates in the same order.
 * It keeps only θ, not the history, because the figure refits at every step of the δ slider.
 */
export function robustFit(loss: RobustLoss): Params {
  const { data } = ROBUST_DATA;
  const objective = loss.kind === 'huber' ? huberObjective(data, loss.delta) : absoluteErrorObjective(data);
  const theta = toTheta(objective.start);
  const grad = new Float64Array(theta.length);
  for (let k = 0; k < ROBUST_FIT.epochs; k++) {
    objective.evaluate(theta, grad);
    const alpha = rateAt(SCHEDULE, k);
    for (let j = 0; j < theta.length; j++) theta[j] = theta[j]! - alpha * grad[j]!;
  }
  return fromTheta(theta);
}

/** The same fit with its whole history (every step's θ, loss and gradient). */
export function robustFitHistory(loss: RobustLoss) {
  const { data } = ROBUST_DATA;
  return stochasticDescent(data, loss, {
    batchSize: data.x.length,
    learningRate: SCHEDULE,
    epochs: ROBUST_FIT.epochs,
    shuffle: false,
    seed: 0,
  });
}

export const MSE_FIT = leastSquares(ROBUST_DATA.data);
export const CLEAN_FIT = leastSquares(ROBUST_DATA.clean);
