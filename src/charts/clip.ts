/**
 * Paths on a loss landscape, clipped to the window a chart shows: a diverging run's far-off points
 * are left out in data space, so they never reach a drawing. Plain numbers only (no Plot), so the
 * surface's painter in a worker can use it as the 2D charts do.
 */
import type { WB } from './loss-landscape';

/** Log scales need a positive floor: at most six decades below the top of the grid. */
export function logFloor(min: number, max: number): number {
  const top = Number.isFinite(max) && max > 0 ? max : 1;
  const floor = top * 1e-6;
  return Number.isFinite(min) && min > floor ? min : floor;
}

/** The window the chart shows, in data units. */
export interface Window {
  readonly x1: number;
  readonly x2: number;
  readonly y1: number;
  readonly y2: number;
}

/**
 * The part of the segment p→q inside the window (Liang–Barsky), or null when none of it is.
 * Non-finite ends give null.
 */
export function clipSegment(p: WB, q: WB, win: Window): [WB, WB] | null {
  if (!(Number.isFinite(p.w) && Number.isFinite(p.b) && Number.isFinite(q.w) && Number.isFinite(q.b))) return null;
  const xlo = Math.min(win.x1, win.x2), xhi = Math.max(win.x1, win.x2);
  const ylo = Math.min(win.y1, win.y2), yhi = Math.max(win.y1, win.y2);
  const dx = q.w - p.w, dy = q.b - p.b;
  let t0 = 0, t1 = 1;
  // The four edges in turn, without building arrays: a scrub clips thousands of steps a second.
  for (let edge = 0; edge < 4; edge++) {
    const pk = edge === 0 ? -dx : edge === 1 ? dx : edge === 2 ? -dy : dy;
    const qk = edge === 0 ? p.w - xlo : edge === 1 ? xhi - p.w : edge === 2 ? p.b - ylo : yhi - p.b;
    if (pk === 0) {
      if (qk < 0) return null;
    } else {
      const t = qk / pk;
      if (pk < 0) { if (t > t1) return null; if (t > t0) t0 = t; }
      else { if (t < t0) return null; if (t < t1) t1 = t; }
    }
  }
  // Ends that were not cut are returned exactly (p + 1·(q − p) need not equal q for huge values).
  return [
    t0 === 0 ? { w: p.w, b: p.b } : { w: p.w + t0 * dx, b: p.b + t0 * dy },
    t1 === 1 ? { w: q.w, b: q.b } : { w: p.w + t1 * dx, b: p.b + t1 * dy },
  ];
}

/** A path as the segments (and the points) that lie inside the window: the plain form of clippedRun. */
export function clipPath(path: readonly WB[], win: Window): { segments: Array<{ w1: number; b1: number; w2: number; b2: number }>; points: WB[] } {
  const segments: Array<{ w1: number; b1: number; w2: number; b2: number }> = [];
  for (let k = 1; k < path.length; k++) {
    const s = clipSegment(path[k - 1]!, path[k]!, win);
    // A step to NaN, or between points so far out that the clipped ends lose all precision (they
    // land off the window), is left out rather than drawn as garbage.
    if (s && near(s[0], win) && near(s[1], win)) segments.push({ w1: s[0].w, b1: s[0].b, w2: s[1].w, b2: s[1].b });
  }
  const points = path.filter((p) => inside(p, win));
  return { segments, points };
}

/**
 * A path clipped to a window, as sketch shapes, made as far as it has been asked for: the arrays
 * only ever grow at their ends, so what was drawn of them stays true.
 */
export interface ClippedRun {
  readonly lines: ReadonlyArray<{ readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number }>;
  readonly dots: ReadonlyArray<{ readonly x: number; readonly y: number }>;
  /** linesBefore[k]: how many of `lines` the first k points of the path make; dotsBefore likewise. */
  readonly linesBefore: readonly number[];
  readonly dotsBefore: readonly number[];
}

/** Per path, its clipped runs by window: a figure may show one run in two windows (map and surface). */
const clippedRuns = new WeakMap<readonly WB[], Map<string, ClippedRun>>();

/**
 * `clipPath` of a run's first `upTo` points (default all), as sketch lines and dots, kept per path
 * array and window and extended when a later call asks for more. A scrub then clips each step once,
 * and a new run (a changed rate) costs the steps on show, not the whole run.
 */
export function clippedRun(path: readonly WB[], win: Window, upTo = path.length): ClippedRun {
  const key = `${win.x1} ${win.x2} ${win.y1} ${win.y2}`;
  let byWindow = clippedRuns.get(path);
  let run = byWindow?.get(key) as { lines: ClippedRun['lines'][number][]; dots: ClippedRun['dots'][number][]; linesBefore: number[]; dotsBefore: number[] } | undefined;
  if (!run) {
    run = { lines: [], dots: [], linesBefore: [0], dotsBefore: [0] };
    if (!byWindow || byWindow.size >= 4) clippedRuns.set(path, (byWindow = new Map()));
    byWindow.set(key, run);
  }
  const { lines, dots, linesBefore, dotsBefore } = run;
  for (let k = linesBefore.length - 1; k < Math.min(upTo, path.length); k++) {
    if (k > 0) {
      const s = clipSegment(path[k - 1]!, path[k]!, win);
      // As in clipPath: a step whose clipped ends lost all precision is left out.
      if (s && near(s[0], win) && near(s[1], win)) lines.push({ x1: s[0].w, y1: s[0].b, x2: s[1].w, y2: s[1].b });
    }
    if (inside(path[k]!, win)) dots.push({ x: path[k]!.w, y: path[k]!.b });
    linesBefore.push(lines.length);
    dotsBefore.push(dots.length);
  }
  return run;
}

/** Inside the window, allowing for rounding in the clipped ends (1% of its size). */
function near(p: WB, win: Window): boolean {
  const sw = Math.abs(win.x2 - win.x1) * 0.01;
  const sb = Math.abs(win.y2 - win.y1) * 0.01;
  return (
    Number.isFinite(p.w) && Number.isFinite(p.b) &&
    p.w >= Math.min(win.x1, win.x2) - sw && p.w <= Math.max(win.x1, win.x2) + sw &&
    p.b >= Math.min(win.y1, win.y2) - sb && p.b <= Math.max(win.y1, win.y2) + sb
  );
}

/** Inside the window (edges included), finite. */
export function inside(p: WB, win: Window): boolean {
  return (
    Number.isFinite(p.w) && Number.isFinite(p.b) &&
    p.w >= Math.min(win.x1, win.x2) && p.w <= Math.max(win.x1, win.x2) &&
    p.b >= Math.min(win.y1, win.y2) && p.b <= Math.max(win.y1, win.y2)
  );
}

