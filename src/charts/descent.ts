/**
 * Pieces of lesson 5's figure that are pure geometry or bookkeeping: the earlier lines of a run
 * drawn fading behind the current one, the training log, and the numbers of one update.
 */
import * as Plot from '@observablehq/plot';
import type { DescentHistory, Params } from '../engine';
import { lineEnds } from './line-fit';

/**
 * Steps whose lines are drawn behind step k: 0, 1, 2, 4, 8, … (doubling) below k, so the first
 * moves, which are the big ones, stay visible however far the run has gone. Oldest first.
 */
export function ghostSteps(k: number, most = 8): number[] {
  const steps: number[] = [];
  for (let s = 0; s < k; s = s === 0 ? 1 : s * 2) steps.push(s);
  return steps.slice(-most);
}

/** The reader's current line over the earlier ones, which fade the older they are (overlay marks). */
export function descentLinesOverlay(params: readonly Params[], k: number, xDomain: readonly [number, number]): Plot.PlotOptions {
  const ghosts = ghostSteps(k);
  const marks: Plot.Markish[] = ghosts.map((s, i) =>
    Plot.line(lineEnds({ w: params[s]!.w[0]!, b: params[s]!.b }, xDomain), {
      x: 'x',
      y: 'y',
      stroke: 'var(--c-model)',
      strokeWidth: 1.5,
      strokeOpacity: 0.15 + (0.45 * (i + 1)) / (ghosts.length + 1),
      clip: true,
    }),
  );
  const now = params[k]!;
  marks.push(Plot.line(lineEnds({ w: now.w[0]!, b: now.b }, xDomain), { x: 'x', y: 'y', stroke: 'var(--c-model)', strokeWidth: 3, clip: true }));
  return { style: { fontSize: '13px', overflow: 'visible' }, marks };
}

export interface LogRow {
  step: number;
  w: number;
  b: number;
  loss: number;
}

/** The training log: one row every `every` steps up to step k (and step k itself), the last `rows` of them. */
export function trainingLog(run: Pick<DescentHistory, 'params' | 'lossAt'>, k: number, every = 10, rows = 6): LogRow[] {
  const last = Math.min(k, run.params.length - 1);
  const out: LogRow[] = [];
  for (let s = 0; s <= last; s += every) out.push({ step: s, w: run.params[s]!.w[0]!, b: run.params[s]!.b, loss: run.lossAt[s]! });
  if (out.at(-1)?.step !== last) out.push({ step: last, w: run.params[last]!.w[0]!, b: run.params[last]!.b, loss: run.lossAt[last]! });
  return out.slice(-rows);
}

/** The update from step k to k + 1 with its numbers: θ_next = θ − η·∂L/∂θ, for w and for b. */
export function updateNumbers(run: Pick<DescentHistory, 'params' | 'gradients'>, k: number, learningRate: number) {
  const at = run.params[k]!;
  const grad = run.gradients[k];
  if (!grad) return null;
  return {
    w: { now: at.w[0]!, grad: grad.w[0]!, next: at.w[0]! - learningRate * grad.w[0]! },
    b: { now: at.b, grad: grad.b, next: at.b - learningRate * grad.b },
  };
}
