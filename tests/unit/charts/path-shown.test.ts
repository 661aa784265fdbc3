/**
 * A scrub shows the first k points of one run's path (pathShown) instead of a new, shorter path on
 * every frame. Whatever k, the map and the surface must draw exactly what the shorter path drew.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { clippedRun, clipPath, lossLandscapeSketch, type WB } from '../../../src/charts/loss-landscape';
import { shapePoints, shownCount } from '../../../src/charts/sketch';
import { surfaceScene } from '../../../src/charts/surface';
import { drawSketch, type SketchScales } from '../../../src/components/figure/sketch-layer';
import { CONVENTIONS, squaredErrorGrid, squaredErrorStats } from '../../../src/engine';

const stats = squaredErrorStats([-2, -1, 0, 1, 2, 3], [-1.2, 0.4, 1.1, 2.9, 4.2, 6.1]);
const grid = squaredErrorGrid(stats, { wMin: -2, wMax: 4, bMin: -3, bMax: 5, width: 31, height: 21 }, CONVENTIONS.textbook);
const win = { x1: grid.x1, x2: grid.x2, y1: grid.y1, y2: grid.y2 };

/** Points in and around the window, with now and then one far out or not a number. */
const coordinate = fc.oneof(
  { weight: 8, arbitrary: fc.double({ min: -6, max: 8, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -1e200, 1e12) },
);
const paths = fc.array(fc.record({ w: coordinate, b: coordinate }), { minLength: 1, maxLength: 40 });
const withShown = paths.chain((path) => fc.tuple(fc.constant(path), fc.integer({ min: 0, max: path.length })));

const { document: page } = parseHTML('<!doctype html><html><body></body></html>');
const document = page as unknown as Document;
const scales: SketchScales = {
  x: { apply: (v) => 40 + 50 * (Number(v) - win.x1), range: [40, 340] },
  y: { apply: (v) => 300 - 30 * (Number(v) - win.y1), range: [300, 60] },
};

describe('clippedRun', () => {
  it('shows, for any k, the lines and dots that clipPath makes of the first k points', () => {
    fc.assert(
      fc.property(withShown, ([path, k]) => {
        const run = clippedRun(path, win);
        const alone = clipPath(path.slice(0, k), win);
        expect(run.lines.slice(0, run.linesBefore[k])).toEqual(alone.segments.map((s) => ({ x1: s.w1, y1: s.b1, x2: s.w2, y2: s.b2 })));
        expect(run.dots.slice(0, run.dotsBefore[k])).toEqual(alone.points.map((p) => ({ x: p.w, y: p.b })));
      }),
    );
  });

  it('is made once per path and window', () => {
    const path: WB[] = [{ w: 0, b: 0 }, { w: 1, b: 1 }, { w: 2, b: 1.5 }];
    expect(clippedRun(path, win)).toBe(clippedRun(path, { ...win }));
    expect(clippedRun(path, { ...win, x2: 3 })).not.toBe(clippedRun(path, win));
  });

  it('takes a count that is not a whole number in range as all or nothing', () => {
    expect(shownCount(5, undefined)).toBe(5);
    expect(shownCount(5, NaN)).toBe(5);
    expect(shownCount(5, 99)).toBe(5);
    expect(shownCount(5, -3)).toBe(0);
    expect(shownCount(5, 2.7)).toBe(2);
  });
});

describe('a landscape with pathShown', () => {
  it('draws the same pixels as a landscape given only the shown points', () => {
    fc.assert(
      fc.property(withShown, ([path, k]) => {
        const point = path[Math.max(0, k - 1)];
        const shown = drawSketch(null, lossLandscapeSketch({ grid, path, pathShown: k, point }), scales, 400, 340, document);
        const alone = drawSketch(null, lossLandscapeSketch({ grid, path: path.slice(0, k), point }), scales, 400, 340, document);
        expect(shown.outerHTML).toBe(alone.outerHTML);
      }),
    );
  });

  it('moves through a run frame by frame as if each frame had a new path', () => {
    const path = Array.from({ length: 60 }, (_, i) => ({ w: -1.5 + 0.09 * i, b: 4 - 0.12 * i + 0.4 * Math.sin(i) }));
    let live: SVGSVGElement | null = null;
    // Forwards from the start (the path is clipped and written as far as shown), back, and on to the end.
    for (const k of [1, 2, 37, 36, 59, 0, 60, 12]) {
      live = drawSketch(live, lossLandscapeSketch({ grid, path, pathShown: k }), scales, 400, 340, document);
      const fresh = drawSketch(null, lossLandscapeSketch({ grid, path: path.slice(0, k) }), scales, 400, 340, document);
      expect(live.outerHTML).toBe(fresh.outerHTML);
    }
  });

  it('reads as data only the shown part', () => {
    const path = [{ w: 0, b: 0 }, { w: 1, b: 1 }, { w: 2, b: 1.5 }, { w: 2.5, b: 1.6 }];
    const shapes = lossLandscapeSketch({ grid, path, pathShown: 2 }).shapes;
    const trail = shapes.filter((s) => s.kind === 'segments' || (s.kind === 'dots' && s.r === 2.5));
    expect(trail.map((s) => shapePoints(s).length)).toEqual([2, 2, 2]);
  });

  it('clips only the points on show: a new run costs its first steps, not all of them', () => {
    let reads = 0;
    const points = Array.from({ length: 1000 }, (_, i) => ({ w: Math.cos(i / 50), b: Math.sin(i / 50) }));
    const path = new Proxy(points, { get: (target, key, receiver) => (typeof key === 'string' && /^\d+$/.test(key) && (reads += 1), Reflect.get(target, key, receiver)) });
    lossLandscapeSketch({ grid, path, pathShown: 10 });
    expect(reads).toBeLessThan(100); // a few reads per point on show; the whole run would be 5 000
    lossLandscapeSketch({ grid, path, pathShown: 500 });
    expect(reads).toBeGreaterThan(490);
    expect(reads).toBeLessThan(3000);
  });
});

describe('a surface with pathShown', () => {
  it('projects a run as far as shown and on as the scrub goes, the same as a cut-off path', () => {
    const path = Array.from({ length: 80 }, (_, i) => ({ w: -3 + 0.1 * i, b: 4 - 0.11 * i + Math.sin(i / 3) }));
    const view = { azimuth: 40, elevation: 25 };
    for (const k of [3, 4, 50, 20, 80, 0, 65]) {
      const shown = surfaceScene({ grid, view, width: 400, height: 300, resolution: 8, quads: false, path, pathShown: k });
      const alone = surfaceScene({ grid, view, width: 400, height: 300, resolution: 8, quads: false, path: path.slice(0, k) });
      expect(shown.path).toEqual(alone.path);
    }
  });


  it('draws the same runs as a surface given only the shown points', () => {
    fc.assert(
      fc.property(withShown, fc.integer({ min: 0, max: 359 }), ([path, k], azimuth) => {
        const view = { azimuth, elevation: 30 };
        const shown = surfaceScene({ grid, view, width: 400, height: 300, resolution: 8, quads: false, path, pathShown: k });
        const alone = surfaceScene({ grid, view, width: 400, height: 300, resolution: 8, quads: false, path: path.slice(0, k) });
        expect(shown.path).toEqual(alone.path);
      }),
    );
  });
});
