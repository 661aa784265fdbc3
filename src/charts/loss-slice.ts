/**
 * A cross-section of the loss along one parameter, with the tangent line at the current point and an
 * arrow pointing downhill — the picture of a partial derivative. Pure: numbers in, Plot options out.
 */
import * as Plot from '@observablehq/plot';

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

export function lossSliceOptions(input: LossSliceInput): Plot.PlotOptions {
  const { at, loss, current, xLabel, yDomain } = input;
  const rows = Array.from({ length: at.length }, (_, i) => ({ x: at[i]!, y: loss[i]! }));
  const span = at[at.length - 1]! - at[0]!;
  const marks: Plot.Markish[] = [
    Plot.line(rows, { x: 'x', y: 'y', stroke: 'var(--c-data)', strokeWidth: 2.5, clip: true }),
    Plot.line(tangentSegment(current.x, current.loss, current.slope, 0.18 * span), { x: 'x', y: 'y', stroke: 'var(--c-warn)', strokeWidth: 2, strokeDasharray: '5 3', clip: true }),
  ];
  const end = downhillEnd(current.x, current.slope, span);
  if (end !== null) {
    marks.push(Plot.arrow([{ x1: current.x, x2: end, y: yDomain[0] + 0.06 * (yDomain[1] - yDomain[0]) }], { x1: 'x1', x2: 'x2', y1: 'y', y2: 'y', stroke: 'var(--c-good)', strokeWidth: 2.5, headLength: 10 }));
    marks.push(Plot.text([{ x: (current.x + end) / 2, y: yDomain[0] + 0.06 * (yDomain[1] - yDomain[0]) }], { x: 'x', y: 'y', text: () => 'downhill', dy: -10, fill: 'var(--c-good)' }));
  }
  marks.push(Plot.dot([{ x: current.x, y: current.loss }], { x: 'x', y: 'y', r: 6, fill: 'var(--c-model)', stroke: 'var(--bg)', strokeWidth: 1.5 }));
  return {
    x: { domain: [at[0]!, at[at.length - 1]!], label: xLabel, grid: true },
    y: { domain: [...yDomain], label: 'loss', grid: true },
    style: { fontSize: '12px', overflow: 'visible' },
    marks,
  };
}
