/**
 * Two-feature classification: the points in the plane, the model's probability p(y = 1 | x) as a
 * heatmap behind them, and the decision boundary where p = 0.5. Pure: numbers in, Plot options out.
 */
import * as Plot from '@observablehq/plot';
import { heatmapMark, type SampledGrid } from './grid-marks';

/** The model's probability sampled over the window (the engine's probabilityField). */
export type FieldRaster = SampledGrid;

export interface DecisionPlaneInput {
  /** Points as rows [x₁, x₂]. */
  readonly X: ReadonlyArray<ArrayLike<number>>;
  readonly labels: ArrayLike<number>;
  readonly window: { readonly x1Min: number; readonly x1Max: number; readonly x2Min: number; readonly x2Max: number };
  readonly field?: FieldRaster | undefined;
  readonly boundary?: readonly [{ x1: number; x2: number }, { x1: number; x2: number }] | null | undefined;
  readonly wrong?: ArrayLike<boolean> | undefined;
}

/** Blue for class 0, red for class 1, matching the points; diverging at p = 0.5. */
const PROBABILITY_COLOURS: Plot.ScaleOptions = { type: 'linear', scheme: 'RdBu', reverse: true, domain: [0, 1] };

export function decisionPlaneOptions(input: DecisionPlaneInput): Plot.PlotOptions {
  const { X, labels, window: win, field, boundary, wrong } = input;
  const points = X.map((row, i) => ({ x1: row[0]!, x2: row[1]!, cls: labels[i]! >= 0.5 ? 1 : 0, wrong: wrong ? Boolean(wrong[i]) : false }));
  const marks: Plot.Markish[] = [];
  if (field) {
    const colour = Plot.scale({ color: PROBABILITY_COLOURS });
    // The scale's domain is [0, 1]: a probability is its own place on the ramp.
    marks.push(heatmapMark(field, { position: (p) => p, colourAt: (t) => colour.apply(t) as string, opacity: 0.55 }));
  }
  if (boundary) {
    marks.push(Plot.line([...boundary], { x: 'x1', y: 'x2', stroke: 'var(--fg)', strokeWidth: 2.5, strokeDasharray: '7 4' }));
  }
  marks.push(
    Plot.dot(points.filter((p) => p.wrong), { x: 'x1', y: 'x2', r: 7, stroke: 'var(--c-bad)', strokeWidth: 1.5 }),
    Plot.dot(points, {
      x: 'x1',
      y: 'x2',
      r: 3.5,
      fill: (p: { cls: number }) => (p.cls === 1 ? 'var(--c-class-1)' : 'var(--c-class-0)'),
      symbol: (p: { cls: number }) => (p.cls === 1 ? 'triangle' : 'circle'),
      stroke: 'var(--bg)',
      strokeWidth: 0.75,
    }),
  );
  return {
    x: { domain: [win.x1Min, win.x1Max], label: 'x₁' },
    y: { domain: [win.x2Min, win.x2Max], label: 'x₂' },
    color: PROBABILITY_COLOURS,
    symbol: { domain: ['circle', 'triangle'], range: ['circle', 'triangle'] },
    style: { fontSize: '13px', overflow: 'visible' },
    marks,
  };
}
