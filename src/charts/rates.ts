/** One small-multiple panel of lesson 6: a run's loss over its steps on a log axis, coloured by its verdict. */
import * as Plot from '@observablehq/plot';
import type { RunVerdict } from '../engine/verdict';
import type { Shape, Sketch } from './sketch';

/** Verdict colours from the palette (distinct in both themes); the words are always shown too. */
export const VERDICT_COLOUR: Record<RunVerdict, string> = {
  converged: 'var(--c-good)',
  oscillating: 'var(--c-warn)',
  'too slow': 'var(--c-data)',
  diverged: 'var(--c-bad)',
};

export interface RateLossInput {
  readonly lossAt: readonly number[];
  readonly optimum: number;
  readonly verdict: RunVerdict;
  readonly steps: number;
  /** Losses beyond this many times the first are cut off (default 1 000). */
  readonly ceiling?: number;
}

/** The log axis runs from half the optimum up to `ceiling` × the first loss. */
function yDomain({ lossAt, optimum, ceiling = 1e3 }: RateLossInput): [number, number] {
  return [Math.max(optimum * 0.5, Number.MIN_VALUE), lossAt[0]! * ceiling];
}

/**
 * The run's loss at each step up to the first that is not finite or beyond the top of the axis,
 * and that cut, placed at the top, so a blow-up is drawn rising off the chart instead of
 * flattening every other panel.
 */
export function rateLossRows(input: RateLossInput): { rows: Array<{ x: number; y: number }>; cut: { x: number; y: number } | null } {
  const top = yDomain(input)[1];
  const rows: Array<{ x: number; y: number }> = [];
  for (let k = 0; k < input.lossAt.length; k += 1) {
    const v = input.lossAt[k]!;
    if (!Number.isFinite(v) || v > top) {
      const cut = { x: k, y: top };
      rows.push(cut);
      return { rows, cut };
    }
    rows.push({ x: k, y: v });
  }
  return { rows, cut: null };
}

/**
 * What does not move with the rate: the log axis over the steps, and the optimum as a dashed
 * floor. Runs from the same start share it, since their first loss is the same.
 */
export function rateLossBase(input: RateLossInput): Plot.PlotOptions {
  return {
    x: { domain: [0, input.steps], label: 'step', grid: true },
    y: { type: 'log', domain: yDomain(input), label: 'loss', grid: true, ticks: 4 },
    style: { fontSize: '11px', overflow: 'visible' },
    marginLeft: 44,
    marks: [Plot.ruleY([input.optimum], { stroke: 'var(--fg-muted)', strokeDasharray: '4 3' })],
  };
}

/** The run itself, in its verdict's colour, with a triangle where a blow-up leaves the chart. */
export function rateLossSketch(input: RateLossInput): Sketch {
  const { rows, cut } = rateLossRows(input);
  const colour = VERDICT_COLOUR[input.verdict];
  const shapes: Shape[] = [{ kind: 'line', points: rows, stroke: colour, strokeWidth: 2.25 }];
  if (cut) shapes.push({ kind: 'dots', points: [cut], r: 5, fill: colour, symbol: 'triangle' });
  return { shapes, fontSize: 11 };
}
