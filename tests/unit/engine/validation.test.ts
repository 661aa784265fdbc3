import { describe, expect, test } from 'vitest';
import {
  CONVENTIONS,
  createNumpyRandom,
  crossEntropyLoss,
  gaussianClasses,
  gradientDescent,
  linearData,
  ridge,
  rSquared,
  SOURCE_000_DATA,
  squaredErrorGrid,
  squaredErrorLoss,
  squaredErrorObjective,
  squaredErrorStats,
  withL2,
} from '../../../src/engine/index';

const objective = squaredErrorObjective({ x: [0, 1, 2], y: [1, 2, 3] }, CONVENTIONS.textbook);
const window = { wMin: 0, wMax: 1, bMin: 0, bMax: 1, width: 3, height: 3 };

describe('bad input throws an error that names the bad value', () => {
  const cases: [string, () => unknown, RegExp][] = [
    ['n = −3', () => linearData({ ...SOURCE_000_DATA, n: -3 }), /invalid n; expected a positive integer, got -3/],
    ['n = 2.5', () => linearData({ ...SOURCE_000_DATA, n: 2.5 }), /invalid n; .*got 2\.5/],
    ['xMin ≥ xMax', () => linearData({ ...SOURCE_000_DATA, xMin: 3, xMax: 3 }), /invalid xMax; expected a number greater than xMin \(3\), got 3/],
    ['noise < 0', () => linearData({ ...SOURCE_000_DATA, noise: -1 }), /invalid noise; .*got -1/],
    ['slope NaN', () => linearData({ ...SOURCE_000_DATA, slope: NaN }), /invalid slope; expected a finite number, got NaN/],
    ['seed 1.5', () => linearData({ ...SOURCE_000_DATA, seed: 1.5 }), /invalid seed; .*got 1\.5/],
    ['seed 2³²', () => createNumpyRandom(2 ** 32), /invalid seed; .*got 4294967296/],
    ['seed −1', () => createNumpyRandom(-1), /invalid seed; .*got -1/],
    ['normal scale −1', () => createNumpyRandom(0).normal(0, -1, 3), /invalid scale; .*got -1/],
    ['uniform size −2', () => createNumpyRandom(0).uniform(0, 1, -2), /invalid size; .*got -2/],
    ['class sd −0.5', () => gaussianClasses({ seed: 0, positive: [{ mean: 0, sd: -0.5, n: 3 }], negative: [] }), /invalid positive\[0\]\.sd; .*got -0\.5/],
    ['class n 0', () => gaussianClasses({ seed: 0, positive: [], negative: [{ mean: 0, sd: 1, n: 0 }] }), /invalid negative\[0\]\.n; .*got 0/],
    ['learning rate NaN', () => gradientDescent(objective, { learningRate: NaN, steps: 3 }), /invalid learningRate; .*got NaN/],
    ['learning rate −0.1', () => gradientDescent(objective, { learningRate: -0.1, steps: 3 }), /invalid learningRate; .*got -0\.1/],
    ['learning rate Infinity', () => gradientDescent(objective, { learningRate: Infinity, steps: 3 }), /invalid learningRate; .*got Infinity/],
    ['steps 2.5', () => gradientDescent(objective, { learningRate: 0.1, steps: 2.5 }), /invalid steps; expected a non-negative integer, got 2\.5/],
    ['start with two weights', () => gradientDescent(objective, { learningRate: 0.1, steps: 3, start: { w: [0, 0], b: 0 } }), /invalid start\.w; expected 1 weight, got 2/],
    ['explodeFactor 1', () => gradientDescent(objective, { learningRate: 0.1, steps: 3, explodeFactor: 1 }), /invalid explodeFactor; .*got 1/],
    ['y shorter than x', () => squaredErrorLoss({ x: [1, 2, 3], y: [1, 2] }, { w: [1], b: 0 }, CONVENTIONS.textbook), /invalid y; expected 3 values to match x, got 2/],
    ['x with NaN', () => squaredErrorLoss({ x: [1, NaN], y: [1, 2] }, { w: [1], b: 0 }, CONVENTIONS.textbook), /invalid x\[1\]; expected a finite number, got NaN/],
    ['ragged rows', () => squaredErrorLoss({ X: [[1, 2], [3]], y: [1, 2] }, { w: [1, 1], b: 0 }, CONVENTIONS.textbook), /invalid X\[1\]; expected a row of 2 numbers, got \[3\]/],
    ['params of the wrong size', () => squaredErrorLoss({ x: [1], y: [1] }, { w: [1, 2], b: 0 }, CONVENTIONS.textbook), /invalid params\.w; expected 1 weight, got 2/],
    ['label 2', () => crossEntropyLoss({ x: [1, 2], y: [0, 2] }, { w: [1], b: 0 }, CONVENTIONS.source004), /invalid y\[1\]; expected a label in \[0, 1\], got 2/],
    ['λ −1', () => withL2(CONVENTIONS.source000, -1), /invalid lambda; .*got -1/],
    ['ridge λ −1', () => ridge({ x: [1, 2], y: [1, 2] }, -1), /invalid lambda; .*got -1/],
    ['eps −1', () => crossEntropyLoss({ x: [1], y: [1] }, { w: [1], b: 0 }, { ...CONVENTIONS.source004, eps: -1 }), /invalid eps; .*got -1/],
    ['grid width 1', () => squaredErrorGrid(squaredErrorStats([1], [1]), { ...window, width: 1 }, CONVENTIONS.textbook), /invalid width; expected an integer ≥ 2, got 1/],
    ['grid bMax < bMin', () => squaredErrorGrid(squaredErrorStats([1], [1]), { ...window, bMax: -1 }, CONVENTIONS.textbook), /invalid bMax; .*got -1/],
    ['rSquared lengths', () => rSquared([1, 2, 3], [1, 2]), /invalid yhat; expected 3 values to match y, got 2/],
  ];
  for (const [name, call, message] of cases) {
    test(`${name}: ${message.source}`, () => {
      expect(call).toThrow(message);
    });
  }
});
