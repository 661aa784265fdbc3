import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sigmoid } from '../../../src/engine/index';

const anyZ = fc.double({ min: -1e308, max: 1e308, noNaN: true });

describe('sigmoid', () => {
  test('is a finite number in [0, 1] for every |z| up to 1e308', () => {
    fc.assert(
      fc.property(anyZ, (z) => {
        const p = sigmoid(z);
        expect(Number.isFinite(p)).toBe(true);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
      }),
    );
    expect([sigmoid(-1e308), sigmoid(1e308), sigmoid(-Infinity), sigmoid(Infinity)]).toEqual([0, 1, 0, 1]);
  });

  test('never decreases as z grows', () => {
    fc.assert(
      fc.property(anyZ, anyZ, (a, b) => {
        expect(sigmoid(Math.min(a, b))).toBeLessThanOrEqual(sigmoid(Math.max(a, b)));
      }),
    );
    // Neighbouring doubles around the branch point z = 0 and across the range where rounding is finest.
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), (z) => {
        expect(sigmoid(z)).toBeLessThanOrEqual(sigmoid(z + Math.max(Math.abs(z) * 2.3e-16, 5e-324)));
      }),
    );
  });

  test('is symmetric: σ(−z) = 1 − σ(z) to within a rounding of 1', () => {
    fc.assert(
      fc.property(anyZ, (z) => {
        expect(Math.abs(sigmoid(-z) - (1 - sigmoid(z)))).toBeLessThanOrEqual(3e-16);
      }),
    );
  });

  test('is exactly 0 or 1 only where a double cannot hold anything else', () => {
    fc.assert(fc.property(fc.double({ min: -744, max: 36, noNaN: true }), (z) => {
      expect(sigmoid(z)).toBeGreaterThan(0);
      expect(sigmoid(z)).toBeLessThan(1);
    }));
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(-744)).toBe(Math.exp(-744));
  });

  test('keeps relative accuracy for very negative z, where 1/(1 + e^(−z)) would overflow', () => {
    expect(sigmoid(-700) / Math.exp(-700)).toBeCloseTo(1, 15);
    expect(Number.isNaN(sigmoid(NaN))).toBe(true);
  });
});
