/** Numbers lesson 6's prose quotes, from the engine at build time. */
import { CONVENTIONS } from '../engine/conventions';
import { gradientDescent } from '../engine/descent';
import { leastSquares } from '../engine/closed-form';
import { squaredErrorLoss } from '../engine/linear';
import { squaredErrorObjective } from '../engine/objective';
import { stabilityLimit } from '../engine/hessian';
import { bowlShape, standardizeX } from '../engine/standardize';
import { runVerdict } from '../engine/verdict';
import { CONDITIONING_DATA, conditioningData, RATE_STEPS, ratesData, SOURCE_RATES } from '../figures/rates';
import { formatFixed, formatSignificant } from '../lib/format';

const mse = CONVENTIONS.textbook;
const data = ratesData();
const optimum = squaredErrorLoss(data, leastSquares(data), mse);
export const limit = stabilityLimit(data, mse);
/** Source 000's own convention (half the loss, gradient without the 2) doubles every limit. */
export const sourceLimit = stabilityLimit(data, CONVENTIONS.source000);
export const runs = SOURCE_RATES.map((learningRate) => {
  const run = gradientDescent(squaredErrorObjective(data, mse), { learningRate, steps: RATE_STEPS });
  return { learningRate, run, ...runVerdict(run, { optimumLoss: optimum }) };
});

const raw = conditioningData();
const scaled = standardizeX(raw).data;
export const rawShape = bowlShape(raw, mse);
export const scaledShape = bowlShape(scaled, mse);

function stepsToArrive(d: typeof raw, learningRate: number): number | null {
  const run = gradientDescent(squaredErrorObjective(d, mse), { learningRate, steps: 20_000 });
  const best = leastSquares(d);
  const distance = (p: { w: number[]; b: number }) => Math.hypot(p.w[0]! - best.w[0]!, p.b - best.b);
  const d0 = distance(run.params[0]!);
  const k = run.params.findIndex((p) => distance(p) <= 1e-3 * d0);
  return k >= 0 ? k : null;
}
export const rawArrival = stepsToArrive(raw, rawShape.bestRate);
export const scaledArrival = stepsToArrive(scaled, scaledShape.bestRate);
/** Near the raw bowl's limit the first steps zigzag across the valley. */
export const ZIGZAG_SHARE = 0.9;
export const ZIGZAG_STEPS = 30;
export const rawZigzag = runVerdict(gradientDescent(squaredErrorObjective(raw, mse), { learningRate: ZIGZAG_SHARE * rawShape.stabilityLimit, steps: ZIGZAG_STEPS }), {
  optimumLoss: squaredErrorLoss(raw, leastSquares(raw), mse),
  optimum: leastSquares(raw),
});

const find = (rate: number) => runs.find((r) => r.learningRate === rate)!;
export const lesson6 = {
  steps: String(RATE_STEPS),
  rates: SOURCE_RATES.join(', '),
  limit: formatSignificant(limit, 3),
  sourceLimit: formatSignificant(sourceLimit, 3),
  v0001: find(0.001).verdict,
  v001: find(0.01).verdict,
  v01: find(0.1).verdict,
  v05: find(0.5).verdict,
  blowup05: String(find(0.5).run.divergedAt),
  remaining001: formatSignificant(100 * find(0.01).remaining, 2),
  remaining0001: formatSignificant(100 * find(0.001).remaining, 2),
  rawKappa: formatSignificant(rawShape.condition, 3),
  scaledKappa: formatSignificant(scaledShape.condition, 3),
  rawLimit: formatSignificant(rawShape.stabilityLimit, 3),
  rawBestRate: formatSignificant(rawShape.bestRate, 3),
  scaledBestRate: formatSignificant(scaledShape.bestRate, 3),
  rawFactor: formatFixed(rawShape.bestFactor, 3),
  rawArrival: String(rawArrival),
  scaledArrival: String(scaledArrival),
  zigzagShare: String(Math.round(100 * rawZigzag.reversalShare)),
  zigzagSteps: String(ZIGZAG_STEPS),
  zigzagRate: formatSignificant(ZIGZAG_SHARE * rawShape.stabilityLimit, 2),
  xMin: String(CONDITIONING_DATA.xMin),
  xMax: String(CONDITIONING_DATA.xMax),
};
