import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONVENTIONS,
  crossEntropyCurvatureBound,
  crossEntropyGradient,
  crossEntropyHessian,
  sourceLogisticOneMode,
  withL2,
} from '../../../src/engine';

const data = sourceLogisticOneMode();

describe('crossEntropyHessian', () => {
  it('is the derivative of the analytic gradient (central differences)', () => {
    fc.assert(
      fc.property(fc.double({ min: -4, max: 4, noNaN: true }), fc.double({ min: -4, max: 4, noNaN: true }), fc.constantFrom(0, 0.3), (w, b, lambda) => {
        const convention = withL2(CONVENTIONS.source004, lambda);
        const H = crossEntropyHessian(data, { w: [w], b }, convention).matrix;
        const h = 1e-5;
        const g = (dw: number, db: number) => crossEntropyGradient(data, { w: [w + dw], b: b + db }, convention);
        const byW = [(g(h, 0).w[0]! - g(-h, 0).w[0]!) / (2 * h), (g(h, 0).b - g(-h, 0).b) / (2 * h)];
        const byB = [(g(0, h).w[0]! - g(0, -h).w[0]!) / (2 * h), (g(0, h).b - g(0, -h).b) / (2 * h)];
        expect(H[0]![0]).toBeCloseTo(byW[0]!, 5);
        expect(H[1]![0]).toBeCloseTo(byW[1]!, 5);
        expect(H[0]![1]).toBeCloseTo(byB[0]!, 5);
        expect(H[1]![1]).toBeCloseTo(byB[1]!, 5);
      }),
    );
  });

  it('never exceeds the bound where every point is at its most unsure', () => {
    const bound = crossEntropyCurvatureBound(data, CONVENTIONS.source004).lambdaMax;
    fc.assert(
      fc.property(fc.double({ min: -20, max: 20, noNaN: true }), fc.double({ min: -20, max: 20, noNaN: true }), (w, b) => {
        expect(crossEntropyHessian(data, { w: [w], b }, CONVENTIONS.source004).lambdaMax).toBeLessThanOrEqual(bound + 1e-12);
      }),
    );
  });

  it('flattens far from the data: confident everywhere means almost no curvature', () => {
    const steep = crossEntropyHessian(data, { w: [0], b: 40 }, CONVENTIONS.source004);
    expect(steep.lambdaMax).toBeLessThan(1e-12);
    expect(steep.localStabilityLimit).toBeGreaterThan(1e10);
  });
});
