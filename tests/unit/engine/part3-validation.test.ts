import { describe, expect, test } from 'vitest';
import {
  absoluteErrorObjective,
  CONVENTIONS,
  complementOf,
  crossValidate,
  curveData,
  fitPolynomial,
  gridSearch,
  huberObjective,
  huberRho,
  kFolds,
  learningRateAt,
  linearData,
  objectiveGrid,
  optimize,
  permutation,
  polynomialFeatures,
  polynomialScaleOf,
  predictPolynomial,
  quadraticObjective,
  SOURCE_000_DATA,
  SingularSystemError,
  squaredErrorObjective,
  stochasticDescent,
  stretchedBowl,
  trainValidationSplit,
  type StochasticOptions,
} from '../../../src/engine/index';

const data = linearData(SOURCE_000_DATA);
const sgd = (options: Record<string, unknown>, loss: unknown = CONVENTIONS.textbook) =>
  stochasticDescent(data, loss as typeof CONVENTIONS.textbook, { batchSize: 10, learningRate: 0.1, epochs: 1, seed: 0, ...options } as unknown as StochasticOptions);
const bowl = stretchedBowl({ conditionNumber: 10 });
const opt = (options: Record<string, unknown>) => optimize(bowl, { method: 'momentum', learningRate: 0.1, steps: 3, ...options } as Parameters<typeof optimize>[1]);
const curve = curveData({ n: 20, noise: 0.1, seed: 0, fn: 'cubic' });

