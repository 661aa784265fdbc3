import type { AnyObjective } from './any-objective';
import type { DescentHistory } from './descent';
import { checkParams, fromTheta } from './design';
import type { Params, RecordTiming } from './types';
import { nonNegativeInteger } from './validate';

/**
 * Options every Part III optimiser shares with `gradientDescent`, with the
 * same meaning and defaults (see `DescentOptions`).
 */
export interface RunOptions {
  /** Starting parameters; defaults to the objective's `start`. */
  start?: Params;
  /** Which losses `recorded` lists; defaults to the objective's `record`. */
  record?: RecordTiming;
  /** Diverged at the first k with lossAt[k] > explodeFactor × max(|lossAt[0]|, Number.MIN_VALUE); default 1e6. */
  explodeFactor?: number;
  /** End the run at the step where it diverged instead of carrying on while the loss stays finite. Default false. */
  stopOnDivergence?: boolean;
}

/** Checked shared options. Internal. */
export interface CheckedRun {
  start: Params;
  record: RecordTiming;
  explodeFactor: number;
  stopOnDivergence: boolean;
}

/** Checks the options shared with `gradientDescent`, naming the bad one. Internal. */
export function checkRunOptions(objective: AnyObjective, options: RunOptions): CheckedRun {
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
  const stopOnDivergence = options.stopOnDivergence ?? false;
  if (typeof stopOnDivergence !== 'boolean') {
    throw new TypeError(`invalid stopOnDivergence; expected true or false, got ${String(stopOnDivergence)}`);
  }
  return { start, record, explodeFactor, stopOnDivergence };
}

/** Checks `steps`, or `epochs` converted by the caller. Internal. */
export function checkSteps(steps: unknown): number {
  return nonNegativeInteger(steps, 'steps');
}

/**
 * Collects a run's history with `gradientDescent`'s rules: the loss is
 * watched for divergence at every k, a non-finite loss ends the run, and
 * `stopOnDivergence` ends it at the blow-up. Internal.
 */
export class HistoryRecorder {
  readonly params: Params[] = [];
  readonly lossAt: number[] = [];
  readonly gradients: Params[] = [];
  divergedAt: number | null = null;
  private threshold = Infinity;
  private readonly run: CheckedRun;

  constructor(run: CheckedRun) {
    this.run = run;
  }

  /** Records θ_k and its loss; returns true when the run must end here. */
  visit(theta: ArrayLike<number>, loss: number): boolean {
    const k = this.lossAt.length;
    this.params.push(fromTheta(theta));
    this.lossAt.push(loss);
    if (k === 0) this.threshold = this.run.explodeFactor * Math.max(Math.abs(loss), Number.MIN_VALUE);
    const finite = Number.isFinite(loss);
    if (this.divergedAt === null && (!finite || loss > this.threshold)) this.divergedAt = k;
    return !finite || (this.divergedAt !== null && this.run.stopOnDivergence);
  }

  /** The history in `DescentHistory`'s shape. */
  finish(): DescentHistory {
    const stepsTaken = this.params.length - 1;
    const { record } = this.run;
    const recorded = record === 'before' ? this.lossAt.slice(0, stepsTaken) : this.lossAt.slice(1, stepsTaken + 1);
    return {
      params: this.params,
      lossAt: this.lossAt,
      gradients: this.gradients,
      recorded,
      record,
      diverged: this.divergedAt !== null,
      divergedAt: this.divergedAt,
      stepsTaken,
    };
  }
}
