/**
 * Lesson 12's charts: several descent paths on one landscape (as an overlay for PlotView), and
 * several runs' losses against epochs or against steps.
 */
import * as Plot from '@observablehq/plot';
import { decades, logAxisMarginLeft } from './domain';
import { labelWidth, shownCount, type Shape, type Sketch } from './sketch';
import { clippedRun, landscapeGridShapes, type LossLandscapeInput, type WB } from './loss-landscape';

export interface RunStyle {
  readonly name: string;
  readonly stroke: string;
  /** A dash pattern, so the runs differ without colour too. */
  readonly dash?: string;
}

/**
 * The landscape (as lossLandscapeSketch draws it), then each run's path over it, clipped to its
 * window, with a dot where it is now: its first `shown` points (default all), so that a scrub passes
 * the same whole path on every frame.
 */
export function pathsOverlay(landscape: LossLandscapeInput, runs: ReadonlyArray<RunStyle & { path: readonly WB[]; shown?: number }>): Sketch {
  const { grid } = landscape;
  const win = { x1: grid.x1, x2: grid.x2, y1: grid.y1, y2: grid.y2 };
  const shapes: Shape[] = landscapeGridShapes(landscape);
  for (const run of runs) {
    const shown = shownCount(run.path.length, run.shown);
    const { lines, linesBefore, dotsBefore } = clippedRun(run.path, win, shown);
    const count = linesBefore[shown]!;
    shapes.push(
      { kind: 'segments', segments: lines, count, stroke: 'var(--bg)', strokeWidth: 3.5, strokeOpacity: 0.6 },
      { kind: 'segments', segments: lines, count, stroke: run.stroke, strokeWidth: 1.6, ...(run.dash ? { strokeDasharray: run.dash } : {}) },
    );
    const last = shown > 0 ? run.path[shown - 1]! : null;
    // The dot only where the last shown point is inside the window (it is one of the clipped dots).
    if (last && dotsBefore[shown]! > dotsBefore[shown - 1]!) shapes.push({ kind: 'dots', points: [{ x: last.w, y: last.b }], r: 5, fill: run.stroke, stroke: 'var(--bg)', strokeWidth: 1.5 });
  }
  return { shapes, fontSize: 13 };
}

/** A run's losses against a shared x (epochs or steps), the whole run, with how much of it is on show. */
export interface LossesRun extends RunStyle {
  readonly x: readonly number[];
  readonly loss: readonly number[];
  /** The index of the last point on show. */
  readonly upto: number;
}

/** A run's points a log axis can show, whole, and how many of them its first i + 1 losses give. */
interface Plottable {
  readonly x: readonly number[];
  readonly points: ReadonlyArray<{ readonly x: number; readonly y: number }>;
  readonly through: readonly number[];
  /** The smallest and largest loss among the points ([] when there are none). */
  readonly range: readonly number[];
}

/**
 * Per loss array (never edited once made), its plottable points. A scrub, or a drag that changes
 * another run, then draws this run from the same array, whose path the sketch layer keeps.
 */
const plottables = new WeakMap<readonly number[], Plottable>();

/** The points a log axis can show (positive, finite, not so far out that they squash the rest). */
function plottable(run: LossesRun): Plottable {
  const known = plottables.get(run.loss);
  if (known && known.x === run.x) return known;
  const points: Array<{ x: number; y: number }> = [];
  const through: number[] = [];
  for (let i = 0; i < run.x.length; i++) {
    const loss = run.loss[i]!;
    if (Number.isFinite(loss) && loss > 1e-12 && loss < 1e6) points.push({ x: run.x[i]!, y: loss });
    through.push(points.length);
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of points) {
    lo = Math.min(lo, p.y);
    hi = Math.max(hi, p.y);
  }
  const made = { x: run.x, points, through, range: points.length > 0 ? [lo, hi] : [] };
  plottables.set(run.loss, made);
  return made;
}

/** How many of a run's plottable points lie at or before its point `upto`. */
function plottableUpTo({ through }: Plottable, upto: number): number {
  return upto < 0 || through.length === 0 ? 0 : through[Math.min(upto, through.length - 1)]!;
}

/** The smallest and largest of `values`, or `fallback` when there are none. */
function extent(values: readonly number[], fallback: [number, number]): [number, number] {
  if (values.length === 0) return fallback;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo < hi ? [lo, hi] : [lo / 2, hi * 2 || 1];
}

const LOSSES_FONT = 12;
/** How far a run's label sits right of its end. */
const LABEL_DX = 6;
/** Room right of the plot for runs' labels: the widest name, so that a label at the last step is not cut at a phone's edge. */
function labelsMargin(runs: readonly LossesRun[]): number {
  const widest = Math.max(0, ...runs.map((run) => labelWidth(run.name, LOSSES_FONT)));
  return Math.max(70, Math.ceil(LABEL_DX + widest + 4));
}

/**
 * Runs' losses against a shared x, log y (whole decades), each labelled where it is now, in two layers: the base is
 * the axes, fitted to the whole runs so they hold still while the reader scrubs through the steps,
 * and the optimum's dashed line; the sketch is each run up to its `upto`.
 */
export function lossesLayers(
  runs: readonly LossesRun[],
  xLabel: string,
  floor: number | null,
  yLabel = 'loss on all the data',
): { base: Plot.PlotOptions; baseKey: readonly unknown[]; overlay: Sketch } {
  const whole = runs.map((run) => plottable(run));
  const xs = extent(runs.flatMap((run) => (run.x.length > 0 ? [run.x[0]!, run.x.at(-1)!] : [])), [0, 1]);
  const ys = decades(extent([...whole.flatMap((p) => p.range), ...(floor !== null && floor > 0 ? [floor] : [])], [0.1, 1]));
  const marks: Plot.Markish[] = floor === null ? [] : [Plot.ruleY([floor], { stroke: 'var(--fg-muted)', strokeDasharray: '4 3' })];
  const shapes: Shape[] = [];
  runs.forEach((run, i) => {
    const { points } = whole[i]!;
    const count = plottableUpTo(whole[i]!, run.upto);
    shapes.push({ kind: 'line', points, count, stroke: run.stroke, strokeWidth: 1.75, ...(run.dash ? { strokeDasharray: run.dash } : {}) });
    const end = points[count - 1];
    if (end) shapes.push({ kind: 'text', x: end.x, y: end.y, text: run.name, dx: LABEL_DX, anchor: 'start', fill: run.stroke, dodge: true });
  });
  const marginRight = labelsMargin(runs);
  return {
    base: {
      x: { label: xLabel, grid: true, domain: xs },
      y: { type: 'log', label: yLabel, grid: true, tickFormat: '~g', domain: ys },
      style: { fontSize: `${LOSSES_FONT}px`, overflow: 'visible' },
      marginLeft: logAxisMarginLeft(ys, LOSSES_FONT),
      marginRight,
      marks,
    },
    baseKey: [xs[0], xs[1], ys[0], ys[1], floor, xLabel, yLabel, marginRight],
    overlay: { shapes, fontSize: LOSSES_FONT },
  };
}
