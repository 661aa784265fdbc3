/** Numbers lesson 14's prose quotes, from the engine at build time. */
import { crossValidate, gridSearch } from '../engine/cross-validation';
import { MAX_DEGREE_SHOWN, POLY_N, POLY_NOISE, polynomialData, polynomialFigure, SEARCH_LAMBDAS } from '../figures/polynomial';
import { formatSignificant } from '../lib/format';

const seed = polynomialFigure.seed.default;
const k = polynomialFigure.k.default;
const data = polynomialData(seed);
const TINY = 1e-10;
export const byDegree = Array.from({ length: MAX_DEGREE_SHOWN }, (_, i) => crossValidate(data, { degree: i + 1, lambda: TINY, k, seed }));
export const bestDegree = byDegree.reduce((b, c) => (c.meanValidationMse < b.meanValidationMse ? c : b)).degree;
export const HIGH = MAX_DEGREE_SHOWN;
export const TAMING_LAMBDA = 1e-2;
export const highTamed = crossValidate(data, { degree: HIGH, lambda: TAMING_LAMBDA, k, seed });
export const search = gridSearch(data, { degrees: Array.from({ length: 12 }, (_, i) => i + 1), lambdas: SEARCH_LAMBDAS.map((l) => (l === 0 ? TINY : l)), k, seed });

const at = (d: number) => byDegree[d - 1]!;
export const lesson14 = {
  n: String(POLY_N),
  noise: String(POLY_NOISE),
  k: String(k),
  foldSize: String(POLY_N / k),
  bestDegree: String(bestDegree),
  oneTrain: formatSignificant(at(1).meanTrainMse, 2),
  oneVal: formatSignificant(at(1).meanValidationMse, 2),
  bestTrain: formatSignificant(at(bestDegree).meanTrainMse, 2),
  bestVal: formatSignificant(at(bestDegree).meanValidationMse, 2),
  high: String(HIGH),
  highTrain: formatSignificant(at(HIGH).meanTrainMse, 2),
  highVal: formatSignificant(at(HIGH).meanValidationMse, 2),
  tamingLambda: String(TAMING_LAMBDA),
  highTamedVal: formatSignificant(highTamed.meanValidationMse, 2),
  noiseVar: formatSignificant(POLY_NOISE ** 2, 2),
  searchDegree: String(search.best.degree),
  searchLambda: search.best.lambda <= TINY ? '0' : formatSignificant(search.best.lambda, 1),
};
