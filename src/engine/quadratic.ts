import type { AnyObjective } from './any-objective';
import { checkParams, fromTheta, toTheta } from './design';
import { symmetricEigen } from './eigen';
import type { Params } from './types';
import { finiteNumber, nonNegativeNumber } from './validate';

/**
 * The quadratic f(θ) = ½θᵀAθ − bᵀθ + c over θ = (w₀ … w_{m−2}, b) — the
 * form of Goh's "Why Momentum Really Works". With a 2 × 2 A it lives on the
 * same (w, b) axes as the loss landscapes, so the "ravine" figures can share
 * their charts. Gradient Aθ − b, Hessian A.
 */
export interface QuadraticObjective extends AnyObjective {
  readonly kind: 'quadratic';
  /** A, symmetric positive definite, m × m (m = dimension + 1). */
  readonly A: readonly (readonly number[])[];
  /** b, m numbers. */
  readonly b: readonly number[];
  /** c, the constant term. */
  readonly c: number;
  /** θ* = A⁻¹b, the unique minimiser. */
  readonly minimum: Params;
  /** f(θ*) = c − ½bᵀθ*. */
  readonly minimumValue: number;
  /** A's eigenvalues, ascending. */
  readonly eigenvalues: readonly number[];
  /** eigenvectors[i] is the unit eigenvector of eigenvalues[i], in θ's coordinates (sign arbitrary). */
  readonly eigenvectors: readonly (readonly number[])[];
  /** κ = λmax / λmin. */
  readonly conditionNumber: number;
  /** 2/λmax: plain descent converges for learning rates in (0, 2/λmax) and diverges above. */
  readonly stabilityLimit: number;
}

/** Options of `quadraticObjective`. */
export interface QuadraticOptions {
  /** A symmetric positive definite matrix, as m rows of m finite numbers (m ≥ 1). */
  A: readonly (readonly number[])[];
  /** The linear term, m numbers; defaults to zeros (minimum at the origin). */
  b?: readonly number[];
  /** The constant term; default 0. */
  c?: number;
  /** Where runs start; default all zeros. */
  start?: Params;
}

/**
 * The quadratic objective f(θ) = ½θᵀAθ − bᵀθ + c with its minimum,
 * eigenvalues and eigenvectors (see `QuadraticObjective`). Throws unless A
 * is square, symmetric (to 1e-12 relative) and positive definite.
 */
export function quadraticObjective(options: QuadraticOptions): QuadraticObjective {
  if (options == null || typeof options !== 'object' || !Array.isArray(options.A)) {
    throw new TypeError(`invalid options; expected { A: number[][], b?, c?, start? }, got ${String(options)}`);
  }
  const rows = options.A;
  const m = rows.length;
  if (m < 1) throw new RangeError('invalid A; expected at least one row, got 0');
  const A = new Float64Array(m * m);
  let scale = 0;
  for (let i = 0; i < m; i++) {
    const row = rows[i];
    if (row == null || row.length !== m) throw new RangeError(`invalid A[${i}]; expected a row of ${m} numbers, got ${String(row)}`);
    for (let j = 0; j < m; j++) {
      A[i * m + j] = finiteNumber(row[j], `A[${i}][${j}]`);
      scale = Math.max(scale, Math.abs(A[i * m + j]!));
    }
  }
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < i; j++) {
      if (Math.abs(A[i * m + j]! - A[j * m + i]!) > 1e-12 * scale) {
        throw new RangeError(`invalid A; expected a symmetric matrix, got A[${i}][${j}] = ${A[i * m + j]} but A[${j}][${i}] = ${A[j * m + i]}`);
      }
    }
  }
  const bRaw = options.b ?? new Array<number>(m).fill(0);
  if (bRaw.length !== m) throw new RangeError(`invalid b; expected ${m} numbers to match A, got ${bRaw.length}`);
  const b = Float64Array.from(bRaw, (v, i) => finiteNumber(v, `b[${i}]`));
  const c = finiteNumber(options.c ?? 0, 'c');
  const { values, vectors } = symmetricEigen(A, m);
  const lambdaMin = values[0]!;
  const lambdaMax = values[m - 1]!;
  if (!(lambdaMin > 1e-14 * lambdaMax)) {
    throw new RangeError(`invalid A; expected a positive definite matrix, got smallest eigenvalue ${lambdaMin}`);
  }
  // θ* = V diag(1/λ) Vᵀ b, from the eigen-decomposition already at hand.
  const star = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let proj = 0;
    for (let k = 0; k < m; k++) proj += vectors[i]![k]! * b[k]!;
    for (let k = 0; k < m; k++) star[k]! += (proj / values[i]!) * vectors[i]![k]!;
  }
  let bDotStar = 0;
  for (let k = 0; k < m; k++) bDotStar += b[k]! * star[k]!;
  const start = options.start ?? fromTheta(new Float64Array(m));
  checkParams(start, m - 1, 'start');
  const evaluate = (theta: Float64Array, out: Float64Array): number => {
    let quad = 0;
    let lin = 0;
    for (let i = 0; i < m; i++) {
      let s = 0;
      for (let j = 0; j < m; j++) s += A[i * m + j]! * theta[j]!;
      out[i] = s - b[i]!;
      quad += theta[i]! * s;
      lin += b[i]! * theta[i]!;
    }
    return 0.5 * quad - lin + c;
  };
  const checked = (params: Params): Float64Array => {
    checkParams(params, m - 1);
    return toTheta(params);
  };
  return {
    kind: 'quadratic',
    dimension: m - 1,
    start: { w: [...start.w], b: start.b },
    record: 'before',
    A: Array.from({ length: m }, (_, i) => Array.from(A.subarray(i * m, i * m + m))),
    b: Array.from(b),
    c,
    minimum: fromTheta(star),
    minimumValue: c - 0.5 * bDotStar,
    eigenvalues: values,
    eigenvectors: vectors,
    conditionNumber: lambdaMax / lambdaMin,
    stabilityLimit: 2 / lambdaMax,
    loss: (params) => evaluate(checked(params), new Float64Array(m)),
    gradient(params) {
      const out = new Float64Array(m);
      evaluate(checked(params), out);
      return fromTheta(out);
    },
    evaluate,
  };
}

