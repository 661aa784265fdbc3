/**
 * Two classes on one axis: each point drawn at its label's height (0 or 1), with a model's output
 * over x on top — a straight line fitted to the labels, or a probability curve — plus the 0.5
 * level and the x where the model's decision flips. Pure: numbers in, Plot options and a sketch out.
 */
import * as Plot from '@observablehq/plot';
import type { Shape, Sketch } from './sketch';

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

/**
 * The chart in two layers for PlotView: the base holds the axes, the 0/1 and 0.5 levels and the
 * points (they change only with the data); the sketch holds what follows the model — its curve, the
 * comparison curves, the decision boundary and the rings round misclassified points.
 */
export function classesLayers(input: ClassesInput): { base: Plot.PlotOptions; overlay: Sketch } {
  const { x, labels, xDomain, yDomain = [-0.15, 1.15], model, complement, reference, boundary, wrong } = input;
  const points = Array.from({ length: x.length }, (_, i) => ({ x: x[i]!, y: labels[i]! + jitter(i), label: labels[i]! >= 0.5 ? 'class 1' : 'class 0' }));
  const base: Plot.PlotOptions = {
    x: { domain: [...xDomain], label: 'x' },
    y: { domain: [...yDomain], label: input.yLabel ?? 'label / prediction', ticks: [0, 0.5, 1] },
    symbol: { domain: ['circle', 'triangle'], range: ['circle', 'triangle'] },
    style: { fontSize: '13px', overflow: 'visible' },
    marks: [
      Plot.ruleY([0, 1], { stroke: 'var(--rule)' }),
      Plot.ruleY([0.5], { stroke: 'var(--fg-muted)', strokeDasharray: '3 3' }),
      Plot.dot(points, {
        x: 'x',
        y: 'y',
        r: 3,
        fill: (p: { label: string }) => (p.label === 'class 1' ? 'var(--c-class-1)' : 'var(--c-class-0)'),
        // Shape as well as colour tells the classes apart.
        symbol: (p: { label: string }) => (p.label === 'class 1' ? 'triangle' : 'circle'),
        fillOpacity: 0.85,
      }),
    ],
  };
  const shapes: Shape[] = [];
  if (boundary !== undefined && boundary !== null && boundary >= xDomain[0] && boundary <= xDomain[1]) {
    shapes.push({ kind: 'ruleX', x: boundary, stroke: 'var(--c-warn)', strokeWidth: 2 });
  }
  if (wrong) shapes.push({ kind: 'dots', points: points.filter((_, i) => wrong[i]), r: 6.5, stroke: 'var(--c-bad)', strokeWidth: 1.5 });
  if (complement) shapes.push({ kind: 'line', points: curvePoints(complement), stroke: 'var(--c-class-0)', strokeWidth: 2, strokeDasharray: '6 4', clip: true });
  if (reference) shapes.push({ kind: 'line', points: curvePoints(reference), stroke: 'var(--c-good)', strokeWidth: 2.5, strokeDasharray: '2 3', clip: true });
  if (model) shapes.push({ kind: 'line', points: curvePoints(model), stroke: 'var(--c-model)', strokeWidth: 3, clip: true });
  return { base, overlay: { shapes, fontSize: 13 } };
}
