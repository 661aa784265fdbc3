/**
 * A loss landscape over the (w, b) plane, seen from above, in two layers for PlotView. The input's
 * `grid` is a `LossGrid` from the engine (`squaredErrorGrid`, `crossEntropyGrid`, `lossGrid`: a flat
 * row-major `values` array with `width`, `height`, pixel-edge extents `x1, x2, y1, y2`, and `min`,
 * `max`). `lossLandscapeBase` is only the axes, fixed to the grid's extents, and `landscapeBaseKey`
 * what they depend on; `lossLandscapeSketch` draws everything else as a sketch: the grid as a heatmap
 * in the site's sequential scheme (cividis: dark blue for low loss, yellow for high; readable in light
 * and dark themes and with colour-vision deficiencies) with contour lines on top, then the markers.
 * Options: `logScale` colours and spaces the contours by the logarithm of the loss (use it for MSE
 * bowls, whose values span decades); `thresholds` is a contour count (default 12) or explicit levels;
 * `point` marks the current model (a filled dot in var(--c-model)); `minimum` marks the optimum (a
 * ringed cross in var(--c-good)); `path` is a descent path, drawn as a line with small dots — points
 * outside the window or not finite are clipped away in data space, so a diverging run never breaks
 * the chart; `arrows` draws vectors from (w, b) to (w + dw, b + db) (scale them yourself); `circles`
 * draws circles of radius r around the origin and `bands` the lines w = ±r (L2 penalty contours);
 * `trail` a dashed path; `xLabel`/`yLabel` rename the axes (default w and b). Pure: no DOM; PlotView's
 * pointer handlers then report (x, y) = (w, b).
 */
import * as Plot from '@observablehq/plot';
import { contourPaths, paintHeatmap, type SampledGrid } from './grid-marks';
import { shownCount, type Shape, type Sketch } from './sketch';
import { clippedRun, inside, logFloor, type Window } from './clip';

export { clipPath, clippedRun, clipSegment, logFloor, type ClippedRun, type Window } from './clip';

/** The parts of an engine LossGrid this chart reads. */
export interface LandscapeGrid extends SampledGrid {
  readonly min: number;
  readonly max: number;
}

export interface WB {
  readonly w: number;
  readonly b: number;
}

export interface GradientArrow extends WB {
  readonly dw: number;
  readonly db: number;
}

export interface LossLandscapeInput {
  readonly grid: LandscapeGrid;
  /** Number of contour levels (default 12) or the levels themselves. */
  readonly thresholds?: number | readonly number[] | undefined;
  /** Colour and space contours by log loss. */
  readonly logScale?: boolean | undefined;
  /** The current model. */
  readonly point?: WB | null | undefined;
  /** A descent path, first point first. */
  readonly path?: readonly WB[] | undefined;
  /**
   * How many points of `path` are on show (default: all). A scrub through a run passes the whole
   * run's path, the same array on every frame, and the step it is at: the path is then clipped and
   * drawn once per run, and each frame shows a part of it.
   */
  readonly pathShown?: number | undefined;
  /** The optimum (e.g. the closed form). */
  readonly minimum?: WB | null | undefined;
  readonly arrows?: readonly GradientArrow[] | undefined;
  /** Circles w² + b² = r² around the origin (L2 penalty contours). */
  readonly circles?: ReadonlyArray<{ readonly r: number }> | undefined;
  /** Lines w = ±r: the contours of a penalty on w alone (the intercept left free). */
  readonly bands?: ReadonlyArray<{ readonly r: number }> | undefined;
  /** A path drawn as a thin dashed line in the base (e.g. where the minimum goes as λ grows). */
  readonly trail?: readonly WB[] | undefined;
  readonly xLabel?: string | undefined;
  readonly yLabel?: string | undefined;
}

/** The site's sequential scheme for heatmaps (see --scheme-sequential in tokens.css). */
export const LANDSCAPE_SCHEME = 'cividis';

/**
 * Contour levels strictly between the grid's min and max: `count` evenly spaced levels, or
 * geometrically spaced ones for a log scale (so each ring is the same factor higher).
 */
export function contourLevels(min: number, max: number, count: number, logScale = false): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || !(max > min) || !(count >= 1)) return [];
  const k = Math.floor(count);
  const out: number[] = [];
  if (logScale) {
    const lo = Math.log(logFloor(min, max));
    const hi = Math.log(max);
    if (!(hi > lo)) return [];
    for (let i = 1; i <= k; i++) out.push(Math.exp(lo + ((hi - lo) * i) / (k + 1)));
  } else {
    for (let i = 1; i <= k; i++) out.push(min + ((max - min) * i) / (k + 1));
  }
  return out;
}

