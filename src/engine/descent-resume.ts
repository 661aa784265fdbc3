/**
 * Descent resumed from an earlier run: in a module of its own, so that only the figure that needs
 * it (lesson 8's iterations slider) carries it.
 */
import { checkOptions, descend, finish, startOf, type DescentHistory, type DescentOptions } from './descent';
import type { Objective } from './objective';
import type { Params } from './types';

/** A descent run with the options it was made with, so that a longer or shorter one can start from it. */
export interface DescentRun {
  readonly objective: Objective;
  readonly options: DescentOptions;
  readonly history: DescentHistory;
}

const sameParams = (a: Params, b: Params) => a === b || (a.b === b.b && a.w.length === b.w.length && a.w.every((w, i) => w === b.w[i]));

/**
 * `gradientDescent(objective, options)`, the same to the last bit, made from `earlier` where it can:
 * a run of the same objective (the same object) and options but for `steps` is cut to the steps
 * asked for, or carried on from its last step. A slider through the number of steps then costs only
 * the steps it adds, not the whole run again on every frame.
 */
export function resumeDescent(earlier: DescentRun | null, objective: Objective, options: DescentOptions): DescentRun {
  const checked = checkOptions(objective, options);
  const fresh = (): DescentRun => ({ objective, options, history: descend(objective, options, checked, startOf(checked.start)) });
  if (!earlier || earlier.objective !== objective) return fresh();
  const before = earlier.options;
  const same =
    before.learningRate === options.learningRate &&
    (before.explodeFactor ?? 1e6) === checked.explodeFactor &&
    (before.record ?? objective.record) === checked.record &&
    (before.stopOnDivergence ?? false) === (options.stopOnDivergence ?? false) &&
    sameParams(before.start ?? objective.start, checked.start);
  if (!same) return fresh();
  const h = earlier.history;
  const wanted = options.steps;
  if (wanted === h.stepsTaken) return { objective, options, history: h };
  if (wanted < h.stepsTaken) {
    const divergedAt = h.divergedAt !== null && h.divergedAt <= wanted ? h.divergedAt : null;
    // With stopOnDivergence the run ends at the blow-up, which is then its last step: nothing past it to cut.
    const history = finish(h.params.slice(0, wanted + 1), h.lossAt.slice(0, wanted + 1), h.gradients.slice(0, wanted), divergedAt, h.record);
    return { objective, options, history };
  }
  // Carried on from its last step; a run that ended before its steps (a loss no longer finite, or a blow-up it was told to stop at) stops there again at once.
  const run = { params: h.params.slice(), lossAt: h.lossAt.slice(), gradients: h.gradients.slice(), divergedAt: h.divergedAt };
  return { objective, options, history: descend(objective, options, checked, run) };
}
