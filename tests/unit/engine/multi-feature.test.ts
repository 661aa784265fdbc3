import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONVENTIONS, fitOperationCounts, gradientDescent, leastSquares, multiFeatureData, squaredErrorObjective } from '../../../src/engine';

describe('multiFeatureData', () => {
  it('is seeded: the same options give the same rows, a new seed new ones', () => {
    const o = { n: 50, weights: [3, -2, 1.5], intercept: 4, noise: 1, seed: 11 };
    expect(multiFeatureData(o).y).toEqual(multiFeatureData(o).y);
    expect(multiFeatureData({ ...o, seed: 12 }).y).not.toEqual(multiFeatureData(o).y);
  });

  it('without noise, least squares recovers the weights exactly', () => {
    const { X, y } = multiFeatureData({ n: 40, weights: [3, -2, 1.5], intercept: 4, noise: 0, seed: 1 });
    const fit = leastSquares({ X, y });
    fit.w.forEach((w, j) => expect(w).toBeCloseTo([3, -2, 1.5][j]!, 9));
    expect(fit.b).toBeCloseTo(4, 9);
  });

  it('descent on several features converges to the closed form', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (seed) => {
        const data = multiFeatureData({ n: 60, weights: [1, -1, 0.5], intercept: 2, noise: 0.5, seed });
        const fit = leastSquares(data);
        const run = gradientDescent(squaredErrorObjective(data, CONVENTIONS.textbook), { learningRate: 0.05, steps: 3000 });
        run.params.at(-1)!.w.forEach((w, j) => expect(w).toBeCloseTo(fit.w[j]!, 5));
      }),
      { numRuns: 10 },
    );
  });

  it('refuses nonsense', () => {
    expect(() => multiFeatureData({ n: 0, weights: [1], intercept: 0, noise: 1, seed: 1 })).toThrow(/n/);
    expect(() => multiFeatureData({ n: 5, weights: [], intercept: 0, noise: 1, seed: 1 })).toThrow(/weights/);
    expect(() => multiFeatureData({ n: 5, weights: [1], intercept: 0, noise: -1, seed: 1 })).toThrow(/noise/);
  });
});

describe('fitOperationCounts', () => {
  it('closed form grows with d², descent with the steps; descent wins when d is large against the steps', () => {
    const small = fitOperationCounts(10_000, 3, 500);
    expect(small.closedForm).toBeLessThan(small.descent);
    const big = fitOperationCounts(10_000, 2000, 100);
    expect(big.closedForm).toBeGreaterThan(big.descent);
  });
});
