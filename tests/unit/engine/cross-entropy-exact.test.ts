import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CONVENTIONS, crossEntropyLoss, sigmoid } from '../../../src/engine/index';

/** The loss written out as 004 writes it, both logarithms always taken. */
function literalLoss(x: number[], y: number[], w: number, b: number, eps: number): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const p = sigmoid(w * x[i]! + b);
    s += y[i]! * Math.log(p + eps) + (1 - y[i]!) * Math.log(1 - p + eps);
  }
  return -(s / x.length);
}

describe('cross-entropy loss', () => {
  test('skipping the logarithm a hard label weighs by 0 changes no bit, saturated or not, with or without ε', () => {
    const labels = fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true }));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -50, max: 50, noNaN: true }), labels), { minLength: 1, maxLength: 12 }),
        fc.double({ min: -60, max: 60, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.constantFrom(0, 1e-15, 1e-7),
        (rows, w, b, eps) => {
          const x = rows.map((r) => r[0]);
          const y = rows.map((r) => r[1]);
          const convention = { ...CONVENTIONS.textbookLogistic, eps };
          const got = crossEntropyLoss({ x, y }, { w: [w], b }, convention);
          expect(Object.is(got, literalLoss(x, y, w, b, eps)) || (Number.isNaN(got) && Number.isNaN(literalLoss(x, y, w, b, eps)))).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });
});
