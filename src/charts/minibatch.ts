/**
 * Lesson 12's charts: several descent paths on one landscape (as an overlay for PlotView), and
 * several runs' losses against epochs or against steps.
 */
import * as Plot from '@observablehq/plot';
import type { Shape, Sketch } from './sketch';
import { clipPath, type LandscapeGrid, type WB } from './loss-landscape';

export interface RunStyle {
  readonly name: string;
  readonly stroke: string;
  /** A dash pattern, so the runs differ without colour too. */
  readonly dash?: string;
}

/** Each run's path over the landscape, clipped to its window, with a dot where it is now. */
export function pathsOverlay(grid: LandscapeGrid, runs: ReadonlyArray<RunStyle & { path: readonly WB[] }>): Sketch {
  const win = { x1: grid.x1, x2: grid.x2, y1: grid.y1, y2: grid.y2 };
  const shapes: Shape[] = [];
  for (const run of runs) {
    const { segments, points } = clipPath(run.path, win);
    const lines = segments.map((s) => ({ x1: s.w1, y1: s.b1, x2: s.w2, y2: s.b2 }));
    shapes.push(
      { kind: 'segments', segments: lines, stroke: 'var(--bg)', strokeWidth: 3.5, strokeOpacity: 0.6 },
      { kind: 'segments', segments: lines, stroke: run.stroke, strokeWidth: 1.6, ...(run.dash ? { strokeDasharray: run.dash } : {}) },
    );
    const last = run.path.at(-1);
    if (last && points.includes(last)) shapes.push({ kind: 'dots', points: [{ x: last.w, y: last.b }], r: 5, fill: run.stroke, stroke: 'var(--bg)', strokeWidth: 1.5 });
  }
  return { shapes };
}

/** Runs' losses against a shared x (epochs or steps), log y, each labelled at its end. */
export function lossesOptions(
  runs: ReadonlyArray<RunStyle & { x: readonly number[]; loss: readonly number[] }>,
  xLabel: string,
  floor: number | null,
  yLabel = 'loss on all the data',
): Plot.PlotOptions {
  const marks: Plot.Markish[] = floor === null ? [] : [Plot.ruleY([floor], { stroke: 'var(--fg-muted)', strokeDasharray: '4 3' })];
  for (const run of runs) {
    const rows = run.x.map((x, i) => ({ x, loss: run.loss[i]! })).filter((r) => Number.isFinite(r.loss) && r.loss > 1e-12 && r.loss < 1e6);
    marks.push(Plot.line(rows, { x: 'x', y: 'loss', stroke: run.stroke, strokeWidth: 1.75, ...(run.dash ? { strokeDasharray: run.dash } : {}) }));
    const end = rows.at(-1);
    if (end) marks.push(Plot.text([end], { x: 'x', y: 'loss', text: () => run.name, dx: 6, textAnchor: 'start', fill: run.stroke }));
  }
  return {
    x: { label: xLabel, grid: true },
    y: { type: 'log', label: yLabel, grid: true, tickFormat: '~g' },
    style: { fontSize: '12px', overflow: 'visible' },
    marginRight: 70,
    marks,
  };
}
