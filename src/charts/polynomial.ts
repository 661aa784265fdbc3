/**
 * Lesson 14's charts: the data with a fitted polynomial and the held-out fold, and errors against
 * degree. Each comes as a base that changes only with its data and a sketch for what a slider moves.
 */
import * as Plot from '@observablehq/plot';
import { decades } from './domain';
import type { Shape, Sketch, XY } from './sketch';

const STYLE = { fontSize: '12px', overflow: 'visible' };

/** The fixed frame of the fit: axes and the true curve, dashed. */
export function polynomialFitBase(truth: readonly XY[]): Plot.PlotOptions {
  return {
    x: { domain: [-1.05, 1.05], label: 'x', grid: true },
    y: { domain: [-2, 2], label: 'y', grid: true },
    style: STYLE,
    marks: [Plot.line(truth, { x: 'x', y: 'y', stroke: 'var(--c-truth)', strokeDasharray: '6 4', strokeWidth: 1.5 })],
  };
}

/** The fitted curve (cut at the frame), the training points, and the held-out points as squares. */
export function polynomialFitSketch(input: { x: ArrayLike<number>; y: ArrayLike<number>; held: ReadonlySet<number>; curve: readonly XY[] }): Sketch {
  const train: XY[] = [];
  const held: XY[] = [];
  for (let i = 0; i < input.x.length; i += 1) (input.held.has(i) ? held : train).push({ x: input.x[i]!, y: input.y[i]! });
  const shapes: Shape[] = [
    { kind: 'line', points: input.curve, stroke: 'var(--c-model)', strokeWidth: 2.5, clip: true },
    { kind: 'dots', points: train, r: 3.5, fill: 'var(--c-data)' },
    { kind: 'dots', points: held, r: 5, fill: 'var(--bg)', stroke: 'var(--c-warn)', strokeWidth: 2.5, symbol: 'square' },
  ];
  return { shapes, fontSize: 12 };
}

export interface DegreeErrors {
  readonly degree: number;
  readonly train: number;
  readonly validation: number;
}

/**
 * Mean training and validation error against the degree, on a log axis, in two layers. The base is
 * the axes only: every degree along x, whole decades up y (see `decades`), so a λ or k slider that
 * reshapes the errors moves them only now and then and PlotView can hold them through a drag. The
 * sketch is the two error curves with their points and names, the best degree and the one on show.
 */

/** At most this many degree ticks: the chart is narrow, and fifteen numbers ran into each other. */
const DEGREE_TICKS = 8;

/** Whole degrees from the first to the last, every one when they fit, else every second (third…). */
export function degreeTicks([first, last]: readonly [number, number]): number[] {
  const step = Math.max(1, Math.ceil((last - first + 1) / DEGREE_TICKS));
  const ticks: number[] = [];
  for (let d = first; d <= last; d += step) ticks.push(d);
  return ticks;
}

export function errorByDegreeLayers(rows: readonly DegreeErrors[], best: number, current: number): { base: Plot.PlotOptions; baseKey: readonly unknown[]; overlay: Sketch } {
  const series = [
    { name: 'training', colour: 'var(--c-data)', dash: undefined, points: [] as XY[] },
    { name: 'validation', colour: 'var(--c-model)', dash: '6 3', points: [] as XY[] },
  ];
  for (const r of rows) {
    if (Number.isFinite(r.train) && r.train > 0) series[0]!.points.push({ x: r.degree, y: r.train });
    if (Number.isFinite(r.validation) && r.validation > 0) series[1]!.points.push({ x: r.degree, y: r.validation });
  }
  const values = series.flatMap((s) => s.points.map((p) => p.y));
  const y = values.length > 0 ? decades([Math.min(...values), Math.max(...values)]) : ([0.1, 1] as [number, number]);
  const degrees = rows.map((r) => r.degree);
  const x: [number, number] = degrees.length > 0 ? [Math.min(...degrees), Math.max(...degrees)] : [0, 1];
  const last = degrees.at(-1);
  const shapes: Shape[] = [{ kind: 'ruleX', x: best, stroke: 'var(--c-good)', strokeDasharray: '4 3' }];
  for (const s of series) {
    shapes.push({ kind: 'line', points: s.points, stroke: s.colour, strokeWidth: 2, ...(s.dash ? { strokeDasharray: s.dash } : {}) });
    shapes.push({ kind: 'dots', points: s.points, r: 3, fill: s.colour, stroke: 'var(--bg)', strokeWidth: 1 });
    const end = s.points.at(-1);
    if (end && end.x === last) shapes.push({ kind: 'text', x: end.x, y: end.y, text: s.name, dx: 8, anchor: 'start', fill: s.colour, dodge: true });
  }
  shapes.push({ kind: 'ruleX', x: current, stroke: 'var(--c-warn)', strokeWidth: 1.5 });
  return {
    base: {
      x: { label: 'degree', grid: true, domain: x, ticks: degreeTicks(x) },
      y: { type: 'log', label: 'mean squared error', grid: true, tickFormat: '~g', domain: y },
      style: STYLE,
      marginRight: 70,
      marks: [],
    },
    baseKey: [x[0], x[1], rows.length, y[0], y[1]],
    overlay: { shapes, fontSize: 12 },
  };
}
