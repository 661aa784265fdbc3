import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseRgb } from '../../../src/charts/grid-marks';
import { circlePoints, clipPath, clipSegment, contourLevels, landscapeBaseKey, landscapeColour, logFloor, lossLandscapeBase, lossLandscapeLayers, lossLandscapeSketch, type LossLandscapeInput } from '../../../src/charts/loss-landscape';
import { drawSketch } from '../../../src/components/figure/sketch-layer';
import { createServerCanvas } from '../../../src/components/figure/server-canvas';
import { CONVENTIONS, squaredErrorGrid, squaredErrorStats } from '../../../src/engine';

const stats = squaredErrorStats([-2, -1, 0, 1, 2, 3], [-1.2, 0.4, 1.1, 2.9, 4.2, 6.1]);
const grid = squaredErrorGrid(stats, { wMin: -2, wMax: 4, bMin: -3, bMax: 5, width: 40, height: 30 }, CONVENTIONS.textbook);

/** A chart's x and y scales, as PlotView hands them to a sketch. */
function scalesOf(chart: Element) {
  const plot = chart as unknown as Plot.Plot;
  return { x: plot.scale('x')!, y: plot.scale('y')! };
}

function render(options: Plot.PlotOptions): Element {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const create = document.createElement.bind(document);
  document.createElement = ((tag: string) => (tag === 'canvas' ? createServerCanvas() : create(tag))) as typeof document.createElement;
  return Plot.plot({ ...options, width: 400, height: 300, document: document as unknown as Document }) as unknown as Element;
}

/** The base and the sketch drawn together on the server, as PlotView writes them at build time. */
function drawn(input: LossLandscapeInput): { chart: Element; sketch: Element } {
  const chart = render(lossLandscapeBase(input));
  return { chart, sketch: drawSketch(null, lossLandscapeSketch(input), scalesOf(chart), 400, 300, chart.ownerDocument) as unknown as Element };
}

const kinds = (input: LossLandscapeInput) => lossLandscapeSketch(input).shapes.map((s) => s.kind);

