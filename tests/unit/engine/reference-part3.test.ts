import { describe, expect, test } from 'vitest';
import {
  createNumpyRandom,
  curveData,
  fitPolynomial,
  optimize,
  permutation,
  permutationFrom,
  quadraticObjective,
  stochasticDescent,
  CONVENTIONS,
  linearData,
  SOURCE_000_DATA,
  type CurveFunction,
} from '../../../src/engine/index';
import { expectClose, fixture } from './support/close';

interface Part3 {
  permutations: { single: { seed: number; n: number; values: number[] }[]; consecutive: { seed: number; n: number; epochs: number[][] } };
  curves: { fn: CurveFunction; n: number; noise: number; seed: number; x: number[]; y: number[] }[];
  sgd: { batchSize: number; learningRate: number; epochs: number; seed: number; params: number[][]; lossAt: number[]; batches: number[][] };
  optimisers: { A: number[][]; b: number[]; start: number[]; steps: number; learningRate: number; runs: Record<'momentum' | 'nesterov' | 'rmsprop' | 'adam', number[][]> };
  polynomial: { data: { x: number[]; y: number[] }; center: number; halfWidth: number; fits: { degree: number; lambda: number; w: number[]; b: number }[] };
}

const ref = fixture<Part3>('part3.json');

describe('Part III against NumPy (tests/reference/make_reference_part3.py)', () => {
  test('permutation(n, seed) is np.random.permutation(n) after np.random.seed(seed), exactly', () => {
    for (const { seed, n, values } of ref.permutations.single) expect(permutation(n, seed), `seed ${seed}, n ${n}`).toEqual(values);
  });

  test('consecutive permutations from one generator continue NumPy’s stream (one per epoch)', () => {
    const { seed, n, epochs } = ref.permutations.consecutive;
    const random = createNumpyRandom(seed);
    for (const expected of epochs) expect(permutationFrom(random, n)).toEqual(expected);
  });

  test('curveData draws NumPy’s x and noise (sin and the cubic agree to 1e-12)', () => {
    for (const c of ref.curves) {
      const data = curveData({ n: c.n, noise: c.noise, seed: c.seed, fn: c.fn });
      expect(Array.from(data.x)).toEqual(c.x);
      expectClose(data.y, c.y, `${c.fn} y`, 1e-12, 1e-15);
    }
  });

  test('a mini-batch run (batch 32 of 100, 3 epochs) follows NumPy’s batches and iterates', () => {
    const { batchSize, learningRate, epochs, seed } = ref.sgd;
    const h = stochasticDescent(linearData(SOURCE_000_DATA), CONVENTIONS.textbook, { batchSize, learningRate, epochs, seed });
    expect(h.batches).toEqual(ref.sgd.batches);
    expectClose(h.params.flatMap((p) => [p.w[0]!, p.b]), ref.sgd.params.flat(), 'params');
    expectClose(h.lossAt, ref.sgd.lossAt, 'lossAt');
  });

  test('momentum, Nesterov, RMSProp and Adam follow their equations as NumPy computes them', () => {
    const { A, b, start, steps, learningRate, runs } = ref.optimisers;
    const objective = quadraticObjective({ A, b, start: { w: [start[0]!], b: start[1]! } });
    for (const method of ['momentum', 'nesterov', 'rmsprop', 'adam'] as const) {
      const h = optimize(objective, { method, learningRate, steps });
      expectClose(h.params.flatMap((p) => [p.w[0]!, p.b]), runs[method].flat(), method);
    }
  });

  test('polynomial fits on the [−1, 1]-scaled x match NumPy’s least squares (ridge as extra rows)', () => {
    const { data, center, halfWidth, fits } = ref.polynomial;
    for (const f of fits) {
      const fit = fitPolynomial(data, { degree: f.degree, lambda: f.lambda });
      expect(fit.scale).toEqual({ center, halfWidth });
      // Without a penalty the normal equations' condition number grows to ~10⁹ at degree 9 and ~10¹¹ at
      // degree 15 (coefficients near 10⁴ that cancel), so the engine's Cholesky solve agrees with NumPy's
      // SVD least squares to about 1e-10 and 1e-4 there (measured); a penalty restores 1e-9.
      const rel = f.lambda > 0 || f.degree < 9 ? 1e-9 : f.degree < 15 ? 1e-8 : 1e-3;
      expectClose([...fit.params.w, fit.params.b], [...f.w, f.b], `degree ${f.degree}, λ ${f.lambda}`, rel, 1e-9);
    }
  });
});
