/**
 * Pieces of lesson 5's figure that are pure geometry or bookkeeping: the earlier lines of a run
 * drawn fading behind the current one, the window of steps the over-steps charts show, one
 * parameter's curve against its true value and its optimum, the training log, and the numbers of
 * one training step (forward, loss, backward, update).
 */
import type { DescentHistory } from '../engine/descent';
import type { Params } from '../engine/types';
import { overStepsLayers, type OverStepsLayers, type StepsReference } from './over-steps';
import { lineEnds } from './line-fit';
import type { Shape, Sketch } from './sketch';

/**
 * Steps whose lines are drawn behind step k: 0, 1, 2, 4, 8, … (doubling) below k, so the first
 * moves, which are the big ones, stay visible however far the run has gone. Oldest first.
 */
export function ghostSteps(k: number, most = 8): number[] {
  const steps: number[] = [];
  for (let s = 0; s < k; s = s === 0 ? 1 : s * 2) steps.push(s);
  return steps.slice(-most);
}

/** The reader's current line over the earlier ones, which fade the older they are (an overlay). */
export function descentLinesOverlay(params: readonly Params[], k: number, xDomain: readonly [number, number]): Sketch {
  const ghosts = ghostSteps(k);
  const shapes: Shape[] = ghosts.map((s, i) => ({
    kind: 'line',
    points: lineEnds({ w: params[s]!.w[0]!, b: params[s]!.b }, xDomain),
    stroke: 'var(--c-model)',
    strokeWidth: 1.5,
    strokeOpacity: 0.15 + (0.45 * (i + 1)) / (ghosts.length + 1),
    clip: true,
  }));
  const now = params[k]!;
  shapes.push({ kind: 'line', points: lineEnds({ w: now.w[0]!, b: now.b }, xDomain), stroke: 'var(--c-model)', strokeWidth: 3, clip: true });
  return { shapes, fontSize: 13 };
}

/** The widths the over-steps charts step through as a run goes on. */
export const STEP_WINDOWS = [50, 100, 200, 500, 1000] as const;

/**
 * The last step the over-steps charts show while step k is on show: the smallest of STEP_WINDOWS
 * that reaches k (so the first, fast steps are not squashed against the axis), at most `last`.
 * Beyond the largest window, `last` itself.
 */
export function stepWindow(k: number, last: number): number {
  const end = Math.max(0, Math.floor(last));
  const at = Math.max(0, Math.floor(Number.isFinite(k) ? k : 0));
  const fits = STEP_WINDOWS.find((w) => w >= at);
  return Math.max(1, Math.min(end, fits ?? end));
}

/** The loss over steps 0 … window, with the step on show marked; optionally on a log axis. */
export function lossOverSteps(lossAt: readonly number[], k: number, window: number, logY: boolean): OverStepsLayers {
  return overStepsLayers({ series: [{ name: 'loss', values: lossAt, stroke: 'var(--c-model)' }], current: k, yLabel: 'mean squared error', logY, window });
}

/**
 * One parameter over steps 0 … window against its closed-form optimum and (when known) its true
 * value: two dashed lines labelled at opposite ends so that close values do not overprint.
 */
export function parameterOverSteps(input: {
  name: string;
  values: readonly number[];
  k: number;
  window: number;
  optimum: number;
  truth?: number | undefined;
  stroke: string;
}): OverStepsLayers {
  const { name, values, k, window, optimum, truth, stroke } = input;
  const references: StepsReference[] = [{ value: optimum, label: `optimum ${name}`, stroke: 'var(--c-good)', anchor: 'right' }];
  if (truth !== undefined) references.push({ value: truth, label: `true ${name}`, stroke: 'var(--c-truth)', anchor: 'left' });
  return overStepsLayers({ series: [{ name, values, stroke }], current: k, yLabel: name, references, window });
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

/** The numbers of one training step, for the figure's forward → loss → backward → update panel. */
export interface TrainingStepNumbers {
  /** The step k whose parameters go in (the update leads to step k + 1). */
  step: number;
  /** Forward: the line the predictions come from, ŷ = w·x + b. */
  w: number;
  b: number;
  /** Loss: the mean squared error at (w, b), recorded before the update. */
  loss: number;
  /** Backward: the gradient at (w, b). */
  gradW: number;
  gradB: number;
  learningRate: number;
  /** Update: w − η·∂L/∂w and b − η·∂L/∂b. */
  nextW: number;
  nextB: number;
}

/**
 * The numbers of training step k of a run. The run's own gradient is used where it has one; past
 * its last update (the final step on show) the gradient comes from `gradientAt`, so the panel can
 * still say where one more step would go.
 */
export function trainingStepNumbers(
  run: Pick<DescentHistory, 'params' | 'gradients' | 'lossAt'>,
  k: number,
  learningRate: number,
  gradientAt: (params: Params) => Params,
): TrainingStepNumbers {
  const at = run.params[k]!;
  const grad = run.gradients[k] ?? gradientAt(at);
  const w = at.w[0]!;
  const gradW = grad.w[0]!;
  return {
    step: k,
    w,
    b: at.b,
    loss: run.lossAt[k]!,
    gradW,
    gradB: grad.b,
    learningRate,
    nextW: w - learningRate * gradW,
    nextB: at.b - learningRate * grad.b,
  };
}

/** The pace of Run: steps per tick and ticks per second at step k — slow through the first big moves, then faster. */
export function playPace(k: number): { stride: number; rate: number } {
  if (k < 20) return { stride: 1, rate: 6 };
  if (k < 100) return { stride: 2, rate: 30 };
  return { stride: 5, rate: 30 };
}
