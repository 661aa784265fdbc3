/**
 * Lesson 3's prose makes claims about the landscape of its default data and about the cost of
 * drawing it. The numbers are computed at build time; these tests keep the sentences true.
 */
import { describe, expect, it } from 'vitest';
import {
  CONVENTIONS,
  gridOperationCounts,
  leastSquares,
  quadraticAt,
  squaredErrorGrid,
  squaredErrorLoss,
  squaredErrorQuadratic,
  squaredErrorStats,
} from '../../../src/engine';
import { LANDSCAPE_GRID_SIZE, LANDSCAPE_WINDOW, landscapeData } from '../../../src/figures/landscape';
import { BIG_N, DRAGGED_DOWN_Y, EXERCISE, landscapeDefaults as d, lesson3, SOURCE_002_GRID } from '../../../src/lessons/landscape-numbers';

const { base, data } = landscapeData(d);
const best = leastSquares(data);
const quadOf = (xy: { x: ArrayLike<number>; y: ArrayLike<number> }) => squaredErrorQuadratic(squaredErrorStats(xy.x, xy.y));

describe('lesson 3 claims', () => {
  it('the orange point starts on the true line', () => {
    expect(d.ey).toBeCloseTo(d.slope * d.ex + 1, 12);
  });

  it('dragging the orange point down gives a flatter line with a higher intercept', () => {
    const moved = leastSquares(landscapeData({ ...d, ey: DRAGGED_DOWN_Y }).data);
    expect(moved.w[0]!).toBeLessThan(best.w[0]!);
    expect(moved.b).toBeGreaterThan(best.b);
  });

  it('the bowl’s shape (the w², wb and b² coefficients) does not change with the y values', () => {
    const q = quadOf(data);
    for (const other of [{ ...d, ey: DRAGGED_DOWN_Y }, { ...d, noise: 2.5 }, { ...d, slope: 3.5 }, { ...d, seed: 5 }]) {
      const r = quadOf(landscapeData(other).data);
      expect(r.ww).toBeCloseTo(q.ww, 12);
      expect(r.wb).toBeCloseTo(q.wb, 12);
      expect(r.bb).toBe(q.bb);
    }
  });

  it('the contours are tilted from upper left to lower right (positive wb coefficient) and form one bowl', () => {
    const q = quadOf(data);
    expect(q.wb).toBeGreaterThan(0);
    expect(q.ww * q.bb - (q.wb / 2) ** 2).toBeGreaterThan(0);
  });

  it('the quadratic gives the loss the engine computes', () => {
    const q = quadOf(data);
    for (const [w, b] of [[0, 0], [best.w[0]!, best.b], [3, -2]] as const) {
      expect(quadraticAt(q, w, b)).toBeCloseTo(squaredErrorLoss(data, { w: [w], b }, CONVENTIONS.textbook), 9);
    }
  });

  it('with no noise the lowest loss is zero', () => {
    const quiet = landscapeData({ ...d, noise: 0 }).data;
    const b0 = leastSquares(quiet);
    expect(squaredErrorLoss(quiet, b0, CONVENTIONS.textbook)).toBeLessThan(1e-20);
  });

  it('the rim of the figure’s window is hundreds of times higher than the floor, and the minimum is inside it', () => {
    const grid = squaredErrorGrid(squaredErrorStats(data.x, data.y), { ...LANDSCAPE_WINDOW, width: LANDSCAPE_GRID_SIZE, height: LANDSCAPE_GRID_SIZE }, CONVENTIONS.textbook);
    expect(grid.max / grid.min).toBeGreaterThan(100);
    expect(best.w[0]!).toBeGreaterThan(LANDSCAPE_WINDOW.wMin);
    expect(best.w[0]!).toBeLessThan(LANDSCAPE_WINDOW.wMax);
    expect(best.b).toBeGreaterThan(LANDSCAPE_WINDOW.bMin);
    expect(best.b).toBeLessThan(LANDSCAPE_WINDOW.bMax);
    expect(squaredErrorLoss(data, { w: [0], b: 0 }, CONVENTIONS.textbook)).toBeGreaterThan(grid.max / 10);
  });

  it('002’s grid misses the true minimum: its lowest sample is above the closed-form loss', () => {
    const b0 = leastSquares(base);
    expect(Number(lesson3.bruteMin)).toBeGreaterThan(Number(lesson3.baseBestMse));
    expect(squaredErrorLoss(base, b0, CONVENTIONS.textbook)).toBeLessThan(Number(lesson3.bruteMin));
  });

  it('the sums are several times cheaper on 002’s grid and over a thousand times cheaper with 100 000 points', () => {
    const cells = SOURCE_002_GRID.width * SOURCE_002_GRID.height;
    expect(gridOperationCounts(base.x.length, cells).ratio).toBeGreaterThan(5);
    expect(gridOperationCounts(BIG_N, cells).ratio).toBeGreaterThan(1000);
  });

  it('the exercise answer is one third, as the direct check says', () => {
    expect(lesson3.exerciseLoss).toBeCloseTo(1 / 3, 12);
    const r = EXERCISE.x.map((x, i) => EXERCISE.y[i]! - (EXERCISE.w * x + EXERCISE.b));
    expect(r).toEqual([0, 0, 1]);
  });
});
