import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { intervals, median, percentile, summarizeFrames } from '../../../scripts/bench/stats.ts';

describe('percentile (nearest rank)', () => {
  it('returns a measured value, never an interpolated one', () => {
    const frames = [16.7, 16.7, 16.7, 33.3, 50];
    expect(percentile(frames, 50)).toBe(16.7);
    expect(percentile(frames, 80)).toBe(33.3);
    expect(percentile(frames, 95)).toBe(50);
    expect(percentile(frames, 100)).toBe(50);
    expect(percentile(frames, 0)).toBe(16.7);
  });

  it('takes the 95th of 100 sorted values as p95', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted input
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 50)).toBe(50);
  });

  it('ignores non-finite samples and rejects an empty sample or a bad p', () => {
    expect(percentile([NaN, 3, Infinity, 1], 100)).toBe(3);
    expect(() => percentile([], 50)).toThrow(/at least one finite value/);
    expect(() => percentile([NaN], 50)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(/invalid percentile/);
    expect(() => percentile([1], Number.NaN)).toThrow(/invalid percentile/);
  });

  it('is one of the samples, and at least p % of the samples are at or below it', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 200 }), fc.integer({ min: 0, max: 100 }), (values, p) => {
        const q = percentile(values, p);
        expect(values).toContain(q);
        expect(values.filter((v) => v <= q).length).toBeGreaterThanOrEqual((p / 100) * values.length);
        // Nothing smaller would do: fewer than p % lie strictly below it.
        expect(values.filter((v) => v < q).length).toBeLessThan(Math.max(1, (p / 100) * values.length));
      }),
    );
  });
});

describe('median', () => {
  it('averages the middle pair of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, 1, 3])).toBe(3);
    expect(() => median([])).toThrow(RangeError);
  });
});

describe('frame summaries', () => {
  it('turns rAF timestamps into intervals and summarises them', () => {
    const stamps = [0, 16.7, 33.4, 83.4, 100.1];
    expect(intervals(stamps).map((v) => Number(v.toFixed(1)))).toEqual([16.7, 16.7, 50, 16.7]);
    const summary = summarizeFrames(intervals(stamps));
    expect(summary?.frames).toBe(4);
    expect(summary?.p50).toBeCloseTo(16.7, 6);
    expect(summary?.p95).toBeCloseTo(50, 6);
    expect(summary?.max).toBeCloseTo(50, 6);
  });

  it('is null when no frame was seen', () => {
    expect(summarizeFrames([])).toBeNull();
    expect(intervals([12])).toEqual([]);
  });
});
