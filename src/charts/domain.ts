/**
 * Axis limits for a chart's data, on their own so that a figure needing only them does not load a
 * chart module (lesson 10 would otherwise fetch the line-fit chart's code for this one function).
 */
import * as Plot from '@observablehq/plot';

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
