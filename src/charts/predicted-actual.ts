/** Predicted against actual values, with the line y = x where a perfect model's points would lie. */
import * as Plot from '@observablehq/plot';
import type { Sketch } from './sketch';

/**
 * Predicted against actual values in two layers: the base (axes on the actual values' range, the same
 * on both, and the diagonal) changes only with the data; the sketch (one dot per point) follows the
 * model through the steps.
 */
export function predictedActualLayers(actual: ArrayLike<number>, predicted: ArrayLike<number>): { base: Plot.PlotOptions; overlay: Sketch } {
  const points: Array<{ x: number; y: number }> = [];
  for (let i = 0; i < actual.length; i++) {
    if (Number.isFinite(actual[i]) && Number.isFinite(predicted[i])) points.push({ x: actual[i]!, y: predicted[i]! });
  }
  return { base: predictedActualBase(actual), overlay: { shapes: [{ kind: 'dots', points, r: 2.5, fill: 'var(--c-data)', fillOpacity: 0.7, clip: true }] } };
}

function predictedActualBase(actual: ArrayLike<number>): Plot.PlotOptions {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < actual.length; i++) {
    lo = Math.min(lo, actual[i]!);
    hi = Math.max(hi, actual[i]!);
  }
  if (!(lo < hi)) [lo, hi] = [lo - 1, lo + 1];
  const pad = 0.08 * (hi - lo);
  const domain: [number, number] = [lo - pad, hi + pad];
  return {
    x: { domain, label: 'actual y', grid: true },
    y: { domain, label: 'predicted ŷ', grid: true },
    style: { fontSize: '12px', overflow: 'visible' },
    marks: [Plot.line([{ v: domain[0] }, { v: domain[1] }], { x: 'v', y: 'v', stroke: 'var(--c-truth)', strokeDasharray: '6 4' })],
  };
}

/** Measured times (ms) of the two fits against the number of features, on log axes. */
export function raceOptions(rows: ReadonlyArray<{ d: number; closedForm: number; descent: number }>): Plot.PlotOptions {
  const long = rows.flatMap((r) => [
    { d: r.d, ms: Math.max(r.closedForm, 0.01), method: 'closed form' },
    { d: r.d, ms: Math.max(r.descent, 0.01), method: 'descent' },
  ]);
  return {
    x: { type: 'log', label: 'features d', grid: true },
    y: { type: 'log', label: 'time (ms)', grid: true, tickFormat: '~g' },
    color: { domain: ['closed form', 'descent'], range: ['var(--c-good)', 'var(--c-model)'], legend: false },
    style: { fontSize: '12px', overflow: 'visible' },
    marks: [
      Plot.line(long.filter((r) => r.method === 'closed form'), { x: 'd', y: 'ms', stroke: 'method', strokeWidth: 2 }),
      Plot.line(long.filter((r) => r.method === 'descent'), { x: 'd', y: 'ms', stroke: 'method', strokeWidth: 2, strokeDasharray: '5 3' }),
      Plot.dot(long, { x: 'd', y: 'ms', fill: 'method', symbol: (r: { method: string }) => (r.method === 'descent' ? 'triangle' : 'circle'), r: 4 }),
      Plot.text(long.filter((r) => r.d === rows.at(-1)?.d), { x: 'd', y: 'ms', text: 'method', dx: 8, textAnchor: 'start', fill: 'method' }),
    ],
  };
}
