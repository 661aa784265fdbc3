import { closedFormFor } from './closed-form';
import { CONVENTIONS, withL2 } from './conventions';
import { packVector } from './design';
import type { Params, Vector } from './types';
import { finiteNumber, nonNegativeNumber } from './validate';

/** The highest polynomial degree accepted; beyond it even scaled monomials leave the normal equations ill-posed. */
export const MAX_POLYNOMIAL_DEGREE = 20;

/**
 * How x is mapped before taking powers: u = (x − center) / halfWidth. The
 * powers of a u in [−1, 1] stay in [−1, 1], so the columns of [u, …, u^d]
 * are comparable; with raw x on [−3, 3] the x¹⁵ column reaches 1.4·10⁷ and
 * the normal equations' condition number at degree 15 grows from about 10¹¹
 * to 10¹⁷ — past what a double can solve. (Per-column z-scores do no
 * better than the [−1, 1] map, and a plain z-score of x does worse, ~10¹⁴.)
 */
export interface PolynomialScale {
  center: number;
  halfWidth: number;
}

/** No scaling: u = x. */
export const UNSCALED: Readonly<PolynomialScale> = Object.freeze({ center: 0, halfWidth: 1 });

/**
 * The scale that maps these x onto [−1, 1]: center = (min + max)/2,
 * halfWidth = (max − min)/2. Compute it on training data only and reuse it
 * for validation points (which may then fall slightly outside [−1, 1]).
 * Throws when every x is equal.
 */
export function polynomialScaleOf(x: Vector): PolynomialScale {
  const X = packVector(x, 'x');
  if (X.length === 0) throw new RangeError('invalid x; expected at least one value, got 0');
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of X) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (!(hi > lo)) throw new RangeError(`invalid x; expected at least two different values to scale, got every x = ${lo}`);
  return { center: (lo + hi) / 2, halfWidth: (hi - lo) / 2 };
}

function checkDegree(degree: unknown): number {
  if (typeof degree !== 'number' || !Number.isInteger(degree) || degree < 1 || degree > MAX_POLYNOMIAL_DEGREE) {
    throw new RangeError(`invalid degree; expected an integer in [1, ${MAX_POLYNOMIAL_DEGREE}], got ${String(degree)}`);
  }
  return degree;
}

function checkScale(scale: PolynomialScale): PolynomialScale {
  if (scale == null || typeof scale !== 'object') throw new TypeError(`invalid scale; expected { center, halfWidth }, got ${String(scale)}`);
  const center = finiteNumber(scale.center, 'scale.center');
  const halfWidth = finiteNumber(scale.halfWidth, 'scale.halfWidth');
  if (!(halfWidth > 0)) throw new RangeError(`invalid scale.halfWidth; expected a finite number > 0, got ${halfWidth}`);
  return { center, halfWidth };
}

/**
 * Polynomial features: one row [u, u², …, u^degree] per x, with
 * u = (x − center)/halfWidth (default: u = x). No column of ones — the
 * linear model's intercept b is the constant term. degree is an integer in
 * [1, MAX_POLYNOMIAL_DEGREE]. A fit on these rows is a polynomial in x of
 * the same degree whatever the scale; the scale changes only the
 * conditioning and what an L2 penalty on the weights means.
 */
export function polynomialFeatures(x: Vector, degree: number, options: { scale?: PolynomialScale } = {}): number[][] {
  checkDegree(degree);
  const X = packVector(x, 'x');
  const { center, halfWidth } = checkScale(options.scale ?? UNSCALED);
  return Array.from(X, (v) => {
    const u = (v - center) / halfWidth;
    const row = new Array<number>(degree);
    let p = 1;
    for (let j = 0; j < degree; j++) {
      p *= u;
      row[j] = p;
    }
    return row;
  });
}

/** A fitted polynomial: ŷ = b + Σⱼ wⱼ·uʲ⁺¹ with u = (x − scale.center)/scale.halfWidth. */
export interface PolynomialFit {
  degree: number;
  lambda: number;
  scale: PolynomialScale;
  /** w[j] multiplies u^(j+1); b is the constant term. */
  params: Params;
}

/** Options of `fitPolynomial`. */
export interface PolynomialFitOptions {
  /** An integer in [1, MAX_POLYNOMIAL_DEGREE]. */
  degree: number;
  /** The textbook L2 strength λ ≥ 0 (default 0): the penalty is (λ/2n)Σw² on the scaled weights, b free. */
  lambda?: number;
  /** `'auto'` (default): `polynomialScaleOf(data.x)`; `'none'`: u = x; or an explicit scale. */
  scale?: PolynomialScale | 'auto' | 'none';
}

/**
 * The polynomial of the given degree that minimises the textbook loss
 * (1/n)Σ(ŷ − y)² + (λ/2n)Σw² on 1-D `data`, intercept unpenalised —
 * `closedFormFor(polynomial rows, withL2(CONVENTIONS.textbook, λ))`, i.e.
 * ridge with α = λ/2 on the sum of squares. Throws `SingularSystemError`
 * when λ = 0 and the fit is not determined (fewer distinct x than degree + 1,
 * or too ill-conditioned to solve; a small λ > 0 cures both).
 */
export function fitPolynomial(data: { x: Vector; y: Vector }, options: PolynomialFitOptions): PolynomialFit {
  if (data == null || typeof data !== 'object') throw new TypeError(`invalid data; expected { x, y }, got ${String(data)}`);
  if (options == null || typeof options !== 'object') throw new TypeError(`invalid options; expected { degree, lambda?, scale? }, got ${String(options)}`);
  const degree = checkDegree(options.degree);
  const lambda = nonNegativeNumber(options.lambda ?? 0, 'lambda');
  const given = options.scale ?? 'auto';
  const scale = given === 'auto' ? polynomialScaleOf(data.x) : given === 'none' ? { ...UNSCALED } : checkScale(given);
  const X = polynomialFeatures(data.x, degree, { scale });
  const params = closedFormFor({ X, y: data.y }, withL2(CONVENTIONS.textbook, lambda));
  return { degree, lambda, scale, params };
}

/** The fitted polynomial's predictions ŷ at each x, as a new Float64Array. */
export function predictPolynomial(fit: PolynomialFit, x: Vector): Float64Array {
  if (fit == null || typeof fit !== 'object' || fit.params == null) throw new TypeError(`invalid fit; expected the result of fitPolynomial, got ${String(fit)}`);
  const { center, halfWidth } = checkScale(fit.scale);
  const X = packVector(x, 'x');
  const w = fit.params.w;
  const out = new Float64Array(X.length);
  for (let i = 0; i < X.length; i++) {
    const u = (X[i]! - center) / halfWidth;
    // Horner's rule: b + u(w₀ + u(w₁ + …)).
    let s = 0;
    for (let j = w.length - 1; j >= 0; j--) s = (s + w[j]!) * u;
    out[i] = s + fit.params.b;
  }
  return out;
}
