/** Numbers lesson 13's prose quotes: the race at the figure's defaults, and the classical tuning, from the engine. */
import { momentumTuning } from '../engine/momentum-theory';
import { momentumFigure, RACE_STEPS } from '../figures/momentum';
import { formatSignificant } from '../lib/format';
import { eigenComponents, raceBowl, raceRuns } from './momentum-race';

const kappa = momentumFigure.kappa.default;
export const bowl = raceBowl(kappa);
export const runs = raceRuns({ kappa, lr: momentumFigure.lr.default, beta: momentumFigure.beta.default, adaptiveLr: momentumFigure['adam-lr'].default });
const distance = (p: { w: number[]; b: number }) => Math.hypot(p.w[0]! - bowl.minimum.w[0]!, p.b - bowl.minimum.b);
export const final = Object.fromEntries(Object.entries(runs).map(([k, r]) => [k, distance(r.params.at(-1)!)])) as Record<keyof typeof runs, number>;
export const gdModes = eigenComponents(bowl, runs['gradient-descent']);
export const momModes = eigenComponents(bowl, runs.momentum);
export const tuning = momentumTuning(bowl.eigenvalues[0]!, bowl.eigenvalues[1]!);
/** Steps for the shallow error to shrink a thousandfold at each method's per-step factor. */
export const stepsFor = (factor: number) => Math.ceil(Math.log(1e-3) / Math.log(factor));

/** The same race with far more momentum: β = 0.99. */
export const HEAVY_BETA = 0.99;
export const heavy = raceRuns({ kappa, lr: momentumFigure.lr.default, beta: HEAVY_BETA, adaptiveLr: momentumFigure['adam-lr'].default });
export const heavyFinal = distance(heavy.momentum.params.at(-1)!);

export const lesson13 = {
  heavyBeta: String(HEAVY_BETA),
  heavyFinal: formatSignificant(heavyFinal, 2),
  kappa: String(kappa),
  steps: String(RACE_STEPS),
  lr: String(momentumFigure.lr.default),
  beta: String(momentumFigure.beta.default),
  limit: formatSignificant(bowl.stabilityLimit, 3),
  gdFinal: formatSignificant(final['gradient-descent'], 2),
  momFinal: formatSignificant(final.momentum, 2),
  nesterovFinal: formatSignificant(final.nesterov, 2),
  adamFinal: formatSignificant(final.adam, 2),
  gdShallowFactor: formatSignificant(1 - momentumFigure.lr.default * bowl.eigenvalues[0]!, 3),
  bestBeta: formatSignificant(tuning.beta, 3),
  bestRate: formatSignificant(tuning.learningRate, 3),
  momentumFactor: formatSignificant(tuning.momentumFactor, 3),
  descentFactor: formatSignificant(tuning.descentFactor, 3),
  stepsMomentum: String(stepsFor(tuning.momentumFactor)),
  stepsDescent: String(stepsFor(tuning.descentFactor)),
};
