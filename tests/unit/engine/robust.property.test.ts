import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { absoluteErrorObjective, CONVENTIONS, huberObjective, squaredErrorLoss, type Params, type RobustObjective } from '../../../src/engine/index';
import { lineData, paramsFor, rowData } from './support/arbitraries';

const num = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

/** Residuals ŷ − y of a linear model (rows or a flat list of x). */
function residualsOf(data: { x?: ArrayLike<number>; X?: ArrayLike<number>[]; y: ArrayLike<number> }, p: Params): number[] {
  const rows = data.X ?? Array.from(data.x!, (v) => [v]);
  return rows.map((row, i) => p.w.reduce((s, w, j) => s + w * row[j]!, p.b) - data.y[i]!);
}

/** Central differences of objective.loss, step h in every coordinate. */
function numericGradient(objective: RobustObjective, p: Params, h: number): number[] {
  const theta = [...p.w, p.b];
  return theta.map((_, j) => {
    const at = (t: number) => {
      const moved = theta.map((v, i) => (i === j ? v + t : v));
      return objective.loss({ w: moved.slice(0, -1), b: moved.at(-1)! });
    };
    return (at(h) - at(-h)) / (2 * h);
  });
}

describe('robust loss laws', () => {
  test('gradients match central differences away from the creases (|r| ≠ 0 for MAE, |r| ≠ δ for Huber)', () => {
    const h = 1e-6;
    fc.assert(
      fc.property(rowData, fc.nat(), num(0.05, 5), (data, seed, delta) => {
        const d = data.X[0]!.length;
        const p = { w: Array.from({ length: d }, (_, j) => Math.sin(seed + j) * 2), b: Math.cos(seed) };
        // A crease within reach of the difference step would make it straddle the kink: skip those points.
        const reach = 2 * h * (1 + d * 3);
        const r = residualsOf(data, p);
        for (const [objective, creases] of [
          [absoluteErrorObjective(data), [0]],
          [huberObjective(data, delta), [delta, -delta]],
        ] as const) {
          fc.pre(r.every((v) => creases.every((c) => Math.abs(v - c) > reach)));
          const analytic = objective.gradient(p);
          const numeric = numericGradient(objective, p, h);
          [...analytic.w, analytic.b].forEach((g, j) => expect(Math.abs(g - numeric[j]!)).toBeLessThan(1e-6 * (1 + Math.abs(g))));
        }
      }),
      { numRuns: 200 },
    );
  });

  test('Huber ≤ ½·MSE, with ½·MSE − Huber = (1/n)Σ_{|r|>δ}(|r| − δ)²/2; equal once δ ≥ max|r| (δ → ∞)', () => {
    fc.assert(
      fc.property(lineData(1), paramsFor(1), num(0.01, 10), (data, p, delta) => {
        const half = squaredErrorLoss(data, p, CONVENTIONS.textbook) / 2;
        const huber = huberObjective(data, delta).loss(p);
        const r = residualsOf(data, p);
        const gap = r.reduce((s, v) => s + (Math.abs(v) > delta ? (Math.abs(v) - delta) ** 2 / 2 : 0), 0) / r.length;
        expect(Math.abs(half - huber - gap)).toBeLessThan(1e-12 * (1 + half));
        const big = Math.max(...r.map(Math.abs));
        expect(Math.abs(huberObjective(data, big + 1).loss(p) - half)).toBeLessThan(1e-12 * (1 + half));
      }),
    );
  });

  test('−δ²/2 ≤ Huber − δ·MAE ≤ 0 for every δ, so Huber/δ → MAE as δ → 0', () => {
    fc.assert(
      fc.property(lineData(1), paramsFor(1), num(1e-6, 10), (data, p, delta) => {
        const mae = absoluteErrorObjective(data).loss(p);
        const diff = huberObjective(data, delta).loss(p) - delta * mae;
        const slack = 1e-12 * (1 + delta * mae);
        expect(diff).toBeLessThanOrEqual(slack);
        expect(diff).toBeGreaterThanOrEqual(-(delta * delta) / 2 - slack);
      }),
    );
  });

  test('the Huber gradient is bounded by δ·mean‖(x, 1)‖ — one far point cannot pull harder than δ', () => {
    fc.assert(
      fc.property(lineData(1), paramsFor(1), num(0.01, 5), num(1e3, 1e9), (data, p, delta, far) => {
        const withFar = { x: [...data.x, 1], y: [...data.y, far] };
        const g = huberObjective(withFar, delta).gradient(p);
        const n = withFar.x.length;
        const bound = (delta * withFar.x.reduce((s, v) => s + Math.hypot(v, 1), 0)) / n;
        expect(Math.hypot(g.w[0]!, g.b)).toBeLessThanOrEqual(bound * (1 + 1e-12));
      }),
    );
  });
});
