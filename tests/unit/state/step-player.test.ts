import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextPlayStep } from '../../../src/state/step-player';

describe('nextPlayStep', () => {
  it('moves by the stride and stops at the last step', () => {
    expect(nextPlayStep(0, 100, 1)).toEqual({ step: 1, done: false });
    expect(nextPlayStep(95, 100, 10)).toEqual({ step: 100, done: true });
    expect(nextPlayStep(99, 100, 1)).toEqual({ step: 100, done: true });
  });

  it('always moves forward, never past the end, whatever the inputs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: -5, max: 50 }), (step, last, stride) => {
        const s = Math.min(step, last - 1);
        const { step: next, done } = nextPlayStep(s, last, stride);
        expect(next).toBeGreaterThan(s);
        expect(next).toBeLessThanOrEqual(last);
        expect(done).toBe(next === last);
      }),
    );
  });
});
