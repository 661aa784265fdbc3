import type { Params, RecordTiming } from './types';

/**
 * Any loss over Params with its gradient (or a subgradient where the loss has
 * a crease): every `Objective` (squared error, cross-entropy) fits, and so do
 * the quadratic bowls and the robust losses of Part III, whose `kind` is
 * their own. The optimisers and `objectiveGrid` take one of these.
 */
export interface AnyObjective {
  /** What the loss is: `'squared-error'`, `'cross-entropy'`, `'quadratic'`, `'absolute-error'`, `'huber'`, … */
  readonly kind: string;
  /** d, the number of weights; θ = (w₀ … w_{d−1}, b) has d + 1 entries. */
  readonly dimension: number;
  /** Where a run starts unless told otherwise. */
  readonly start: Params;
  /** Whether a history's `recorded` lists the loss before or after each update. */
  readonly record: RecordTiming;
  /** The loss at params. */
  loss(params: Params): number;
  /** The (sub)gradient at params, shaped like Params. */
  gradient(params: Params): Params;
  /**
   * The fast path: the loss at θ = (w₀…w_{d−1}, b), with the (sub)gradient
   * written into `gradientOut` (length d + 1). Nothing is checked.
   */
  evaluate(theta: Float64Array, gradientOut: Float64Array): number;
}
