/** Lesson 12's claims, kept true by the engine. */
import { describe, expect, it } from 'vitest';
import { CONVENTIONS, gradientDescent, squaredErrorObjective } from '../../../src/engine';
import { MINIBATCH_DATA, minibatchRun } from '../../../src/lessons/minibatch-run';
import { full, fullEarly, hoverConstant, hoverHalf, hoverStep, one, oneEarly, optimum, rate } from '../../../src/lessons/minibatch-numbers';

describe('lesson 12: stochastic, mini-batch and batch descent', () => {
  it('batch size n is plain gradient descent', () => {
    const plain = gradientDescent(squaredErrorObjective(MINIBATCH_DATA, CONVENTIONS.textbook), { learningRate: rate, steps: full.stepsTaken });
    expect(full.params.at(-1)).toEqual(plain.params.at(-1));
  });

  it('per epoch, batch size 1 gets further early: n updates for the price of one', () => {
    expect(oneEarly).toBeLessThan(fullEarly);
  });

  it('with a constant rate batch size 1 hovers well above the minimum; half the rate hovers lower; a step schedule settles', () => {
    expect(one.diverged).toBe(false);
    expect(hoverConstant).toBeGreaterThan(1.5 * optimum);
    expect(hoverHalf).toBeLessThan(hoverConstant);
    expect(hoverStep).toBeLessThan(1.05 * optimum);
    expect(hoverStep).toBeLessThan(hoverHalf);
  });

  it('the seed only reorders: every point is used once per epoch', () => {
    const run = minibatchRun(5, rate, 'constant', 123, 3);
    for (let e = 0; e < 3; e++) {
      const seen = run.batches.slice(e * run.stepsPerEpoch, (e + 1) * run.stepsPerEpoch).flat().sort((a, b) => a - b);
      expect(seen).toEqual(Array.from({ length: MINIBATCH_DATA.x.length }, (_, i) => i));
    }
  });
});
