/**
 * A quantity over the steps of a run: one line per series (a loss, a weight, a norm), dashed
 * reference lines for the values they should reach, and a marker at the step the reader is on.
 * Pure: numbers in, Plot options (the base) and a sketch (the series and the marker) out.
 */
import * as Plot from '@observablehq/plot';
import { decimateRows } from './decimate';
import { linearAxisMarginLeft, logAxisMarginLeft } from './domain';
import type { Shape, Sketch, XY } from './sketch';

export interface OverStepsLayers {
  readonly base: Plot.PlotOptions;
  /** Everything the base is drawn from: give it to PlotView as `baseKey`. */
  readonly baseKey: readonly unknown[];
  readonly overlay: Sketch;
}

export interface SeriesOverSteps {
  readonly name: string;
  readonly values: ArrayLike<number>;
  /** A CSS colour, e.g. 'var(--c-model)'. */
  readonly stroke: string;
}

/** A horizontal reference line on an over-steps chart (a true value, an optimum). */
export interface StepsReference {
  readonly value: number;
  readonly label: string;
  readonly stroke: string;
  /** Which end of the line carries the label (default right); spreads labels of close lines apart. */
  readonly anchor?: 'left' | 'right';
}

export interface OverStepsInput {
  series: readonly SeriesOverSteps[];
  current: number;
  yLabel: string;
  yDomain?: readonly [number, number];
  /** A log y axis (values ≤ 0 are left out). */
  logY?: boolean;
  /** Dashed horizontal lines, labelled at the right end. */
  references?: readonly StepsReference[];
  /** Show steps 0 … window only, the x axis spanning exactly that (default: every step of the longest series). */
  window?: number;
}

/** The rows of one series to draw: cut where it blows up, finite, positive on a log axis, decimated. */
function seriesRows(values: ArrayLike<number>, logY: boolean, window: number): XY[] {
  // A run that blows up is drawn until it leaves any sensible scale, then stops: huge values would
  // squash the rest of the chart and overflow the SVG's coordinates.
  const limit = 1e6 * Math.max(1, Math.abs(values[0] ?? 1));
  const rows: XY[] = [];
  for (let k = 0; k < Math.min(values.length, window + 1); k += 1) {
    const v = values[k]!;
    if (!(Math.abs(v) <= limit)) break;
    if (Number.isFinite(v) && (!logY || v > 0)) rows.push({ x: k, y: v });
  }
  return rows;
}

/**
 * Decimated rows per series array: a scrub redraws the sketch on every frame, and the same run's
 * arrays (and so the same point arrays) let the sketch layer reuse their paths.
 */
const drawnRows = new WeakMap<object, { logY: boolean; window: number; all: XY[]; shown: XY[] }>();

function rowsOf(values: ArrayLike<number>, logY: boolean, window: number): { all: XY[]; shown: XY[] } {
  const cached = typeof values === 'object' ? drawnRows.get(values) : undefined;
  if (cached && cached.logY === logY && cached.window === window) return cached;
  const all = seriesRows(values, logY, window);
  const entry = { logY, window, all, shown: decimateRows(all, (r) => r.y) };
  if (typeof values === 'object') drawnRows.set(values, entry);
  return entry;
}

/**
 * The y axis: the given domain, else the extent of every series and reference rounded out to nice
 * values (decades on a log axis). Rounded, it stays put while a slider nudges the run, so the base
 * is redrawn only when the run leaves it.
 */
function yDomainOf(input: OverStepsInput, lines: ReadonlyArray<{ all: readonly XY[] }>): [number, number] {
  if (input.yDomain) return [input.yDomain[0], input.yDomain[1]];
  // A scrub redraws with the same series on every frame; their extent and Plot's nice rounding
  // (a scale built each time) are worked out once per set of series.
  const first = lines[0]?.all;
  const references = (input.references ?? []).map((r) => r.value).join(' ');
  const logY = input.logY ?? false;
  const cached = first ? niceDomains.get(first) : undefined;
  if (cached && cached.logY === logY && cached.references === references && cached.series.length === lines.length && cached.series.every((all, i) => all === lines[i]!.all)) {
    return [cached.domain[0], cached.domain[1]];
  }
  const domain = niceDomainOf(input, lines);
  if (first) niceDomains.set(first, { series: lines.map((l) => l.all), references, logY, domain });
  return [domain[0], domain[1]];
}

