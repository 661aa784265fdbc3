import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { momentumTuning, optimize, stretchedBowl } from '../../../src/engine';

describe('momentumTuning', () => {
  it('beats the best plain descent by the square root of the condition number', () => {
    const t = momentumTuning(1, 100);
    expect(t.momentumFactor).toBeCloseTo(9 / 11, 12);
    expect(t.descentFactor).toBeCloseTo(99 / 101, 12);
    expect(t.beta).toBeCloseTo((9 / 11) ** 2, 12);
  });

  it('with the tuning, momentum on a stretched bowl shrinks the error at least as fast as promised (up to a polynomial factor)', () => {
    fc.assert(
      fc.property(fc.double({ min: 4, max: 400, noNaN: true }), fc.double({ min: 0, max: 3, noNaN: true }), (kappa, angle) => {
        const bowl = stretchedBowl({ conditionNumber: kappa, angle, start: { w: 3, b: -2 } });
        const t = momentumTuning(bowl.eigenvalues[0]!, bowl.eigenvalues[1]!);
        const steps = 200;
        const run = optimize(bowl, { method: 'momentum', beta: t.beta, learningRate: t.learningRate, steps });
        const d = (p: { w: number[]; b: number }) => Math.hypot(p.w[0]! - bowl.minimum.w[0]!, p.b - bowl.minimum.b);
        // Repeated eigenvalues of the iteration add a factor of at most (k + 1).
        expect(d(run.params[steps]!)).toBeLessThanOrEqual(d(run.params[0]!) * (steps + 1) * t.momentumFactor ** steps * 4 + 1e-12);
      }),
      { numRuns: 25 },
    );
  });

  it('refuses curvatures that are not a range of positives', () => {
    expect(() => momentumTuning(0, 1)).toThrow(/curvatures/);
    expect(() => momentumTuning(2, 1)).toThrow(/curvatures/);
  });
});
