import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONVENTIONS, gradientDescent, leastSquares, linearData, SOURCE_000_DATA, squaredErrorLoss, squaredErrorObjective, stabilityLimit } from '../../../src/engine';
import { runVerdict } from '../../../src/engine/verdict';

const data = linearData(SOURCE_000_DATA);
const objective = squaredErrorObjective(data, CONVENTIONS.textbook);
const optimumLoss = squaredErrorLoss(data, leastSquares(data), CONVENTIONS.textbook);
const limit = stabilityLimit(data, CONVENTIONS.textbook);
const judge = (learningRate: number, steps = 100) => runVerdict(gradientDescent(objective, { learningRate, steps }), { optimumLoss }).verdict;

describe('runVerdict', () => {
  it('tells the four behaviours apart on a bowl', () => {
    expect(judge(limit * 1.2)).toBe('diverged');
    expect(judge(limit * 0.8)).toBe('oscillating');
    expect(judge(limit * 0.25)).toBe('converged');
    expect(judge(limit * 0.005)).toBe('too slow');
  });

  it('rates above the stability limit diverge and rates below it do not', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.97, noNaN: true }), fc.double({ min: 1.05, max: 3, noNaN: true }), (below, above) => {
        expect(judge(limit * below, 300)).not.toBe('diverged');
        expect(judge(limit * above, 300)).toBe('diverged');
      }),
      { numRuns: 40 },
    );
  });

  it('a run with no steps has made no progress and is too slow', () => {
    const v = runVerdict(gradientDescent(objective, { learningRate: 0.1, steps: 0 }), { optimumLoss });
    expect(v.verdict).toBe('too slow');
    expect(v.remaining).toBe(1);
  });
});
