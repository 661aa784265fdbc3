/**
 * The 3D surface's painter, as its worker runs it, on canvases that record what is drawn on them:
 * what a request repaints, what it leaves, and that a request never painted still hands over its
 * grid and path. And the sender's side: the grid and the path travel only when they are new.
 */
import { describe, expect, it } from 'vitest';
import { squaredErrorGrid, squaredErrorStats, CONVENTIONS } from '../../../src/engine';
import { SurfacePainter } from '../../../src/components/figure/surface-paint';
import { packPath, SurfaceRequests, unpackPath, type SurfacePaintRequest } from '../../../src/components/figure/surface-requests';
import { shadedPalette } from '../../../src/charts/surface-palette';
import type { LandscapeGrid, WB } from '../../../src/charts/loss-landscape';

/** A 2D context that counts what is drawn (fills, strokes, text) and ignores the rest. */
function recordingCanvas() {
  const counts = { fill: 0, stroke: 0, text: 0, clear: 0 };
  const ctx = new Proxy(
    {},
    {
      get(target: Record<string | symbol, unknown>, key) {
        if (key === 'fill') return () => void (counts.fill += 1);
        if (key === 'stroke') return () => void (counts.stroke += 1);
        if (key === 'fillText') return () => void (counts.text += 1);
        if (key === 'clearRect') return () => void (counts.clear += 1);
        if (key in target) return target[key];
        return () => undefined;
      },
      set(target, key, value) {
        target[key] = value;
        return true;
      },
    },
  );
  const canvas = { width: 0, height: 0, getContext: () => ctx };
  return { canvas: canvas as unknown as OffscreenCanvas, counts };
}

const stats = squaredErrorStats([-2, -1, 0, 1, 2, 3], [-1.2, 0.4, 1.1, 2.9, 4.2, 6.1]);
const grid: LandscapeGrid = squaredErrorGrid(stats, { wMin: -2, wMax: 4, bMin: -3, bMax: 5, width: 61, height: 41 }, CONVENTIONS.textbook);
const path: WB[] = Array.from({ length: 30 }, (_, k) => ({ w: -1 + k * 0.1, b: 2 - k * 0.05 }));
const colours = { fg: '#111', muted: '#666', bg: '#fff', model: '#a9447f', good: '#00795a', font: 'sans-serif' };
const base: Omit<SurfacePaintRequest, 'grid' | 'path'> = {
  pathShown: undefined,
  point: { w: 1, b: 1 },
  minimum: { w: 1.5, b: 1.2 },
  logScale: true,
  colourLogScale: true,
  view: { azimuth: 30, elevation: 35 },
  width: 400,
  height: 300,
  dpr: 1,
  colours,
  resolution: 24,
  outline: false,
};

function painter() {
  const surface = recordingCanvas();
  const marks = recordingCanvas();
  return { surface, marks, painter: new SurfacePainter(surface.canvas, marks.canvas, shadedPalette(64, 6)) };
}

describe('SurfacePainter', () => {
  it('paints nothing until it has a grid, then the surface and the marks at the pixel size asked for', () => {
    const { surface, marks, painter: p } = painter();
    expect(p.paint({ ...base })).toBe(0);
    expect(surface.counts.fill).toBe(0);
    expect(p.paint({ ...base, grid, path: packPath(path), dpr: 2 })).toBe(24);
    expect(surface.canvas.width).toBe(800);
    expect(marks.canvas.height).toBe(600);
    // Quads of one colour that follow each other share a fill, so there are fewer fills than quads but many.
    expect(surface.counts.fill).toBeGreaterThan(24);
    expect(surface.counts.fill).toBeLessThanOrEqual(24 * 24);
    // The two axis names.
    expect(surface.counts.text).toBe(2);
    // The point is filled; path and minimum are stroked with their halos.
    expect(marks.counts.fill).toBe(1);
    expect(marks.counts.stroke).toBeGreaterThanOrEqual(5);
  });

  it('repaints only the marks when only the point or the path moves, and the surface when the view turns', () => {
    const { surface, marks, painter: p } = painter();
    p.paint({ ...base, grid, path: packPath(path) });
    const fills = surface.counts.fill;
    const marksCleared = marks.counts.clear;
    p.paint({ ...base, point: { w: 0.5, b: 0.2 }, pathShown: 10 });
    expect(surface.counts.fill).toBe(fills);
    expect(marks.counts.clear).toBe(marksCleared + 1);
    p.paint({ ...base, view: { azimuth: 40, elevation: 35 } });
    expect(surface.counts.fill).toBeGreaterThan(fills);
  });

  it('repaints the surface for a new grid, at the same view', () => {
    const { surface, painter: p } = painter();
    p.paint({ ...base, grid });
    const fills = surface.counts.fill;
    const steeper = squaredErrorGrid(squaredErrorStats([-2, -1, 0, 1, 2, 3], [-4, -2, 0, 2, 4, 6]), { wMin: -2, wMax: 4, bMin: -3, bMax: 5, width: 61, height: 41 }, CONVENTIONS.textbook);
    p.paint({ ...base, grid: steeper });
    expect(surface.counts.fill).toBeGreaterThan(fills);
  });

  it('strokes every quad of the full mesh once things hold still', () => {
    const { surface, painter: p } = painter();
    expect(p.paint({ ...base, grid, resolution: 40, outline: true })).toBe(40);
    expect(surface.counts.fill).toBe(40 * 40);
    // The floor, then one mesh line per quad.
    expect(surface.counts.stroke).toBe(1 + 40 * 40);
  });

  it('keeps the grid a request carried even when a later request is the one painted', () => {
    const { surface, painter: p } = painter();
    p.take({ ...base, grid, path: packPath(path) });
    expect(p.paint({ ...base })).toBe(24);
    expect(surface.counts.fill).toBeGreaterThan(0);
  });
});

describe('SurfaceRequests', () => {
  it('carries the grid (its numbers only) and the path the first time, and again only when they change', () => {
    const requests = new SurfaceRequests();
    const first = requests.next(base, grid, path);
    expect(first.grid).toEqual({ values: grid.values, width: grid.width, height: grid.height, x1: grid.x1, x2: grid.x2, y1: grid.y1, y2: grid.y2, min: grid.min, max: grid.max });
    expect(first.path).toEqual(packPath(path));
    const second = requests.next({ ...base, pathShown: 5 }, grid, path);
    expect('grid' in second).toBe(false);
    expect('path' in second).toBe(false);
    expect(second.pathShown).toBe(5);
    const newPath = path.slice(0, 10);
    const third = requests.next(base, grid, newPath);
    expect('grid' in third).toBe(false);
    expect(third.path).toEqual(packPath(newPath));
    // No path is news too: the painter must drop the one it holds.
    expect(requests.next(base, grid, null).path).toBeNull();
  });
});

describe('the path on the wire', () => {
  it('packs to w and b in turn and unpacks to the same points, the empty path too', () => {
    const path = [{ w: 1.5, b: -2 }, { w: -0, b: 1e-300 }, { w: Number.MAX_VALUE, b: 3 }];
    expect(Array.from(packPath(path))).toEqual([1.5, -2, -0, 1e-300, Number.MAX_VALUE, 3]);
    expect(unpackPath(packPath(path))).toEqual(path);
    expect(unpackPath(packPath([]))).toEqual([]);
  });
});
