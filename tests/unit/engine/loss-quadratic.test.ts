import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  absoluteErrorLoss,
  CONVENTIONS,
  gridOperationCounts,
  interceptProfile,
  linearData,
  quadraticAt,
  squaredErrorLoss,
  squaredErrorQuadratic,
  squaredErrorStats,
} from '../../../src/engine';

const small = fc.double({ min: -20, max: 20, noNaN: true });

describe('squaredErrorQuadratic', () => {
  it('gives the plain-mean squared error at any (w, b), for any data', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(small, small), { minLength: 1, maxLength: 30 }), small, small, (points, w, b) => {
        const x = points.map((p) => p[0]);
        const y = points.map((p) => p[1]);
        const q = squaredErrorQuadratic(squaredErrorStats(x, y));
        const direct = squaredErrorLoss({ x, y }, { w: [w], b }, CONVENTIONS.textbook);
        expect(Math.abs(quadraticAt(q, w, b) - direct)).toBeLessThanOrEqual(1e-9 * Math.max(1, direct) + 1e-6);
      }),
    );
  });

  it('has the sums of the data as its coefficients', () => {
    const q = squaredErrorQuadratic(squaredErrorStats([1, 2, 3], [2, 2, 5]));
    expect(q).toEqual({ ww: 14 / 3, wb: 4, bb: 1, w: (-2 * 21) / 3, b: -6, c: 11 });
  });
});

describe('absoluteErrorLoss', () => {
  it('is the mean of the absolute residuals', () => {
    expect(absoluteErrorLoss({ x: [0, 1, 2], y: [1, 1, 1] }, { w: [1], b: 0 })).toBeCloseTo((1 + 0 + 1) / 3, 15);
  });

  it('is never more than the root of the mean squared error', () => {
    const data = linearData({ n: 40, xMin: -3, xMax: 3, slope: 1, intercept: 0, noise: 1, seed: 3 });
    fc.assert(
      fc.property(small, small, (w, b) => {
        const mae = absoluteErrorLoss(data, { w: [w], b });
        const mse = squaredErrorLoss(data, { w: [w], b }, CONVENTIONS.textbook);
        expect(mae).toBeLessThanOrEqual(Math.sqrt(mse) * (1 + 1e-12));
      }),
    );
  });

  it('names bad parameters', () => {
    expect(() => absoluteErrorLoss({ x: [1], y: [1] }, { w: [1, 2], b: 0 })).toThrow(/params\.w/);
  });
});

describe('gridOperationCounts', () => {
  it('counts 5n + 1 operations per cell by brute force and 13 per cell from sums', () => {
    expect(gridOperationCounts(20, 2500)).toEqual({ bruteForce: 2500 * 101, fromSums: 160 + 6 + 32500, ratio: (2500 * 101) / 32666 });
  });

  it('from sums grows with n only through one pass over the data', () => {
    const a = gridOperationCounts(100, 10_000);
    const b = gridOperationCounts(100_000, 10_000);
    expect(b.bruteForce / a.bruteForce).toBeGreaterThan(900);
    expect(b.fromSums - a.fromSums).toBe(8 * (100_000 - 100));
    expect(b.bruteForce - a.bruteForce).toBe(5 * 10_000 * (100_000 - 100));
  });

  it('refuses a count that is not an integer', () => {
    expect(() => gridOperationCounts(0, 10)).toThrow(RangeError);
    expect(() => gridOperationCounts(3, -1)).toThrow(RangeError);
  });
});

describe('interceptProfile', () => {
  const data = linearData({ n: 6, xMin: 0, xMax: 5, slope: 1, intercept: 2, noise: 1, seed: 9 });
  it('agrees with the engine’s losses at every intercept', () => {
    const bs = [-1, 0, 0.5, 2, 3.25];
    const sq = interceptProfile(data, 0.7, bs, 'squared');
    const ab = interceptProfile(data, 0.7, bs, 'absolute');
    bs.forEach((b, k) => {
      expect(sq[k]).toBeCloseTo(squaredErrorLoss(data, { w: [0.7], b }, CONVENTIONS.textbook), 12);
      expect(ab[k]).toBeCloseTo(absoluteErrorLoss(data, { w: [0.7], b }), 12);
    });
  });

  it('refuses an unknown kind', () => {
    expect(() => interceptProfile(data, 1, [0], 'cubed' as 'squared')).toThrow(/kind/);
  });
});
