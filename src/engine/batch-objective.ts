import type { AnyObjective } from './any-objective';
import { checkConvention, l2Coefficient, l2Value, type Convention } from './conventions';
import { toDesign, type Design } from './design';
import { squaredErrorGradientFrom, squaredErrorLossAt } from './linear';
import { crossEntropyGradientFrom, crossEntropyLossAt, toLogisticDesign } from './logistic';
import { crossEntropyObjective } from './cross-entropy-objective';
import { squaredErrorObjective } from './objective';
import { absoluteErrorObjective, checkRobustLoss, huberObjective, robustGradientFrom, robustLossAt, type RobustLoss } from './robust';
import type { Dataset } from './types';

/** What a mini-batch run minimises: a squared-error or cross-entropy convention, or a robust loss. */
export type BatchLoss = Convention | RobustLoss;

/**
 * A loss that can be evaluated on any subset of the data. Internal: what
 * `stochasticDescent` builds from (data, loss).
 */
export interface BatchObjective {
  /** The loss on all n points (what a history records at every step). */
  readonly full: AnyObjective;
  readonly n: number;
  /**
   * The batch loss at θ — the data term averaged over the batch's points,
   * plus the convention's L2 penalty computed with the full n — with its
   * gradient written into `out`. Averaging over the batch but penalising
   * with the full n makes the batch gradient an unbiased estimate of the
   * full one; a batch of all n points in ascending order gives the full
   * objective's numbers bit for bit.
   */
  evaluateBatch(theta: Float64Array, indices: readonly number[], out: Float64Array): number;
}

/** True when `indices` is 0, 1, …, n − 1: a full batch in the data's own order. */
function isWholeInOrder(indices: readonly number[], n: number): boolean {
  if (indices.length !== n) return false;
  for (let i = 0; i < n; i++) if (indices[i] !== i) return false;
  return true;
}

/**
 * The rows `indices` of `design`, with a scratch row, written into buffers kept for the batch's
 * size (a run's batches come in at most two sizes) rather than new arrays at every step: SGD's
 * thousands of one-point batches made the page collect garbage on every frame of a rate slider.
 * A full batch in order is the design itself: full-batch runs (a robust fit, batch size n
 * without shuffling) would otherwise copy every row at every step.
 */
function batchRows(design: Design, indices: readonly number[], kept: Map<number, { batch: Design; scratch: Float64Array }>): { batch: Design; scratch: Float64Array } {
  const m = indices.length;
  let buffers = kept.get(m);
  if (!buffers) kept.set(m, (buffers = { batch: { n: m, d: design.d, X: new Float64Array(m * design.d), y: new Float64Array(m) }, scratch: new Float64Array(m) }));
  if (isWholeInOrder(indices, design.n)) return { batch: design, scratch: buffers.scratch };
  const { d } = design;
  const { X, y } = buffers.batch;
  for (let r = 0; r < m; r++) {
    const i = indices[r]!;
    for (let j = 0; j < d; j++) X[r * d + j] = design.X[i * d + j]!;
    y[r] = design.y[i]!;
  }
  return buffers;
}

/** Builds the batch objective of `data` under `loss` (checked; errors name the bad value). Internal. */
export function batchObjective(data: Dataset, loss: BatchLoss): BatchObjective {
  if (loss == null || typeof loss !== 'object') {
    throw new TypeError(`invalid loss; expected a convention such as CONVENTIONS.textbook or { kind: 'huber', delta }, got ${String(loss)}`);
  }
  if (loss.kind === 'absolute-error' || loss.kind === 'huber') {
    const robust = checkRobustLoss(loss);
    const design = toDesign(data);
    const full = robust.kind === 'huber' ? huberObjective(data, robust.delta) : absoluteErrorObjective(data);
    const kept = new Map<number, { batch: Design; scratch: Float64Array }>();
    return {
      full,
      n: design.n,
      evaluateBatch(theta, indices, out) {
        const { batch, scratch } = batchRows(design, indices, kept);
        const value = robustLossAt(batch, theta, robust, scratch);
        robustGradientFrom(batch, scratch, out);
        return value;
      },
    };
  }
  checkConvention(loss);
  const convention = { ...loss, l2: { ...loss.l2 } } as Convention;
  // The data term comes from the batch; the penalty is added with the full n (see evaluateBatch).
  const dataOnly = { ...convention, l2: { ...convention.l2, lambda: 0 } } as Convention;
  const design = convention.kind === 'squared-error' ? toDesign(data) : toLogisticDesign(data);
  const full = convention.kind === 'squared-error' ? squaredErrorObjective(data, convention) : crossEntropyObjective(data, convention);
  const { n, d } = design;
  const { l2 } = convention;
  const c = l2Coefficient(l2, n);
  const kept = new Map<number, { batch: Design; scratch: Float64Array }>();
  return {
    full,
    n,
    evaluateBatch(theta, indices, out) {
      const { batch, scratch } = batchRows(design, indices, kept);
      let value: number;
      if (dataOnly.kind === 'squared-error') {
        value = squaredErrorLossAt(batch, theta, dataOnly, scratch);
        squaredErrorGradientFrom(batch, theta, dataOnly, scratch, out);
      } else {
        value = crossEntropyLossAt(batch, theta, dataOnly, scratch);
        crossEntropyGradientFrom(batch, theta, dataOnly, scratch, out);
      }
      // Same order of operations as the full objective's, so a full batch reproduces it exactly.
      value += l2Value(l2, theta, d, n);
      if (c !== 0) {
        for (let j = 0; j < d; j++) out[j]! += c * theta[j]!;
        if (l2.penalizeBias) out[d]! += c * theta[d]!;
      }
      return value;
    },
  };
}
