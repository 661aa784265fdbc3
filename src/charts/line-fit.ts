/**
 * The data with a candidate line: points, the line the reader controls, optionally the true line and
 * the least-squares line, and each point's residual as a vertical segment. Pure: numbers in, Plot
 * options out, so it renders the same on the server, in the browser and in a unit test.
 */
import * as Plot from '@observablehq/plot';
import type { Segment, Shape, Sketch, XY } from './sketch';

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

/** Both ends of a line across the x domain; Plot clips what falls outside the y domain. */
export function lineEnds(line: Line, [x0, x1]: readonly [number, number]): Array<{ x: number; y: number }> {
  return [
    { x: x0, y: line.w * x0 + line.b },
    { x: x1, y: line.w * x1 + line.b },
  ];
}

export { paddedDomain } from './domain';

const STYLE = { fontSize: '13px', overflow: 'visible' };

/** The axes and the zero rules: all that Plot draws, so a new data set does not rerun it. */
export function lineFitBase(input: Pick<LineFitInput, 'xDomain' | 'yDomain'>): Plot.PlotOptions {
  const { xDomain, yDomain } = input;
  const marks: Plot.Markish[] = [Plot.ruleY([0], { stroke: 'var(--rule)' }), Plot.ruleX([0], { stroke: 'var(--rule)' })];
  return { x: { domain: [...xDomain], label: 'x', grid: true }, y: { domain: [...yDomain], label: 'y', grid: true }, style: STYLE, marks };
}

/** The points of a data set, one array per data set: the sketch layer keeps a drawn set's path by its array. */
const placed = new WeakMap<object, { y: ArrayLike<number>; points: XY[] }>();

function dataPoints(x: ArrayLike<number>, y: ArrayLike<number>): XY[] {
  const cached = typeof x === 'object' ? placed.get(x) : undefined;
  if (cached && cached.y === y) return cached.points;
  const points = Array.from({ length: x.length }, (_, i) => ({ x: x[i]!, y: y[i]! }));
  if (typeof x === 'object') placed.set(x, { y, points });
  return points;
}

/** The data's shapes, bottom first: the true and best lines (when asked for) and the points. */
export function lineFitData(input: Pick<LineFitInput, 'x' | 'y' | 'truth' | 'best' | 'xDomain'>): Shape[] {
  const { x, y, truth, best, xDomain } = input;
  const shapes: Shape[] = [];
  if (truth) shapes.push({ kind: 'line', points: lineEnds(truth, xDomain), stroke: 'var(--c-truth)', strokeWidth: 2, strokeDasharray: '6 4', clip: true });
  if (best) shapes.push({ kind: 'line', points: lineEnds(best, xDomain), stroke: 'var(--c-good)', strokeWidth: 2, strokeDasharray: '2 3', clip: true });
  if (x.length > 0) shapes.push({ kind: 'dots', points: dataPoints(x, y), r: 3, fill: 'var(--c-data)', fillOpacity: 0.75, stroke: 'var(--bg)', strokeWidth: 0.5 });
  return shapes;
}

/** Each point's residual under the reader's line, as a vertical segment from the point to the line. */
export function residualSegments({ x, y, candidate }: Pick<LineFitInput, 'x' | 'y' | 'candidate'>): Segment[] {
  return Array.from({ length: x.length }, (_, i) => ({ x1: x[i]!, y1: y[i]!, x2: x[i]!, y2: candidate.w * x[i]! + candidate.b }));
}

/** The data, then what follows the reader: their line, its residuals, the handles and the draggable points. */
export function lineFitSketch(input: LineFitInput): Sketch {
  const { candidate, showResiduals, xDomain, handles, draggable } = input;
  const shapes: Shape[] = lineFitData(input);
  if (showResiduals) {
    shapes.push({ kind: 'segments', segments: residualSegments(input), stroke: 'var(--c-residual)', strokeWidth: 1.25, strokeOpacity: 0.8, clip: true });
  }
  shapes.push({ kind: 'line', points: lineEnds(candidate, xDomain), stroke: 'var(--c-model)', strokeWidth: 3, clip: true, className: 'candidate-line' });
  if (draggable && draggable.length > 0) {
    shapes.push({ kind: 'dots', points: draggable, r: 7, fill: 'var(--c-residual)', stroke: 'var(--bg)', strokeWidth: 2, symbol: 'diamond', className: 'drag-point', clip: true });
  }
  if (handles && handles.length > 0) {
    shapes.push({ kind: 'dots', points: handles, r: 8, fill: 'var(--bg)', stroke: 'var(--c-model)', strokeWidth: 3, className: 'drag-handle', clip: true });
  }
  return { shapes, fontSize: 13 };
}

/** The line through two points with different x (how a dragged handle becomes w and b). */
export function lineThrough(p: { x: number; y: number }, q: { x: number; y: number }): Line {
  const w = (q.y - p.y) / (q.x - p.x);
  return { w, b: p.y - w * p.x };
}
