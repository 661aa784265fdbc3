import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dragPath } from '../../../scripts/bench/drag-path.ts';

describe('the bench’s drag path', () => {
  it('goes down to the minimum, up to the maximum and back, one stride at a time', () => {
    expect(dragPath(0, 10, 5, 4)).toEqual([2.5, 0, 2.5, 5, 7.5, 10, 7.5, 5]);
  });

  it('starts a stride away and ends on the value even when it sits between strides', () => {
    expect(dragPath(0, 4, 1.5, 4)).toEqual([0.5, 0, 1, 2, 3, 4, 3, 2, 1.5]);
  });

  it('crosses the range once each way from either end, never repeating a value', () => {
    expect(dragPath(0, 2, 0, 2)).toEqual([1, 2, 1, 0]);
    expect(dragPath(0, 2, 2, 2)).toEqual([1, 0, 1, 2]);
  });

  it('is empty for an empty or broken range or step count, and clamps a value outside the range', () => {
    expect(dragPath(1, 1, 1, 40)).toEqual([]);
    expect(dragPath(0, Number.NaN, 0, 40)).toEqual([]);
    expect(dragPath(0, 1, 0, 0)).toEqual([]);
    expect(dragPath(0, 1, 0, 2.5)).toEqual([]);
    expect(dragPath(0, 2, 9, 2)).toEqual(dragPath(0, 2, 2, 2));
  });

  it('moves at most one stride a frame, touches both ends, and ends where it began', () => {
    const range = fc
      .tuple(fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 80 }))
      .map(([min, span, at, steps]) => ({ min, max: min + span, value: min + span * at, steps }));
    fc.assert(
      fc.property(range, ({ min, max, value, steps }) => {
        const path = dragPath(min, max, value, steps);
        const stride = (max - min) / steps;
        const slack = 1e-9 * (Math.abs(min) + Math.abs(max) + 1);
        const all = [value, ...path];
        for (let i = 1; i < all.length; i += 1) {
          expect(Math.abs(all[i]! - all[i - 1]!)).toBeLessThanOrEqual(stride + slack);
          expect(all[i]).not.toBe(all[i - 1]);
        }
        expect(path).toContain(min);
        expect(path).toContain(max);
        expect(path.at(-1)).toBe(value);
        expect(Math.min(...path)).toBeGreaterThanOrEqual(min);
        expect(Math.max(...path)).toBeLessThanOrEqual(max);
        // Down to the minimum first (where it may start), then up to the maximum.
        expect(all.indexOf(min)).toBeLessThan(all.lastIndexOf(max));
        expect(path.length).toBeLessThanOrEqual(2 * steps + 2);
      }),
    );
  });
});
