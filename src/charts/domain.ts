/**
 * Axis limits for a chart's data, on their own so that a figure needing only them does not load a
 * chart module (lesson 10 would otherwise fetch the line-fit chart's code for this one function).
 */
import * as Plot from '@observablehq/plot';
import { labelWidth } from './sketch';

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

const NICE_STEPS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/**
 * The smallest "nice" number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten) at or above
 * `value`: a loss axis topped with it moves in a few visible steps while the reader drags, instead
 * of rescaling (and redrawing) on every frame.
 */
export function niceCeil(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = NICE_STEPS.find((s) => s * power >= value * (1 - 1e-12)) ?? 10;
  return step * power;
}

/**
 * A domain rounded outward to round tick values (as d3's `nice`): a data slider that nudges the
 * points moves it only now and then, so a chart's axes are not drawn again on every frame.
 */
export function niceDomain([lo, hi]: readonly [number, number]): [number, number] {
  const nice = Plot.scale({ y: { domain: [lo, hi], nice: true } }).domain as number[];
  return [Number(nice[0]), Number(nice[1])];
}

/**
 * A log axis's range rounded out to whole powers of ten: a slider that reshapes the data moves it
 * only when a value crosses a decade, so the axes are not drawn again on every frame.
 */
export function decades([lo, hi]: readonly [number, number]): [number, number] {
  return [10 ** Math.floor(Math.log10(lo)), 10 ** Math.ceil(Math.log10(hi))];
}

/** 10^k as the charts' log axes write it (format "~g"): "0.001", "100", "1e-7". */
export function decadeText(k: number): string {
  if (k >= 0) return k < 21 ? `1${'0'.repeat(k)}` : `1e+${k}`;
  return k >= -6 ? `0.${'0'.repeat(-k - 1)}1` : `1e${k}`;
}

/** Plot's gap between a y tick label and the plot: the tick (6 px) and its padding (3 px). */
const Y_TICK_GAP = 9;

/**
 * About the widest tick label Plot's default format writes on a linear axis over [lo, hi]: the
 * larger end's whole part with its thousands commas and sign ("−2,000,000"), and the decimals a
 * tick step of about a fifth of the span needs ("0.05").
 */
export function linearTickText([lo, hi]: readonly [number, number]): string {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return '0';
  const span = Math.abs(hi - lo) || Math.abs(hi) || 1;
  const decimals = Math.max(0, -Math.floor(Math.log10(span / 5)));
  const whole = Math.floor(Math.max(Math.abs(lo), Math.abs(hi))).toLocaleString('en-US');
  return `${lo < 0 ? '−' : ''}${whole}${decimals > 0 ? `.${'0'.repeat(decimals)}` : ''}`;
}

/** A left margin that holds a linear y axis's widest tick label (Plot's 40 px default, or more). */
export function linearAxisMarginLeft(domain: readonly [number, number], fontSize: number): number {
  return Math.max(40, Math.ceil(Y_TICK_GAP + labelWidth(linearTickText(domain), fontSize)));
}

/**
 * A left margin that holds a log y axis's widest decade label ("0.000001" is twice Plot's 40 px
 * default's room at 12 px), so that it is not cut at a phone's left edge.
 */
export function logAxisMarginLeft([lo, hi]: readonly [number, number], fontSize: number): number {
  let widest = 0;
  if (lo > 0 && hi >= lo && Number.isFinite(hi)) {
    // Every decade on the axis: "0.000001" is wider than both "1e-8" and "100" at the ends of [1e-8, 100].
    const first = Math.ceil(Math.log10(lo) - 1e-9);
    const last = Math.min(Math.floor(Math.log10(hi) + 1e-9), first + 60);
    for (let k = first; k <= last; k++) widest = Math.max(widest, labelWidth(decadeText(k), fontSize));
  }
  return Math.max(40, Math.ceil(Y_TICK_GAP + widest));
}
