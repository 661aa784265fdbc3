import { batchObjective, type BatchLoss } from './batch-objective';
import type { DescentHistory } from './descent';
import { fromTheta, toTheta } from './design';
import { permutationFrom } from './permutation';
import { createNumpyRandom, validateSeed } from './random';
import { checkRunOptions, HistoryRecorder, type RunOptions } from './run-history';
import { rateAt, toSchedule, type LearningRate } from './schedule';
import type { Dataset } from './types';
import { nonNegativeInteger, positiveInteger } from './validate';

/** Options of `stochasticDescent`. Give exactly one of `epochs` and `steps`. */
export interface StochasticOptions extends RunOptions {
  /**
   * Points per update, an integer in [1, n]: 1 is stochastic gradient
   * descent, n is batch descent. A batch size above n is rejected (not
   * clamped), so a figure never silently runs something other than it says.
   */
  batchSize: number;
  /** α, a finite number ≥ 0, or a `LearningRateSchedule` over the update number k. */
  learningRate: LearningRate;
  /** Number of passes over the data: epochs·⌈n / batchSize⌉ updates. */
  epochs?: number;
  /** Number of updates (epochs continue across as needed; the last may be partial). */
  steps?: number;
  /** Shuffle the points at the start of every epoch; default true. */
  shuffle?: boolean;
  /** Seed of the shuffling (an integer in [0, 2³² − 1]); required when shuffling. */
  seed?: number;
}

/**
 * The whole history of a mini-batch run: `DescentHistory`'s fields, where
 * lossAt[k] is the full-data loss at params[k] and gradients[k] the batch
 * gradient update k used, plus the batches themselves.
 */
export interface StochasticHistory extends DescentHistory {
  /** batches[k]: the indices of the points update k used, ascending. */
  batches: number[][];
  /** batchLoss[k]: the loss on batch k at params[k] (what the update saw), penalty included. */
  batchLoss: number[];
  /** learningRates[k] = α_k, the rate of update k. */
  learningRates: number[];
  /** epochStarts[e]: the update k that begins epoch e (epochStarts[0] = 0); one entry per epoch begun. */
  epochStarts: number[];
  /** ⌈n / batchSize⌉, updates per full epoch. */
  stepsPerEpoch: number;
  batchSize: number;
}

/**
 * Mini-batch stochastic gradient descent on `data` under `loss` (a
 * squared-error or cross-entropy convention, or a robust loss):
 * θ_{k+1} = θ_k − α_k·∇L_{B_k}(θ_k), where L_B is the loss averaged over
 * the batch B_k (the L2 penalty still uses the full n, so E[∇L_B] = ∇L).
 * Each epoch orders the n points by `permutation` of a NumPy legacy
 * generator seeded once with `seed` (so epoch e's order is the e-th
 * `np.random.permutation(n)` after `np.random.seed(seed)`), or as given when
 * `shuffle` is false, and cuts that order into consecutive batches of
 * `batchSize`; the last batch of an epoch holds the remaining n mod batchSize
 * points when batchSize does not divide n (it is not dropped). Each batch is
 * used in ascending index order — a batch is a set, and this makes
 * batchSize = n reproduce `gradientDescent` bit for bit. The full-data loss
 * is recorded at every step and divergence is flagged as in `gradientDescent`.
 */
export function stochasticDescent(data: Dataset, loss: BatchLoss, options: StochasticOptions): StochasticHistory {
  if (options == null || typeof options !== 'object') {
    throw new TypeError(`invalid options; expected { batchSize, learningRate, epochs or steps, seed }, got ${String(options)}`);
  }
  const problem = batchObjective(data, loss);
  const { n, full } = problem;
  const batchSize = positiveInteger(options.batchSize, 'batchSize');
  if (batchSize > n) throw new RangeError(`invalid batchSize; expected an integer in [1, ${n}] (the number of points), got ${batchSize}`);
  const schedule = toSchedule(options.learningRate);
  const stepsPerEpoch = Math.ceil(n / batchSize);
  if ((options.epochs == null) === (options.steps == null)) {
    throw new RangeError(`invalid options; expected exactly one of epochs and steps, got ${options.epochs == null ? 'neither' : 'both'}`);
  }
  const steps = options.steps != null ? nonNegativeInteger(options.steps, 'steps') : nonNegativeInteger(options.epochs, 'epochs') * stepsPerEpoch;
  const shuffle = options.shuffle ?? true;
  if (typeof shuffle !== 'boolean') throw new TypeError(`invalid shuffle; expected true or false, got ${String(shuffle)}`);
  // The seed is checked even when unused, so a bad one never passes silently.
  if (shuffle || options.seed != null) validateSeed(options.seed);
  const random = shuffle ? createNumpyRandom(options.seed!) : null;
  const run = checkRunOptions(full, options);
  const size = full.dimension + 1;
  const recorder = new HistoryRecorder(run);
  const batches: number[][] = [];
  const batchLoss: number[] = [];
  const learningRates: number[] = [];
  const epochStarts: number[] = [];
  const grad = new Float64Array(size);
  const batchGrad = new Float64Array(size);
  let order: number[] = [];
  // Stepped in place: the history keeps copies (fromTheta).
  const theta = toTheta(run.start);
  for (let k = 0; ; k++) {
    const value = full.evaluate(theta, grad);
    if (recorder.visit(theta, value) || k === steps) break;
    const position = (k % stepsPerEpoch) * batchSize;
    if (position === 0) {
      epochStarts.push(k);
      order = random ? permutationFrom(random, n) : Array.from({ length: n }, (_, i) => i);
    }
    const batch = order.slice(position, position + batchSize).sort((a, b) => a - b);
    batchLoss.push(problem.evaluateBatch(theta, batch, batchGrad));
    const alpha = rateAt(schedule, k);
    batches.push(batch);
    learningRates.push(alpha);
    recorder.gradients.push(fromTheta(batchGrad));
    for (let j = 0; j < size; j++) theta[j] = theta[j]! - alpha * batchGrad[j]!;
  }
  return { ...recorder.finish(), batches, batchLoss, learningRates, epochStarts, stepsPerEpoch, batchSize };
}
