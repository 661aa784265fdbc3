import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CONVENTIONS, crossEntropyGrid, crossEntropyLoss, lossGrid, squaredErrorGrid, squaredErrorObjective, squaredErrorStats, type GridWindow } from '../../../src/engine/index';
import { exactSquaredError, lineData } from './support/arbitraries';

const windows: fc.Arbitrary<GridWindow> = fc
  .record({
    w: fc.tuple(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: 0.1, max: 20, noNaN: true })),
    b: fc.tuple(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: 0.1, max: 20, noNaN: true })),
    width: fc.integer({ min: 2, max: 9 }),
    height: fc.integer({ min: 2, max: 9 }),
  })
  .map(({ w, b, width, height }) => ({ wMin: w[0], wMax: w[0] + w[1], bMin: b[0], bMax: b[0] + b[1], width, height }));

describe('loss grids', () => {
  test('the sufficient-statistics grid equals the brute-force grid in every convention', () => {
    fc.assert(
      fc.property(lineData(1), windows, exactSquaredError, (data, window, convention) => {
        const fast = squaredErrorGrid(squaredErrorStats(data.x, data.y), window, convention);
        const slow = lossGrid(squaredErrorObjective(data, convention), window);
        const scale = 1 + data.y.reduce((s, v) => s + v * v, 0) / data.y.length;
        const tolerance = (v: number) => 1e-12 * scale + 1e-10 * v;
        fast.values.forEach((v, i) => expect(Math.abs(v - slow.values[i]!)).toBeLessThan(tolerance(slow.values[i]!)));
        // Exact ties can break either way under rounding, so compare the value found, not its position.
        const found = slow.values[fast.ws.indexOf(fast.argmin.w) + fast.width * fast.bs.indexOf(fast.argmin.b)]!;
        expect(found - slow.min).toBeLessThan(2 * tolerance(slow.min));
      }),
    );
  });

  test('row j holds b = bs[j] and column i holds w = ws[i], with both ends of the window sampled', () => {
    const data = { x: [0, 1, 2], y: [1, 3, 5.5] };
    const window = { wMin: -1, wMax: 3, bMin: 0, bMax: 2, width: 5, height: 3 };
    const grid = squaredErrorGrid(squaredErrorStats(data.x, data.y), window, CONVENTIONS.textbook);
    expect(Array.from(grid.ws)).toEqual([-1, 0, 1, 2, 3]);
    expect(Array.from(grid.bs)).toEqual([0, 1, 2]);
    const mse = (w: number, b: number) => data.x.reduce((s, x, i) => s + (w * x + b - data.y[i]!) ** 2, 0) / 3;
    expect(grid.values[2 * 5 + 3]).toBeCloseTo(mse(2, 2), 12);
    expect(grid.values[1 * 5 + 0]).toBeCloseTo(mse(-1, 1), 12);
  });

  test('the Plot extents put every sample at the centre of its pixel', () => {
    const grid = squaredErrorGrid(squaredErrorStats([0, 1], [0, 1]), { wMin: 0, wMax: 4, bMin: -1, bMax: 1, width: 5, height: 3 }, CONVENTIONS.textbook);
    expect([grid.x1, grid.x2, grid.y1, grid.y2]).toEqual([-0.5, 4.5, -1.5, 1.5]);
    const dx = (grid.x2 - grid.x1) / grid.width;
    grid.ws.forEach((w, i) => expect(grid.x1 + (i + 0.5) * dx).toBeCloseTo(w, 12));
  });

  test('min, max and argmin describe the sampled values', () => {
    const data = { x: [-1, 0, 1], y: [0, 1, 0] };
    const grid = crossEntropyGrid(data, { wMin: -2, wMax: 2, bMin: -2, bMax: 2, width: 5, height: 5 }, CONVENTIONS.source004);
    expect(grid.min).toBe(Math.min(...grid.values));
    expect(grid.max).toBe(Math.max(...grid.values));
    expect(crossEntropyLoss(data, { w: [grid.argmin.w], b: grid.argmin.b }, CONVENTIONS.source004)).toBe(grid.min);
  });
});
