/**
 * Tells a figure whether what it draws is changing in a burst (a slider being dragged through its
 * range) or once. During a burst a costly view can draw a cheaper version and redraw in full once
 * the burst has been quiet for `quietMs`, as the 3D surface does while it is turned.
 */
export interface Burst {
  /** Reports a change at time `now` (ms); true when it follows the last one within `quietMs`. */
  change(now: number): boolean;
  /** True from a change that was part of a burst until `quietMs` after the last change. */
  busy(now: number): boolean;
}

export function burstTracker(quietMs: number): Burst {
  let last = -Infinity;
  let inBurst = false;
  return {
    change(now) {
      inBurst = now - last < quietMs;
      last = now;
      return inBurst;
    },
    busy(now) {
      return inBurst && now - last < quietMs;
    },
  };
}
