import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { withChanges } from '../../../src/state/use-figure-state';

describe('withChanges', () => {
  it('keeps the same object when every change repeats a current value', () => {
    const current = { w: 1.5, n: 30, residuals: true, mode: 'sgd' };
    expect(withChanges(current, { n: 30 })).toBe(current);
    expect(withChanges(current, { w: 1.5, residuals: true, mode: 'sgd' })).toBe(current);
    expect(withChanges(current, {})).toBe(current);
  });

  it('makes a new object with the changes when any value differs, leaving the old one alone', () => {
    const current = { w: 1.5, n: 30 };
    const next = withChanges(current, { n: 31, w: 1.5 });
    expect(next).not.toBe(current);
    expect(next).toEqual({ w: 1.5, n: 31 });
    expect(current).toEqual({ w: 1.5, n: 30 });
  });

  it('tells 0 from −0 and treats NaN as equal to NaN, as Object.is does', () => {
    expect(withChanges({ b: 0 }, { b: -0 })).toEqual({ b: -0 });
    const nan = { b: Number.NaN };
    expect(withChanges(nan, { b: Number.NaN })).toBe(nan);
  });

  it('agrees with a plain merge on every input', () => {
    const record = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.oneof(fc.integer({ min: -3, max: 3 }), fc.boolean()));
    fc.assert(
      fc.property(record, record, (current, changes) => {
        const next = withChanges(current, changes);
        expect(next).toEqual({ ...current, ...changes });
        const same = Object.entries(changes).every(([k, v]) => Object.is((current as Record<string, unknown>)[k], v));
        expect(next === current).toBe(same);
      }),
    );
  });
});
