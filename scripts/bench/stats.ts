/**
 * Order statistics for benchmark samples. Pure; no timing happens here.
 */
import type { InteractionResult } from './types.ts';

/**
 * The p-th percentile by the nearest-rank method: the smallest sample such that at least p % of the
 * samples are less than or equal to it. Never interpolates, so the answer is always a value that was
 * measured (a p95 frame time is a frame that happened). Throws on an empty sample or p outside [0, 100].
 */
export function percentile(values: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`invalid percentile; expected 0 to 100, got ${p}`);
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) throw new RangeError('invalid sample; expected at least one finite value, got none');
  const sorted = [...finite].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** The median as the mean of the two middle values for an even count (used for micro-benchmark timings). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('invalid sample; expected at least one value, got none');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface FrameSummary {
  /** Number of frame intervals measured. */
  readonly frames: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

/** p50, p95 and max of frame intervals in milliseconds; null when there is nothing to summarise. */
export function summarizeFrames(intervals: readonly number[]): FrameSummary | null {
  const finite = intervals.filter((v) => Number.isFinite(v) && v >= 0);
  if (finite.length === 0) return null;
  return { frames: finite.length, p50: percentile(finite, 50), p95: percentile(finite, 95), max: Math.max(...finite) };
}

/** Successive differences of increasing timestamps (rAF times → frame intervals). */
export function intervals(timestamps: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < timestamps.length; i += 1) out.push(timestamps[i]! - timestamps[i - 1]!);
  return out;
}

/**
 * Of several runs of one sweep, the run with the median p95 frame (for an even count, the worse of
 * the two middle runs): a whole measured run, so its p50, max, long tasks and work agree with its
 * p95. A run without frames counts as the slowest. Throws on no runs.
 */
export function medianRun<T extends { readonly frames: FrameSummary | null }>(runs: readonly T[]): T {
  if (runs.length === 0) throw new RangeError('invalid runs; expected at least one, got none');
  const p95 = (run: T) => run.frames?.p95 ?? Infinity;
  // Stable: equal p95s keep their order, so the choice does not depend on the sort.
  const order = runs.map((run, i) => ({ run, i })).sort((a, b) => p95(a.run) - p95(b.run) || a.i - b.i);
  return order[order.length >> 1]!.run;
}

/**
 * One result per sweep from several runs of a page's sweeps: the run with the median p95, with
 * every run's p95 and busy time beside it. A sweep missing from a run (a figure that failed there)
 * counts as a run without frames.
 */
export function combineRuns(runs: ReadonlyArray<readonly InteractionResult[]>): InteractionResult[] {
  const key = (i: InteractionResult) => `${i.figure}\u0000${i.kind}\u0000${i.control}`;
  return runs[0]!.map((first) => {
    const all = runs.map((run) => run.find((i) => key(i) === key(first)) ?? { ...first, frames: null, work: null });
    return { ...medianRun(all), runs: all.map((i) => ({ p95: i.frames?.p95 ?? null, busyMs: i.work?.taskMs ?? null })) };
  });
}