describe('lossLandscapeBase and lossLandscapeSketch', () => {
  it('keeps only the axes in the base, fixed to the grid extents, so a new grid of the same window keeps it', () => {
    const o = lossLandscapeBase({ grid });
    expect(o.marks).toEqual([]);
    expect(o.x?.domain).toEqual([grid.x1, grid.x2]);
    expect(o.y?.domain).toEqual([grid.y1, grid.y2]);
    expect(o.x?.label).toBe('w');
    expect(o.y?.label).toBe('b');
    const steeper = squaredErrorGrid(squaredErrorStats([0, 1, 2], [0, 5, 9]), { wMin: -2, wMax: 4, bMin: -3, bMax: 5, width: 40, height: 30 }, CONVENTIONS.textbook);
    expect(landscapeBaseKey({ grid: steeper })).toEqual(landscapeBaseKey({ grid }));
    expect(landscapeBaseKey({ grid: { ...grid, x2: 5 } })).not.toEqual(landscapeBaseKey({ grid }));
    expect(landscapeBaseKey({ grid, xLabel: 'w₁' })).not.toEqual(landscapeBaseKey({ grid }));
  });

  it('colours by cividis, linearly, or by log loss with a positive floor when asked', () => {
    const linear = landscapeColour({ grid });
    expect([linear.scheme, linear.type]).toEqual(['cividis', 'linear']);
    expect(linear.domain).toEqual([grid.min, grid.max]);
    const log = landscapeColour({ grid, logScale: true });
    expect(log.type).toBe('log');
    const [lo, hi] = log.domain;
    expect(lo).toBeGreaterThan(0);
    expect(hi).toBeGreaterThan(lo);
  });

  it('draws the grid, its border and the minimum under the reader’s marks, each only when given', () => {
    expect(kinds({ grid })).toEqual(['raster', 'contours', 'rects']);
    const input = { grid, point: { w: 1, b: 1 }, minimum: { w: 1.5, b: 1 }, arrows: [{ w: 0, b: 0, dw: 1, db: -1 }], circles: [{ r: 1 }, { r: 2 }] };
    // Grid, border, two circles, the minimum (halo, ring, cross); the arrow twice (halo, then colour) and the point.
    expect(kinds(input)).toEqual(['raster', 'contours', 'rects', 'line', 'line', 'dots', 'dots', 'dots', 'arrows', 'arrows', 'dots']);
    const { chart, sketch } = drawn(input);
    const marker = Array.from(sketch.querySelectorAll('path')).filter((p) => p.getAttribute('stroke') === 'var(--c-good)');
    expect(marker).toHaveLength(2);
    const { x, y } = scalesOf(chart);
    const [cx, cy] = [Number(x.apply(1.5)), Number(y.apply(1))];
    // The ring starts 7 px right of its centre; the cross's strokes cross at the centre.
    const ring = marker[0]!.getAttribute('d')!.match(/^M(-?[\d.]+),(-?[\d.]+)/)!.slice(1).map(Number);
    expect(ring[0]! - 7).toBeCloseTo(cx, 1);
    expect(ring[1]!).toBeCloseTo(cy, 1);
    const cross = marker[1]!.getAttribute('d')!.match(/-?[\d.]+/g)!.map(Number);
    expect((cross[0]! + cross[2]!) / 2).toBeCloseTo(cx, 1);
    expect((cross[1]! + cross[3]!) / 2).toBeCloseTo(cy, 1);
    expect(drawn({ grid }).sketch.querySelectorAll('path[stroke="var(--c-good)"]')).toHaveLength(0);
  });

  it('skips markers that are not finite instead of drawing NaN', () => {
    const input = { grid, point: { w: NaN, b: 0 }, minimum: { w: Infinity, b: 0 }, circles: [{ r: -1 }, { r: NaN }] };
    // The point is handed on, and left out when drawn; the minimum and the circles are not drawn at all.
    expect(kinds(input)).toEqual(['raster', 'contours', 'rects', 'dots']);
    const { sketch } = drawn(input);
    expect(sketch.toString()).not.toMatch(/NaN|Infinity/);
    expect(sketch.children.length).toBe(3);
  });

  it('clips a descent path that runs out of the window, even to infinity', () => {
    const path = [
      { w: 0, b: 0 },
      { w: 3, b: 2 },
      { w: -30, b: 40 },
      { w: 1e300, b: -1e300 },
      { w: Infinity, b: NaN },
    ];
    const sketch = lossLandscapeSketch({ grid, path });
    // The path's halo, then the path itself.
    const line = sketch.shapes.filter((s) => s.kind === 'segments')[1]!;
    if (line.kind !== 'segments') throw new Error('expected the path as segments');
    for (const s of line.segments) {
      for (const v of [s.x1, s.x2]) expect(v).toBeGreaterThanOrEqual(grid.x1 - 1e-9), expect(v).toBeLessThanOrEqual(grid.x2 + 1e-9);
      for (const v of [s.y1, s.y2]) expect(v).toBeGreaterThanOrEqual(grid.y1 - 1e-9), expect(v).toBeLessThanOrEqual(grid.y2 + 1e-9);
    }
    expect(line.segments.length).toBe(2); // (0,0)→(3,2) whole, (3,2)→(−30,40) up to the edge
    const base = render(lossLandscapeBase({ grid, path }));
    const drawn = drawSketch(null, sketch, scalesOf(base), 400, 300, base.ownerDocument).toString();
    expect(drawn).toContain('<path');
    expect(drawn).not.toMatch(/NaN|Infinity|e\+\d/);
  });

  it('colours each heatmap pixel as Plot’s colour scale colours its loss, linear or log', () => {
    for (const logScale of [false, true]) {
      const raster = lossLandscapeSketch({ grid, logScale }).shapes[0]!;
      if (raster.kind !== 'raster') throw new Error('expected the heatmap first');
      let pixels: Uint8ClampedArray | null = null;
      const canvas = createServerCanvas();
      const getContext = canvas.getContext.bind(canvas);
      canvas.getContext = ((kind: string) => {
        const context = getContext(kind);
        return context && { ...context, putImageData: (image: { data: Uint8ClampedArray }) => ((pixels = image.data), context.putImageData(image as never)) };
      }) as typeof canvas.getContext;
      expect(raster.paint(canvas as unknown as HTMLCanvasElement)).toBe(true);
      expect([canvas.width, canvas.height]).toEqual([grid.width, grid.height]);
      const scale = Plot.scale({ color: landscapeColour({ grid, logScale }) });
      expect(pixels).not.toBeNull();
      grid.values.forEach((v, k) => {
        const want = parseRgb(scale.apply(logScale ? Math.max(v, logFloor(grid.min, grid.max)) : v) as string)!;
        const got = [...pixels!.subarray(4 * k, 4 * k + 3)];
        // The ramp is read at 256 steps: a step of cividis moves a channel by at most a few levels.
        got.forEach((c, i) => expect(Math.abs(c - want[i]!), `sample ${k}, channel ${i}`).toBeLessThanOrEqual(3));
        expect(pixels![4 * k + 3]).toBe(255);
      });
    }
  });

  it('renders on the server with a heatmap image and contour paths', () => {
    const svg = drawn({ grid, logScale: true, point: { w: 1, b: 1 }, minimum: { w: 1.5, b: 1 } }).sketch.toString();
    expect(svg).toContain('data:image/png;base64,');
    const contours = svg.match(/<path[^>]*class="contours"[^>]*>/)?.[0] ?? '';
    expect((contours.match(/M/g) ?? []).length).toBeGreaterThan(5);
  });

  it('traces one contour line per threshold, taking explicit thresholds as given', () => {
    const identity = (v: number) => v;
    const traced = (input: LossLandscapeInput) => {
      const shape = lossLandscapeSketch(input).shapes.find((s) => s.kind === 'contours');
      return shape?.kind === 'contours' ? shape.trace(identity, identity).filter((d) => d !== '').length : 0;
    };
    const levels = contourLevels(grid.min, grid.max, 3);
    expect(traced({ grid, thresholds: levels })).toBe(3);
    expect(traced({ grid, thresholds: levels.slice(0, 1) })).toBe(1);
    expect(traced({ grid, thresholds: 5 })).toBe(5);
    expect(kinds({ grid, thresholds: [] })).toEqual(['raster', 'rects']);
  });
});

