/**
 * The numbers lesson 1's prose quotes, computed by the engine at build time from the figure's own
 * defaults, so the text can never disagree with the figure.
 */
import { CONVENTIONS } from '../engine/conventions';
import { leastSquares } from '../engine/closed-form';
import { linearData } from '../engine/datasets';
import { squaredErrorLoss } from '../engine/linear';
import { LINE_FIT_X_RANGE, lineFitFigure } from '../figures/line-fit';
import { formatFixed } from '../lib/format';

const d = {
  n: lineFitFigure.n.default,
  noise: lineFitFigure.noise.default,
  slope: lineFitFigure.slope.default,
  intercept: lineFitFigure.intercept.default,
  seed: lineFitFigure.seed.default,
};

function dataFor(n: number, noise = d.noise) {
  return linearData({ n, xMin: LINE_FIT_X_RANGE[0], xMax: LINE_FIT_X_RANGE[1], slope: d.slope, intercept: d.intercept, noise, seed: d.seed });
}

const data = dataFor(d.n);
const best = leastSquares(data);
const mse = (w: number, b: number) => squaredErrorLoss(data, { w: [w], b }, CONVENTIONS.textbook);
const big = leastSquares(dataFor(lineFitFigure.n.max));
const mean = (values: ArrayLike<number>) => Array.from(values).reduce((s, v) => s + v, 0) / values.length;

/** Everything is pre-formatted for prose: a true minus sign and a fixed number of decimals. */
export const lesson1 = {
  n: String(d.n),
  nMax: String(lineFitFigure.n.max),
  noise: formatFixed(d.noise, 1),
  noiseVariance: formatFixed(d.noise * d.noise, 2),
  slope: formatFixed(d.slope, 1),
  intercept: formatFixed(d.intercept, 1),
  seed: String(d.seed),
  xMin: formatFixed(LINE_FIT_X_RANGE[0], 0),
  xMax: formatFixed(LINE_FIT_X_RANGE[1], 0),
  zeroModelMse: formatFixed(mse(0, 0), 2),
  meanY: formatFixed(mean(data.y), 2),
  trueLineMse: formatFixed(mse(d.slope, d.intercept), 2),
  bestW: formatFixed(best.w[0]!, 3),
  bestB: formatFixed(best.b, 3),
  bestMse: formatFixed(mse(best.w[0]!, best.b), 2),
  bigBestW: formatFixed(big.w[0]!, 3),
  bigBestB: formatFixed(big.b, 3),
};
