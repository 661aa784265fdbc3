/**
 * Lesson 12's charts: several descent paths on one landscape (as an overlay for PlotView), and
 * several runs' losses against epochs or against steps.
 */
import * as Plot from '@observablehq/plot';
import { decades } from './domain';
import { shownCount, type Shape, type Sketch } from './sketch';
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

/** The points a log axis can show: positive, finite, and not so far out that they squash the rest. */
function plottable(run: LossesRun, upto = run.x.length - 1): Array<{ x: number; loss: number }> {
  const rows: Array<{ x: number; loss: number }> = [];
  for (let i = 0; i <= Math.min(upto, run.x.length - 1); i++) {
    const loss = run.loss[i]!;
    if (Number.isFinite(loss) && loss > 1e-12 && loss < 1e6) rows.push({ x: run.x[i]!, loss });
  }
  return rows;
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
  const ys = decades(extent([...whole.flat().map((r) => r.loss), ...(floor !== null && floor > 0 ? [floor] : [])], [0.1, 1]));
  const marks: Plot.Markish[] = floor === null ? [] : [Plot.ruleY([floor], { stroke: 'var(--fg-muted)', strokeDasharray: '4 3' })];
  const shapes: Shape[] = [];
  for (const run of runs) {
    const rows = plottable(run, run.upto);
    const points = rows.map((r) => ({ x: r.x, y: r.loss }));
    shapes.push({ kind: 'line', points, stroke: run.stroke, strokeWidth: 1.75, ...(run.dash ? { strokeDasharray: run.dash } : {}) });
    const end = points.at(-1);
    if (end) shapes.push({ kind: 'text', ...end, text: run.name, dx: 6, anchor: 'start', fill: run.stroke });
  }
  return {
    base: {
      x: { label: xLabel, grid: true, domain: xs },
      y: { type: 'log', label: yLabel, grid: true, tickFormat: '~g', domain: ys },
      style: { fontSize: '12px', overflow: 'visible' },
      marginRight: 70,
      marks,
    },
    baseKey: [xs[0], xs[1], ys[0], ys[1], floor, xLabel, yLabel],
    overlay: { shapes, fontSize: 12 },
  };
}