describe('contour levels', () => {
  it('are evenly spaced strictly inside (min, max)', () => {
    expect(contourLevels(0, 10, 4)).toEqual([2, 4, 6, 8]);
  });

  it('are geometric on a log scale: each the same factor above the last', () => {
    const levels = contourLevels(0.01, 100, 3, true);
    expect(levels).toHaveLength(3);
    expect(levels[0]!).toBeCloseTo(0.1, 10);
    expect(levels[1]! / levels[0]!).toBeCloseTo(levels[2]! / levels[1]!, 10);
  });

  it('are empty for a flat or broken grid', () => {
    expect(contourLevels(3, 3, 5)).toEqual([]);
    expect(contourLevels(NaN, 3, 5)).toEqual([]);
    expect(contourLevels(0, Infinity, 5)).toEqual([]);
  });

  it('floor a zero minimum at six decades below the maximum on a log scale', () => {
    expect(logFloor(0, 50)).toBeCloseTo(5e-5, 15);
    expect(logFloor(2, 50)).toBe(2);
  });
});

describe('clipping', () => {
  const win = { x1: 0, x2: 10, y1: 0, y2: 10 };
  it('keeps a segment inside the window whole', () => {
    expect(clipSegment({ w: 1, b: 1 }, { w: 2, b: 3 }, win)).toEqual([{ w: 1, b: 1 }, { w: 2, b: 3 }]);
  });
  it('cuts a segment at the edge it crosses', () => {
    const s = clipSegment({ w: 5, b: 5 }, { w: 15, b: 5 }, win)!;
    expect(s[1]).toEqual({ w: 10, b: 5 });
  });
  it('drops a segment wholly outside, or with a non-finite end', () => {
    expect(clipSegment({ w: 11, b: 5 }, { w: 15, b: 5 }, win)).toBeNull();
    expect(clipSegment({ w: 5, b: 5 }, { w: NaN, b: 5 }, win)).toBeNull();
  });
  it('keeps only the path points inside', () => {
    const { points } = clipPath([{ w: 1, b: 1 }, { w: 20, b: 1 }, { w: 2, b: 2 }], win);
    expect(points).toEqual([{ w: 1, b: 1 }, { w: 2, b: 2 }]);
  });
  it('draws a closed circle of the given radius', () => {
    const pts = circlePoints(2, 8);
    expect(pts).toHaveLength(9);
    for (const p of pts) expect(Math.hypot(p.w, p.b)).toBeCloseTo(2, 12);
  });
});

describe('lossLandscapeLayers', () => {
  it('keeps the base while the reader moves, and puts the reader’s marks over the grid', () => {
    const input = { grid, point: { w: 0, b: 0 }, minimum: { w: 0.5, b: 0.5 }, path: [{ w: -1, b: -1 }, { w: 0, b: 0 }], arrows: [{ w: 0, b: 0, dw: 0.2, db: 0.1 }] };
    const { base, overlay, baseKey } = lossLandscapeLayers(input);
    expect(base.marks).toEqual([]);
    expect(overlay.shapes.map((s) => s.kind)).toEqual(['raster', 'contours', 'rects', 'dots', 'dots', 'dots', 'arrows', 'arrows', 'segments', 'segments', 'dots', 'dots']);
    const moved = lossLandscapeLayers({ ...input, point: { w: 1, b: 1 }, path: [...input.path, { w: 1, b: 1 }] });
    expect(moved.baseKey).toEqual(baseKey);
    expect(moved.base).toEqual(base);
  });
});

