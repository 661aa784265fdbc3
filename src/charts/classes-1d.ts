/**
 * Two classes on one axis: each point drawn at its label's height (0 or 1), with a model's output
 * over x on top — a straight line fitted to the labels, or a probability curve — plus the 0.5
 * level and the x where the model's decision flips. Pure: numbers in, Plot options and a sketch out.
 */
import * as Plot from '@observablehq/plot';
import type { Shape, Sketch, XY } from './sketch';

export interface Curve {
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
}

export interface ClassesInput {
  readonly x: ArrayLike<number>;
  /** Labels, 0 or 1. */
  readonly labels: ArrayLike<number>;
  readonly xDomain: readonly [number, number];
  readonly yDomain?: readonly [number, number];
  /** The model's output over x (a line or p(y = 1 | x)), drawn solid. */
  readonly model?: Curve | undefined;
  /** A second curve drawn dashed, e.g. p(y = 0 | x) = 1 − p. */
  readonly complement?: Curve | undefined;
  /** Another model to compare with, drawn dashed in the 'good' colour (e.g. a logistic fit). */
  readonly reference?: Curve | undefined;
  /** Where the decision flips; null draws nothing (a flat model never flips). */
  readonly boundary?: number | null | undefined;
  /** True for points the model gets wrong; they get a ring. */
  readonly wrong?: ArrayLike<boolean> | undefined;
  readonly yLabel?: string;
}

/**
 * A small, fixed vertical offset per point so that points with the same label do not hide each
 * other; deterministic (golden-ratio sequence), so the server and the browser draw the same picture.
 */
export function jitter(index: number, amplitude = 0.035): number {
  const frac = (index * 0.6180339887498949) % 1;
  return (frac - 0.5) * 2 * amplitude;
}

function curvePoints(curve: Curve): Array<{ x: number; y: number }> {
  return Array.from({ length: curve.x.length }, (_, i) => ({ x: curve.x[i]!, y: curve.y[i]! }));
}

interface ClassPoints {
  /** Every point at its label's height (jittered), in data order. */
  readonly all: ReadonlyArray<XY>;
  readonly class0: ReadonlyArray<XY>;
  readonly class1: ReadonlyArray<XY>;
}

/** Points per data set: the same arrays frame after frame let the sketch layer reuse their paths. */
const placed = new WeakMap<object, { labels: ArrayLike<number>; points: ClassPoints }>();

function classPoints(x: ArrayLike<number>, labels: ArrayLike<number>): ClassPoints {
  const cached = typeof x === 'object' ? placed.get(x) : undefined;
  if (cached && cached.labels === labels) return cached.points;
  const all: XY[] = [];
  const class0: XY[] = [];
  const class1: XY[] = [];
  for (let i = 0; i < x.length; i += 1) {
    const p = { x: x[i]!, y: labels[i]! + jitter(i) };
    all.push(p);
    (labels[i]! >= 0.5 ? class1 : class0).push(p);
  }
  const points = { all, class0, class1 };
  if (typeof x === 'object') placed.set(x, { labels, points });
  return points;
}

/**
 * The chart in two layers for PlotView: the base holds only the axes and the 0/1 and 0.5 levels, so
 * it changes with the axes alone; the sketch holds the points (each class with its own colour and
 * symbol) and what follows the model — its curve, the comparison curves, the decision boundary and
 * the rings round misclassified points.
 */
export function classesLayers(input: ClassesInput): { base: Plot.PlotOptions; overlay: Sketch } {
  const { x, labels, xDomain, yDomain = [-0.15, 1.15], model, complement, reference, boundary, wrong } = input;
  const points = classPoints(x, labels);
  const base: Plot.PlotOptions = {
    x: { domain: [...xDomain], label: 'x' },
    y: { domain: [...yDomain], label: input.yLabel ?? 'label / prediction', ticks: [0, 0.5, 1] },
    style: { fontSize: '13px', overflow: 'visible' },
    marks: [Plot.ruleY([0, 1], { stroke: 'var(--rule)' }), Plot.ruleY([0.5], { stroke: 'var(--fg-muted)', strokeDasharray: '3 3' })],
  };
  const shapes: Shape[] = [];
  // Shape as well as colour tells the classes apart.
  if (points.class0.length > 0) shapes.push({ kind: 'dots', points: points.class0, r: 3, fill: 'var(--c-class-0)', fillOpacity: 0.85 });
  if (points.class1.length > 0) shapes.push({ kind: 'dots', points: points.class1, r: 3, fill: 'var(--c-class-1)', fillOpacity: 0.85, symbol: 'triangle' });
  if (boundary !== undefined && boundary !== null && boundary >= xDomain[0] && boundary <= xDomain[1]) {
    shapes.push({ kind: 'ruleX', x: boundary, stroke: 'var(--c-warn)', strokeWidth: 2 });
  }
  if (wrong) shapes.push({ kind: 'dots', points: points.all.filter((_, i) => wrong[i]), r: 6.5, stroke: 'var(--c-bad)', strokeWidth: 1.5 });
  if (complement) shapes.push({ kind: 'line', points: curvePoints(complement), stroke: 'var(--c-class-0)', strokeWidth: 2, strokeDasharray: '6 4', clip: true });
  if (reference) shapes.push({ kind: 'line', points: curvePoints(reference), stroke: 'var(--c-good)', strokeWidth: 2.5, strokeDasharray: '2 3', clip: true });
  if (model) shapes.push({ kind: 'line', points: curvePoints(model), stroke: 'var(--c-model)', strokeWidth: 3, clip: true });
  return { base, overlay: { shapes, fontSize: 13 } };
}
