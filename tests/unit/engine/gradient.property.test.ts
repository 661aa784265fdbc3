import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkGradient, CONVENTIONS, crossEntropyObjective, squaredErrorObjective, withL2 } from '../../../src/engine/index';
import { crossEntropy, exactSquaredError, labelledData, lineData, paramsFor, rowData } from './support/arbitraries';

const scaleOf = (values: number[]) => Math.max(1, ...values.map(Math.abs));

describe('analytic gradients agree with central finite differences', () => {
  test('squared error, any number of features, every exact convention with or without L2', () => {
    fc.assert(
      fc.property(rowData.chain((data) => fc.tuple(fc.constant(data), paramsFor(data.X[0]!.length), exactSquaredError)), ([data, params, convention]) => {
        const objective = squaredErrorObjective(data, convention);
        const check = checkGradient(objective, params);
        const scale = scaleOf([...check.analytic.w, check.analytic.b, objective.loss(params)]);
        expect(check.maxAbsoluteError).toBeLessThan(1e-6 * scale);
      }),
    );
  });

  test('cross-entropy in 1-D, hard or soft labels, ε 0 or 1e-15, with or without L2', () => {
    fc.assert(
      fc.property(labelledData, paramsFor(1, 2), crossEntropy, (data, params, convention) => {
        const objective = crossEntropyObjective(data, convention);
        const check = checkGradient(objective, params);
        expect(check.maxAbsoluteError).toBeLessThan(1e-6 * scaleOf([...check.analytic.w, check.analytic.b]));
      }),
    );
  });

  test('cross-entropy with two features and 004’s penalised bias', () => {
    fc.assert(
      fc.property(rowData.filter((d) => d.X[0]!.length === 2), paramsFor(2, 1), fc.double({ min: 0, max: 1, noNaN: true }), (data, params, lambda) => {
        const labels = { X: data.X, y: data.y.map((v) => (v > 0 ? 1 : 0)) };
        const check = checkGradient(crossEntropyObjective(labels, withL2(CONVENTIONS.source004, lambda)), params);
        expect(check.maxAbsoluteError).toBeLessThan(1e-6 * scaleOf([...check.analytic.w, check.analytic.b]));
      }),
    );
  });

  test('002’s gradient is exactly half the true gradient of its mean loss, as its formula drops the 2', () => {
    fc.assert(
      fc.property(lineData(2), paramsFor(1), (data, params) => {
        const check = checkGradient(squaredErrorObjective(data, CONVENTIONS.source002), params);
        const a = [...check.analytic.w, check.analytic.b];
        const n = [...check.numeric.w, check.numeric.b];
        a.forEach((v, j) => expect(Math.abs(2 * v - n[j]!)).toBeLessThan(1e-6 * scaleOf(n)));
      }),
    );
  });
});
