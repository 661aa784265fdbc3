/**
 * Two-feature classification: the points in the plane, the model's probability p(y = 1 | x) as a
 * heatmap behind them, and the decision boundary where p = 0.5. Pure: numbers in, Plot options and
 * a sketch out.
 *
 * The base is only the axes, which never change; the heatmap, the boundary, the
 * misclassified rings and the points are a sketch (charts/sketch.ts) drawn over it, so moving
 * through a run of 2 000 steps never runs Plot. The points are in the sketch too because the
 * heatmap, which changes with every step, must lie under them.
 */
import * as Plot from '@observablehq/plot';
import { paintHeatmap, type HeatmapOptions, type SampledGrid } from './grid-marks';
import type { Shape, Sketch } from './sketch';

/** The model's probability sampled over the window (the engine's probabilityField). */
export type FieldRaster = SampledGrid;

export interface PlaneWindow {
  readonly x1Min: number;
  readonly x1Max: number;
  readonly x2Min: number;
  readonly x2Max: number;
}

export interface DecisionPlaneInput {
  /** Points as rows [x₁, x₂]. */
  readonly X: ReadonlyArray<ArrayLike<number>>;
  readonly labels: ArrayLike<number>;
  readonly field?: FieldRaster | undefined;
  readonly boundary?: readonly [{ x1: number; x2: number }, { x1: number; x2: number }] | null | undefined;
  readonly wrong?: ArrayLike<boolean> | undefined;
}

/** Blue for class 0, red for class 1, matching the points; diverging at p = 0.5. */
const PROBABILITY_COLOURS: Plot.ScaleOptions = { type: 'linear', scheme: 'RdBu', reverse: true, domain: [0, 1] };

/** Made once: the sketch layer keeps the ramp's colour table for as long as this function lives. */
let probabilityColour: ((t: number) => string) | null = null;
function colourOfProbability(): (t: number) => string {
  if (!probabilityColour) {
    const scale = Plot.scale({ color: PROBABILITY_COLOURS });
    probabilityColour = (t) => scale.apply(t) as string;
  }
  return probabilityColour;
}

/** A probability is its own place on the ramp, whose domain is [0, 1]. */
const probabilityPosition = (p: number) => p;

/** The axes of the window. */
export function decisionPlaneBase(win: PlaneWindow): Plot.PlotOptions {
  return {
    x: { domain: [win.x1Min, win.x1Max], label: 'x₁' },
    y: { domain: [win.x2Min, win.x2Max], label: 'x₂' },
    style: { fontSize: '13px', overflow: 'visible' },
    // Scales with explicit domains are enough for Plot to draw the axes.
    marks: [],
  };
}

/** The probability field, the boundary, rings round the misclassified points, then the points, bottom first. */
export function decisionPlaneSketch(input: DecisionPlaneInput): Sketch {
  const { X, labels, field, boundary, wrong } = input;
  const shapes: Shape[] = [];
  if (field) {
    const colours: HeatmapOptions = { position: probabilityPosition, colourAt: colourOfProbability(), opacity: 0.55 };
    shapes.push({ kind: 'raster', grid: field, paint: (canvas) => paintHeatmap(field, colours, canvas) });
  }
  if (boundary) {
    shapes.push({ kind: 'line', points: boundary.map((p) => ({ x: p.x1, y: p.x2 })), stroke: 'var(--fg)', strokeWidth: 2.5, strokeDasharray: '7 4', clip: true });
  }
  const ringed: Array<{ x: number; y: number }> = [];
  const classes: [Array<{ x: number; y: number }>, Array<{ x: number; y: number }>] = [[], []];
  X.forEach((row, i) => {
    const point = { x: row[0]!, y: row[1]! };
    classes[labels[i]! >= 0.5 ? 1 : 0].push(point);
    if (wrong?.[i]) ringed.push(point);
  });
  if (ringed.length > 0) shapes.push({ kind: 'dots', points: ringed, r: 7, stroke: 'var(--c-bad)', strokeWidth: 1.5 });
  shapes.push(
    { kind: 'dots', points: classes[0], r: 3.5, symbol: 'circle', fill: 'var(--c-class-0)', stroke: 'var(--bg)', strokeWidth: 0.75 },
    { kind: 'dots', points: classes[1], r: 3.5, symbol: 'triangle', fill: 'var(--c-class-1)', stroke: 'var(--bg)', strokeWidth: 0.75 },
  );
  return { shapes, fontSize: 13 };
}
