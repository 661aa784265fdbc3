import type { AnyObjective } from './any-objective';
import { checkParams, fromTheta, linearScores, toDesign, toTheta, type Design } from './design';
import type { Dataset, Params } from './types';

/**
 * The robust losses of a linear model ŷ = Xw + b, on residuals r = ŷ − y
 * (the textbook's sign: prediction minus target):
 * - absolute error (MAE): (1/n)Σ|rᵢ|, subgradient (1/n)Σ sign(rᵢ)·(xᵢ, 1) with
 *   sign(0) = 0 — at a point the line passes through exactly, that point
 *   pulls neither way (0 is in the subdifferential [−1, 1], and it is the
 *   choice that makes the subgradient vanish at the median).
 * - Huber with threshold δ > 0: (1/n)Σρ_δ(rᵢ) with ρ_δ(r) = ½r² for |r| ≤ δ and
 *   δ(|r| − ½δ) beyond, gradient (1/n)Σψ_δ(rᵢ)·(xᵢ, 1) with ψ_δ(r) = r clipped to [−δ, δ].
 *   Scaling: inside δ it is exactly half the textbook MSE (1/n)Σr² (the ½ of
 *   the usual Huber function, so its gradient there is the residual itself);
 *   outside it grows like δ|r|. Hence ½·MSE − Huber = (1/n)Σ_{|r|>δ}(|r| − δ)²/2 ≥ 0
 *   (equal to ½·MSE once δ ≥ max|r|), and −δ²/2 ≤ Huber − δ·MAE ≤ 0 for every δ.
 * No L2 penalty; runs start at zeros and list the loss before each update,
 * as the textbook convention does.
 */
export type RobustLoss = { readonly kind: 'absolute-error' } | { readonly kind: 'huber'; readonly delta: number };

/** An objective for a robust loss (`absoluteErrorObjective`, `huberObjective`). */
export interface RobustObjective extends AnyObjective {
  readonly kind: 'absolute-error' | 'huber';
  /** Number of data points. */
  readonly n: number;
  /** δ for Huber, null for MAE. */
  readonly delta: number | null;
}

/** ρ_δ(r): ½r² for |r| ≤ δ, δ(|r| − ½δ) beyond — the Huber loss of one residual (δ > 0). */
export function huberRho(r: number, delta: number): number {
  checkDelta(delta);
  return rho(r, delta);
}

/** ψ_δ(r) = ρ_δ′(r): r clipped to [−δ, δ]. */
export function huberPsi(r: number, delta: number): number {
  checkDelta(delta);
  return Math.max(-delta, Math.min(delta, r));
}

function rho(r: number, delta: number): number {
  const a = Math.abs(r);
  return a <= delta ? 0.5 * r * r : delta * (a - 0.5 * delta);
}

function checkDelta(delta: unknown): number {
  if (typeof delta !== 'number' || Number.isNaN(delta) || !(delta > 0)) {
    throw new RangeError(`invalid delta; expected a number > 0 (Infinity allowed), got ${String(delta)}`);
  }
  return delta;
}

/** Checks a `RobustLoss`. Internal. */
export function checkRobustLoss(loss: RobustLoss): RobustLoss {
  if (loss == null || typeof loss !== 'object') throw new TypeError(`invalid loss; expected { kind: 'absolute-error' } or { kind: 'huber', delta }, got ${String(loss)}`);
  if (loss.kind === 'absolute-error') return { kind: 'absolute-error' };
  if (loss.kind === 'huber') return { kind: 'huber', delta: checkDelta(loss.delta) };
  throw new RangeError(`invalid loss.kind; expected 'absolute-error' or 'huber', got ${String((loss as { kind: unknown }).kind)}`);
}

/** The robust loss at θ on `design`; `scratch` receives each point's ∂loss/∂ŷ·n (sign(r) or ψ(r)). Internal. */
export function robustLossAt(design: Design, theta: ArrayLike<number>, loss: RobustLoss, scratch: Float64Array): number {
  const { n, y } = design;
  linearScores(design, theta, scratch);
  let s = 0;
  if (loss.kind === 'absolute-error') {
    for (let i = 0; i < n; i++) {
      const r = scratch[i]! - y[i]!;
      s += Math.abs(r);
      scratch[i] = r > 0 ? 1 : r < 0 ? -1 : 0;
    }
  } else {
    const delta = loss.delta;
    for (let i = 0; i < n; i++) {
      const r = scratch[i]! - y[i]!;
      s += rho(r, delta);
      scratch[i] = r > delta ? delta : r < -delta ? -delta : r;
    }
  }
  return s / n;
}

/** (1/n)Σ scratchᵢ·(xᵢ, 1) into `out`, given `robustLossAt`'s scratch. Internal. */
export function robustGradientFrom(design: Design, scratch: Float64Array, out: Float64Array): Float64Array {
  const { n, d, X } = design;
  out.fill(0);
  for (let i = 0; i < n; i++) {
    const e = scratch[i]!;
    for (let j = 0; j < d; j++) out[j]! += X[i * d + j]! * e;
    out[d]! += e;
  }
  for (let j = 0; j <= d; j++) out[j] = out[j]! / n;
  return out;
}

function robustObjective(data: Dataset, given: RobustLoss): RobustObjective {
  const loss = checkRobustLoss(given);
  const design = toDesign(data);
  const { d } = design;
  const scratch = new Float64Array(design.n);
  const checked = (params: Params): Float64Array => {
    checkParams(params, d);
    return toTheta(params);
  };
  const evaluate = (theta: Float64Array, out: Float64Array): number => {
    const value = robustLossAt(design, theta, loss, scratch);
    robustGradientFrom(design, scratch, out);
    return value;
  };
  return {
    kind: loss.kind,
    dimension: d,
    n: design.n,
    delta: loss.kind === 'huber' ? loss.delta : null,
    start: { w: new Array<number>(d).fill(0), b: 0 },
    record: 'before',
    loss: (params) => robustLossAt(design, checked(params), loss, scratch),
    gradient(params) {
      const out = new Float64Array(d + 1);
      evaluate(checked(params), out);
      return fromTheta(out);
    },
    evaluate,
  };
}

/**
 * The mean absolute error (1/n)Σ|ŷᵢ − yᵢ| of a linear model on `data`, with
 * the subgradient (1/n)Σ sign(ŷᵢ − yᵢ)·(xᵢ, 1), sign(0) = 0 (see `RobustLoss`).
 */
export function absoluteErrorObjective(data: Dataset): RobustObjective {
  return robustObjective(data, { kind: 'absolute-error' });
}

/**
 * The Huber loss (1/n)Σρ_δ(ŷᵢ − yᵢ) of a linear model on `data`, threshold
 * δ > 0, with gradient (1/n)Σψ_δ(ŷᵢ − yᵢ)·(xᵢ, 1): half the textbook MSE for
 * residuals within δ, linear beyond (see `RobustLoss` for the scaling).
 */
export function huberObjective(data: Dataset, delta: number): RobustObjective {
  return robustObjective(data, { kind: 'huber', delta });
}
