/**
 * Lesson 14's error-by-degree curves: k-fold cross-validation of every degree shown at one λ, on
 * the data of one seed. Fifteen degrees × k ridge fits per change of λ, so made in a Web Worker
 * while λ is dragged (polynomial-curves.worker.ts).
 */
import { crossValidate, type CrossValidation } from '../engine/cross-validation';
import { MAX_DEGREE_SHOWN, polynomialData } from '../figures/polynomial';

export const POLYNOMIAL_DEGREES = Array.from({ length: MAX_DEGREE_SHOWN }, (_, i) => i + 1);

export interface PolynomialCurvesInput {
  seed: number;
  k: number;
  /** The λ solved with (a tiny ridge stands in for 0, see the island). */
  lambda: number;
}

export const polynomialCurvesKey = ({ seed, k, lambda }: PolynomialCurvesInput): string => `${seed} ${k} ${lambda}`;

export function polynomialCurves({ seed, k, lambda }: PolynomialCurvesInput): CrossValidation[] {
  const data = polynomialData(seed);
  return POLYNOMIAL_DEGREES.map((degree) => crossValidate(data, { degree, lambda, k, seed }));
}
