/**
 * A cross-section of the loss along one parameter, with the tangent line at the current point and an
 * arrow pointing downhill — the picture of a partial derivative. Pure: numbers in, Plot options and a
 * sketch out.
 */
import * as Plot from '@observablehq/plot';
import type { Shape, Sketch } from './sketch';

export interface LossSliceInput {
  readonly at: ArrayLike<number>;
  readonly loss: ArrayLike<number>;
  /** The current parameter value, the loss there, and the slope (the partial derivative). */
  readonly current: { readonly x: number; readonly loss: number; readonly slope: number };
  readonly xLabel: string;
  /** Loss-axis limits, fixed so the picture does not jump as the point moves. */
  readonly yDomain: readonly [number, number];
}

/** The tangent at `x0` as a segment reaching `halfWidth` either side. */
export function tangentSegment(x0: number, y0: number, slope: number, halfWidth: number): Array<{ x: number; y: number }> {
  return [
    { x: x0 - halfWidth, y: y0 - slope * halfWidth },
    { x: x0 + halfWidth, y: y0 + slope * halfWidth },
  ];
}

/**
 * Where the downhill arrow ends: a fixed fraction of the axis away from the point, on the side where
 * the loss falls (the opposite sign of the slope); null at a flat point, where no way is down.
 */
export function downhillEnd(x0: number, slope: number, span: number): number | null {
  if (slope === 0 || !Number.isFinite(slope)) return null;
  return x0 - Math.sign(slope) * 0.12 * span;
}

export { niceCeil } from './domain';

/**
 * The chart in two layers for PlotView. The base is only the axes (fixed domains, so it is drawn
 * once); the slice itself changes with the other parameter, so it is part of the sketch, with the
 * tangent, the downhill arrow and the point.
 */
export function lossSliceLayers(input: LossSliceInput): { base: Plot.PlotOptions; overlay: Sketch } {
  const { at, loss, current, xLabel, yDomain } = input;
  const span = at[at.length - 1]! - at[0]!;
  const shapes: Shape[] = [
    { kind: 'line', points: Array.from({ length: at.length }, (_, i) => ({ x: at[i]!, y: loss[i]! })), stroke: 'var(--c-data)', strokeWidth: 2.5, clip: true },
    { kind: 'line', points: tangentSegment(current.x, current.loss, current.slope, 0.18 * span), stroke: 'var(--c-warn)', strokeWidth: 2, strokeDasharray: '5 3', clip: true },
  ];
  const end = downhillEnd(current.x, current.slope, span);
  if (end !== null) {
    const y = yDomain[0] + 0.06 * (yDomain[1] - yDomain[0]);
    shapes.push(
      { kind: 'arrows', arrows: [{ x1: current.x, y1: y, x2: end, y2: y }], stroke: 'var(--c-good)', strokeWidth: 2.5, headLength: 10 },
      { kind: 'text', x: (current.x + end) / 2, y, text: 'downhill', dy: -12, fill: 'var(--c-good)' },
    );
  }
  shapes.push({ kind: 'dots', points: [{ x: current.x, y: current.loss }], r: 6, fill: 'var(--c-model)', stroke: 'var(--bg)', strokeWidth: 1.5 });
  return {
    base: {
      x: { domain: [at[0]!, at[at.length - 1]!], label: xLabel, grid: true },
      y: { domain: [...yDomain], label: 'loss', grid: true },
      style: { fontSize: '12px', overflow: 'visible' },
      // Plot draws no axes for a chart without marks; a frame-less empty mark keeps them.
      marks: [Plot.ruleY([yDomain[0]], { stroke: 'var(--rule-strong)' })],
    },
    overlay: { shapes, fontSize: 12 },
  };
}
