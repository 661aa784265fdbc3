/**
 * The data with a candidate line: points, the line the reader controls, optionally the true line and
 * the least-squares line, and each point's residual as a vertical segment. Pure: numbers in, Plot
 * options out, so it renders the same on the server, in the browser and in a unit test.
 */
import * as Plot from '@observablehq/plot';
import { segments as segmentsMark } from './segments';

export interface Line {
  readonly w: number;
  readonly b: number;
}

export interface LineFitInput {
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
  /** The reader's line. */
  readonly candidate: Line;
  /** The line the data were drawn from, when known. */
  readonly truth?: Line | undefined;
  /** The best line for these data (least squares), when it should be shown. */
  readonly best?: Line | undefined;
  readonly showResiduals: boolean;
  /** Fixed axes keep the picture still while the reader moves the line. */
  readonly xDomain: readonly [number, number];
  readonly yDomain: readonly [number, number];
  /** Points where the candidate line can be grabbed and dragged. */
  readonly handles?: ReadonlyArray<{ x: number; y: number }>;
  /** Data points the reader can drag (drawn larger, ringed, with the class `drag-point`). */
  readonly draggable?: ReadonlyArray<{ x: number; y: number }> | undefined;
}

interface Point {
  x: number;
  y: number;
  fit: number;
}

/** Both ends of a line across the x domain; Plot clips what falls outside the y domain. */
export function lineEnds(line: Line, [x0, x1]: readonly [number, number]): Array<{ x: number; y: number }> {
  return [
    { x: x0, y: line.w * x0 + line.b },
    { x: x1, y: line.w * x1 + line.b },
  ];
}

/** Axis limits that hold the points and the true line with a little air around them. */
export function paddedDomain(values: ArrayLike<number>, extra: readonly number[] = [], pad = 0.08): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of [...Array.from(values), ...extra]) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo === Infinity) return [-1, 1];
  if (hi - lo < 1e-9) return [lo - 1, hi + 1];
  const span = hi - lo;
  return [lo - pad * span, hi + pad * span];
}

/**
 * The chart in two layers for PlotView: the base holds what changes only with the data (axes,
 * points, the true and best lines), the overlay what follows the reader (their line, its residuals,
 * the handles and draggable points).
 */
export function lineFitLayers(input: LineFitInput): { base: Plot.PlotOptions; overlay: Plot.PlotOptions } {
  const { x, y, candidate, truth, best, showResiduals, xDomain, yDomain, handles, draggable } = input;
  const style = { fontSize: '13px', overflow: 'visible' };
  const base: Plot.Markish[] = [Plot.ruleY([0], { stroke: 'var(--rule)' }), Plot.ruleX([0], { stroke: 'var(--rule)' })];
  if (truth) {
    base.push(Plot.line(lineEnds(truth, xDomain), { x: 'x', y: 'y', stroke: 'var(--c-truth)', strokeWidth: 2, strokeDasharray: '6 4', clip: true }));
  }
  if (best) {
    base.push(Plot.line(lineEnds(best, xDomain), { x: 'x', y: 'y', stroke: 'var(--c-good)', strokeWidth: 2, strokeDasharray: '2 3', clip: true }));
  }
  const points: Point[] = Array.from({ length: x.length }, (_, i) => ({ x: x[i]!, y: y[i]!, fit: candidate.w * x[i]! + candidate.b }));
  base.push(Plot.dot(points, { x: 'x', y: 'y', r: 3, fill: 'var(--c-data)', fillOpacity: 0.75, stroke: 'var(--bg)', strokeWidth: 0.5 }));

  const overlay: Plot.Markish[] = [];
  if (showResiduals) {
    overlay.push(segmentsMark(points, { x1: 'x', y1: 'y', x2: 'x', y2: 'fit', stroke: 'var(--c-residual)', strokeWidth: 1.25, strokeOpacity: 0.8, clip: true }));
  }
  overlay.push(Plot.line(lineEnds(candidate, xDomain), { x: 'x', y: 'y', stroke: 'var(--c-model)', strokeWidth: 3, clip: true }));
  if (draggable && draggable.length > 0) {
    overlay.push(Plot.dot(draggable, { x: 'x', y: 'y', r: 7, fill: 'var(--c-residual)', stroke: 'var(--bg)', strokeWidth: 2, symbol: 'diamond', className: 'drag-point', clip: true }));
  }
  if (handles && handles.length > 0) {
    overlay.push(Plot.dot(handles, { x: 'x', y: 'y', r: 8, fill: 'var(--bg)', stroke: 'var(--c-model)', strokeWidth: 3, className: 'drag-handle', clip: true }));
  }
  return {
    base: { x: { domain: [...xDomain], label: 'x', grid: true }, y: { domain: [...yDomain], label: 'y', grid: true }, style, marks: base },
    overlay: { style, marks: overlay },
  };
}

/** The whole chart as one layer: the base's marks with the overlay's on top. */
export function lineFitOptions(input: LineFitInput): Plot.PlotOptions {
  const { base, overlay } = lineFitLayers(input);
  return { ...base, marks: [...(base.marks ?? []), ...(overlay.marks ?? [])] };
}

/** The line through two points with different x (how a dragged handle becomes w and b). */
export function lineThrough(p: { x: number; y: number }, q: { x: number; y: number }): Line {
  const w = (q.y - p.y) / (q.x - p.x);
  return { w, b: p.y - w * p.x };
}
