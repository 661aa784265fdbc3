/**
 * A quantity over the steps of a run: one line per series (a loss, a weight, a norm), dashed
 * reference lines for the values they should reach, and a marker at the step the reader is on.
 * Pure: numbers in, Plot options (the base) and a sketch (the marker) out.
 */
import * as Plot from '@observablehq/plot';
import { decimateRows } from './decimate';
import { polyline } from './segments';
import type { Shape, Sketch } from './sketch';

export interface OverStepsLayers {
  readonly base: Plot.PlotOptions;
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
}

/**
 * The chart in two layers for PlotView: the base holds the axes, references and whole series (redrawn
 * only when a run changes), the overlay the marker of the step on show, which moves with every frame
 * of a scrub or an animation.
 */
export function overStepsLayers(input: OverStepsInput): OverStepsLayers {
  const overlay: Shape[] = [{ kind: 'ruleX', x: input.current, stroke: 'var(--c-warn)', strokeWidth: 1.5 }];
  const lines: Array<{ rows: Array<{ step: number; value: number }>; stroke: string }> = [];
  for (const s of input.series) {
    // A run that blows up is drawn until it leaves any sensible scale, then stops: huge values would
    // squash the rest of the chart and overflow the SVG's coordinates.
    const limit = 1e6 * Math.max(1, Math.abs(s.values[0] ?? 1));
    const all = Array.from({ length: s.values.length }, (_, k) => ({ step: k, value: s.values[k]! }));
    const blown = all.findIndex((r) => !(Math.abs(r.value) <= limit));
    const rows = (blown >= 0 ? all.slice(0, blown) : all).filter((r) => Number.isFinite(r.value) && (!input.logY || r.value > 0));
    lines.push({ rows, stroke: s.stroke });
    const here = rows[Math.min(input.current, rows.length - 1)];
    if (here) {
      overlay.push(
        { kind: 'dots', points: [{ x: here.step, y: here.value }], r: 4, fill: s.stroke },
        { kind: 'text', x: here.step, y: here.value, text: s.name, dx: 8, anchor: 'start', fill: s.stroke },
      );
    }
  }
  // Made only when read: a scrub redraws the overlay on every frame but the base only for a new run.
  let base: Plot.PlotOptions | null = null;
  const makeBase = (): Plot.PlotOptions => {
    const marks: Plot.Markish[] = [];
    for (const r of input.references ?? []) {
      if (!Number.isFinite(r.value)) continue;
      marks.push(
        Plot.ruleY([r.value], { stroke: r.stroke, strokeWidth: 1.25, strokeDasharray: '5 4' }),
        Plot.text([r.value], {
          y: (v: number) => v,
          frameAnchor: r.anchor ?? 'right',
          text: () => r.label,
          dy: -7,
          dx: r.anchor === 'left' ? 4 : 0,
          fill: r.stroke,
          textAnchor: r.anchor === 'left' ? 'start' : 'end',
        }),
      );
    }
    for (const { rows, stroke } of lines) marks.push(polyline(decimateRows(rows, (r) => r.value), { x: 'step', y: 'value', stroke, strokeWidth: 2 }));
    return {
      x: { label: 'step', grid: true },
      y: { label: input.yLabel, grid: true, ...(input.logY ? { type: 'log' as const, tickFormat: '~g' } : {}), ...(input.yDomain ? { domain: [...input.yDomain] } : {}) },
      style: { fontSize: '12px', overflow: 'visible' },
      marks,
    };
  };
  return {
    get base() {
      return (base ??= makeBase());
    },
    overlay: { fontSize: 12, shapes: overlay },
  };
}
