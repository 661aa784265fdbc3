/**
 * Lesson 14's figure: a noisy sine on [−1, 1] fitted by polynomials of growing degree, with an L2
 * strength, and k-fold cross-validation choosing the degree and λ. (Beyond the source, whose "next
 * steps" name polynomial regression and cross-validation.)
 */
import { curveData } from '../engine/curve-data';
import { type XY } from '../engine/datasets';
import { defineFigure } from '../state/figure-spec';

export const POLY_N = 30;
export const POLY_NOISE = 0.25;
export const MAX_DEGREE_SHOWN = 15;
/** λ values the grid search tries (0 means no penalty). */
export const SEARCH_LAMBDAS = [0, 1e-4, 1e-3, 1e-2, 0.1, 1] as const;

export const polynomialFigure = defineFigure({
  degree: { kind: 'integer', label: 'Degree', min: 1, max: MAX_DEGREE_SHOWN, default: 3 },
  'log-lambda': { kind: 'number', label: 'L2 strength, log₁₀ λ (leftmost: none)', min: -6, max: 1, step: 0.1, default: -6 },
  k: { kind: 'integer', label: 'Folds k', min: 2, max: 10, default: 5 },
  fold: { kind: 'integer', label: 'Fold shown', min: 1, max: 10, default: 1 },
  seed: { kind: 'integer', label: 'Data seed', min: 0, max: 999_999, default: 3 },
});

export function polynomialData(seed: number): XY {
  return curveData({ n: POLY_N, noise: POLY_NOISE, seed, fn: 'sine' });
}

/** The slider's leftmost position means no penalty at all. */
export function lambdaOf(logLambda: number): number {
  return logLambda <= -6 ? 0 : 10 ** logLambda;
}
