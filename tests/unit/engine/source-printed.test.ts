import { describe, expect, test } from 'vitest';
import {
  CONVENTIONS,
  crossEntropyObjective,
  gradientDescent,
  linearData,
  SOURCE_000_DATA,
  sourceLogisticOneMode,
  sourceLogisticTwoMode,
  squaredErrorObjective,
} from '../../../src/engine/index';

// Numbers exactly as the notebooks printed them: [w, b, loss] per iteration.
type Printed = readonly (readonly [number, number, number])[];
const PRINTED_004: Record<'oneModeLr05' | 'oneModeLr15' | 'twoModeLr1', Printed> = {
  oneModeLr05: [
    [-0.55178498, -0.91364436, 1.1628], [-0.16478594, -0.81641667, 0.8714], [0.1485189, -0.719854, 0.6801],
    [0.38793539, -0.63542287, 0.5666], [0.56853115, -0.56592831, 0.5001], [0.70871398, -0.50874911, 0.4587],
    [0.82165737, -0.46081005, 0.4311], [0.915578, -0.41983206, 0.4117], [0.99562034, -0.38423734, 0.3973],
    [1.06513626, -0.35292041, 0.3864], [1.12640724, -0.32508377, 0.3778], [1.18104861, -0.30013449, 0.371],
    [1.23024331, -0.2776196, 0.3654], [1.27488277, -0.25718487, 0.3608], [1.31565518, -0.23854764, 0.3569],
    [1.35310301, -0.22147849, 0.3537], [1.38766146, -0.20578848, 0.3509],
  ],
  oneModeLr15: [
    [12.44645071, 1.59066931, 1.001], [11.32183566, 1.40742464, 0.9148], [10.20313485, 1.24005495, 0.8298],
    [9.09313014, 1.08719153, 0.7467], [7.99601019, 0.94639169, 0.6658], [6.91830728, 0.81387726, 0.5882],
    [5.87054266, 0.68448487, 0.5154], [4.87007146, 0.55242591, 0.4498], [3.94582688, 0.41410261, 0.395],
    [3.14531653, 0.27433727, 0.3557], [2.53906413, 0.15341158, 0.3352], [2.19433897, 0.07977071, 0.3295],
    [2.08217823, 0.05574279, 0.329], [2.06581388, 0.05209579, 0.329], [2.06441739, 0.05184466, 0.329],
    [2.06431883, 0.05179369, 0.329], [2.06430753, 0.05180794, 0.329],
  ],
  twoModeLr1: [
    [1.12537604, -0.53050328, 0.2226], [1.29145316, -0.47712333, 0.1949], [1.43081901, -0.4377318, 0.1754],
    [1.55248219, -0.40806117, 0.1606], [1.66106324, -0.38555442, 0.149], [1.75941251, -0.3685026, 0.1395],
    [1.84947354, -0.3556981, 0.1315], [1.93265465, -0.34625709, 0.1248], [2.01001872, -0.33951608, 0.1189],
    [2.08239196, -0.3349669, 0.1138], [2.15043143, -0.3322139, 0.1093], [2.21466925, -0.33094461, 0.1053],
    [2.27554307, -0.33090929, 0.1017], [2.33341747, -0.33190614, 0.0984], [2.38859962, -0.33377058, 0.0955],
    [2.44135089, -0.33636721, 0.0927], [2.4918956, -0.33958381, 0.0902],
  ],
};

// Printed to d decimals means the true value is within half a unit of the last digit.
const within = (value: number, printed: number, decimals: number) =>
  expect(Math.abs(value - printed)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-12);

describe('the engine reproduces what the source notebooks printed', () => {
  test('000 with learning rate 0.1 for 100 iterations ends at w 2.4847, b 0.9970, cost 0.0161', () => {
    const history = gradientDescent(squaredErrorObjective(linearData(SOURCE_000_DATA), CONVENTIONS.source000), { learningRate: 0.1, steps: 100 });
    const last = history.params[100]!;
    within(last.w[0]!, 2.4847, 4);
    within(last.b, 0.997, 4);
    within(history.recorded.at(-1)!, 0.0161, 4);
  });

  const cases = [
    ['004 one-mode, learning rate 0.5', sourceLogisticOneMode, 0.5, PRINTED_004.oneModeLr05],
    ['004 one-mode, learning rate 15 (still converges)', sourceLogisticOneMode, 15, PRINTED_004.oneModeLr15],
    ['004 two-mode, learning rate 1', sourceLogisticTwoMode, 1, PRINTED_004.twoModeLr1],
  ] as const;
  for (const [name, data, learningRate, printed] of cases) {
    test(`${name}: iterations 0–16 match the printed weights (8 decimals) and losses (4 decimals)`, () => {
      const history = gradientDescent(crossEntropyObjective(data(), CONVENTIONS.source004), { learningRate, steps: printed.length });
      printed.forEach(([w, b, loss], i) => {
        // 004's "Iter i" shows the weights after update i + 1 and the loss there.
        const p = history.params[i + 1]!;
        within(p.w[0]!, w, 8);
        within(p.b, b, 8);
        within(history.recorded[i]!, loss, 4);
      });
    });
  }
});