/** The last nice y domain worked out, by the first series' rows. */
const niceDomains = new WeakMap<object, { series: ReadonlyArray<readonly XY[]>; references: string; logY: boolean; domain: readonly [number, number] }>();

function niceDomainOf(input: OverStepsInput, lines: ReadonlyArray<{ all: readonly XY[] }>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  const take = (v: number) => {
    if (!Number.isFinite(v) || (input.logY && v <= 0)) return;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  };
  for (const { all } of lines) for (const r of all) take(r.y);
  for (const r of input.references ?? []) take(r.value);
  const type = input.logY ? 'log' : 'linear';
  if (lo > hi) return input.logY ? [1, 10] : [0, 1];
  if (lo === hi) [lo, hi] = input.logY ? [lo / 2, hi * 2] : [lo - 0.5, hi + 0.5];
  const nice = Plot.scale({ y: { type, domain: [lo, hi], nice: true } }).domain as [number, number];
  return [Number(nice[0]), Number(nice[1])];
}

/**
 * The chart in two layers for PlotView: the base holds the axes, redrawn only when `baseKey`
 * changes (a new axis range); the overlay holds the references, the series and the marker of the
 * step on show, which move with every frame of a scrub, an animation or a changed setting.
 */
export function overStepsLayers(input: OverStepsInput): OverStepsLayers {
  const logY = input.logY ?? false;
  const steps = input.window ?? Math.max(1, ...input.series.map((s) => s.values.length - 1));
  const lines = input.series.map((s) => ({ ...rowsOf(s.values, logY, steps), stroke: s.stroke, name: s.name }));
  const overlay: Shape[] = [{ kind: 'ruleX', x: input.current, stroke: 'var(--c-warn)', strokeWidth: 1.5 }];
  for (const { shown, stroke } of lines) overlay.push({ kind: 'line', points: shown, stroke, strokeWidth: 2 });
  for (const { all, stroke, name } of lines) {
    const here = all.length > 0 ? (all[Math.min(input.current, all.length - 1)] ?? null) : null;
    if (here) {
      overlay.push(
        { kind: 'dots', points: [here], r: 4, fill: stroke },
        { kind: 'text', x: here.x, y: here.y, text: name, dx: 8, anchor: 'start', fill: stroke, dodge: true },
      );
    }
  }
  const yDomain = yDomainOf(input, lines);
  // References (a closed form's value, a limit) are drawn with the series, under them, so that the
  // base is only the axes: a figure can then keep it still through a drag (PlotView's holdBase).
  const references: Shape[] = [];
  for (const r of input.references ?? []) {
    if (!Number.isFinite(r.value)) continue;
    const left = r.anchor === 'left';
    references.push(
      { kind: 'ruleY', y: r.value, stroke: r.stroke, strokeWidth: 1.25, strokeDasharray: '5 4' },
      { kind: 'text', x: left ? 0 : steps, y: r.value, text: r.label, dy: -7, dx: left ? 4 : 0, anchor: left ? 'start' : 'end', fill: r.stroke },
    );
  }
  // Made only when read: a scrub redraws the overlay on every frame but the base only for a new axis.
  let base: Plot.PlotOptions | null = null;
  const makeBase = (): Plot.PlotOptions => ({
    x: { label: 'step', grid: true, domain: [0, steps] },
    y: { label: input.yLabel, grid: true, domain: yDomain, ...(logY ? { type: 'log' as const, tickFormat: '~g' } : {}) },
    marginLeft: logY ? logAxisMarginLeft(yDomain, 12) : linearAxisMarginLeft(yDomain, 12),
    style: { fontSize: '12px', overflow: 'visible' },
    marks: [],
  });
  return {
    get base() {
      return (base ??= makeBase());
    },
    baseKey: [steps, yDomain[0], yDomain[1], logY, input.yLabel],
    overlay: { fontSize: 12, shapes: [...references, ...overlay] },
  };
}
