import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimateRows } from '../../../src/charts/decimate';

const rowsOf = (values: number[]) => values.map((value, step) => ({ step, value }));
const value = (r: { value: number }) => r.value;

describe('decimateRows', () => {
  it('leaves a short series as it is', () => {
    const rows = rowsOf([3, 1, 2]);
    expect(decimateRows(rows, value, 10)).toEqual(rows);
  });

  it('keeps at most the target, in step order, the ends, and every bucket’s extremes', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 3000 }), fc.integer({ min: 4, max: 700 }), (values, target) => {
        const rows = rowsOf(values);
        const kept = decimateRows(rows, value, target);
        expect(kept.length).toBeLessThanOrEqual(Math.max(target, rows.length <= target ? rows.length : 0));
        // Rows are the originals, in order, with no repeats.
        kept.forEach((r, i) => {
          expect(rows[r.step]).toBe(r);
          if (i > 0) expect(r.step).toBeGreaterThan(kept[i - 1]!.step);
        });
        expect(kept[0]).toBe(rows[0]);
        expect(kept.at(-1)).toBe(rows.at(-1));
        // The series' lowest and highest values are still drawn.
        expect(Math.min(...kept.map(value))).toBe(Math.min(...values));
        expect(Math.max(...kept.map(value))).toBe(Math.max(...values));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps a lone spike in a long flat series', () => {
    const values = Array.from({ length: 2000 }, (_, k) => (k === 1234 ? 50 : 1));
    const kept = decimateRows(rowsOf(values), value, 600);
    expect(kept.length).toBeLessThanOrEqual(600);
    expect(kept.some((r) => r.step === 1234)).toBe(true);
  });
});
