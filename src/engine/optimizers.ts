import type { AnyObjective } from './any-objective';
import type { DescentHistory } from './descent';
import { fromTheta, toTheta } from './design';
import { checkRunOptions, checkSteps, HistoryRecorder, type RunOptions } from './run-history';
import { rateAt, toSchedule, type LearningRate } from './schedule';
import type { Params } from './types';

/**
 * Which update rule, with its hyperparameters. g_k is the gradient at θ_k,
 * α_k the learning rate of update k, squares and roots act entry by entry,
 * and every state vector (z, s, m, v) starts at 0:
 * - `'gradient-descent'`: θ_{k+1} = θ_k − α_k g_k.
 * - `'momentum'` (heavy ball, as in Goh's "Why Momentum Really Works"):
 *   z_{k+1} = β z_k + g_k,  θ_{k+1} = θ_k − α_k z_{k+1}.  β ∈ [0, 1), default 0.9.
 * - `'nesterov'`: z_{k+1} = β z_k + ∇L(θ_k − α_k β z_k),  θ_{k+1} = θ_k − α_k z_{k+1}
 *   (the gradient is taken at the look-ahead point; `gradients[k]` is that one). β default 0.9.
 * - `'rmsprop'`: s_{k+1} = ρ s_k + (1 − ρ) g_k²,  θ_{k+1} = θ_k − α_k g_k / (√s_{k+1} + ε).
 *   ρ ∈ [0, 1), default 0.9; ε > 0, default 1e-8.
 * - `'adam'` (Kingma & Ba 2015, with bias correction):
 *   m_{k+1} = β₁ m_k + (1 − β₁) g_k,  v_{k+1} = β₂ v_k + (1 − β₂) g_k²,
 *   m̂ = m_{k+1} / (1 − β₁^{k+1}),  v̂ = v_{k+1} / (1 − β₂^{k+1}),
 *   θ_{k+1} = θ_k − α_k m̂ / (√v̂ + ε).  β₁ default 0.9, β₂ default 0.999 (both in [0, 1)), ε default 1e-8.
 *   So the first step is α₀ g₀ / (|g₀| + ε): about α₀ in every coordinate whatever the gradient's size.
 */
export type OptimizerMethod =
  | { method: 'gradient-descent' }
  | { method: 'momentum'; beta?: number }
  | { method: 'nesterov'; beta?: number }
  | { method: 'rmsprop'; rho?: number; epsilon?: number }
  | { method: 'adam'; beta1?: number; beta2?: number; epsilon?: number };

/** Options of `optimize`: a method, a learning rate or schedule, a number of updates, and the shared run options. */
export type OptimizerOptions = OptimizerMethod & RunOptions & {
  /** α, a finite number ≥ 0, or a `LearningRateSchedule`. */
  learningRate: LearningRate;
  /** Number of updates, a non-negative integer. */
  steps: number;
};

/**
 * The whole history of an optimiser run: `DescentHistory`'s fields with the
 * same meaning (params[k] after k updates, lossAt[k] there, gradients[k] the
 * gradient update k used, `recorded`, divergence) plus the method and the
 * rate and displacement of every update.
 */
export interface OptimizerHistory extends DescentHistory {
  /** The update rule used. */
  method: OptimizerMethod['method'];
  /** The checked hyperparameters, defaults filled in (empty for gradient descent). */
  hyperparameters: Readonly<Record<string, number>>;
  /** learningRates[k] = α_k, the rate of update k (k < stepsTaken). */
  learningRates: number[];
  /** updates[k] = θ_{k+1} − θ_k, the step actually taken (what an arrow in a figure draws). */
  updates: Params[];
}

function unit(value: unknown, name: string, fallback: number): number {
  const v = value ?? fallback;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v >= 1) {
    throw new RangeError(`invalid ${name}; expected a number in [0, 1), got ${String(v)}`);
  }
  return v;
}

function positive(value: unknown, name: string, fallback: number): number {
  const v = value ?? fallback;
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
    throw new RangeError(`invalid ${name}; expected a finite number > 0, got ${String(v)}`);
  }
  return v;
}

