/** Lesson 14's charts: the data with a fitted polynomial and the held-out fold, and errors against degree. */
import * as Plot from '@observablehq/plot';

export function polynomialFitOptions(input: {
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  held: ReadonlySet<number>;
  curve: ReadonlyArray<{ x: number; y: number }>;
  truth: ReadonlyArray<{ x: number; y: number }>;
}): Plot.PlotOptions {
  const points = Array.from({ length: input.x.length }, (_, i) => ({ x: input.x[i]!, y: input.y[i]!, held: input.held.has(i) }));
  return {
    x: { domain: [-1.05, 1.05], label: 'x', grid: true },
    y: { domain: [-2, 2], label: 'y', grid: true },
    style: { fontSize: '12px', overflow: 'visible' },
    marks: [
      Plot.line(input.truth, { x: 'x', y: 'y', stroke: 'var(--c-truth)', strokeDasharray: '6 4', strokeWidth: 1.5 }),
      Plot.line(input.curve.filter((p) => Number.isFinite(p.y)), { x: 'x', y: 'y', stroke: 'var(--c-model)', strokeWidth: 2.5, clip: true }),
      Plot.dot(points.filter((p) => !p.held), { x: 'x', y: 'y', r: 3.5, fill: 'var(--c-data)' }),
      Plot.dot(points.filter((p) => p.held), { x: 'x', y: 'y', r: 5, fill: 'var(--bg)', stroke: 'var(--c-warn)', strokeWidth: 2.5, symbol: 'square' }),
    ],
  };
}

/** Mean training and validation error against degree, log y, with the current and the best degree marked. */
export function errorByDegreeOptions(rows: ReadonlyArray<{ degree: number; train: number; validation: number }>, current: number, best: number): Plot.PlotOptions {
  const long = rows.flatMap((r) => [
    { degree: r.degree, mse: r.train, set: 'training' },
    { degree: r.degree, mse: r.validation, set: 'validation' },
  ]).filter((r) => Number.isFinite(r.mse) && r.mse > 0);
  const last = rows.at(-1)?.degree;
  return {
    x: { label: 'degree', grid: true, ticks: rows.length },
    y: { type: 'log', label: 'mean squared error', grid: true, tickFormat: '~g' },
    style: { fontSize: '12px', overflow: 'visible' },
    marginRight: 70,
    marks: [
      Plot.ruleX([current], { stroke: 'var(--c-warn)', strokeWidth: 1.5 }),
      Plot.ruleX([best], { stroke: 'var(--c-good)', strokeDasharray: '4 3' }),
      Plot.line(long.filter((r) => r.set === 'training'), { x: 'degree', y: 'mse', stroke: 'var(--c-data)', strokeWidth: 2, marker: 'circle' }),
      Plot.line(long.filter((r) => r.set === 'validation'), { x: 'degree', y: 'mse', stroke: 'var(--c-model)', strokeWidth: 2, strokeDasharray: '6 3', marker: 'circle' }),
      Plot.text(long.filter((r) => r.degree === last), { x: 'degree', y: 'mse', text: 'set', dx: 8, textAnchor: 'start', fill: (r: { set: string }) => (r.set === 'training' ? 'var(--c-data)' : 'var(--c-model)') }),
    ],
  };
}
