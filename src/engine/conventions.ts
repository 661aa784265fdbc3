import type { RecordTiming } from './types';

/**
 * An L2 penalty on the weights.
 * - `'per-sample'`: (λ/2n)·Σw², gradient (λ/n)·w — source 000.
 * - `'absolute'`: (λ/2)·Σw², gradient λ·w, not divided by n — source 004.
 * With `penalizeBias` the intercept b is penalised the same way (004 does,
 * because its b is just another entry of its weight vector; 000 does not).
 * The penalty's gradient is always its exact derivative; it is never
 * multiplied by a squared-error `gradientFactor`.
 */
export interface L2Penalty {
  readonly lambda: number;
  readonly scale: 'per-sample' | 'absolute';
  readonly penalizeBias: boolean;
}

/**
 * How a source scores a line with squared error, differentiates it and
 * runs descent on it.
 */
export interface SquaredErrorConvention {
  readonly kind: 'squared-error';
  /** `'mean'`: (1/n)·Σ(ŷ−y)²; `'half-mean'`: (1/2n)·Σ(ŷ−y)². */
  readonly loss: 'mean' | 'half-mean';
  /**
   * The data term of the gradient is gradientFactor·(1/n)·Xᵀ(ŷ−y) (and the
   * same with a column of ones for b). 2 is the exact gradient of `'mean'`,
   * 1 the exact gradient of `'half-mean'` — and also source 002's shortcut
   * for `'mean'`, which is half the true gradient.
   */
  readonly gradientFactor: number;
  readonly l2: L2Penalty;
  /** Whether the source lists the loss before or after each update. */
  readonly record: RecordTiming;
  /** The value every weight and the intercept start from in the source. */
  readonly startValue: number;
}

/** How a source scores, differentiates and trains binary logistic regression. */
export interface CrossEntropyConvention {
  readonly kind: 'cross-entropy';
  /**
   * Added inside both logarithms exactly as 004 does:
   * −mean(y·log(p+ε) + (1−y)·log((1−p)+ε)). 0 gives the plain loss.
   */
  readonly eps: number;
  readonly l2: L2Penalty;
  readonly record: RecordTiming;
  readonly startValue: number;
}

/** Either kind of convention. */
export type Convention = SquaredErrorConvention | CrossEntropyConvention;

const NO_L2: L2Penalty = Object.freeze({ lambda: 0, scale: 'per-sample', penalizeBias: false });

/**
 * The conventions of each source, so a figure can reproduce a source's
 * experiment exactly (see the convention table in the seeds' README).
 */
export const CONVENTIONS = Object.freeze({
  /**
   * Source 000 ("Interactive Linear Regression Visualization"): loss
   * (1/2m)Σ(ŷ−y)², gradient (1/m)Xᵀ(ŷ−y), L2 (λ/2m)Σw² without the bias
   * (set λ with `withL2`), start at zeros, cost listed after each update.
   */
  source000: Object.freeze<SquaredErrorConvention>({
    kind: 'squared-error',
    loss: 'half-mean',
    gradientFactor: 1,
    l2: Object.freeze({ lambda: 0, scale: 'per-sample', penalizeBias: false }),
    record: 'after',
    startValue: 0,
  }),
  /**
   * Source 002 ("Minimizing Loss with Gradient Descent"): loss mean(y−ŷ)²
   * but gradient (1/n)Σ(ŷ−y)x — half the true gradient; no L2; start at
   * zeros; loss listed before each update.
   */
  source002: Object.freeze<SquaredErrorConvention>({
    kind: 'squared-error',
    loss: 'mean',
    gradientFactor: 1,
    l2: NO_L2,
    record: 'before',
    startValue: 0,
  }),
  /**
   * Source 003 ("Linear Regression from Scratch"): loss mean(y−ŷ)², exact
   * gradient mean(−2x(y−ŷ)); no L2; start at zeros; loss listed before
   * each update.
   */
  source003: Object.freeze<SquaredErrorConvention>({
    kind: 'squared-error',
    loss: 'mean',
    gradientFactor: 2,
    l2: NO_L2,
    record: 'before',
    startValue: 0,
  }),
  /**
   * Source 004 (logistic regression animation): binary cross-entropy with
   * ε = 1e-15 inside the logs, gradient Xᵀ(σ−y)/n + λ·(w, b), L2 ½λ(w·w + b²)
   * not divided by n and penalising the bias (λ = 0 in all of 004's runs),
   * start at w = b = −1, loss listed after each update.
   */
  source004: Object.freeze<CrossEntropyConvention>({
    kind: 'cross-entropy',
    eps: 1e-15,
    l2: Object.freeze({ lambda: 0, scale: 'absolute', penalizeBias: true }),
    record: 'after',
    startValue: -1,
  }),
  /**
   * What the site teaches: loss = plain mean (1/n)Σ(ŷ−y)², its exact
   * gradient (factor 2), L2 (λ/2n)Σw² without the bias, start at zeros,
   * loss listed before each update.
   */
  textbook: Object.freeze<SquaredErrorConvention>({
    kind: 'squared-error',
    loss: 'mean',
    gradientFactor: 2,
    l2: Object.freeze({ lambda: 0, scale: 'per-sample', penalizeBias: false }),
    record: 'before',
    startValue: 0,
  }),
  /**
   * The site's logistic convention: 004's loss and gradient (ε = 1e-15),
   * L2 (λ/2n)Σw² without the bias, start at zeros, loss listed before each update.
   */
  textbookLogistic: Object.freeze<CrossEntropyConvention>({
    kind: 'cross-entropy',
    eps: 1e-15,
    l2: Object.freeze({ lambda: 0, scale: 'per-sample', penalizeBias: false }),
    record: 'before',
    startValue: 0,
  }),
});

