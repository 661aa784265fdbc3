import { checkParams, fromTheta, toTheta } from './design';
import type { Objective } from './objective';
import type { Params, RecordTiming } from './types';
import { nonNegativeInteger } from './validate';

/** Options of batch gradient descent. */
export interface DescentOptions {
  /** Starting parameters; defaults to the objective's convention start (zeros, or −1 for 004). */
  start?: Params;
  /** Step size, a finite number ≥ 0. */
  learningRate: number;
  /** Number of updates to make, a non-negative integer. */
  steps: number;
  /** Which losses `recorded` lists; defaults to the objective's convention. */
  record?: RecordTiming;
  /**
   * The run counts as diverged at the first k where lossAt[k] exceeds
   * explodeFactor × max(|lossAt[0]|, Number.MIN_VALUE). Default 1e6.
   * Infinity counts only a loss that is no longer a finite number.
   */
  explodeFactor?: number;
  /**
   * Stop at the step where the run diverged (a figure that draws the blow-up needs no more).
   * Default false: keep going for all `steps`, as the sources' loops do, and stop early only
   * when the loss is no longer finite — past that point every number would be NaN.
   */
  stopOnDivergence?: boolean;
}

/** The whole history of a descent run. */
export interface DescentHistory {
  /** params[k] after k updates, k = 0 … stepsTaken (params[0] is the start). */
  params: Params[];
  /** lossAt[k] is the loss at params[k]; the last one may be Infinity or NaN when the run diverged. */
  lossAt: number[];
  /** gradients[k] is the gradient at params[k], used for update k (k < stepsTaken). */
  gradients: Params[];
  /**
   * The losses as the source would list them, stepsTaken long: lossAt[0 … stepsTaken−1]
   * for `'before'` (002, 003), lossAt[1 … stepsTaken] for `'after'` (000, 004).
   */
  recorded: number[];
  /** The record timing used for `recorded`. */
  record: RecordTiming;
  /** True when the loss stopped being finite or exploded. */
  diverged: boolean;
  /** The first k whose lossAt[k] is not finite or exceeds the explosion threshold, else null. */
  divergedAt: number | null;
  /**
   * Updates actually made: `steps`, or fewer when the loss stopped being finite (the run ends at
   * that k) or, with `stopOnDivergence`, when it exploded (the run ends at `divergedAt`).
   */
  stepsTaken: number;
}

/** The options checked, with their defaults. Internal (descent-resume.ts uses it too). */
export function checkOptions(objective: Objective, options: DescentOptions): { start: Params; explodeFactor: number; record: RecordTiming } {
  if (options == null || typeof options !== 'object') {
    throw new TypeError(`invalid options; expected { learningRate, steps }, got ${String(options)}`);
  }
  const { learningRate, steps } = options;
  if (typeof learningRate !== 'number' || !Number.isFinite(learningRate) || learningRate < 0) {
    throw new RangeError(`invalid learningRate; expected a finite number ≥ 0, got ${String(learningRate)}`);
  }
  nonNegativeInteger(steps, 'steps');
  const explodeFactor = options.explodeFactor ?? 1e6;
  if (typeof explodeFactor !== 'number' || Number.isNaN(explodeFactor) || explodeFactor <= 1) {
    throw new RangeError(`invalid explodeFactor; expected a number > 1 (or Infinity), got ${String(explodeFactor)}`);
  }
  const record = options.record ?? objective.record;
  if (record !== 'before' && record !== 'after') {
    throw new RangeError(`invalid record; expected 'before' or 'after', got ${String(record)}`);
  }
  const start = options.start ?? objective.start;
  checkParams(start, objective.dimension, 'start');
  for (const v of [...start.w, start.b]) {
    if (!Number.isFinite(v)) throw new RangeError(`invalid start; expected finite numbers, got ${v}`);
  }
  return { start, explodeFactor, record };
}

/**
 * Batch gradient descent θ ← θ − learningRate·∇L(θ), every parameter
 * updated at once from one gradient, for `steps` updates. A run whose loss
 * explodes is flagged (`diverged`, `divergedAt`) and, like the sources' loops,
 * carried on while its numbers stay finite; `stopOnDivergence` ends it at the
 * blow-up instead, keeping the exploded point. With the objective's defaults it reproduces the source's
 * run: `gradientDescent(squaredErrorObjective(data, CONVENTIONS.source000),
 * { learningRate: 0.1, steps: 100 }).recorded` is 000's `costs`.
 */
export function gradientDescent(objective: Objective, options: DescentOptions): DescentHistory {
  const checked = checkOptions(objective, options);
  return descend(objective, options, checked, startOf(checked.start));
}

/** A run not yet begun: its history holds a copy of the start, not the caller's object. Internal. */
export function startOf(start: Params): PartialRun {
  return { params: [fromTheta(toTheta(start))], lossAt: [], gradients: [], divergedAt: null };
}

/** A run so far: what `descend` carries on from. Internal. */
export interface PartialRun {
  params: Params[];
  lossAt: number[];
  gradients: Params[];
  divergedAt: number | null;
}

/** Internal: runs the descent on from the last of `run.params` (whose loss `run.lossAt` may already hold) to `options.steps`. */
export function descend(objective: Objective, options: DescentOptions, checked: ReturnType<typeof checkOptions>, run: PartialRun): DescentHistory {
  const { explodeFactor, record } = checked;
  const { learningRate, steps } = options;
  const stopOnDivergence = options.stopOnDivergence ?? false;
  const size = objective.dimension + 1;
  const { params, lossAt, gradients } = run;
  let { divergedAt } = run;
  // Stepped in place: the history keeps copies (fromTheta), and a buffer a step allocated was garbage by the next.
  const theta = toTheta(params[params.length - 1]!);
  const thresholdOf = (first: number) => explodeFactor * Math.max(Math.abs(first), Number.MIN_VALUE);
  let threshold = lossAt.length > 0 ? thresholdOf(lossAt[0]!) : Infinity;
  const grad = new Float64Array(size);
  for (let k = params.length - 1; ; k++) {
    const evaluated = objective.evaluate(theta, grad);
    // A resumed run has the loss at its last point already, and has judged it.
    if (k === lossAt.length) {
      lossAt.push(evaluated);
      if (k === 0) threshold = thresholdOf(evaluated);
      if (divergedAt === null && (!Number.isFinite(evaluated) || evaluated > threshold)) divergedAt = k;
    }
    const loss = lossAt[k]!;
    if (!Number.isFinite(loss) || (divergedAt !== null && stopOnDivergence)) break;
    if (k === steps) break;
    gradients.push(fromTheta(grad));
    for (let j = 0; j < size; j++) theta[j] = theta[j]! - learningRate * grad[j]!;
    params.push(fromTheta(theta));
  }
  return finish(params, lossAt, gradients, divergedAt, record);
}

/** The history of a finished run. Internal. */
export function finish(params: Params[], lossAt: number[], gradients: Params[], divergedAt: number | null, record: RecordTiming): DescentHistory {
  const stepsTaken = params.length - 1;
  const recorded = record === 'before' ? lossAt.slice(0, stepsTaken) : lossAt.slice(1, stepsTaken + 1);
  return { params, lossAt, gradients, recorded, record, diverged: divergedAt !== null, divergedAt, stepsTaken };
}