describe('Part III: bad input throws an error that names the bad value', () => {
  const cases: [string, () => unknown, RegExp][] = [
    ['batchSize 0', () => sgd({ batchSize: 0 }), /invalid batchSize; expected a positive integer, got 0/],
    ['batchSize 2.5', () => sgd({ batchSize: 2.5 }), /invalid batchSize; .*got 2\.5/],
    ['batchSize > n (rejected, not clamped)', () => sgd({ batchSize: 101 }), /invalid batchSize; expected an integer in \[1, 100\] \(the number of points\), got 101/],
    ['epochs and steps', () => sgd({ steps: 5 }), /invalid options; expected exactly one of epochs and steps, got both/],
    ['neither epochs nor steps', () => sgd({ epochs: undefined }), /exactly one of epochs and steps, got neither/],
    ['epochs −1', () => sgd({ epochs: -1 }), /invalid epochs; expected a non-negative integer, got -1/],
    ['steps 1.5', () => sgd({ epochs: undefined, steps: 1.5 }), /invalid steps; .*got 1\.5/],
    ['no seed while shuffling', () => sgd({ seed: undefined }), /invalid seed; .*got undefined/],
    ['seed −1', () => sgd({ seed: -1 }), /invalid seed; .*got -1/],
    ['seed 1.5 without shuffling', () => sgd({ seed: 1.5, shuffle: false }), /invalid seed; .*got 1\.5/],
    ['shuffle "yes"', () => sgd({ shuffle: 'yes' }), /invalid shuffle; expected true or false, got yes/],
    ['learningRate −1', () => sgd({ learningRate: -1 }), /invalid learningRate; expected a finite number ≥ 0, got -1/],
    ['learningRate "fast"', () => sgd({ learningRate: 'fast' }), /invalid learningRate; expected a number or a schedule/],
    ['schedule kind', () => sgd({ learningRate: { kind: 'warp', rate: 1 } }), /invalid learningRate\.kind; expected 'constant', 'step' or 'inverse-time', got warp/],
    ['step factor 2', () => sgd({ learningRate: { kind: 'step', rate: 1, factor: 2, every: 3 } }), /invalid learningRate\.factor; expected a finite number in \(0, 1\], got 2/],
    ['step every 0', () => sgd({ learningRate: { kind: 'step', rate: 1, factor: 0.5, every: 0 } }), /invalid learningRate\.every; expected a positive integer, got 0/],
    ['inverse-time decay NaN', () => sgd({ learningRate: { kind: 'inverse-time', rate: 1, decay: NaN } }), /invalid learningRate\.decay; .*got NaN/],
    ['schedule rate Infinity', () => sgd({ learningRate: { kind: 'constant', rate: Infinity } }), /invalid learningRate\.rate; .*got Infinity/],
    ['loss null', () => sgd({}, null), /invalid loss; expected a convention/],
    ['huber δ 0', () => sgd({}, { kind: 'huber', delta: 0 }), /invalid delta; expected a number > 0 \(Infinity allowed\), got 0/],
    ['convention kind', () => sgd({}, { ...CONVENTIONS.textbook, kind: 'hinge' }), /invalid kind; .*got hinge/],
    ['explodeFactor 1', () => sgd({ explodeFactor: 1 }), /invalid explodeFactor; expected a number > 1 \(or Infinity\), got 1/],
    ['record "during"', () => sgd({ record: 'during' }), /invalid record; .*got during/],
    ['start with two weights', () => sgd({ start: { w: [0, 0], b: 0 } }), /invalid start\.w; expected 1 weight, got 2/],
    ['stopOnDivergence "yes"', () => sgd({ stopOnDivergence: 'yes' }), /invalid stopOnDivergence; .*got yes/],
    ['stochastic options null', () => stochasticDescent(data, CONVENTIONS.textbook, null as never), /invalid options; expected \{ batchSize/],
    ['method "sgd"', () => opt({ method: 'sgd' }), /invalid method; expected 'gradient-descent', 'momentum', 'nesterov', 'rmsprop' or 'adam', got sgd/],
    ['beta 1', () => opt({ beta: 1 }), /invalid beta; expected a number in \[0, 1\), got 1/],
    ['beta −0.1', () => opt({ beta: -0.1 }), /invalid beta; .*got -0\.1/],
    ['rho 1', () => opt({ method: 'rmsprop', rho: 1 }), /invalid rho; .*got 1/],
    ['beta1 NaN', () => opt({ method: 'adam', beta1: NaN }), /invalid beta1; .*got NaN/],
    ['beta2 1', () => opt({ method: 'adam', beta2: 1 }), /invalid beta2; .*got 1/],
    ['epsilon 0', () => opt({ method: 'adam', epsilon: 0 }), /invalid epsilon; expected a finite number > 0, got 0/],
    ['optimizer steps −1', () => opt({ steps: -1 }), /invalid steps; .*got -1/],
    ['optimizer learningRate NaN', () => opt({ learningRate: NaN }), /invalid learningRate; .*got NaN/],
    ['optimizer options null', () => optimize(bowl, null as never), /invalid options; expected \{ method, learningRate, steps \}/],
    ['A not symmetric', () => quadraticObjective({ A: [[1, 2], [0, 1]] }), /invalid A; expected a symmetric matrix, got A\[1\]\[0\] = 0 but A\[0\]\[1\] = 2/],
    ['A not positive definite', () => quadraticObjective({ A: [[1, 0], [0, -1]] }), /invalid A; expected a positive definite matrix, got smallest eigenvalue -1/],
    ['A ragged', () => quadraticObjective({ A: [[1, 0], [0]] }), /invalid A\[1\]; expected a row of 2 numbers/],
    ['A NaN', () => quadraticObjective({ A: [[1, NaN], [NaN, 1]] }), /invalid A\[0\]\[1\]; expected a finite number, got NaN/],
    ['b length', () => quadraticObjective({ A: [[1, 0], [0, 1]], b: [1] }), /invalid b; expected 2 numbers to match A, got 1/],
    ['c Infinity', () => quadraticObjective({ A: [[1, 0], [0, 1]], c: Infinity }), /invalid c; .*got Infinity/],
    ['quadratic start', () => quadraticObjective({ A: [[1, 0], [0, 1]], start: { w: [], b: 0 } }), /invalid start\.w; expected 1 weight, got 0/],
    ['κ 0.5', () => stretchedBowl({ conditionNumber: 0.5 }), /invalid conditionNumber; expected a finite number ≥ 1, got 0\.5/],
    ['λmin 0', () => stretchedBowl({ conditionNumber: 2, lambdaMin: 0 }), /invalid lambdaMin; expected a finite number > 0, got 0/],
    ['angle NaN', () => stretchedBowl({ conditionNumber: 2, angle: NaN }), /invalid angle; .*got NaN/],
    ['center NaN', () => stretchedBowl({ conditionNumber: 2, center: { w: NaN, b: 0 } }), /invalid center\.w; .*got NaN/],
    ['huber δ −1', () => huberObjective(data, -1), /invalid delta; .*got -1/],
    ['huberRho δ NaN', () => huberRho(1, NaN), /invalid delta; .*got NaN/],
    ['MAE bad data', () => absoluteErrorObjective({ x: [1, 2], y: [1] }), /invalid y; expected 2 values to match x, got 1/],
    ['grid of a 2-weight objective', () => objectiveGrid(absoluteErrorObjective({ X: [[1, 2]], y: [1] }), { wMin: 0, wMax: 1, bMin: 0, bMax: 1, width: 2, height: 2 }), /invalid objective; expected one weight for a \(w, b\) grid, got 2/],
    ['degree 0', () => polynomialFeatures([1], 0), /invalid degree; expected an integer in \[1, 20\], got 0/],
    ['degree 21', () => polynomialFeatures([1], 21), /invalid degree; .*got 21/],
    ['degree 2.5', () => fitPolynomial(curve, { degree: 2.5 }), /invalid degree; .*got 2\.5/],
    ['x NaN', () => polynomialFeatures([1, NaN], 2), /invalid x\[1\]; expected a finite number, got NaN/],
    ['halfWidth 0', () => polynomialFeatures([1], 2, { scale: { center: 0, halfWidth: 0 } }), /invalid scale\.halfWidth; expected a finite number > 0, got 0/],
    ['scale of equal x', () => polynomialScaleOf([2, 2]), /invalid x; expected at least two different values to scale, got every x = 2/],
    ['scale "wide"', () => fitPolynomial(curve, { degree: 2, scale: 'wide' as never }), /invalid scale; expected \{ center, halfWidth \}, got wide/],
    ['lambda −1', () => fitPolynomial(curve, { degree: 2, lambda: -1 }), /invalid lambda; .*got -1/],
    ['predict without a fit', () => predictPolynomial(null as never, [1]), /invalid fit; expected the result of fitPolynomial/],
    ['k 1', () => kFolds(10, 1, 0), /invalid k; expected an integer in \[2, 10\] \(the number of points\), got 1/],
    ['k > n', () => kFolds(3, 4, 0), /invalid k; .*got 4/],
    ['folds of 0 points', () => kFolds(0, 2, 0), /invalid n; expected a positive integer, got 0/],
    ['fold seed 1.5', () => kFolds(10, 2, 1.5), /invalid seed; .*got 1\.5/],
    ['fraction 0', () => trainValidationSplit(10, 0, 0), /invalid fraction; expected a number in \(0, 1\), got 0/],
    ['fraction 1', () => trainValidationSplit(10, 1, 0), /invalid fraction; .*got 1/],
    ['fraction leaving no training point', () => trainValidationSplit(2, 0.9, 0), /invalid fraction; expected one that leaves at least one of the 2 points for training, got 0\.9/],
    ['fold index out of range', () => complementOf(5, [7]), /invalid fold; expected indices in \[0, 4\], got 7/],
    ['CV k 1', () => crossValidate(curve, { degree: 2, k: 1, seed: 0 }), /invalid k; .*got 1/],
    ['CV without seed', () => crossValidate(curve, { degree: 2 } as never), /invalid seed; .*got undefined/],
    ['CV degree 0', () => crossValidate(curve, { degree: 0, seed: 0 }), /invalid degree; .*got 0/],
    ['CV lengths', () => crossValidate({ x: [1, 2, 3], y: [1, 2] }, { degree: 1, k: 2, seed: 0 }), /invalid y; expected 3 values to match x, got 2/],
    ['grid of no degrees', () => gridSearch(curve, { degrees: [], seed: 0 }), /invalid degrees; expected a non-empty array/],
    ['grid of no lambdas', () => gridSearch(curve, { degrees: [1], lambdas: [], seed: 0 }), /invalid lambdas; expected a non-empty array/],
    ['grid λ −1', () => gridSearch(curve, { degrees: [1], lambdas: [-1], seed: 0 }), /invalid lambda; .*got -1/],
    ['curve fn', () => curveData({ n: 5, noise: 0, seed: 0, fn: 'cosine' as never }), /invalid fn; expected 'sine' or 'cubic', got cosine/],
    ['curve n 0', () => curveData({ n: 0, noise: 0, seed: 0, fn: 'sine' }), /invalid n; .*got 0/],
    ['curve noise −1', () => curveData({ n: 5, noise: -1, seed: 0, fn: 'sine' }), /invalid noise; .*got -1/],
    ['curve seed 2³²', () => curveData({ n: 5, noise: 0, seed: 2 ** 32, fn: 'sine' }), /invalid seed; .*got 4294967296/],
    ['rate at k −1', () => learningRateAt(0.1, -1), /invalid k; expected a non-negative integer, got -1/],
    ['permutation n −1', () => permutation(-1, 0), /invalid n; expected a non-negative integer, got -1/],
    ['permutation seed −1', () => permutation(3, -1), /invalid seed; .*got -1/],
  ];
  test.each(cases)('%s', (_, call, message) => {
    expect(call).toThrow(message);
  });
});

describe('Part III: extreme inputs never leak NaN silently', () => {
  const nonFiniteOnlyAfterDivergence = (h: { lossAt: number[]; diverged: boolean; divergedAt: number | null }) => {
    const bad = h.lossAt.findIndex((l) => !Number.isFinite(l));
    if (bad >= 0) {
      expect(h.diverged).toBe(true);
      expect(h.divergedAt!).toBeLessThanOrEqual(bad);
      expect(bad).toBe(h.lossAt.length - 1);
    }
  };

  test('learning rates up to 1e300 are flagged as diverged, and the run ends at the first non-finite loss', () => {
    for (const learningRate of [10, 1e10, 1e300]) {
      for (const batchSize of [1, 10, 100]) {
        const h = sgd({ batchSize, learningRate, epochs: 50 });
        expect(h.diverged).toBe(true);
        nonFiniteOnlyAfterDivergence(h);
      }
      for (const method of ['gradient-descent', 'momentum', 'nesterov', 'rmsprop', 'adam'] as const) {
        const h = optimize(squaredErrorObjective(data, CONVENTIONS.textbook), { method, learningRate, steps: 500 });
        nonFiniteOnlyAfterDivergence(h);
        if (method !== 'rmsprop' && method !== 'adam') expect(h.diverged, method).toBe(true);
      }
    }
  });

  test('starting at the minimum, every method stays put: zero gradients give zero steps, not 0/0', () => {
    const centred = stretchedBowl({ conditionNumber: 10, center: { w: 1, b: 2 }, start: { w: 1, b: 2 } });
    for (const method of ['gradient-descent', 'momentum', 'nesterov', 'rmsprop', 'adam'] as const) {
      const h = optimize(centred, { method, learningRate: 0.1, steps: 5 });
      expect(h.params.every((p) => p.w[0] === 1 && p.b === 2), method).toBe(true);
    }
  });

  test('huge and tiny data scales stay finite in the robust losses', () => {
    const big = { x: [1e150, -1e150], y: [1e150, 3e150] };
    for (const objective of [absoluteErrorObjective(big), huberObjective(big, 1)]) {
      const g = objective.gradient({ w: [1], b: 0 });
      expect([objective.loss({ w: [1], b: 0 }), g.w[0]!, g.b].every(Number.isFinite)).toBe(true);
    }
  });

  test('a polynomial fit at the top degree either solves to finite numbers or says it cannot', () => {
    for (const lambda of [0, 1e-8, 1e-3]) {
      try {
        const fit = fitPolynomial(curveData({ n: 25, noise: 0.1, seed: 4, fn: 'sine' }), { degree: 20, lambda });
        expect([...fit.params.w, fit.params.b].every(Number.isFinite)).toBe(true);
      } catch (error) {
        expect(error).toBeInstanceOf(SingularSystemError);
      }
    }
  });
});
