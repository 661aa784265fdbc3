import { describe, expect, test } from 'vitest';
import {
  closedFormFor,
  CONVENTIONS,
  crossEntropyLoss,
  crossEntropyObjective,
  gradientDescent,
  leastSquares,
  linearData,
  ridge,
  rSquared,
  predict,
  SingularSystemError,
  SOURCE_000_DATA,
  squaredErrorHessian,
  squaredErrorLoss,
  squaredErrorObjective,
  withL2,
} from '../../../src/engine/index';

const allFinite = (values: number[]) => values.every(Number.isFinite);

describe('extreme inputs', () => {
  test('a single point: loss and descent work, least squares says the line is not determined, ridge passes through it', () => {
    const one = { x: [2], y: [5] };
    expect(squaredErrorLoss(one, { w: [1], b: 1 }, CONVENTIONS.textbook)).toBe(4);
    const end = gradientDescent(squaredErrorObjective(one, CONVENTIONS.textbook), { learningRate: 0.05, steps: 500 }).params.at(-1)!;
    expect(end.w[0]! * 2 + end.b).toBeCloseTo(5, 9);
    expect(() => leastSquares(one)).toThrow(SingularSystemError);
    expect(ridge(one, 0.5)).toEqual({ w: [0], b: 5 });
  });

  test('all x equal: a clear SingularSystemError, a zero eigenvalue, and a unique answer once L2 is on', () => {
    const flat = { x: [0.1, 0.1, 0.1], y: [1, 2, 4] };
    expect(() => leastSquares(flat)).toThrow(/x takes a single value/);
    expect(squaredErrorHessian(flat, CONVENTIONS.textbook).eigenvalues[0]).toBeCloseTo(0, 12);
    const fit = closedFormFor(flat, withL2(CONVENTIONS.textbook, 1));
    expect(allFinite([...fit.w, fit.b])).toBe(true);
  });

  test('collinear features are reported as singular, not answered with huge numbers', () => {
    const X = [[1, 2], [2, 4], [3, 6.000000000000001], [4, 8]];
    expect(() => leastSquares({ X, y: [1, 2, 3, 4] })).toThrow(/feature 1 is a linear combination/);
  });

  test('huge noise still gives finite fits and an R² near zero or below', () => {
    const data = linearData({ ...SOURCE_000_DATA, noise: 1e6 });
    const fit = leastSquares(data);
    expect(allFinite([...fit.w, fit.b])).toBe(true);
    expect(rSquared(data.y, predict(data.x, fit))).toBeLessThan(0.1);
  });

  test('a huge learning rate is flagged as diverged at the first exploded step, without throwing or NaN', () => {
    const objective = squaredErrorObjective(linearData(SOURCE_000_DATA), CONVENTIONS.source000);
    const h = gradientDescent(objective, { learningRate: 50, steps: 1000, stopOnDivergence: true });
    expect(h.diverged).toBe(true);
    const k = h.divergedAt!;
    expect(h.lossAt[k]!).toBeGreaterThan(1e6 * h.lossAt[0]!);
    expect(h.lossAt.slice(0, k).every((l) => l <= 1e6 * h.lossAt[0]!)).toBe(true);
    expect([h.stepsTaken, h.params.length, h.gradients.length, h.recorded.length]).toEqual([k, k + 1, k, k]);
    expect(allFinite(h.params.flatMap((p) => [...p.w, p.b]))).toBe(true);
  });

  test('without stopOnDivergence a diverging run goes on while its loss is finite, flagged at the first exploded step', () => {
    const objective = squaredErrorObjective(linearData(SOURCE_000_DATA), CONVENTIONS.source000);
    const h = gradientDescent(objective, { learningRate: 1.5, steps: 40 });
    expect(h.diverged).toBe(true);
    expect(h.stepsTaken).toBe(40);
    const k = h.divergedAt!;
    expect(h.lossAt[k]!).toBeGreaterThan(1e6 * h.lossAt[0]!);
    expect(h.lossAt.slice(0, k).every((l) => l <= 1e6 * h.lossAt[0]!)).toBe(true);
    expect(allFinite(h.lossAt)).toBe(true);
  });

  test('with explodeFactor Infinity a run stops where the loss overflows, keeping only finite parameters', () => {
    const objective = squaredErrorObjective(linearData(SOURCE_000_DATA), CONVENTIONS.source000);
    const h = gradientDescent(objective, { learningRate: 1e3, steps: 10_000, explodeFactor: Infinity });
    expect(h.diverged).toBe(true);
    expect(h.lossAt.at(-1)).toBe(Infinity);
    expect(allFinite(h.lossAt.slice(0, -1))).toBe(true);
    expect(allFinite(h.params.flatMap((p) => [...p.w, p.b]))).toBe(true);
    expect(h.recorded.some(Number.isNaN)).toBe(false);
  });

  test('separable classes: cross-entropy stays finite at any weight thanks to ε, and descent never flags them', () => {
    const data = { x: [-2, -1, 1, 2], y: [0, 0, 1, 1] };
    expect(crossEntropyLoss(data, { w: [1e6], b: 0 }, CONVENTIONS.source004)).toBeCloseTo(0, 14);
    expect(crossEntropyLoss(data, { w: [-1e6], b: 0 }, CONVENTIONS.source004)).toBeCloseTo(-Math.log(1e-15), 12);
    expect(crossEntropyLoss(data, { w: [-1e6], b: 0 }, { ...CONVENTIONS.source004, eps: 0 })).toBe(Infinity);
    const h = gradientDescent(crossEntropyObjective(data, CONVENTIONS.source004), { learningRate: 1e4, steps: 300 });
    expect(h.diverged).toBe(false);
    expect(allFinite(h.lossAt)).toBe(true);
    expect(h.lossAt.at(-1)!).toBeLessThan(1e-3);
  });

  test('10 000 steps on 100 points take well under a second', () => {
    const objective = squaredErrorObjective(linearData(SOURCE_000_DATA), CONVENTIONS.textbook);
    const started = performance.now();
    const h = gradientDescent(objective, { learningRate: 0.01, steps: 10_000 });
    expect(h.stepsTaken).toBe(10_000);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
