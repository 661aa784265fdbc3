import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  closedFormFor,
  CONVENTIONS,
  crossEntropyObjective,
  gradientDescent,
  squaredErrorHessian,
  squaredErrorObjective,
  type SquaredErrorConvention,
} from '../../../src/engine/index';
import { crossEntropy, exactSquaredError, labelledData, lineData, paramsFor } from './support/arbitraries';

const fraction = fc.double({ min: 0.05, max: 0.95, noNaN: true });
const sumSq = (v: number[]) => v.reduce((s, x) => s + x * x, 0);

describe('one step of descent below the stability limit lowers the loss', () => {
  test('squared error: any exact convention, any learning rate in (0, 2/λmax)', () => {
    fc.assert(
      fc.property(lineData(1), paramsFor(1), exactSquaredError, fraction, (data, start, convention, u) => {
        const { stabilityLimit, lambdaMax } = squaredErrorHessian(data, convention);
        const learningRate = u * stabilityLimit;
        const h = gradientDescent(squaredErrorObjective(data, convention), { start, learningRate, steps: 1 });
        const g = sumSq([...h.gradients[0]!.w, h.gradients[0]!.b]);
        // On a quadratic the exact decrease is at least lr·(1 − lr·λmax/2)·|g|²; skip cases rounding could swamp.
        fc.pre(learningRate * (1 - (learningRate * lambdaMax) / 2) * g > 1e-10 * (1 + h.lossAt[0]!));
        expect(h.lossAt[1]!).toBeLessThan(h.lossAt[0]!);
      }),
    );
  });

  test('cross-entropy: learning rates below 2/L, L = ¼·λmax(XᵀX/n) + the L2 coefficient', () => {
    fc.assert(
      fc.property(labelledData, paramsFor(1, 2), crossEntropy, fraction, (data, start, convention, u) => {
        const half = { ...CONVENTIONS.source000, l2: convention.l2 };
        const curvature = squaredErrorHessian(data, { ...half, l2: { ...half.l2, lambda: 0 } }).lambdaMax;
        const c = convention.l2.scale === 'per-sample' ? convention.l2.lambda / data.x.length : convention.l2.lambda;
        const learningRate = (u * 2) / (curvature / 4 + c);
        const h = gradientDescent(crossEntropyObjective(data, convention), { start, learningRate, steps: 1 });
        const g = sumSq([...h.gradients[0]!.w, h.gradients[0]!.b]);
        fc.pre(learningRate * (1 - u) * g > 1e-10 * (1 + Math.abs(h.lossAt[0]!)));
        expect(h.lossAt[1]!).toBeLessThan(h.lossAt[0]!);
      }),
    );
  });
});

describe('descent converges to the closed form', () => {
  const spread = lineData(4).filter(({ x }) => {
    const mean = x.reduce((s, v) => s + v, 0) / x.length;
    return x.reduce((s, v) => s + (v - mean) ** 2, 0) / x.length > 0.5;
  });

  const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1e-8 * (1 + Math.abs(b)));

  test('every exact convention, ridge included, from the convention’s start', () => {
    fc.assert(
      fc.property(spread, exactSquaredError, (data, convention) => {
        const { eigenvalues, lambdaMax } = squaredErrorHessian(data, convention);
        fc.pre(eigenvalues[0]! / lambdaMax > 1e-2);
        const h = gradientDescent(squaredErrorObjective(data, convention), { learningRate: 1 / lambdaMax, steps: 4000 });
        const best = closedFormFor(data, convention);
        close(h.params.at(-1)!.w[0]!, best.w[0]!);
        close(h.params.at(-1)!.b, best.b);
      }),
      { numRuns: 60 },
    );
  });

  test('the presets 000, 002, 003 and the textbook reach least squares on 000-like data', () => {
    const data = { x: [-2.5, -1, 0.3, 1.2, 2.9], y: [-5.1, -1.4, 1.8, 4.2, 8.1] };
    const presets: SquaredErrorConvention[] = [CONVENTIONS.source000, CONVENTIONS.source002, CONVENTIONS.source003, CONVENTIONS.textbook];
    const best = closedFormFor(data, CONVENTIONS.textbook);
    for (const convention of presets) {
      const limit = squaredErrorHessian(data, convention).stabilityLimit;
      const end = gradientDescent(squaredErrorObjective(data, convention), { learningRate: limit / 2, steps: 2000 }).params.at(-1)!;
      close(end.w[0]!, best.w[0]!);
      close(end.b, best.b);
    }
  });

  test('the k-th iterate equals θ* + (I − αH)ᵏ(θ₀ − θ*), the quadratic’s closed form', () => {
    fc.assert(
      fc.property(spread, exactSquaredError, fraction, fc.integer({ min: 1, max: 40 }), (data, convention, u, k) => {
        const { matrix, stabilityLimit } = squaredErrorHessian(data, convention);
        const alpha = u * stabilityLimit;
        const best = closedFormFor(data, convention);
        let e = [0 - best.w[0]!, 0 - best.b];
        for (let i = 0; i < k; i++) {
          e = [e[0]! - alpha * (matrix[0]![0]! * e[0]! + matrix[0]![1]! * e[1]!), e[1]! - alpha * (matrix[1]![0]! * e[0]! + matrix[1]![1]! * e[1]!)];
        }
        const end = gradientDescent(squaredErrorObjective(data, convention), { learningRate: alpha, steps: k }).params[k]!;
        const scale = 1e-9 * (1 + Math.abs(best.w[0]!) + Math.abs(best.b));
        expect(Math.abs(end.w[0]! - (best.w[0]! + e[0]!))).toBeLessThan(scale);
        expect(Math.abs(end.b - (best.b + e[1]!))).toBeLessThan(scale);
      }),
    );
  });
});
