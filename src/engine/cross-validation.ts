import { packVector } from './design';
import { fitPolynomial, predictPolynomial, type PolynomialFit, type PolynomialScale } from './polynomial';
import { complementOf, kFolds } from './splits';
import type { Vector } from './types';

/** Options of `crossValidate`. */
export interface CrossValidationOptions {
  /** Polynomial degree, an integer in [1, MAX_POLYNOMIAL_DEGREE]. */
  degree: number;
  /** Textbook L2 strength λ ≥ 0 (penalty (λ/2n)Σw² on the scaled weights); default 0. */
  lambda?: number;
  /** Number of folds, 2 ≤ k ≤ n; default 5. */
  k?: number;
  /** Seed of the fold shuffle (see `kFolds`). */
  seed: number;
  /**
   * `'auto'` (default): each fold's fit scales x by its own training points
   * (`polynomialScaleOf`), so nothing about the validation points leaks in;
   * `'none'`, or one explicit scale for every fold.
   */
  scale?: PolynomialScale | 'auto' | 'none';
}

/** One fold of a cross-validation. */
export interface CrossValidationFold {
  /** Indices held out, ascending. */
  validation: number[];
  /** Indices fitted on, ascending. */
  train: number[];
  fit: PolynomialFit;
  /** (1/m)Σ(ŷ − y)² over the training points — the textbook MSE, no penalty. */
  trainMse: number;
  /** The same over the held-out points. */
  validationMse: number;
}

/** The outcome of `crossValidate`. */
export interface CrossValidation {
  degree: number;
  lambda: number;
  k: number;
  seed: number;
  folds: CrossValidationFold[];
  /** Plain means over the k folds (each fold weighs the same, as scikit-learn's `cross_val_score(...).mean()`). */
  meanTrainMse: number;
  meanValidationMse: number;
}

function mse(fit: PolynomialFit, x: Float64Array, y: Float64Array, indices: readonly number[]): number {
  const yhat = predictPolynomial(fit, indices.map((i) => x[i]!));
  let s = 0;
  indices.forEach((i, r) => { s += (yhat[r]! - y[i]!) ** 2; });
  return s / indices.length;
}

function pick(v: Float64Array, indices: readonly number[]): number[] {
  return indices.map((i) => v[i]!);
}

/**
 * k-fold cross-validation of a polynomial fit (`fitPolynomial`) on 1-D
 * data: for each fold of `kFolds(n, k, seed)`, fit on the other points and
 * measure the textbook MSE on both sets. Same seed, same folds — so
 * candidates compared with one seed see identical splits. Throws
 * `SingularSystemError` (naming the fold) if a fold's fit is not determined.
 */
export function crossValidate(data: { x: Vector; y: Vector }, options: CrossValidationOptions): CrossValidation {
  if (data == null || typeof data !== 'object') throw new TypeError(`invalid data; expected { x, y }, got ${String(data)}`);
  if (options == null || typeof options !== 'object') throw new TypeError(`invalid options; expected { degree, lambda?, k?, seed }, got ${String(options)}`);
  const x = packVector(data.x, 'x');
  const y = packVector(data.y, 'y');
  if (y.length !== x.length) throw new RangeError(`invalid y; expected ${x.length} values to match x, got ${y.length}`);
  const k = options.k ?? 5;
  const folds = kFolds(x.length, k, options.seed);
  const results = folds.map((validation, f): CrossValidationFold => {
    const train = complementOf(x.length, validation);
    let fit: PolynomialFit;
    try {
      fit = fitPolynomial({ x: pick(x, train), y: pick(y, train) }, { degree: options.degree, lambda: options.lambda ?? 0, scale: options.scale ?? 'auto' });
    } catch (error) {
      if (error instanceof Error && error.name === 'SingularSystemError') error.message = `fold ${f}: ${error.message}`;
      throw error;
    }
    return { validation, train, fit, trainMse: mse(fit, x, y, train), validationMse: mse(fit, x, y, validation) };
  });
  const mean = (key: 'trainMse' | 'validationMse') => results.reduce((s, r) => s + r[key], 0) / results.length;
  return {
    degree: results[0]!.fit.degree,
    lambda: results[0]!.fit.lambda,
    k,
    seed: options.seed,
    folds: results,
    meanTrainMse: mean('trainMse'),
    meanValidationMse: mean('validationMse'),
  };
}

/** One candidate of a grid search, without the fitted folds. */
export interface GridSearchEntry {
  degree: number;
  lambda: number;
  meanTrainMse: number;
  meanValidationMse: number;
  /** Per fold, in `kFolds` order. */
  trainMse: number[];
  validationMse: number[];
}

/** The outcome of `gridSearch`. */
export interface GridSearch {
  /** Every (degree, λ) pair: degrees outer, λs inner, in the order given. */
  entries: GridSearchEntry[];
  /** The entry with the smallest mean validation MSE. */
  best: GridSearchEntry;
}

/**
 * Cross-validates every pair of `degrees` × `lambdas` with the same folds
 * (`crossValidate` with one seed) and returns them all with the best: the
 * smallest mean validation MSE; exact ties go to the smaller degree, then
 * the larger λ — the simpler model.
 */
export function gridSearch(data: { x: Vector; y: Vector }, options: { degrees: readonly number[]; lambdas?: readonly number[]; k?: number; seed: number; scale?: CrossValidationOptions['scale'] }): GridSearch {
  if (options == null || typeof options !== 'object') throw new TypeError(`invalid options; expected { degrees, lambdas?, k?, seed }, got ${String(options)}`);
  const { degrees } = options;
  const lambdas = options.lambdas ?? [0];
  if (!Array.isArray(degrees) || degrees.length === 0) throw new RangeError(`invalid degrees; expected a non-empty array of integers, got ${String(degrees)}`);
  if (!Array.isArray(lambdas) || lambdas.length === 0) throw new RangeError(`invalid lambdas; expected a non-empty array of numbers ≥ 0, got ${String(lambdas)}`);
  const entries: GridSearchEntry[] = [];
  for (const degree of degrees) {
    for (const lambda of lambdas) {
      const cv = crossValidate(data, { degree, lambda, k: options.k ?? 5, seed: options.seed, scale: options.scale ?? 'auto' });
      entries.push({
        degree,
        lambda,
        meanTrainMse: cv.meanTrainMse,
        meanValidationMse: cv.meanValidationMse,
        trainMse: cv.folds.map((f) => f.trainMse),
        validationMse: cv.folds.map((f) => f.validationMse),
      });
    }
  }
  let best = entries[0]!;
  for (const e of entries) {
    const better = e.meanValidationMse < best.meanValidationMse
      || (e.meanValidationMse === best.meanValidationMse && (e.degree < best.degree || (e.degree === best.degree && e.lambda > best.lambda)));
    if (better) best = e;
  }
  return { entries, best };
}
