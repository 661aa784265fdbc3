import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { complementOf, fitPolynomial, kFolds, permutation, predictPolynomial, trainValidationSplit } from '../../../src/engine/index';

const seed = fc.integer({ min: 0, max: 2 ** 32 - 1 });
const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const sorted = (v: number[]) => [...v].sort((a, b) => a - b);

describe('split laws', () => {
  test('permutation(n, seed) is a permutation of 0 … n−1', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 300 }), seed, (n, s) => {
      expect(sorted(permutation(n, s))).toEqual(range(n));
    }));
  });

  test('kFolds: k ascending folds that partition 0 … n−1, sizes differing by at most 1, larger ones first', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 200 }), fc.nat(), seed, fc.boolean(), (n, kk, s, shuffle) => {
        const k = 2 + (kk % (n - 1));
        const folds = kFolds(n, k, s, { shuffle });
        expect(folds).toHaveLength(k);
        expect(sorted(folds.flat())).toEqual(range(n));
        const sizes = folds.map((f) => f.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
        folds.forEach((f) => expect(f).toEqual(sorted(f)));
        folds.forEach((f) => expect(sorted([...f, ...complementOf(n, f)])).toEqual(range(n)));
      }),
    );
  });

  test('trainValidationSplit: disjoint, covering, ⌈fraction·n⌉ validation points', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 200 }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), seed, (n, fraction, s) => {
        fc.pre(Math.ceil(fraction * n) < n);
        const { train, validation } = trainValidationSplit(n, fraction, s);
        expect(validation.length).toBe(Math.ceil(fraction * n));
        expect(sorted([...train, ...validation])).toEqual(range(n));
      }),
    );
  });
});

describe('polynomial laws', () => {
  test('without a penalty the fitted curve does not depend on the scale of x (low degrees, well spread x)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 12, maxLength: 12 }), fc.double({ min: -3, max: 3, noNaN: true }), (degree, y, shift) => {
        const x = range(12).map((i) => shift + i / 4);
        const auto = predictPolynomial(fitPolynomial({ x, y }, { degree }), x);
        const none = predictPolynomial(fitPolynomial({ x, y }, { degree, scale: 'none' }), x);
        auto.forEach((v, i) => expect(Math.abs(v - none[i]!)).toBeLessThan(1e-7 * (1 + Math.abs(v))));
      }),
    );
  });

  test('a larger λ never lowers the training MSE (ridge trades fit for smaller weights)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 10, maxLength: 10 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (y, a, b) => {
        const x = range(10).map((i) => -1 + i / 4.5);
        const mse = (lambda: number) => {
          const yhat = predictPolynomial(fitPolynomial({ x, y }, { degree: 5, lambda }), x);
          return yhat.reduce((s, v, i) => s + (v - y[i]!) ** 2, 0) / 10;
        };
        const [lo, hi] = a < b ? [a, b] : [b, a];
        expect(mse(hi)).toBeGreaterThanOrEqual(mse(lo) - 1e-9 * (1 + mse(lo)));
      }),
    );
  });
});
