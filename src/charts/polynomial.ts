/**
 * Lesson 14's charts: the data with a fitted polynomial and the held-out fold, and errors against
 * degree. Each comes as a base that changes only with its data and a sketch for what a slider moves.
 */
import * as Plot from '@observablehq/plot';
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

/** Mean training and validation error against degree, log y, with the best degree marked. */
export function errorByDegreeBase(rows: readonly DegreeErrors[], best: number): Plot.PlotOptions {
  const long = rows.flatMap((r) => [
    { degree: r.degree, mse: r.train, set: 'training' },
    { degree: r.degree, mse: r.validation, set: 'validation' },
  ]).filter((r) => Number.isFinite(r.mse) && r.mse > 0);
  const last = rows.at(-1)?.degree;
  return {
    x: { label: 'degree', grid: true, ticks: rows.length },
    y: { type: 'log', label: 'mean squared error', grid: true, tickFormat: '~g' },
    style: STYLE,
    marginRight: 70,
    marks: [
      Plot.ruleX([best], { stroke: 'var(--c-good)', strokeDasharray: '4 3' }),
      Plot.line(long.filter((r) => r.set === 'training'), { x: 'degree', y: 'mse', stroke: 'var(--c-data)', strokeWidth: 2, marker: 'circle' }),
      Plot.line(long.filter((r) => r.set === 'validation'), { x: 'degree', y: 'mse', stroke: 'var(--c-model)', strokeWidth: 2, strokeDasharray: '6 3', marker: 'circle' }),
      Plot.text(long.filter((r) => r.degree === last), { x: 'degree', y: 'mse', text: 'set', dx: 8, textAnchor: 'start', fill: (r: { set: string }) => (r.set === 'training' ? 'var(--c-data)' : 'var(--c-model)') }),
    ],
  };
}

/** The degree on show, as a rule across the errors chart. */
export function errorByDegreeSketch(current: number): Sketch {
  return { shapes: [{ kind: 'ruleX', x: current, stroke: 'var(--c-warn)', strokeWidth: 1.5 }], fontSize: 12 };
}
