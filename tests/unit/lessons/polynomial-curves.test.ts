import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { crossValidate } from '../../../src/engine/index';
import { MAX_DEGREE_SHOWN, polynomialData, polynomialFigure as spec } from '../../../src/figures/polynomial';
import { POLYNOMIAL_DEGREES, polynomialCurves, polynomialCurvesKey } from '../../../src/lessons/polynomial-curves';

describe('lesson 14’s curves, as the worker makes them', () => {
  it('are the engine’s cross-validation of every degree shown, at the λ and k asked for', () => {
    expect(POLYNOMIAL_DEGREES).toEqual(Array.from({ length: MAX_DEGREE_SHOWN }, (_, i) => i + 1));
    const input = { seed: spec.seed.default, k: 4, lambda: 0.01 };
    const curves = polynomialCurves(input);
    const data = polynomialData(input.seed);
    expect(curves).toHaveLength(MAX_DEGREE_SHOWN);
    for (const degree of [1, 3, MAX_DEGREE_SHOWN]) {
      expect(curves[degree - 1]).toEqual(crossValidate(data, { degree, lambda: 0.01, k: 4, seed: input.seed }));
    }
    expect(curves.every((c) => c.k === 4 && c.folds.length === 4)).toBe(true);
  });

  it('survive the trip to the page: a structured clone is equal', () => {
    const curves = polynomialCurves({ seed: spec.seed.default, k: spec.k.default, lambda: 1e-10 });
    expect(structuredClone(curves)).toEqual(curves);
  });

  it('property: the key tells apart any two inputs that differ', () => {
    const input = fc.record({ seed: fc.integer({ min: 0, max: 1000 }), k: fc.integer({ min: spec.k.min, max: spec.k.max }), lambda: fc.double({ min: 0, max: 10, noNaN: true }) });
    fc.assert(
      fc.property(input, input, (a, b) => {
        const same = a.seed === b.seed && a.k === b.k && a.lambda === b.lambda;
        expect(polynomialCurvesKey(a) === polynomialCurvesKey(b)).toBe(same);
      }),
    );
  });
});
