import { describe, expect, test } from 'vitest';
import {
  CONVENTIONS,
  crossEntropyObjective,
  gradientDescent,
  linearData,
  SOURCE_000_DATA,
  sourceLogisticOneMode,
  squaredErrorObjective,
  stochasticDescent,
  withL2,
  withPoints,
  SOURCE_000_REGULARIZATION_DATA,
  SOURCE_000_OUTLIERS,
  huberObjective,
} from '../../../src/engine/index';

const data = linearData(SOURCE_000_DATA);

describe('stochasticDescent', () => {
  test('batchSize = n reproduces gradientDescent bit for bit, shuffled or not, in every preset (L2 on too)', () => {
    const cases = [
      [CONVENTIONS.textbook, 0.1],
      [CONVENTIONS.source000, 0.1],
      [withL2(CONVENTIONS.source000, 3), 0.1],
      [CONVENTIONS.source002, 0.1],
    ] as const;
    for (const [convention, learningRate] of cases) {
      const batch = gradientDescent(squaredErrorObjective(data, convention), { learningRate, steps: 40 });
      for (const shuffle of [true, false]) {
        const h = stochasticDescent(data, convention, { batchSize: data.x.length, learningRate, steps: 40, seed: 5, shuffle });
        expect(h.params).toEqual(batch.params);
        expect(h.lossAt).toEqual(batch.lossAt);
        expect(h.gradients).toEqual(batch.gradients);
        expect(h.recorded).toEqual(batch.recorded);
        expect(h.batchLoss).toEqual(batch.lossAt.slice(0, 40));
      }
    }
  });

  test('batchSize = n reproduces 004’s logistic run exactly as well', () => {
    const logistic = sourceLogisticOneMode();
    const convention = withL2(CONVENTIONS.source004, 0.05);
    const batch = gradientDescent(crossEntropyObjective(logistic, convention), { learningRate: 0.5, steps: 30 });
    const h = stochasticDescent(logistic, convention, { batchSize: logistic.x.length, learningRate: 0.5, epochs: 30, seed: 1 });
    expect(h.params).toEqual(batch.params);
    expect(h.recorded).toEqual(batch.recorded);
  });

  test('epochs: each visits every point exactly once, in ⌈n/B⌉ batches, the last holding n mod B', () => {
    const h = stochasticDescent(data, CONVENTIONS.textbook, { batchSize: 32, learningRate: 0.01, epochs: 3, seed: 9 });
    expect(h.stepsPerEpoch).toBe(4);
    expect(h.epochStarts).toEqual([0, 4, 8]);
    expect(h.stepsTaken).toBe(12);
    for (const start of h.epochStarts) {
      const epoch = h.batches.slice(start, start + 4);
      expect(epoch.map((b) => b.length)).toEqual([32, 32, 32, 4]);
      expect(epoch.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    }
    expect(h.batches.every((b) => b.every((v, i) => i === 0 || b[i - 1]! < v))).toBe(true);
  });

  test('shuffling changes order between epochs; shuffle: false keeps 0 … n−1 every epoch', () => {
    const shuffled = stochasticDescent(data, CONVENTIONS.textbook, { batchSize: 10, learningRate: 0.01, epochs: 2, seed: 0 });
    expect(shuffled.batches[0]).not.toEqual(shuffled.batches[10]);
    const plain = stochasticDescent(data, CONVENTIONS.textbook, { batchSize: 10, learningRate: 0.01, epochs: 2, shuffle: false });
    expect(plain.batches[0]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(plain.batches[10]).toEqual(plain.batches[0]);
  });

  test('same seed, same run; another seed, another run', () => {
    const run = (seed: number) => stochasticDescent(data, CONVENTIONS.textbook, { batchSize: 1, learningRate: 0.01, epochs: 1, seed });
    expect(run(3)).toEqual(run(3));
    expect(run(3).params.at(-1)).not.toEqual(run(4).params.at(-1));
  });

  test('steps may end mid-epoch; batch size 1 is plain SGD, one point per update', () => {
    const h = stochasticDescent(data, CONVENTIONS.textbook, { batchSize: 1, learningRate: 0.01, steps: 150, seed: 2 });
    expect(h.stepsTaken).toBe(150);
    expect(h.epochStarts).toEqual([0, 100]);
    expect(h.batches.every((b) => b.length === 1)).toBe(true);
    expect(new Set(h.batches.slice(0, 100).map((b) => b[0])).size).toBe(100);
  });

  test('SGD with a 1/t schedule ends near the least-squares line; a constant rate keeps jittering', () => {
    const best = gradientDescent(squaredErrorObjective(data, CONVENTIONS.textbook), { learningRate: 0.1, steps: 2000 }).params.at(-1)!;
    const decayed = stochasticDescent(data, CONVENTIONS.textbook, { batchSize: 1, learningRate: { kind: 'inverse-time', rate: 0.05, decay: 0.01 }, epochs: 50, seed: 0 });
    const end = decayed.params.at(-1)!;
    expect(Math.abs(end.w[0]! - best.w[0]!)).toBeLessThan(0.02);
    expect(Math.abs(end.b - best.b)).toBeLessThan(0.02);
    expect(decayed.learningRates[100]).toBeCloseTo(0.05 / 2, 15);
  });

  test('a huge learning rate is flagged as diverged without NaN leaking into the history', () => {
    const h = stochasticDescent(data, CONVENTIONS.textbook, { batchSize: 10, learningRate: 5, epochs: 100, seed: 0 });
    expect(h.diverged).toBe(true);
    expect(h.divergedAt).toBeGreaterThan(0);
    expect(h.params.slice(0, -1).every((p) => Number.isFinite(p.w[0]!) && Number.isFinite(p.b))).toBe(true);
    expect(h.lossAt.slice(0, -1).every(Number.isFinite)).toBe(true);
    const stopped = stochasticDescent(data, CONVENTIONS.textbook, { batchSize: 10, learningRate: 5, epochs: 100, seed: 0, stopOnDivergence: true });
    expect(stopped.stepsTaken).toBe(stopped.divergedAt);
    expect(stopped.lossAt.every(Number.isFinite)).toBe(true);
  });

  test('robust losses run too: Huber SGD on 000’s outlier data ends near Huber batch descent', () => {
    const outliers = withPoints(linearData(SOURCE_000_REGULARIZATION_DATA), SOURCE_000_OUTLIERS);
    const loss = { kind: 'huber', delta: 1 } as const;
    const h = stochasticDescent(outliers, loss, { batchSize: outliers.x.length, learningRate: 0.3, steps: 20, seed: 0 });
    const objective = huberObjective(outliers, 1);
    h.params.forEach((p, k) => expect(h.lossAt[k]).toBe(objective.loss(p)));
    expect(h.gradients[0]).toEqual(objective.gradient(h.params[0]!));
  });
});
