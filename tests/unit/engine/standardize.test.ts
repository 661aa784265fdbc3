import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONVENTIONS, gradientDescent, leastSquares, linearData, squaredErrorObjective } from '../../../src/engine';
import { bowlShape, standardizeX } from '../../../src/engine/standardize';

const raw = linearData({ n: 40, xMin: 4, xMax: 9, slope: 2, intercept: 1, noise: 0.5, seed: 1 });

describe('standardizeX', () => {
  it('gives x mean 0 and sd 1, and the same fitted line in the new units', () => {
    const { data, mean, sd } = standardizeX(raw);
    const m = Array.from(data.x).reduce((a, c) => a + c, 0) / data.x.length;
    const s = Math.sqrt(Array.from(data.x).reduce((a, c) => a + (c - m) ** 2, 0) / data.x.length);
    expect(m).toBeCloseTo(0, 12);
    expect(s).toBeCloseTo(1, 12);
    const a = leastSquares(raw);
    const b = leastSquares(data);
    // y = w'·(x − mean)/sd + b'  ⇔  w = w'/sd, b = b' − w'·mean/sd
    expect(b.w[0]! / sd).toBeCloseTo(a.w[0]!, 9);
    expect(b.b - (b.w[0]! * mean) / sd).toBeCloseTo(a.b, 9);
  });

  it('refuses data whose x cannot be scaled', () => {
    expect(() => standardizeX({ x: [2, 2, 2], y: [1, 2, 3] })).toThrow(/two different values/);
  });
});

describe('bowlShape', () => {
  it('a standardised feature makes the bowl round: κ = 1 under the book’s loss', () => {
    const shape = bowlShape(standardizeX(raw).data, CONVENTIONS.textbook);
    expect(shape.condition).toBeCloseTo(1, 9);
    expect(shape.bestFactor).toBeCloseTo(0, 9);
    expect(bowlShape(raw, CONVENTIONS.textbook).condition).toBeGreaterThan(20);
  });

  it('at the best rate, the distance to the bottom shrinks by at most the best factor per step', () => {
    fc.assert(
      fc.property(fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }), (w0, b0) => {
        const shape = bowlShape(raw, CONVENTIONS.textbook);
        const run = gradientDescent(squaredErrorObjective(raw, CONVENTIONS.textbook), { start: { w: [w0], b: b0 }, learningRate: shape.bestRate, steps: 20 });
        const best = leastSquares(raw);
        const dist = (p: { w: number[]; b: number }) => Math.hypot(p.w[0]! - best.w[0]!, p.b - best.b);
        const d0 = dist(run.params[0]!);
        fc.pre(d0 > 1e-6);
        expect(dist(run.params[20]!)).toBeLessThanOrEqual(d0 * shape.bestFactor ** 20 * (1 + 1e-6) + 1e-9);
      }),
      { numRuns: 30 },
    );
  });
});
