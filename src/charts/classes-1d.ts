/**
 * Two classes on one axis: each point drawn at its label's height (0 or 1), with a model's output
 * over x on top — a straight line fitted to the labels, or a probability curve — plus the 0.5
 * level and the x where the model's decision flips. Pure: numbers in, Plot options out.
 */
import * as Plot from '@observablehq/plot';

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

export function classesOptions(input: ClassesInput): Plot.PlotOptions {
  const { x, labels, xDomain, yDomain = [-0.15, 1.15], model, complement, reference, boundary, wrong } = input;
  const points = Array.from({ length: x.length }, (_, i) => ({
    x: x[i]!,
    y: labels[i]! + jitter(i),
    label: labels[i]! >= 0.5 ? 'class 1' : 'class 0',
    wrong: wrong ? Boolean(wrong[i]) : false,
  }));
  const marks: Plot.Markish[] = [
    Plot.ruleY([0, 1], { stroke: 'var(--rule)' }),
    Plot.ruleY([0.5], { stroke: 'var(--fg-muted)', strokeDasharray: '3 3' }),
  ];
  if (boundary !== undefined && boundary !== null && boundary >= xDomain[0] && boundary <= xDomain[1]) {
    marks.push(Plot.ruleX([boundary], { stroke: 'var(--c-warn)', strokeWidth: 2 }));
  }
  marks.push(
    Plot.dot(
      points.filter((p) => p.wrong),
      { x: 'x', y: 'y', r: 6.5, stroke: 'var(--c-bad)', strokeWidth: 1.5 },
    ),
    Plot.dot(points, {
      x: 'x',
      y: 'y',
      r: 3,
      fill: (p: { label: string }) => (p.label === 'class 1' ? 'var(--c-class-1)' : 'var(--c-class-0)'),
      // Shape as well as colour tells the classes apart.
      symbol: (p: { label: string }) => (p.label === 'class 1' ? 'triangle' : 'circle'),
      fillOpacity: 0.85,
    }),
  );
  if (complement) marks.push(Plot.line(curvePoints(complement), { x: 'x', y: 'y', stroke: 'var(--c-class-0)', strokeWidth: 2, strokeDasharray: '6 4', clip: true }));
  if (reference) marks.push(Plot.line(curvePoints(reference), { x: 'x', y: 'y', stroke: 'var(--c-good)', strokeWidth: 2.5, strokeDasharray: '2 3', clip: true }));
  if (model) marks.push(Plot.line(curvePoints(model), { x: 'x', y: 'y', stroke: 'var(--c-model)', strokeWidth: 3, clip: true }));
  return {
    x: { domain: [...xDomain], label: 'x' },
    y: { domain: [...yDomain], label: input.yLabel ?? 'label / prediction', ticks: [0, 0.5, 1] },
    symbol: { domain: ['circle', 'triangle'], range: ['circle', 'triangle'] },
    style: { fontSize: '13px', overflow: 'visible' },
    marks,
  };
}
