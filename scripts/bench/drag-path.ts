/**
 * The values a slider passes through when a reader drags it across its whole range: from where it
 * stands down to its minimum, up to its maximum, and back to where it stood, at one pace
 * throughout. A hand on a thumb never jumps, so neither does the bench's drag; a jump (a click on
 * the track, Home or End) is timed on its own (sweeps.ts). Pure.
 */

/**
 * `steps` is how many moves cross the whole range. Every move is at most (max − min) / steps; the
 * path starts one move from `value`, touches `min` and `max`, ends on `value`, and never repeats a
 * value twice in a row. A value outside the range is clamped into it first. Empty when the range is
 * empty or not finite, or `steps` is not a positive whole number.
 */
export function dragPath(min: number, max: number, value: number, steps: number): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || !(max > min) || !Number.isInteger(steps) || steps < 1) return [];
  const start = Math.min(max, Math.max(min, Number.isFinite(value) ? value : min));
  const stride = (max - min) / steps;
  // Legs are counted in whole moves from a fixed end, so no rounding error builds up along a leg.
  const leg = (from: number, to: number): number[] => {
    // The tolerance keeps a leg of whole strides from ending in a sliver of a move.
    const moves = to === from ? 0 : Math.max(1, Math.ceil(Math.abs(to - from) / stride - 1e-9));
    const out: number[] = [];
    for (let k = 1; k < moves; k += 1) out.push(from + Math.sign(to - from) * k * stride);
    if (moves > 0) out.push(to);
    return out;
  };
  return [...leg(start, min), ...leg(min, max), ...leg(max, start)];
}
