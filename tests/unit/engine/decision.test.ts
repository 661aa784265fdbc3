import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearCrossing, logisticBoundary, logit, predictProbability, sigmoid } from '../../../src/engine';

describe('decision points of one-feature models', () => {
  it('finds where a line reaches a level', () => {
    expect(linearCrossing({ w: [2], b: -1 }, 0.5)).toBeCloseTo(0.75, 15);
    expect(linearCrossing({ w: [0], b: 0.5 }, 0.5)).toBeNull();
  });

  it('logit undoes the sigmoid', () => {
    fc.assert(
      fc.property(// Beyond |z| ≈ 15, 1 − σ(z) has lost most of its digits to rounding; that is float, not a bug.
      fc.double({ min: -15, max: 15, noNaN: true }), (z) => {
        expect(logit(sigmoid(z))).toBeCloseTo(z, 6);
      }),
    );
  });

  it('the logistic boundary is where the predicted probability equals the threshold', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -5, max: 5, noNaN: true }).filter((w) => Math.abs(w) > 1e-3),
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        (w, b, t) => {
          const x = logisticBoundary({ w: [w], b }, t)!;
          expect(predictProbability([x], { w: [w], b })[0]).toBeCloseTo(t, 9);
        },
      ),
    );
  });

  it('names a probability outside (0, 1) and rejects more than one feature', () => {
    expect(() => logit(1)).toThrow(/strictly between 0 and 1, got 1/);
    expect(() => linearCrossing({ w: [1, 2], b: 0 }, 0)).toThrow(/expected 1 weight, got 2/);
  });
});
