import { describe, expect, test } from 'vitest';
import {
  accuracy,
  CONVENTIONS,
  crossEntropyGradient,
  crossEntropyLoss,
  predict,
  predictProbability,
  residuals,
  rowsFrom1D,
  rSquared,
  sigmoid,
  squaredErrorGradient,
  squaredErrorLoss,
  withL2,
} from '../../../src/engine/index';

const data = { x: [0, 1, 2, 3], y: [1, 2, 2, 5] };
const params = { w: [1.5], b: 0.5 };
// ŷ = 0.5, 2, 3.5, 5 so ŷ − y = −0.5, 0, 1.5, 0; Σ(ŷ−y)² = 2.5; Σx(ŷ−y) = 3; Σ(ŷ−y) = 1.

describe('linear model', () => {
  test('predict, residuals and both data shapes agree', () => {
    expect(Array.from(predict(data.x, params))).toEqual([0.5, 2, 3.5, 5]);
    expect(Array.from(predict(rowsFrom1D(data.x), params))).toEqual([0.5, 2, 3.5, 5]);
    expect(Array.from(residuals(data, params))).toEqual([0.5, 0, -1.5, 0]);
    expect(squaredErrorLoss({ X: rowsFrom1D(data.x), y: data.y }, params, CONVENTIONS.textbook)).toBe(squaredErrorLoss(data, params, CONVENTIONS.textbook));
  });

  test('the mean and half-mean losses and the three gradient conventions of 000, 002 and 003', () => {
    expect(squaredErrorLoss(data, params, CONVENTIONS.source003)).toBe(2.5 / 4);
    expect(squaredErrorLoss(data, params, CONVENTIONS.source000)).toBe(2.5 / 8);
    expect(squaredErrorGradient(data, params, CONVENTIONS.source000)).toEqual({ w: [0.75], b: 0.25 });
    expect(squaredErrorGradient(data, params, CONVENTIONS.source002)).toEqual({ w: [0.75], b: 0.25 });
    expect(squaredErrorGradient(data, params, CONVENTIONS.source003)).toEqual({ w: [1.5], b: 0.5 });
  });

  test('000’s L2 adds (λ/2m)w² and (λ/m)w and leaves the bias alone', () => {
    const c = withL2(CONVENTIONS.source000, 0.4);
    expect(squaredErrorLoss(data, params, c)).toBeCloseTo(2.5 / 8 + (0.4 / 8) * 2.25, 15);
    expect(squaredErrorGradient(data, params, c)).toEqual({ w: [0.75 + 0.1 * 1.5], b: 0.25 });
  });

  test('an absolute L2 that penalises the bias adds ½λ(w² + b²) and λ·(w, b)', () => {
    const c = { ...CONVENTIONS.textbook, l2: { lambda: 0.4, scale: 'absolute' as const, penalizeBias: true } };
    expect(squaredErrorLoss(data, params, c)).toBeCloseTo(2.5 / 4 + 0.2 * (2.25 + 0.25), 15);
    const g = squaredErrorGradient(data, params, c);
    expect(g.w[0]).toBeCloseTo(1.5 + 0.6, 15);
    expect(g.b).toBeCloseTo(0.5 + 0.2, 15);
  });

  test('R² is 1 − SS_res/SS_tot, and for constant y it is 1 when exact and 0 otherwise', () => {
    expect(rSquared([1, 2, 3], [1, 2, 3])).toBe(1);
    expect(rSquared([1, 2, 3], [2, 2, 2])).toBe(0);
    expect(rSquared([1, 2, 3], [3, 2, 1])).toBe(-3);
    expect(rSquared([0.1, 0.1, 0.1], [0.1, 0.1, 0.1])).toBe(1);
    expect(rSquared([0.1, 0.1, 0.1], [0.2, 0.1, 0.1])).toBe(0);
  });
});

describe('logistic model', () => {
  const labels = { x: [-1, 0, 2], y: [0, 1, 1] };
  const at = { w: [2], b: -0.5 };

  test('cross-entropy puts ε inside both logs, as 004 does', () => {
    const eps = 1e-15;
    const p = labels.x.map((x) => sigmoid(2 * x - 0.5));
    const expected = -((Math.log(1 - p[0]! + eps) + Math.log(p[1]! + eps) + Math.log(p[2]! + eps)) / 3);
    expect(crossEntropyLoss(labels, at, CONVENTIONS.source004)).toBe(expected);
  });

  test('004’s L2 adds ½λ(w² + b²) to the loss and λ·(w, b) to the gradient', () => {
    const plain = crossEntropyLoss(labels, at, CONVENTIONS.source004);
    const g0 = crossEntropyGradient(labels, at, CONVENTIONS.source004);
    const c = withL2(CONVENTIONS.source004, 0.3);
    expect(crossEntropyLoss(labels, at, c)).toBeCloseTo(plain + 0.15 * (4 + 0.25), 15);
    const g = crossEntropyGradient(labels, at, c);
    expect(g.w[0]).toBeCloseTo(g0.w[0]! + 0.6, 15);
    expect(g.b).toBeCloseTo(g0.b - 0.15, 15);
  });

  test('accuracy counts σ ≥ threshold as class 1', () => {
    expect(Array.from(predictProbability(labels.x, at))).toEqual(labels.x.map((x) => sigmoid(2 * x - 0.5)));
    expect(accuracy(labels, at)).toBe(2 / 3);
    expect(accuracy(labels, { w: [2], b: 0.5 })).toBe(1);
    expect(accuracy(labels, at, 0.99)).toBe(1 / 3);
  });
});
