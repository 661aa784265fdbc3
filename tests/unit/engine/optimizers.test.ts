import { describe, expect, test } from 'vitest';
import {
  CONVENTIONS,
  gradientDescent,
  learningRateAt,
  linearData,
  optimize,
  quadraticObjective,
  SOURCE_000_DATA,
  squaredErrorObjective,
  stretchedBowl,
  withL2,
} from '../../../src/engine/index';

const data = linearData(SOURCE_000_DATA);
const ravine = stretchedBowl({ conditionNumber: 100, angle: Math.PI / 6, center: { w: 1, b: -0.5 }, start: { w: -2, b: 2 } });
const distance = (p: { w: number[]; b: number }) => Math.hypot(p.w[0]! - 1, p.b + 0.5);

describe('optimize', () => {
  test('method gradient-descent reproduces gradientDescent exactly, history and all', () => {
    for (const convention of [CONVENTIONS.source000, withL2(CONVENTIONS.textbook, 2)]) {
      const objective = squaredErrorObjective(data, convention);
      const expected = gradientDescent(objective, { learningRate: 0.1, steps: 50 });
      const h = optimize(objective, { method: 'gradient-descent', learningRate: 0.1, steps: 50 });
      const { params, lossAt, gradients, recorded, record, diverged, divergedAt, stepsTaken } = h;
      expect({ params, lossAt, gradients, recorded, record, diverged, divergedAt, stepsTaken }).toEqual(expected);
    }
  });

  test('momentum and Nesterov with β = 0 are plain descent, number for number', () => {
    const plain = optimize(ravine, { method: 'gradient-descent', learningRate: 0.015, steps: 40 }).params;
    expect(optimize(ravine, { method: 'momentum', beta: 0, learningRate: 0.015, steps: 40 }).params).toEqual(plain);
    expect(optimize(ravine, { method: 'nesterov', beta: 0, learningRate: 0.015, steps: 40 }).params).toEqual(plain);
  });

  test('the history lines up: updates[k] = params[k+1] − params[k], lossAt[k] = loss(params[k]), rates per step', () => {
    const h = optimize(ravine, { method: 'adam', learningRate: { kind: 'step', rate: 0.1, factor: 0.5, every: 10 }, steps: 25 });
    expect([h.params.length, h.lossAt.length, h.gradients.length, h.updates.length, h.learningRates.length]).toEqual([26, 26, 25, 25, 25]);
    h.params.forEach((p, k) => expect(h.lossAt[k]).toBe(ravine.loss(p)));
    h.updates.forEach((u, k) => {
      expect(u.w[0]).toBe(h.params[k + 1]!.w[0]! - h.params[k]!.w[0]!);
      expect(u.b).toBe(h.params[k + 1]!.b - h.params[k]!.b);
    });
    expect(h.learningRates.slice(8, 12)).toEqual([0.1, 0.1, 0.05, 0.05]);
    expect(h.hyperparameters).toEqual({ beta1: 0.9, beta2: 0.999, epsilon: 1e-8 });
  });

  test('Nesterov’s gradient is taken at the look-ahead point θₖ − αβzₖ', () => {
    const h = optimize(ravine, { method: 'nesterov', beta: 0.8, learningRate: 0.01, steps: 3 });
    // z₁ = g₀ (z₀ = 0), so the second gradient is at θ₁ − α·β·z₁ = θ₁ − 0.008·g₀.
    const g0 = h.gradients[0]!;
    const ahead = { w: [h.params[1]!.w[0]! - 0.01 * 0.8 * g0.w[0]!], b: h.params[1]!.b - 0.01 * 0.8 * g0.b };
    expect(h.gradients[1]).toEqual(ravine.gradient(ahead));
  });

  test('in a κ = 100 ravine, momentum with Goh’s optimal α, β gets far closer than the best plain descent', () => {
    const [lo, hi] = ravine.eigenvalues as [number, number];
    const alpha = (2 / (Math.sqrt(lo) + Math.sqrt(hi))) ** 2;
    const beta = ((Math.sqrt(100) - 1) / (Math.sqrt(100) + 1)) ** 2;
    const momentum = optimize(ravine, { method: 'momentum', beta, learningRate: alpha, steps: 100 });
    const plain = optimize(ravine, { method: 'gradient-descent', learningRate: 2 / (lo + hi), steps: 100 });
    // Rates: plain (κ−1)/(κ+1) ≈ 0.98 per step, momentum (√κ−1)/(√κ+1) ≈ 0.82 (Goh).
    expect(distance(plain.params.at(-1)!)).toBeGreaterThan(0.1);
    expect(distance(momentum.params.at(-1)!)).toBeLessThan(1e-6);
  });

  test('every method reaches the minimum of a gentle bowl', () => {
    const bowl = stretchedBowl({ conditionNumber: 4, center: { w: 1, b: -0.5 }, start: { w: -2, b: 2 } });
    for (const method of ['gradient-descent', 'momentum', 'nesterov', 'rmsprop', 'adam'] as const) {
      const rate = method === 'rmsprop' || method === 'adam' ? { kind: 'inverse-time', rate: 0.1, decay: 0.01 } as const : 0.1;
      const end = optimize(bowl, { method, learningRate: rate, steps: 3000 }).params.at(-1)!;
      expect(distance(end), method).toBeLessThan(1e-3);
    }
  });

  test('a huge learning rate is flagged as diverged for every method, and no NaN slips into the history', () => {
    for (const method of ['gradient-descent', 'momentum', 'nesterov'] as const) {
      const h = optimize(ravine, { method, learningRate: 1, steps: 2000 });
      expect(h.diverged, method).toBe(true);
      expect(h.lossAt.every((l) => !Number.isNaN(l)), method).toBe(true);
      expect(h.params.slice(0, -1).every((p) => Number.isFinite(p.w[0]!) && Number.isFinite(p.b)), method).toBe(true);
      const stopped = optimize(ravine, { method, learningRate: 1, steps: 2000, stopOnDivergence: true });
      expect(stopped.stepsTaken, method).toBe(stopped.divergedAt);
    }
    // Adam's steps are bounded by α, so a large α wanders but cannot blow up.
    expect(optimize(ravine, { method: 'adam', learningRate: 10, steps: 500 }).diverged).toBe(false);
  });
});