describe('clipPath on a blown-up run', () => {
  it('never hands Plot a segment with a non-finite end, whatever the run did', () => {
    const win = { x1: -1, x2: 5, y1: -2, y2: 3 };
    const path = [{ w: 0, b: 0 }, { w: 4, b: 1 }, { w: -30, b: -5 }, { w: 1e40, b: -3e41 }, { w: -2e42, b: 7e42 }, { w: 1e160, b: -1e159 }, { w: -1e308, b: 1e308 }, { w: Infinity, b: -Infinity }, { w: NaN, b: NaN }];
    const { segments } = clipPath(path, win);
    expect(segments.length).toBeGreaterThan(0);
    for (const s of segments) {
      for (const v of [s.w1, s.w2]) expect(v >= -1.1 && v <= 5.1).toBe(true);
      for (const v of [s.b1, s.b2]) expect(v >= -2.1 && v <= 3.1).toBe(true);
    }
  });
});

describe('penalty bands and the trail of the minimum', () => {
  it('draws w = ±r for each band and the trail over the grid, skipping bad radii', () => {
    const shapes = lossLandscapeSketch({ grid, bands: [{ r: 1 }, { r: -1 }, { r: NaN }], trail: [{ w: 0, b: 0 }, { w: 1, b: 1 }, { w: 2, b: 1 }] }).shapes;
    expect(shapes.flatMap((s) => (s.kind === 'ruleX' ? [s.x] : []))).toEqual([-1, 1]);
    const trail = shapes.filter((s) => s.kind === 'segments');
    expect(trail).toHaveLength(1);
    expect(trail[0]!.kind === 'segments' && trail[0]!.segments).toHaveLength(2);
  });
});

describe('the landscape contour', () => {
  it('runs through the same points as Plot’s contour mark, and on to the window’s edge', () => {
    const levels = contourLevels(grid.min, grid.max, 12);
    const raster = { width: grid.width, height: grid.height, x1: grid.x1, x2: grid.x2, y1: grid.y1, y2: grid.y2 };
    const o = lossLandscapeBase({ grid, thresholds: levels });
    const { sketch: ours } = drawn({ grid, thresholds: levels });
    const theirs = render({ ...o, marks: [Plot.contour(Array.from(grid.values), { ...raster, interpolate: 'none', thresholds: levels, stroke: 'black', fill: 'none' })] });
    const vertices = (d: string | null) => Array.from((d ?? '').matchAll(/(-?[\d.]+),(-?[\d.]+)/g), (m) => [Number(m[1]), Number(m[2])] as const);
    const plotPoints = Array.from(theirs.querySelectorAll('g[aria-label="contour"] path')).flatMap((p) => vertices(p.getAttribute('d')));
    const ourPaths = Array.from(ours.querySelectorAll('path.contours'));
    expect(ourPaths.length).toBe(1);
    // One subpath or more per level.
    expect((ourPaths[0]!.getAttribute('d')!.match(/M/g) ?? []).length).toBeGreaterThanOrEqual(levels.length);
    // The frame Plot draws the grid in: 400 × 300 less its margins.
    const xs = plotPoints.map(([x]) => x);
    const ys = plotPoints.map(([, y]) => y);
    const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    // Past the outer samples (the outer half cell) ours are extrapolated; Plot has no lines there.
    const halfX = (right - left) / grid.width / 2;
    const halfY = (bottom - top) / grid.height / 2;
    let inside = 0;
    let atEdge = 0;
    for (const path of ourPaths) {
      for (const [x, y] of vertices(path.getAttribute('d'))) {
        expect(x).toBeGreaterThanOrEqual(left - 0.1);
        expect(x).toBeLessThanOrEqual(right + 0.1);
        expect(y).toBeGreaterThanOrEqual(top - 0.1);
        expect(y).toBeLessThanOrEqual(bottom + 0.1);
        const nearest = Math.min(...plotPoints.map(([px, py]) => Math.hypot(px - x, py - y)));
        const beyondSamples = Math.min(x - left, right - x) < halfX - 0.1 || Math.min(y - top, bottom - y) < halfY - 0.1;
        if (Math.min(x - left, right - x, y - top, bottom - y) < 0.1) atEdge++;
        if (beyondSamples) continue;
        else {
          inside++;
          // Ours are rounded to a tenth of a pixel, Plot's to a thousandth.
          expect(nearest).toBeLessThan(0.08);
        }
      }
    }
    expect(inside).toBeGreaterThan(100);
    expect(atEdge).toBeGreaterThan(0);
  });
});