/** Points around a circle of radius r about the origin, closed. */
export function circlePoints(r: number, segments = 96): WB[] {
  const out: WB[] = [];
  for (let k = 0; k <= segments; k++) {
    const t = (2 * Math.PI * k) / segments;
    out.push({ w: r * Math.cos(t), b: r * Math.sin(t) });
  }
  return out;
}

/**
 * The chart in two layers for PlotView: the base is the axes of the window, and changes only with
 * the window; the sketch draws the grid (heatmap, contours), the border, penalty bands, circles and
 * trail, the minimum, and what follows the reader (gradient arrows, the descent path and the current
 * point). A new grid — a data slider or λ dragged — is then a new image and one new path, not a
 * Plot run.
 */
export function lossLandscapeLayers(input: LossLandscapeInput): { base: Plot.PlotOptions; overlay: Sketch; baseKey: unknown[] } {
  return { base: lossLandscapeBase(input), overlay: lossLandscapeSketch(input), baseKey: landscapeBaseKey(input) };
}

/** What the base depends on: PlotView redraws it when any of these change. */
export function landscapeBaseKey(input: Pick<LossLandscapeInput, 'grid' | 'xLabel' | 'yLabel'>): unknown[] {
  const { grid } = input;
  return [grid.x1, grid.x2, grid.y1, grid.y2, input.xLabel, input.yLabel];
}

/**
 * The colour scale of the heatmap (cividis, linear or by log loss with a positive floor), as Plot
 * options: the sketch's raster colours each sample as this scale does.
 */
export function landscapeColour(input: Pick<LossLandscapeInput, 'grid' | 'logScale'>): Plot.ScaleOptions & { domain: [number, number] } {
  const { grid, logScale = false } = input;
  const floor = logFloor(grid.min, grid.max);
  const top = Number.isFinite(grid.max) ? grid.max : 1;
  const domain: [number, number] = logScale
    ? [floor, Math.max(top, floor * 10)]
    : [Number.isFinite(grid.min) ? grid.min : 0, top > grid.min ? top : grid.min + 1];
  return { type: logScale ? 'log' : 'linear', scheme: LANDSCAPE_SCHEME, domain, label: logScale ? 'loss (log scale)' : 'loss' };
}

/** The window's axes, fixed to the grid's extents. */
export function lossLandscapeBase(input: LossLandscapeInput): Plot.PlotOptions {
  const { grid } = input;
  return {
    x: { domain: [grid.x1, grid.x2], label: input.xLabel ?? 'w', grid: false },
    y: { domain: [grid.y1, grid.y2], label: input.yLabel ?? 'b', grid: false },
    style: { fontSize: '13px', overflow: 'visible' },
    marks: [],
  };
}

/** The scheme's colour at t in [0, 1], one function for the page so the heatmap's colour table is read once. */
let schemeAt: ((t: number) => string) | null = null;
function landscapeRamp(): (t: number) => string {
  if (!schemeAt) {
    const ramp = Plot.scale({ color: { type: 'linear', scheme: LANDSCAPE_SCHEME, domain: [0, 1] } });
    schemeAt = (t) => ramp.apply(t) as string;
  }
  return schemeAt;
}

/**
 * The grid's shapes, bottom first: heatmap, contours, the window's border, penalty bands, the trail
 * and penalty circles, and the minimum's ringed cross.
 */
