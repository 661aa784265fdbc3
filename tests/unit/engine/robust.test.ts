import { describe, expect, test } from 'vitest';
import {
  absoluteErrorGrid,
  absoluteErrorObjective,
  CONVENTIONS,
  huberGrid,
  huberObjective,
  huberPsi,
  huberRho,
  leastSquares,
  linearData,
  objectiveGrid,
  optimize,
  SOURCE_000_OUTLIERS,
  SOURCE_000_REGULARIZATION_DATA,
  squaredErrorLoss,
  stretchedBowl,
  withPoints,
} from '../../../src/engine/index';

const clean = linearData(SOURCE_000_REGULARIZATION_DATA);
const outliers = withPoints(clean, SOURCE_000_OUTLIERS);

describe('robust losses', () => {
  test('Huber per residual: ½r² inside δ, δ(|r| − ½δ) outside, slope r clipped to ±δ', () => {
    expect(huberRho(0.5, 1)).toBe(0.125);
    expect(huberRho(-3, 1)).toBe(2.5);
    expect(huberRho(1, 1)).toBe(0.5);
    expect([huberPsi(0.5, 1), huberPsi(-3, 1), huberPsi(7, 2)]).toEqual([0.5, -1, 2]);
    expect(huberRho(1e6, Infinity)).toBe(5e11);
  });

  test('MAE and Huber of a known line, by hand', () => {
    const data = { x: [0, 1, 2], y: [0, 0, 5] };
    const params = { w: [1], b: 0 }; // residuals ŷ − y = 0, 1, −3
    expect(absoluteErrorObjective(data).loss(params)).toBe(4 / 3);
    expect(huberObjective(data, 1).loss(params)).toBeCloseTo((0 + 0.5 + 2.5) / 3, 15);
    // ψ = 0, 1, −1 → ∂/∂w = (0·0 + 1·1 − 1·2)/3, ∂/∂b = (0 + 1 − 1)/3.
    expect(huberObjective(data, 1).gradient(params)).toEqual({ w: [-1 / 3], b: 0 });
  });

  test('MAE’s subgradient counts a zero residual as 0: a line through the middle of three points is flat in b', () => {
    const data = { x: [0, 0, 0], y: [-1, 0, 1] };
    expect(absoluteErrorObjective(data).gradient({ w: [0], b: 0 })).toEqual({ w: [0], b: 0 });
    expect(absoluteErrorObjective(data).gradient({ w: [0], b: 0.5 })).toEqual({ w: [0], b: 1 / 3 });
  });

  test('Huber with δ beyond every residual is exactly half the textbook MSE', () => {
    const params = { w: [2], b: 0.5 };
    const half = squaredErrorLoss(outliers, params, CONVENTIONS.textbook) / 2;
    expect(huberObjective(outliers, 1e6).loss(params)).toBeCloseTo(half, 12);
    expect(huberObjective(outliers, Infinity).loss(params)).toBeCloseTo(half, 12);
  });

  test('the outlier experiment: MAE and Huber lines stay near 2.5x + 1, least squares is pulled away', () => {
    const lsq = leastSquares(outliers);
    const fit = (objective: ReturnType<typeof huberObjective>) =>
      optimize(objective, { method: 'gradient-descent', learningRate: { kind: 'inverse-time', rate: 0.5, decay: 0.01 }, steps: 20000 }).params.at(-1)!;
    const huber = fit(huberObjective(outliers, 1));
    const mae = fit(absoluteErrorObjective(outliers));
    const truth = leastSquares(clean);
    const off = (p: { w: number[]; b: number }) => Math.abs(p.w[0]! - truth.w[0]!) + Math.abs(p.b - truth.b);
    expect(off(huber)).toBeLessThan(off(lsq) / 2);
    expect(off(mae)).toBeLessThan(off(lsq) / 2);
  });
});

describe('robust loss grids', () => {
  const window = { wMin: 0, wMax: 5, bMin: -2, bMax: 4, width: 31, height: 23 };

  test('every sample is the brute-force loss at (ws[i], bs[j]) in LossGrid’s layout', () => {
    for (const [grid, objective] of [
      [absoluteErrorGrid(outliers, window), absoluteErrorObjective(outliers)],
      [huberGrid(outliers, window, 1.5), huberObjective(outliers, 1.5)],
    ] as const) {
      for (const [i, j] of [[0, 0], [30, 0], [0, 22], [17, 9]] as const) {
        expect(grid.values[j * 31 + i]).toBe(objective.loss({ w: [grid.ws[i]!], b: grid.bs[j]! }));
      }
      expect(grid.min).toBe(Math.min(...grid.values));
      expect(objective.loss({ w: [grid.argmin.w], b: grid.argmin.b })).toBe(grid.min);
    }
  });

  test('MAE’s creases show: with one point the grid is |w·x + b − y|, zero along the crease, V-shaped across it', () => {
    const grid = absoluteErrorGrid({ x: [1], y: [1] }, { wMin: -1, wMax: 3, bMin: -2, bMax: 2, width: 5, height: 5 });
    // ws = −1…3, bs = −2…2 in steps of 1: the crease w + b = 1 passes through samples.
    for (let j = 0; j < 5; j++) for (let i = 0; i < 5; i++) expect(grid.values[j * 5 + i]).toBe(Math.abs(grid.ws[i]! + grid.bs[j]! - 1));
    expect(grid.min).toBe(0);
    // Second difference across the crease is 2 (a kink), along a smooth piece it is 0.
    const row = Array.from({ length: 5 }, (_, i) => grid.values[2 * 5 + i]!);
    expect(row).toEqual([2, 1, 0, 1, 2]);
    const second = (i: number) => row[i - 1]! - 2 * row[i]! + row[i + 1]!;
    expect([second(1), second(2), second(3)]).toEqual([0, 2, 0]);
  });

  test('objectiveGrid draws a quadratic ravine too', () => {
    const bowl = stretchedBowl({ conditionNumber: 10, center: { w: 1, b: 0 } });
    const grid = objectiveGrid(bowl, { wMin: 0, wMax: 2, bMin: -1, bMax: 1, width: 3, height: 3 });
    expect(grid.argmin).toEqual({ w: 1, b: 0 });
    expect(grid.values[1 * 3 + 0]).toBeCloseTo(5, 13);
  });
});