describe('learning-rate schedules', () => {
  test('constant, step decay and 1/t give their formulas', () => {
    expect(learningRateAt(0.3, 99)).toBe(0.3);
    expect(learningRateAt({ kind: 'step', rate: 1, factor: 0.5, every: 10 }, 9)).toBe(1);
    expect(learningRateAt({ kind: 'step', rate: 1, factor: 0.5, every: 10 }, 25)).toBe(0.25);
    expect(learningRateAt({ kind: 'inverse-time', rate: 0.2, decay: 0.5 }, 6)).toBeCloseTo(0.05, 15);
  });
});

describe('quadratic objectives', () => {
  test('quadraticObjective: minimum A⁻¹b, minimum value c − ½bᵀθ*, eigen-decomposition, gradient Aθ − b', () => {
    const q = quadraticObjective({ A: [[4, 1], [1, 3]], b: [1, 2], c: 0.5 });
    // A⁻¹ = [[3, −1], [−1, 4]]/11, so θ* = (1/11, 7/11).
    expect(q.minimum.w[0]).toBeCloseTo(1 / 11, 14);
    expect(q.minimum.b).toBeCloseTo(7 / 11, 14);
    expect(q.minimumValue).toBeCloseTo(0.5 - 0.5 * (1 / 11 + 14 / 11), 14);
    expect(q.loss(q.minimum)).toBeCloseTo(q.minimumValue, 14);
    expect(q.eigenvalues[0]).toBeCloseTo((7 - Math.sqrt(5)) / 2, 13);
    expect(q.eigenvalues[1]).toBeCloseTo((7 + Math.sqrt(5)) / 2, 13);
    q.eigenvectors.forEach((v, i) => {
      const Av = [4 * v[0]! + v[1]!, v[0]! + 3 * v[1]!];
      expect(Av[0]).toBeCloseTo(q.eigenvalues[i]! * v[0]!, 13);
      expect(Av[1]).toBeCloseTo(q.eigenvalues[i]! * v[1]!, 13);
      expect(Math.hypot(v[0]!, v[1]!)).toBeCloseTo(1, 14);
    });
    expect(q.gradient({ w: [1], b: 1 })).toEqual({ w: [4], b: 2 });
    expect(q.conditionNumber).toBeCloseTo(q.eigenvalues[1]! / q.eigenvalues[0]!, 14);
  });

  test('stretchedBowl: exact eigenvalues [λmin, κλmin], steep axis along the angle, zero at its centre', () => {
    const bowl = stretchedBowl({ conditionNumber: 50, angle: 0.4, lambdaMin: 0.5, center: { w: 2, b: 1 } });
    expect(bowl.eigenvalues).toEqual([0.5, 25]);
    expect(bowl.eigenvectors[1]).toEqual([Math.cos(0.4), Math.sin(0.4)]);
    expect(bowl.minimum).toEqual({ w: [2], b: 1 });
    expect(Math.abs(bowl.loss({ w: [2], b: 1 }))).toBeLessThan(1e-13);
    // One unit along the steep axis costs ½·25, along the shallow one ½·0.5.
    expect(bowl.loss({ w: [2 + Math.cos(0.4)], b: 1 + Math.sin(0.4) })).toBeCloseTo(12.5, 12);
    expect(bowl.loss({ w: [2 - Math.sin(0.4)], b: 1 + Math.cos(0.4) })).toBeCloseTo(0.25, 12);
    expect(bowl.stabilityLimit).toBe(2 / 25);
  });
});
