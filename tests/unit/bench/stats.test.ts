import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { combineRuns, intervals, median, medianRun, percentile, summarizeFrames } from '../../../scripts/bench/stats.ts';
import type { InteractionResult } from '../../../scripts/bench/types.ts';

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

describe('several runs of a sweep', () => {
  const run = (p95: number | null, busy = 10, control = 'w'): InteractionResult => ({
    figure: 'f',
    figureKind: '2d',
    kind: 'slider',
    control,
    frames: p95 === null ? null : { frames: 44, p50: 16.7, p95, max: p95 + 10 },
    longTasks: { count: 0, totalMs: 0 },
    work: { styleMs: 1, layoutMs: 1, taskMs: busy },
  });

  it('takes the whole run with the median p95, the worse middle one of an even count, a run without frames as the slowest', () => {
    expect(medianRun([run(50, 1), run(16.7, 2), run(33.3, 3)]).work?.taskMs).toBe(3);
    expect(medianRun([run(16.7, 1), run(33.3, 2)]).work?.taskMs).toBe(2);
    expect(medianRun([run(null, 1), run(16.7, 2), run(16.8, 3)]).work?.taskMs).toBe(3);
    expect(() => medianRun([])).toThrow(RangeError);
  });

  it('picks a run that is no better than half the runs and no worse than half (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.double({ min: 1, max: 200, noNaN: true }), { nil: null }), { minLength: 1, maxLength: 9 }), (p95s) => {
        const chosen = medianRun(p95s.map((p) => run(p))).frames?.p95 ?? Infinity;
        const all = p95s.map((p) => p ?? Infinity);
        expect(all.filter((p) => p <= chosen).length).toBeGreaterThanOrEqual(Math.ceil(all.length / 2));
        expect(all.filter((p) => p >= chosen).length).toBeGreaterThanOrEqual(Math.ceil(all.length / 2));
      }),
    );
  });

  it('combines runs sweep by sweep, keeps every run\'s p95 and busy time, and counts a sweep missing from a run as failed', () => {
    const combined = combineRuns([
      [run(33.3, 20, 'w'), run(16.7, 9, 'b')],
      [run(16.7, 12, 'w'), run(16.8, 10, 'b')],
      [run(50, 30, 'w')],
    ]);
    expect(combined.map((c) => c.control)).toEqual(['w', 'b']);
    expect(combined[0]!.frames?.p95).toBe(33.3);
    expect(combined[0]!.runs).toEqual([{ p95: 33.3, busyMs: 20 }, { p95: 16.7, busyMs: 12 }, { p95: 50, busyMs: 30 }]);
    expect(combined[1]!.frames?.p95).toBe(16.8);
    expect(combined[1]!.runs).toEqual([{ p95: 16.7, busyMs: 9 }, { p95: 16.8, busyMs: 10 }, { p95: null, busyMs: null }]);
  });
});
