import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { closedFormFor, CONVENTIONS, leastSquares, ridge, ridgeAlphaFor, squaredErrorGradient, withL2 } from '../../../src/engine/index';
import { exactSquaredError, lineData, rowData } from './support/arbitraries';

const spread = lineData(3).filter(({ x }) => Math.max(...x) - Math.min(...x) > 0.5);

describe('closed forms', () => {
  test('the convention’s exact gradient vanishes at closedFormFor, for every loss scale, L2 scale and bias rule', () => {
    fc.assert(
      fc.property(spread, exactSquaredError, (data, convention) => {
        const g = squaredErrorGradient(data, closedFormFor(data, convention), convention);
        const scale = 1 + data.y.reduce((s, v) => s + Math.abs(v), 0);
        expect(Math.abs(g.w[0]!)).toBeLessThan(1e-10 * scale);
        expect(Math.abs(g.b)).toBeLessThan(1e-10 * scale);
      }),
    );
  });

  test('least squares on several features leaves residuals orthogonal to every feature and to the ones column', () => {
    fc.assert(
      fc.property(rowData, (data) => {
        const d = data.X[0]!.length;
        fc.pre(data.X.length >= d + 3);
        let fit;
        try {
          fit = leastSquares(data);
        } catch {
          return; // nearly collinear random draws are reported as singular, which is allowed
        }
        const g = squaredErrorGradient(data, fit, CONVENTIONS.textbook);
        [...g.w, g.b].forEach((v) => expect(Math.abs(v)).toBeLessThan(1e-9));
      }),
    );
  });

  test('ridge shrinks the slope towards zero as λ grows', () => {
    const data = { x: [-2, -1, 0, 1, 2], y: [-3.9, -2.2, 0.1, 1.8, 4.1] };
    const slopes = [0, 1, 10, 100].map((lambda) => ridge(data, lambda).w[0]!);
    for (let i = 1; i < slopes.length; i++) expect(Math.abs(slopes[i]!)).toBeLessThan(Math.abs(slopes[i - 1]!));
  });

  test('ridgeAlphaFor maps λ to α: λ/2, λ, nλ/2, nλ for mean/half-mean × per-sample/absolute', () => {
    const per = withL2(CONVENTIONS.textbook, 0.6);
    const abs = { ...per, l2: { ...per.l2, scale: 'absolute' as const } };
    expect(ridgeAlphaFor(10, per)).toBe(0.3);
    expect(ridgeAlphaFor(10, withL2(CONVENTIONS.source000, 0.6))).toBe(0.6);
    expect(ridgeAlphaFor(10, abs)).toBe(3);
    expect(ridgeAlphaFor(10, { ...abs, loss: 'half-mean', gradientFactor: 1 })).toBe(6);
  });
});