/** Options of `stretchedBowl`. */
export interface StretchedBowlOptions {
  /** κ = λmax/λmin ≥ 1: 1 is a round bowl, 100 a long narrow ravine. */
  conditionNumber: number;
  /** Angle in radians of the steep axis (eigenvalue λmax) from the w axis; default 0. */
  angle?: number;
  /** λmin > 0, the curvature along the shallow axis; default 1. */
  lambdaMin?: number;
  /** Where the minimum lies; default (w, b) = (0, 0). */
  center?: { w: number; b: number };
  /** Where runs start; default (w, b) = (0, 0). */
  start?: { w: number; b: number };
}

/**
 * A 2-D quadratic bowl over (w, b) with a chosen condition number and
 * orientation, minimum value 0 at `center`:
 * f(θ) = ½(θ − θ*)ᵀA(θ − θ*) with A = R diag(κ·λmin, λmin) Rᵀ, R the rotation
 * by `angle`. Stored in `quadraticObjective`'s form (b = Aθ*, c = ½θ*ᵀAθ*),
 * with eigenvalues exactly [λmin, κ·λmin], eigenvectors [(−sin, cos), (cos, sin)] of
 * `angle`, minimum exactly `center` and minimumValue 0.
 */
export function stretchedBowl(options: StretchedBowlOptions): QuadraticObjective {
  if (options == null || typeof options !== 'object') {
    throw new TypeError(`invalid options; expected { conditionNumber, angle?, lambdaMin?, center?, start? }, got ${String(options)}`);
  }
  const kappa = finiteNumber(options.conditionNumber, 'conditionNumber');
  if (kappa < 1) throw new RangeError(`invalid conditionNumber; expected a finite number ≥ 1, got ${kappa}`);
  const angle = finiteNumber(options.angle ?? 0, 'angle');
  const lambdaMin = nonNegativeNumber(options.lambdaMin ?? 1, 'lambdaMin');
  if (lambdaMin === 0) throw new RangeError('invalid lambdaMin; expected a finite number > 0, got 0');
  const center = options.center ?? { w: 0, b: 0 };
  const cw = finiteNumber(center.w, 'center.w');
  const cb = finiteNumber(center.b, 'center.b');
  const start = options.start ?? { w: 0, b: 0 };
  const lambdaMax = kappa * lambdaMin;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const a11 = lambdaMax * cos * cos + lambdaMin * sin * sin;
  const a12 = (lambdaMax - lambdaMin) * cos * sin;
  const a22 = lambdaMax * sin * sin + lambdaMin * cos * cos;
  const b = [a11 * cw + a12 * cb, a12 * cw + a22 * cb];
  const bowl = quadraticObjective({
    A: [[a11, a12], [a12, a22]],
    b,
    c: 0.5 * (cw * b[0]! + cb * b[1]!),
    start: { w: [finiteNumber(start.w, 'start.w')], b: finiteNumber(start.b, 'start.b') },
  });
  // The construction knows the exact answers; Jacobi's would differ by rounding (and pick any axes when κ = 1).
  return {
    ...bowl,
    minimum: { w: [cw], b: cb },
    minimumValue: 0,
    eigenvalues: [lambdaMin, lambdaMax],
    eigenvectors: [[-sin, cos], [cos, sin]],
    conditionNumber: kappa,
    stabilityLimit: 2 / lambdaMax,
  };
}