export function landscapeGridShapes(input: LossLandscapeInput): Shape[] {
  const { grid, logScale = false, minimum, circles } = input;
  const win: Window = { x1: grid.x1, x2: grid.x2, y1: grid.y1, y2: grid.y2 };
  const colour = landscapeColour(input);
  const floor = logFloor(grid.min, grid.max);
  const top = Number.isFinite(grid.max) ? grid.max : 1;
  // Clamp what the colour scale cannot show (non-finite losses, zeros on a log scale) to its ends.
  const colourOf = logScale ? (v: number) => (Number.isFinite(v) ? Math.max(v, floor) : top) : (v: number) => (Number.isFinite(v) ? v : top);
  // A loss's place t on the scheme: linear in the loss, or in its logarithm.
  const [d0, d1] = logScale ? (colour.domain.map(Math.log) as [number, number]) : colour.domain;
  const position = logScale ? (v: number) => (Math.log(colourOf(v)) - d0) / (d1 - d0) : (v: number) => (colourOf(v) - d0) / (d1 - d0);
  const shapes: Shape[] = [{ kind: 'raster', grid, paint: (canvas) => paintHeatmap(grid, { position, colourAt: landscapeRamp() }, canvas) }];
  const levels =
    typeof input.thresholds === 'object' && input.thresholds !== null
      ? [...input.thresholds].filter(Number.isFinite)
      : contourLevels(grid.min, grid.max, input.thresholds ?? 12, logScale);
  if (levels.length > 0) {
    shapes.push({ kind: 'contours', grid, levels, trace: (x, y) => contourPaths(grid, levels, { x, y }), stroke: 'var(--fg)', strokeOpacity: 0.4, strokeWidth: 0.8, className: 'contours' });
  }
  shapes.push({ kind: 'rects', rects: [{ x1: win.x1, y1: win.y1, x2: win.x2, y2: win.y2 }], fill: 'none', stroke: 'var(--fg-muted)', strokeWidth: 1 });
  for (const c of input.bands ?? []) {
    if (!(c.r > 0) || !Number.isFinite(c.r)) continue;
    for (const x of [-c.r, c.r]) shapes.push({ kind: 'ruleX', x, stroke: 'var(--c-warn)', strokeWidth: 1.5, strokeDasharray: '5 3', clip: true });
  }
  if (input.trail && input.trail.length > 1) {
    shapes.push({ kind: 'segments', segments: clippedRun(input.trail, win).lines, stroke: 'var(--c-good)', strokeWidth: 1.5, strokeDasharray: '2 3' });
  }
  for (const c of circles ?? []) {
    if (!(c.r > 0) || !Number.isFinite(c.r)) continue;
    shapes.push({ kind: 'line', points: circlePoints(c.r).map((p) => ({ x: p.w, y: p.b })), stroke: 'var(--c-warn)', strokeWidth: 1.5, strokeDasharray: '5 3', clip: true });
  }
  if (minimum && Number.isFinite(minimum.w) && Number.isFinite(minimum.b) && inside(minimum, win)) {
    const at = [{ x: minimum.w, y: minimum.b }];
    // A ring with a halo in the background colour and a cross inside it, in the 'good' colour.
    shapes.push(
      { kind: 'dots', points: at, r: 7, stroke: 'var(--bg)', strokeWidth: 4 },
      { kind: 'dots', points: at, r: 7, stroke: 'var(--c-good)', strokeWidth: 2 },
      { kind: 'dots', points: at, r: 5, symbol: 'times', stroke: 'var(--c-good)', strokeWidth: 2 },
    );
  }
  return shapes;
}

/** The grid's shapes (landscapeGridShapes), then what follows the reader: gradient arrows, the descent path so far, and the current point. */
export function lossLandscapeSketch(input: LossLandscapeInput): Sketch {
  const { grid, point, path, arrows } = input;
  const win: Window = { x1: grid.x1, x2: grid.x2, y1: grid.y1, y2: grid.y2 };
  const overlay: Shape[] = landscapeGridShapes(input);
  if (arrows && arrows.length > 0) {
    const shafts = arrows.map((a) => ({ x1: a.w, y1: a.b, x2: a.w + a.dw, y2: a.b + a.db }));
    // A wide halo in the background colour first, so the arrow reads on any part of the heatmap.
    overlay.push(
      { kind: 'arrows', arrows: shafts, stroke: 'var(--bg)', strokeWidth: 4, headLength: 8, clip: true },
      { kind: 'arrows', arrows: shafts, stroke: 'var(--c-warn)', strokeWidth: 2, headLength: 8, clip: true },
    );
  }
  if (path && path.length > 0) {
    const shown = shownCount(path.length, input.pathShown);
    const { lines, dots, linesBefore, dotsBefore } = clippedRun(path, win, shown);
    const count = linesBefore[shown]!;
    overlay.push(
      { kind: 'segments', segments: lines, count, stroke: 'var(--bg)', strokeWidth: 4, strokeOpacity: 0.7 },
      { kind: 'segments', segments: lines, count, stroke: 'var(--c-model)', strokeWidth: 2 },
      { kind: 'dots', points: dots, count: dotsBefore[shown]!, r: 2.5, fill: 'var(--c-model)', stroke: 'var(--bg)', strokeWidth: 0.75 },
    );
  }
  if (point) {
    overlay.push({ kind: 'dots', points: [{ x: point.w, y: point.b }], r: 6, fill: 'var(--c-model)', stroke: 'var(--bg)', strokeWidth: 2, clip: true });
  }
  return { shapes: overlay, fontSize: 13 };
}
