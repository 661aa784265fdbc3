import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONVENTIONS, linearData, SOURCE_003_DATA, squaredErrorGradient, squaredErrorLoss, squaredErrorSlice, squaredErrorStats } from '../../../src/engine';

const data = linearData(SOURCE_003_DATA);
const stats = squaredErrorStats(data.x, data.y);

describe('squaredErrorSlice', () => {
  it('holds the textbook loss at every sample, along w and along b', () => {
    const alongW = squaredErrorSlice(stats, 'w', 0.7, -2, 4, 7);
    alongW.at.forEach((w, i) => expect(alongW.loss[i]).toBeCloseTo(squaredErrorLoss(data, { w: [w], b: 0.7 }, CONVENTIONS.textbook), 9));
    const alongB = squaredErrorSlice(stats, 'b', 1.2, -3, 5, 5);
    alongB.at.forEach((b, i) => expect(alongB.loss[i]).toBeCloseTo(squaredErrorLoss(data, { w: [1.2], b }, CONVENTIONS.textbook), 9));
  });

  it('has the partial derivative as its slope (central differences)', () => {
    fc.assert(
      fc.property(fc.double({ min: -3, max: 5, noNaN: true }), fc.double({ min: -4, max: 8, noNaN: true }), (w, b) => {
        const h = 1e-4;
        const sw = squaredErrorSlice(stats, 'w', b, w - h, w + h, 2);
        const sb = squaredErrorSlice(stats, 'b', w, b - h, b + h, 2);
        const g = squaredErrorGradient(data, { w: [w], b }, CONVENTIONS.textbook);
        expect((sw.loss[1]! - sw.loss[0]!) / (2 * h)).toBeCloseTo(g.w[0]!, 4);
        expect((sb.loss[1]! - sb.loss[0]!) / (2 * h)).toBeCloseTo(g.b, 4);
      }),
    );
  });

  it('names bad arguments', () => {
    expect(() => squaredErrorSlice(stats, 'x' as 'w', 0, 0, 1, 3)).toThrow(/along/);
    expect(() => squaredErrorSlice(stats, 'w', 0, 0, 1, 1)).toThrow(/samples/);
  });
});
