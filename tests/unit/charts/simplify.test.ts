import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTOUR_TOLERANCE, contourPaths } from '../../../src/charts/grid-marks';
import { simplifyPolyline } from '../../../src/charts/simplify';

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const l2 = dx * dx + dy * dy;
  const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / l2));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

const polyline = fc
  .array(fc.tuple(fc.double({ min: -500, max: 500, noNaN: true }), fc.double({ min: -500, max: 500, noNaN: true })), { minLength: 0, maxLength: 60 })
  .map((points) => ({ xs: points.map((p) => p[0]), ys: points.map((p) => p[1]) }));

describe('simplifyPolyline', () => {
  it('keeps both ends, in order, and every dropped vertex lies within the tolerance of the segment that replaces it', () => {
    fc.assert(
      fc.property(polyline, fc.double({ min: 0, max: 20, noNaN: true }), ({ xs, ys }, tolerance) => {
        const kept = simplifyPolyline(xs, ys, tolerance);
        if (xs.length === 0) {
          expect(kept).toEqual([]);
          return;
        }
        expect(kept[0]).toBe(0);
        expect(kept.at(-1)).toBe(xs.length - 1);
        for (let k = 1; k < kept.length; k++) {
          const [a, b] = [kept[k - 1]!, kept[k]!];
          expect(b).toBeGreaterThan(a);
          for (let i = a + 1; i < b; i++) expect(distanceToSegment(xs[i]!, ys[i]!, xs[a]!, ys[a]!, xs[b]!, ys[b]!)).toBeLessThanOrEqual(tolerance + 1e-9);
        }
      }),
    );
  });

  it('reduces a straight run to its ends and keeps every corner of a zigzag taller than the tolerance', () => {
    const xs = Array.from({ length: 50 }, (_, i) => i);
    expect(simplifyPolyline(xs, xs.map((x) => 2 * x + 1), 0.01)).toEqual([0, 49]);
    const zig = xs.map((x) => (x % 2 === 0 ? 0 : 1));
    expect(simplifyPolyline(xs, zig, 0.4)).toHaveLength(50);
  });
});

describe('contourPaths', () => {
  /** A cone: the distance from the centre of a 60 × 60 grid, drawn on identity scales (one sample per pixel). */
  const n = 60;
  const values = Float64Array.from({ length: n * n }, (_, k) => Math.hypot((k % n) + 0.5 - n / 2, Math.floor(k / n) + 0.5 - n / 2));
  const grid = { values, width: n, height: n, x1: 0, x2: n, y1: 0, y2: n };
  const identity = (v: number) => v;
  const scales = { x: identity, y: identity };
  const vertices = (d: string) => [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);

  it('traces a circle of the level radius: every vertex within a tolerance and a rounding of it', () => {
    const d = contourPaths(grid, [20], scales)[0]!;
    const points = vertices(d);
    expect(points.length).toBeGreaterThan(16);
    for (const [x, y] of points) expect(Math.abs(Math.hypot(x - n / 2, y - n / 2) - 20)).toBeLessThan(0.1 + CONTOUR_TOLERANCE);
    expect(d.endsWith('Z')).toBe(true);
  });

  it('drops most of the vertices of the unsimplified trace on gentle curves', () => {
    // A circle of radius 20 crosses about 4·2·20 = 160 cell edges; far fewer vertices are needed to draw it.
    expect(vertices(contourPaths(grid, [20], scales)[0]!).length).toBeLessThan(100);
  });
});
