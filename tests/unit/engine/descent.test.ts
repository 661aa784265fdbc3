import { describe, expect, test } from 'vitest';
import {
  CONVENTIONS,
  crossEntropyObjective,
  gradientDescent,
  linearData,
  SOURCE_000_DATA,
  squaredErrorHessian,
  squaredErrorObjective,
  startingParams,
} from '../../../src/engine/index';

const data = linearData(SOURCE_000_DATA);

describe('gradientDescent', () => {
  test('the history lines up: params[k], lossAt[k] and gradients[k] describe step k, and recorded follows the source', () => {
    const objective = squaredErrorObjective(data, CONVENTIONS.source000);
    const h = gradientDescent(objective, { learningRate: 0.1, steps: 5 });
    expect([h.params.length, h.lossAt.length, h.gradients.length, h.stepsTaken, h.record]).toEqual([6, 6, 5, 5, 'after']);
    h.params.forEach((p, k) => expect(h.lossAt[k]).toBe(objective.loss(p)));
    h.gradients.forEach((g, k) => expect(g).toEqual(objective.gradient(h.params[k]!)));
    expect(h.recorded).toEqual(h.lossAt.slice(1));
    expect(gradientDescent(objective, { learningRate: 0.1, steps: 5, record: 'before' }).recorded).toEqual(h.lossAt.slice(0, 5));
  });

  test('every parameter moves at once from one gradient: θ[k+1] = θ[k] − α·g[k]', () => {
    const h = gradientDescent(squaredErrorObjective({ X: [[1, 2], [0, 1], [3, -1]], y: [1, 0, 2] }, CONVENTIONS.textbook), { learningRate: 0.05, steps: 3 });
    h.gradients.forEach((g, k) => {
      const before = h.params[k]!;
      expect(h.params[k + 1]).toEqual({ w: before.w.map((w, j) => w - 0.05 * g.w[j]!), b: before.b - 0.05 * g.b });
    });
  });

  test('the default start is the convention’s: zeros for 000–003, −1 for 004', () => {
    expect(gradientDescent(squaredErrorObjective(data, CONVENTIONS.source003), { learningRate: 0.01, steps: 0 }).params).toEqual([{ w: [0], b: 0 }]);
    const logistic = crossEntropyObjective({ x: [1, -1], y: [1, 0] }, CONVENTIONS.source004);
    expect(gradientDescent(logistic, { learningRate: 0.5, steps: 0 }).params[0]).toEqual({ w: [-1], b: -1 });
    expect(startingParams(CONVENTIONS.source004, 3)).toEqual({ w: [-1, -1, -1], b: -1 });
  });

  test('a zero learning rate stays put and steps = 0 returns just the start', () => {
    const objective = squaredErrorObjective(data, CONVENTIONS.textbook);
    const start = { w: [1], b: 2 };
    const h = gradientDescent(objective, { start, learningRate: 0, steps: 3 });
    expect(h.params).toEqual([start, start, start, start]);
    expect(gradientDescent(objective, { start, learningRate: 0.1, steps: 0 }).recorded).toEqual([]);
  });

  test('2/λmax is the sharp stability limit: just below it converges, just above it diverges', () => {
    const { stabilityLimit } = squaredErrorHessian(data, CONVENTIONS.textbook);
    const objective = squaredErrorObjective(data, CONVENTIONS.textbook);
    const below = gradientDescent(objective, { learningRate: 0.98 * stabilityLimit, steps: 3000 });
    const above = gradientDescent(objective, { learningRate: 1.02 * stabilityLimit, steps: 3000 });
    expect(below.diverged).toBe(false);
    expect(below.lossAt.at(-1)!).toBeLessThan(below.lossAt[0]!);
    expect(above.diverged).toBe(true);
  });

  test('002’s half-size gradient doubles the stable learning rate of the same mean loss', () => {
    const exact = squaredErrorHessian(data, CONVENTIONS.source003).stabilityLimit;
    expect(squaredErrorHessian(data, CONVENTIONS.source002).stabilityLimit).toBeCloseTo(2 * exact, 12);
  });
});