/** A copy of `convention` with L2 strength `lambda` (scale and bias rule unchanged). */
export function withL2<C extends Convention>(convention: C, lambda: number): C {
  checkLambda(lambda);
  return { ...convention, l2: { ...convention.l2, lambda } };
}

function checkLambda(lambda: unknown): void {
  if (typeof lambda !== 'number' || !Number.isFinite(lambda) || lambda < 0) {
    throw new RangeError(`invalid lambda; expected a finite number ≥ 0, got ${String(lambda)}`);
  }
}

/** Throws a RangeError naming the first bad field of a convention. */
export function checkConvention(convention: Convention): void {
  if (convention == null || typeof convention !== 'object') {
    throw new TypeError(`invalid convention; expected an object such as CONVENTIONS.textbook, got ${String(convention)}`);
  }
  const { l2 } = convention;
  if (l2 == null) throw new TypeError('invalid convention.l2; expected { lambda, scale, penalizeBias }, got undefined');
  checkLambda(l2.lambda);
  if (l2.scale !== 'per-sample' && l2.scale !== 'absolute') {
    throw new RangeError(`invalid l2.scale; expected 'per-sample' or 'absolute', got ${String(l2.scale)}`);
  }
  if (convention.record !== 'before' && convention.record !== 'after') {
    throw new RangeError(`invalid record; expected 'before' or 'after', got ${String(convention.record)}`);
  }
  if (!Number.isFinite(convention.startValue)) {
    throw new RangeError(`invalid startValue; expected a finite number, got ${String(convention.startValue)}`);
  }
  if (convention.kind === 'squared-error') {
    if (convention.loss !== 'mean' && convention.loss !== 'half-mean') {
      throw new RangeError(`invalid loss; expected 'mean' or 'half-mean', got ${String(convention.loss)}`);
    }
    if (!Number.isFinite(convention.gradientFactor) || convention.gradientFactor <= 0) {
      throw new RangeError(`invalid gradientFactor; expected a finite number > 0, got ${String(convention.gradientFactor)}`);
    }
  } else if (convention.kind === 'cross-entropy') {
    if (!Number.isFinite(convention.eps) || convention.eps < 0) {
      throw new RangeError(`invalid eps; expected a finite number ≥ 0, got ${String(convention.eps)}`);
    }
  } else {
    throw new RangeError(`invalid kind; expected 'squared-error' or 'cross-entropy', got ${String((convention as { kind: unknown }).kind)}`);
  }
}

/** The source's starting point for d weights: every weight and b equal to `convention.startValue`. */
export function startingParams(convention: Convention, d = 1): { w: number[]; b: number } {
  return { w: new Array<number>(d).fill(convention.startValue), b: convention.startValue };
}

/**
 * The L2 penalty's value for θ = (w, b) over n points. Internal helper
 * shared by both models so they agree on the scale and the bias rule.
 */
export function l2Value(l2: L2Penalty, theta: ArrayLike<number>, d: number, n: number): number {
  if (l2.lambda === 0) return 0;
  let s = 0;
  const last = l2.penalizeBias ? d + 1 : d;
  for (let j = 0; j < last; j++) s += theta[j]! * theta[j]!;
  return l2.scale === 'per-sample' ? (l2.lambda / (2 * n)) * s : 0.5 * l2.lambda * s;
}

/** The coefficient c with ∂penalty/∂θⱼ = c·θⱼ for every penalised θⱼ: λ/n or λ. */
export function l2Coefficient(l2: L2Penalty, n: number): number {
  return l2.scale === 'per-sample' ? l2.lambda / n : l2.lambda;
}