function hyperparametersOf(options: OptimizerMethod): Record<string, number> {
  switch (options.method) {
    case 'gradient-descent':
      return {};
    case 'momentum':
    case 'nesterov':
      return { beta: unit(options.beta, 'beta', 0.9) };
    case 'rmsprop':
      return { rho: unit(options.rho, 'rho', 0.9), epsilon: positive(options.epsilon, 'epsilon', 1e-8) };
    case 'adam':
      return {
        beta1: unit(options.beta1, 'beta1', 0.9),
        beta2: unit(options.beta2, 'beta2', 0.999),
        epsilon: positive(options.epsilon, 'epsilon', 1e-8),
      };
    default:
      throw new RangeError(`invalid method; expected 'gradient-descent', 'momentum', 'nesterov', 'rmsprop' or 'adam', got ${String((options as { method: unknown }).method)}`);
  }
}

/**
 * Runs one of the optimisers of `OptimizerMethod` (update equations there)
 * on any objective for `steps` updates and returns the whole history.
 * Every parameter moves at once from one gradient; nothing is rounded.
 * Divergence is flagged, and the run carried on or stopped, exactly as in
 * `gradientDescent`. With `method: 'gradient-descent'` and a constant rate
 * it reproduces `gradientDescent` number for number.
 */
export function optimize(objective: AnyObjective, options: OptimizerOptions): OptimizerHistory {
  if (options == null || typeof options !== 'object') {
    throw new TypeError(`invalid options; expected { method, learningRate, steps }, got ${String(options)}`);
  }
  const hyperparameters = hyperparametersOf(options);
  const schedule = toSchedule(options.learningRate);
  const steps = checkSteps(options.steps);
  const run = checkRunOptions(objective, options);
  const size = objective.dimension + 1;
  const recorder = new HistoryRecorder(run);
  const learningRates: number[] = [];
  const updates: Params[] = [];
  const { beta = 0, rho = 0, epsilon = 0, beta1 = 0, beta2 = 0 } = hyperparameters;
  // State vectors: z (velocity) for the momentum methods, s or (m, v) for the adaptive ones.
  const z = new Float64Array(size);
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  const grad = new Float64Array(size);
  const ahead = new Float64Array(size);
  const aheadGrad = new Float64Array(size);
  let theta: Float64Array = toTheta(run.start);
  // Reused on every step: the history keeps copies (fromTheta), so buffers made per step were garbage at once.
  let next: Float64Array = new Float64Array(size);
  const step = new Float64Array(size);
  for (let k = 0; ; k++) {
    const loss = objective.evaluate(theta, grad);
    if (recorder.visit(theta, loss) || k === steps) break;
    const alpha = rateAt(schedule, k);
    let g = grad;
    if (options.method === 'nesterov') {
      for (let j = 0; j < size; j++) ahead[j] = theta[j]! - alpha * beta * z[j]!;
      objective.evaluate(ahead, aheadGrad);
      g = aheadGrad;
    }
    recorder.gradients.push(fromTheta(g));
    learningRates.push(alpha);
    switch (options.method) {
      case 'gradient-descent':
        for (let j = 0; j < size; j++) next[j] = theta[j]! - alpha * g[j]!;
        break;
      case 'momentum':
      case 'nesterov':
        for (let j = 0; j < size; j++) {
          z[j] = beta * z[j]! + g[j]!;
          next[j] = theta[j]! - alpha * z[j]!;
        }
        break;
      case 'rmsprop':
        for (let j = 0; j < size; j++) {
          v[j] = rho * v[j]! + (1 - rho) * g[j]! * g[j]!;
          next[j] = theta[j]! - (alpha * g[j]!) / (Math.sqrt(v[j]!) + epsilon);
        }
        break;
      case 'adam': {
        const c1 = 1 - beta1 ** (k + 1);
        const c2 = 1 - beta2 ** (k + 1);
        for (let j = 0; j < size; j++) {
          m[j] = beta1 * m[j]! + (1 - beta1) * g[j]!;
          v[j] = beta2 * v[j]! + (1 - beta2) * g[j]! * g[j]!;
          next[j] = theta[j]! - (alpha * (m[j]! / c1)) / (Math.sqrt(v[j]! / c2) + epsilon);
        }
        break;
      }
    }
    for (let j = 0; j < size; j++) step[j] = next[j]! - theta[j]!;
    updates.push(fromTheta(step));
    const last = theta;
    theta = next;
    next = last;
  }
  return { ...recorder.finish(), method: options.method, hyperparameters, learningRates, updates };
}
