/** One small-multiple panel of lesson 6: a run's loss over its steps on a log axis, coloured by its verdict. */
import * as Plot from '@observablehq/plot';
import type { RunVerdict } from '../engine/verdict';

/** Verdict colours from the palette (distinct in both themes); the words are always shown too. */
export const VERDICT_COLOUR: Record<RunVerdict, string> = {
  converged: 'var(--c-good)',
  oscillating: 'var(--c-warn)',
  'too slow': 'var(--c-data)',
  diverged: 'var(--c-bad)',
};

/**
 * The loss over steps, log scale, with the optimum as a dashed floor. Losses that are not finite,
 * or beyond `ceiling` × the first loss, are cut off there and the cut is marked, so a blow-up is
 * drawn rising off the top instead of flattening every other panel.
 */
export function rateLossOptions(input: { lossAt: readonly number[]; optimum: number; verdict: RunVerdict; steps: number; ceiling?: number }): Plot.PlotOptions {
  const { lossAt, optimum, verdict, steps, ceiling = 1e3 } = input;
  const top = lossAt[0]! * ceiling;
  const rows: Array<{ step: number; loss: number }> = [];
  let cut: { step: number; loss: number } | null = null;
  for (let k = 0; k < lossAt.length; k += 1) {
    const v = lossAt[k]!;
    if (!Number.isFinite(v) || v > top) {
      cut = { step: k, loss: top };
      rows.push(cut);
      break;
    }
    rows.push({ step: k, loss: v });
  }
  const floor = Math.max(optimum * 0.5, Number.MIN_VALUE);
  const marks: Plot.Markish[] = [
    Plot.ruleY([optimum], { stroke: 'var(--fg-muted)', strokeDasharray: '4 3' }),
    Plot.line(rows, { x: 'step', y: 'loss', stroke: VERDICT_COLOUR[verdict], strokeWidth: 2.25 }),
  ];
  if (cut) marks.push(Plot.dot([cut], { x: 'step', y: 'loss', symbol: 'triangle', r: 5, fill: VERDICT_COLOUR[verdict] }));
  return {
    x: { domain: [0, steps], label: 'step', grid: true },
    y: { type: 'log', domain: [floor, top], label: 'loss', grid: true, ticks: 4 },
    style: { fontSize: '11px', overflow: 'visible' },
    marginLeft: 44,
    marks,
  };
}
