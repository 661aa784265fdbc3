import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isolines, isolinesAtLevels, type Isoline } from '../../../src/engine/isolines';

/** Samples f(i, j) on a width × height lattice, row j after row j − 1. */
function lattice(width: number, height: number, f: (i: number, j: number) => number): Float64Array {
  const out = new Float64Array(width * height);
  for (let j = 0; j < height; j++) for (let i = 0; i < width; i++) out[j * width + i] = f(i, j);
  return out;
}

/** The value linear interpolation along the lattice edge through (x, y) gives there. */
function onEdge(values: ArrayLike<number>, width: number, height: number, x: number, y: number): number {
  if (Number.isInteger(x)) {
    const j = Math.min(Math.floor(y), height - 2);
    const t = y - j;
    return values[j * width + x]! * (1 - t) + values[(j + 1) * width + x]! * t;
  }
  expect(Number.isInteger(y)).toBe(true);
  const i = Math.min(Math.floor(x), width - 2);
  const t = x - i;
  return values[y * width + i]! * (1 - t) + values[y * width + i + 1]! * t;
}

const points = (lines: Isoline[]) => lines.flatMap((l) => Array.from(l.xs, (x, k) => [x, l.ys[k]!] as const));

describe('isolines', () => {
  it('draws a plane’s level as one straight line across the lattice', () => {
    const values = lattice(6, 5, (i) => i);
    const lines = isolines(values, 6, 5, 2.3);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.closed).toBe(false);
    for (const [x] of points(lines)) expect(x).toBeCloseTo(2.3, 12);
    expect(Array.from(lines[0]!.ys).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4]);
  });

  it('with toEdges, runs the line on to half a cell beyond the outer samples', () => {
    const values = lattice(6, 5, (i, j) => i + 0.1 * j);
    const [line] = isolines(values, 6, 5, 2.3, { toEdges: true });
    const ys = Array.from(line!.ys);
    expect(Math.min(...ys)).toBeCloseTo(-0.5, 12);
    expect(Math.max(...ys)).toBeCloseTo(4.5, 12);
    // The plane is extrapolated exactly, so the line stays on it beyond the samples too.
    for (const [x, y] of points([line!])) expect(x + 0.1 * y).toBeCloseTo(2.3, 12);
    // A level just past the outermost samples is still drawn, in the half cell beyond them.
    const outer = isolines(values, 6, 5, -0.3, { toEdges: true });
    expect(outer).toHaveLength(1);
    for (const [x] of points(outer)) expect(x).toBeGreaterThanOrEqual(-0.5 - 1e-12);
    expect(isolines(values, 6, 5, -0.3)).toEqual([]);
  });

  it('draws a bowl’s level as one closed ring at that radius', () => {
    const values = lattice(41, 41, (i, j) => (i - 20.3) ** 2 + (j - 19.6) ** 2);
    const lines = isolines(values, 41, 41, 12 ** 2);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.closed).toBe(true);
    const ring = points(lines);
    expect(ring.length).toBeGreaterThan(60);
    // Linear interpolation of a parabola along an edge is off by at most a quarter cell² over 2r.
    for (const [x, y] of ring) expect(Math.abs(Math.hypot(x - 20.3, y - 19.6) - 12)).toBeLessThan(0.25 / 12 + 1e-9);
  });

  it('splits a saddle cell by its mean', () => {
    // Corners 1 (bottom left), 0, 1 (top right), 0: the mean 0.5 sides with the high corners at level 0.4…
    const saddle = Float64Array.of(1, 0, 0, 1);
    const low = isolines(saddle, 2, 2, 0.4);
    expect(low).toHaveLength(2);
    // …so each line cuts off a low corner: bottom right (1, 0) and top left (0, 1).
    const cornerOf = (l: Isoline) => [Math.round((l.xs[0]! + l.xs[1]!) / 2), Math.round((l.ys[0]! + l.ys[1]!) / 2)];
    expect(low.map(cornerOf).sort()).toEqual([[0, 1], [1, 0]]);
    // At level 0.6 the mean is below, and the lines cut off the high corners instead.
    expect(isolines(saddle, 2, 2, 0.6).map(cornerOf).sort()).toEqual([[0, 0], [1, 1]]);
  });

  it('gives no lines for a level outside the samples or one that is not a number', () => {
    const values = lattice(4, 4, (i, j) => i + j);
    expect(isolines(values, 4, 4, -1)).toEqual([]);
    expect(isolines(values, 4, 4, 7)).toEqual([]);
    expect(isolines(values, 4, 4, NaN)).toEqual([]);
    expect(isolines(values, 4, 4, Infinity)).toEqual([]);
  });

  it('treats samples that are not finite as higher than any level, with finite points only', () => {
    const values = lattice(5, 5, (i, j) => (i === 2 && j === 2 ? NaN : i === 4 ? Infinity : 0));
    for (const toEdges of [false, true]) {
      const lines = isolines(values, 5, 5, 1, { toEdges });
      expect(lines.length).toBeGreaterThan(0);
      for (const [x, y] of points(lines)) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
  });

  it('refuses a lattice it cannot trace, saying why', () => {
    expect(() => isolines([1, 2], 1, 2, 1)).toThrow(/at least 2 × 2/);
    expect(() => isolines([1, 2, 3], 2, 2, 1)).toThrow(/3 values for a 2 × 2 lattice/);
  });

  it('puts every point on a lattice edge where the samples interpolate to the level, using each crossing once', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 9 }),
        fc.integer({ min: 2, max: 9 }),
        fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 81, maxLength: 81 }),
        fc.double({ min: -9, max: 9, noNaN: true }),
        (width, height, pool, level) => {
          const values = Float64Array.from(pool.slice(0, width * height));
          const lines = isolines(values, width, height, level);
          let crossings = 0;
          for (let j = 0; j < height; j++) {
            for (let i = 0; i < width; i++) {
              const here = values[j * width + i]! >= level;
              if (i + 1 < width && here !== values[j * width + i + 1]! >= level) crossings++;
              if (j + 1 < height && here !== values[(j + 1) * width + i]! >= level) crossings++;
            }
          }
          const all = points(lines);
          expect(all.length).toBe(crossings);
          for (const line of lines) expect(line.xs.length).toBeGreaterThanOrEqual(2);
          for (const [x, y] of all) expect(onEdge(values, width, height, x, y)).toBeCloseTo(level, 6);
          // Consecutive points of a line share a cell.
          for (const line of lines) {
            for (let k = 1; k < line.xs.length; k++) {
              expect(Math.abs(line.xs[k]! - line.xs[k - 1]!)).toBeLessThanOrEqual(1 + 1e-12);
              expect(Math.abs(line.ys[k]! - line.ys[k - 1]!)).toBeLessThanOrEqual(1 + 1e-12);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('many levels at once give what each level gives alone, with non-finite levels empty', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 9 }),
        fc.integer({ min: 2, max: 9 }),
        fc.array(fc.oneof(fc.double({ min: -2, max: 2, noNaN: true }), fc.constant(Infinity)), { minLength: 81, maxLength: 81 }),
        fc.array(fc.oneof(fc.double({ min: -2, max: 2, noNaN: true }), fc.constant(NaN)), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (width, height, pool, levels, toEdges) => {
          const values = pool.slice(0, width * height);
          const together = isolinesAtLevels(values, width, height, levels, { toEdges });
          expect(together).toEqual(levels.map((level) => isolines(values, width, height, level, { toEdges })));
        },
      ),
      { numRuns: 200 },
    );
  });
});
