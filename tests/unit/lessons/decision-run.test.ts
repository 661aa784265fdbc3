import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CONVENTIONS, crossEntropyObjective, gradientDescent, weightNorm, withL2 } from '../../../src/engine/index';
import { decisionBoundaryFigure as spec, planeClasses, TRAINING_STEPS } from '../../../src/figures/decision-boundary';
import { decisionParamsAt, decisionRun, decisionRunKey, type DecisionRunInput } from '../../../src/lessons/decision-run';
import { transferables } from '../../../src/state/off-thread';

const defaults: DecisionRunInput = { separation: spec.separation.default, seed: spec.seed.default, lr: spec.lr.default, lambda: spec.lambda.default };

function engineRun({ separation, seed, lr, lambda }: DecisionRunInput) {
  const data = planeClasses(separation, seed);
  return gradientDescent(crossEntropyObjective(data, withL2(CONVENTIONS.textbookLogistic, lambda)), { learningRate: lr, steps: TRAINING_STEPS, stopOnDivergence: true });
}

describe('lesson 11’s packed run', () => {
  it('holds the engine’s parameters, losses and weight lengths at every step', () => {
    for (const input of [defaults, { ...defaults, separation: 7, lambda: 0.5 }]) {
      const run = decisionRun(input);
      const history = engineRun(input);
      expect(run.stepsTaken).toBe(history.stepsTaken);
      expect(run.theta).toHaveLength(3 * (history.stepsTaken + 1));
      for (const k of [0, 1, 17, 500, history.stepsTaken]) {
        expect(decisionParamsAt(run, k)).toEqual(history.params[k]);
        expect(run.lossAt[k]).toBe(history.lossAt[k]);
        expect(run.norm[k]).toBe(weightNorm(history.params[k]!));
      }
      expect(run.input).toEqual(input);
    }
  });

  it('reports a run that blows up where the engine stops it', () => {
    const input = { ...defaults, lr: 10, separation: 8, lambda: 20 };
    const run = decisionRun(input);
    const history = engineRun(input);
    expect(run.diverged).toBe(history.diverged);
    expect(run.divergedAt).toBe(history.divergedAt);
    expect(run.stepsTaken).toBe(history.stepsTaken);
  });

  it('hands its one typed array to the page rather than copying it', () => {
    const run = decisionRun(defaults);
    expect(transferables(run)).toEqual([run.theta.buffer]);
  });

  it('property: the key tells apart any two inputs that differ', () => {
    const input = fc.record({
      separation: fc.double({ min: spec.separation.min, max: spec.separation.max, noNaN: true }),
      seed: fc.integer({ min: 0, max: spec.seed.max }),
      lr: fc.double({ min: spec.lr.min, max: spec.lr.max, noNaN: true }),
      lambda: fc.double({ min: spec.lambda.min, max: spec.lambda.max, noNaN: true }),
    });
    fc.assert(
      fc.property(input, input, (a, b) => {
        const same = a.separation === b.separation && a.seed === b.seed && a.lr === b.lr && a.lambda === b.lambda;
        expect(decisionRunKey(a) === decisionRunKey(b)).toBe(same);
      }),
    );
  });
});
