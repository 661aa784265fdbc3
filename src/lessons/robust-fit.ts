/**
 * The fits of lesson 15, shared by its figure and its prose: least squares in closed form, and MAE
 * and Huber by full-batch (sub)gradient descent with a decaying rate (their losses have no closed
 * form; the decay lets the subgradient steps of MAE settle).
 */
import { leastSquares } from '../engine/closed-form';
import { stochasticDescent } from '../engine/stochastic';
import { type Params } from '../engine/types';
import { type RobustLoss } from '../engine/robust';
import { ROBUST_FIT } from '../figures/robust';
import { outlierData } from '../figures/regularization';

export const ROBUST_DATA = outlierData();

export function robustFit(loss: RobustLoss): Params {
  const { data } = ROBUST_DATA;
  const run = stochasticDescent(data, loss, {
    batchSize: data.x.length,
    learningRate: { kind: 'inverse-time', rate: ROBUST_FIT.rate, decay: ROBUST_FIT.decay },
    epochs: ROBUST_FIT.epochs,
    shuffle: false,
    seed: 0,
  });
  return run.params.at(-1)!;
}

export const MSE_FIT = leastSquares(ROBUST_DATA.data);
export const CLEAN_FIT = leastSquares(ROBUST_DATA.clean);
