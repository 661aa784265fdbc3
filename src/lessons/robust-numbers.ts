/** Numbers lesson 15's prose quotes, from the engine at build time. */
import { ROBUST_FIT, robustFigure } from '../figures/robust';
import { formatFixed, formatSignificant } from '../lib/format';
import { CLEAN_FIT, MSE_FIT, ROBUST_DATA, robustFit } from './robust-fit';

export const maeFit = robustFit({ kind: 'absolute-error' });
export const huberFit = robustFit({ kind: 'huber', delta: robustFigure.delta.default });
/** A δ larger than every residual: Huber is then half the squared error and fits the same line. */
export const HUGE_DELTA = 20;
export const hugeHuber = robustFit({ kind: 'huber', delta: HUGE_DELTA });

export const lesson15 = {
  n: String(ROBUST_DATA.clean.x.length),
  outliers: String(ROBUST_DATA.data.x.length - ROBUST_DATA.clean.x.length),
  mseW: formatFixed(MSE_FIT.w[0]!, 3),
  maeW: formatFixed(maeFit.w[0]!, 3),
  huberW: formatFixed(huberFit.w[0]!, 3),
  cleanW: formatFixed(CLEAN_FIT.w[0]!, 3),
  delta: String(robustFigure.delta.default),
  hugeDelta: String(HUGE_DELTA),
  hugeHuberW: formatFixed(hugeHuber.w[0]!, 3),
  epochs: String(ROBUST_FIT.epochs),
  mseGap: formatSignificant(Math.abs(MSE_FIT.w[0]! - CLEAN_FIT.w[0]!), 2),
  huberGap: formatSignificant(Math.abs(huberFit.w[0]! - CLEAN_FIT.w[0]!), 2),
};
