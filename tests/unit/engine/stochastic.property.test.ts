import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CONVENTIONS, gradientDescent, squaredErrorHessian, squaredErrorObjective, stochasticDescent } from '../../../src/engine/index';
import { exactSquaredError, lineData } from './support/arbitraries';

const seed = fc.integer({ min: 0, max: 2 ** 32 - 1 });

describe('stochasticDescent laws', () => {
  test('every epoch is a partition of 0 … n−1 into ⌈n/B⌉ ascending batches of B (the last n mod B)', () => {
    fc.assert(
      fc.property(lineData(1), fc.nat(), seed, fc.integer({ min: 1, max: 3 }), (data, b, s, epochs) => {
        const n = data.x.length;
        const batchSize = 1 + (b % n);
        const h = stochasticDescent(data, CONVENTIONS.textbook, { batchSize, learningRate: 0, epochs, seed: s });
        const per = Math.ceil(n / batchSize);
        expect(h.epochStarts).toEqual(Array.from({ length: epochs }, (_, e) => e * per));
        for (const start of h.epochStarts) {
          const epoch = h.batches.slice(start, start + per);
          epoch.forEach((batch, i) => {
            expect(batch.length).toBe(i < per - 1 || n % batchSize === 0 ? batchSize : n % batchSize);
            for (let j = 1; j < batch.length; j++) expect(batch[j - 1]!).toBeLessThan(batch[j]!);
          });
          expect(epoch.flat().sort((x, y) => x - y)).toEqual(Array.from({ length: n }, (_, i) => i));
        }
      }),
    );
  });

  test('over an epoch the batch gradients, weighted by batch size, average to the full gradient (unbiased)', () => {
    fc.assert(
      fc.property(lineData(2), exactSquaredError, fc.nat(), seed, (data, convention, b, s) => {
        const n = data.x.length;
        const h = stochasticDescent(data, convention, { batchSize: 1 + (b % n), learningRate: 0, epochs: 1, seed: s, start: { w: [0.7], b: -0.3 } });
        const full = squaredErrorObjective(data, convention).gradient({ w: [0.7], b: -0.3 });
        const mean = [0, 0];
        h.gradients.forEach((g, k) => {
          const weight = h.batches[k]!.length / n;
          mean[0]! += weight * g.w[0]!;
          mean[1]! += weight * g.b;
        });
        const scale = 1e-9 * (1 + Math.abs(full.w[0]!) + Math.abs(full.b) + 100);
        expect(Math.abs(mean[0]! - full.w[0]!)).toBeLessThan(scale);
        expect(Math.abs(mean[1]! - full.b)).toBeLessThan(scale);
      }),
    );
  });

  test('batchSize = n is gradientDescent, number for number, for any exact convention and data', () => {
    fc.assert(
      fc.property(lineData(1), exactSquaredError, fc.double({ min: 0.05, max: 0.95, noNaN: true }), seed, (data, convention, u, s) => {
        const learningRate = u * squaredErrorHessian(data, convention).stabilityLimit;
        fc.pre(Number.isFinite(learningRate));
        const batch = gradientDescent(squaredErrorObjective(data, convention), { learningRate, steps: 15 });
        const h = stochasticDescent(data, convention, { batchSize: data.x.length, learningRate, steps: 15, seed: s });
        expect(h.params).toEqual(batch.params);
        expect(h.lossAt).toEqual(batch.lossAt);
      }),
      { numRuns: 60 },
    );
  });
});

