/**
 * Fewer points for a long series drawn as a line: a run of 2 000 steps on a chart 600 pixels wide
 * puts several points on each pixel column, and Plot's cost grows with every one of them. The
 * steps are cut into buckets of equal length; each keeps its first point and its lowest and
 * highest, in step order, so the line keeps its shape, every spike and its ends.
 */

/** At most about this many points survive (three per bucket, plus the last point). */
export const DECIMATE_TARGET = 600;

/**
 * The rows to draw, in their order: all of them when there are at most `target`, else the first,
 * lowest and highest of each bucket and the last row. Rows are kept as they are (no new values).
 */
export function decimateRows<T>(rows: readonly T[], value: (row: T) => number, target = DECIMATE_TARGET): T[] {
  if (rows.length <= target || target < 4) return [...rows];
  const buckets = Math.floor((target - 1) / 3);
  const size = rows.length / buckets;
  const kept: T[] = [];
  for (let b = 0; b < buckets; b++) {
    const start = Math.floor(b * size);
    const end = Math.min(rows.length, Math.floor((b + 1) * size));
    let lo = start;
    let hi = start;
    for (let i = start + 1; i < end; i++) {
      if (value(rows[i]!) < value(rows[lo]!)) lo = i;
      if (value(rows[i]!) > value(rows[hi]!)) hi = i;
    }
    for (const i of [...new Set([start, lo, hi])].sort((a, c) => a - c)) kept.push(rows[i]!);
  }
  const last = rows[rows.length - 1]!;
  if (kept[kept.length - 1] !== last) kept.push(last);
  return kept;
}
