/**
 * How hard one residual pulls on the fit under each loss: the derivative of the loss of one
 * residual, ψ(r). Squared error pulls in proportion (2r, without limit), absolute error with a
 * constant force (sign r), Huber in proportion up to δ and constantly beyond.
 *
 * In two layers: the base (axes, the squared-error and absolute-error curves) never changes; the
 * sketch (Huber's curve and its ±δ marks) follows the δ slider.
 */
import * as Plot from '@observablehq/plot';
import type { Shape, Sketch } from './sketch';

export const INFLUENCE_RANGE = 6;
const Y_TOP = 7;
const FONT_SIZE = 12;

const STYLES = {
  MSE: { stroke: 'var(--c-bad)', strokeDasharray: '' },
  MAE: { stroke: 'var(--c-data)', strokeDasharray: '2 3' },
  Huber: { stroke: 'var(--c-model)', strokeDasharray: '6 3' },
} as const;

/** Where a curve's name sits: past its right end, kept inside the chart. MAE and Huber end at the same height when δ = 1: MAE's goes above, Huber's below. */
const labelAt = (name: keyof typeof STYLES, psi: number) => ({
  x: INFLUENCE_RANGE,
  y: Math.min(psi, Y_TOP - 0.5),
  dx: 6,
  dy: name === 'MAE' ? -8 : name === 'Huber' ? 9 : 0,
});

/** ψ of the absolute error, sampled finely enough that its jump at 0 looks like one. */
function maeCurve(range: number): Array<{ r: number; psi: number }> {
  return Array.from({ length: 241 }, (_, i) => {
    const r = -range + (2 * range * i) / 240;
    return { r, psi: Math.sign(r) };
  });
}

/** The axes and the two curves that do not depend on δ. */
export function influenceBase(range = INFLUENCE_RANGE): Plot.PlotOptions {
  const marks: Plot.Markish[] = [Plot.ruleY([0], { stroke: 'var(--rule)' }), Plot.ruleX([0], { stroke: 'var(--rule)' })];
  const curves = { MSE: [{ r: -range, psi: -2 * range }, { r: range, psi: 2 * range }], MAE: maeCurve(range) };
  for (const name of ['MSE', 'MAE'] as const) {
    const { stroke, strokeDasharray } = STYLES[name];
    marks.push(Plot.line(curves[name], { x: 'r', y: 'psi', stroke, strokeWidth: 2, ...(strokeDasharray ? { strokeDasharray } : {}), clip: true }));
    const label = labelAt(name, curves[name].at(-1)!.psi);
    marks.push(Plot.text([label], { x: 'x', y: 'y', text: () => name, dx: label.dx, dy: label.dy, textAnchor: 'start', fill: stroke }));
  }
  return {
    x: { domain: [-range, range], label: 'residual r = ŷ − y', grid: true },
    y: { domain: [-Y_TOP, Y_TOP], label: 'pull ψ(r)', grid: true },
    style: { fontSize: `${FONT_SIZE}px`, overflow: 'visible' },
    marginRight: 50,
    marks,
  };
}

/** Huber's ψ: the clipped line through (−δ, −δ) and (δ, δ), with dashed rules at ±δ while δ is inside the chart. */
export function influenceSketch(delta: number, range = INFLUENCE_RANGE): Sketch {
  const psi = (r: number) => Math.max(-delta, Math.min(delta, r));
  const knees = Number.isFinite(delta) && delta < range ? [-delta, delta] : [];
  const rs = [-range, ...knees, range];
  const { stroke, strokeDasharray } = STYLES.Huber;
  const label = labelAt('Huber', psi(range));
  const shapes: Shape[] = [
    ...knees.map((x): Shape => ({ kind: 'ruleX', x, stroke: 'var(--fg-muted)', strokeDasharray: '3 3' })),
    { kind: 'line', points: rs.map((r) => ({ x: r, y: psi(r) })), stroke, strokeWidth: 2, strokeDasharray, clip: true },
    { kind: 'text', x: label.x, y: label.y, dx: label.dx, dy: label.dy, text: 'Huber', anchor: 'start', fill: stroke },
  ];
  return { shapes, fontSize: FONT_SIZE };
}
