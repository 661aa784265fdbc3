import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeAngles,
  heightScale,
  modelPoint,
  normaliseAngles,
  paletteIndex,
  project,
  projection,
  sampleGrid,
  surfaceMesh,
  surfaceQuads,
  surfaceScene,
  tracePolyline,
  SURFACE_HEIGHT,
} from '../../../src/charts/surface';
import { parseColour, schemeColours } from '../../../src/charts/surface-palette';
import { CONVENTIONS, squaredErrorGrid, squaredErrorStats } from '../../../src/engine';

const stats = squaredErrorStats([-2, -1, 0, 1, 2, 3], [-1.2, 0.4, 1.1, 2.9, 4.2, 6.1]);
const grid = squaredErrorGrid(stats, { wMin: -2, wMax: 4, bMin: -3, bMax: 5, width: 61, height: 41 }, CONVENTIONS.textbook);

describe('angles', () => {
  it('wrap the azimuth into [0, 360) and clamp the elevation to [0, 90]', () => {
    expect(normaliseAngles({ azimuth: -30, elevation: 120 })).toEqual({ azimuth: 330, elevation: 90 });
    expect(normaliseAngles({ azimuth: 725, elevation: -5 })).toEqual({ azimuth: 5, elevation: 0 });
    expect(normaliseAngles({ azimuth: NaN, elevation: NaN })).toEqual({ azimuth: 0, elevation: 30 });
  });

  it('are described in words a listener can picture', () => {
    expect(describeAngles({ azimuth: 0, elevation: 90 })).toBe('The surface is not turned and seen from straight above.');
    expect(describeAngles({ azimuth: 30, elevation: 35 })).toBe('The surface is turned 30° anticlockwise and seen from 35° above the (w, b) plane.');
    expect(describeAngles({ azimuth: 300, elevation: 0 })).toBe('The surface is turned 60° clockwise and seen edge-on from the side.');
  });
});

describe('projection', () => {
  it('seen from straight above without turning, puts w to the right and b up the screen, like the heatmap', () => {
    const p = projection({ azimuth: 0, elevation: 90 }, 400, 300);
    const [x0, y0] = project(p, 0, 0, 0);
    const [xw, yw] = project(p, 1, 0, 0);
    const [xb, yb] = project(p, 0, 1, 0);
    expect([x0, y0]).toEqual([200, 150]);
    expect(xw).toBeGreaterThan(x0);
    expect(yw).toBeCloseTo(y0, 9);
    expect(yb).toBeLessThan(y0);
    expect(xb).toBeCloseTo(x0, 9);
  });

  it('seen from the side, shows height as up the screen and hides b in depth', () => {
    const p = projection({ azimuth: 0, elevation: 0 }, 400, 300);
    const [, yLow] = project(p, 0, 0, -0.5);
    const [, yHigh] = project(p, 0, 0, 0.5);
    expect(yHigh).toBeLessThan(yLow);
    const [, yNear, dNear] = project(p, 0, -1, 0);
    const [, yFar, dFar] = project(p, 0, 1, 0);
    expect(yNear).toBeCloseTo(yFar, 9);
    expect(dNear).toBeGreaterThan(dFar); // the low-b edge faces the reader
  });

  it('keeps every corner of the box inside the canvas at any view', () => {
    fc.assert(
      fc.property(fc.double({ min: -720, max: 720, noNaN: true }), fc.double({ min: 0, max: 90, noNaN: true }), fc.integer({ min: 50, max: 2000 }), fc.integer({ min: 50, max: 2000 }), (az, el, w, h) => {
        const p = projection({ azimuth: az, elevation: el }, w, h);
        for (const X of [-1, 1]) for (const Y of [-1, 1]) for (const Z of [-SURFACE_HEIGHT / 2, SURFACE_HEIGHT / 2]) {
          const [x, y] = project(p, X, Y, Z);
          expect(x).toBeGreaterThanOrEqual(-1e-6);
          expect(x).toBeLessThanOrEqual(w + 1e-6);
          expect(y).toBeGreaterThanOrEqual(-1e-6);
          expect(y).toBeLessThanOrEqual(h + 1e-6);
        }
      }),
    );
  });

  it('turning is a rotation: distances between points on the floor do not change with the azimuth', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 360, noNaN: true }), (az) => {
        const p = projection({ azimuth: az, elevation: 90 }, 500, 500);
        const a = project(p, -1, -1, 0), b = project(p, 1, 1, 0);
        expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeCloseTo(2 * Math.SQRT2 * p.scale, 6);
      }),
    );
  });
});

describe('sampling and the mesh', () => {
  it('returns the grid values at the samples and interpolates between them', () => {
    expect(sampleGrid(grid, grid.ws[3]!, grid.bs[7]!)).toBeCloseTo(grid.values[7 * grid.width + 3]!, 9);
    const mid = sampleGrid(grid, (grid.ws[3]! + grid.ws[4]!) / 2, grid.bs[7]!);
    expect(mid).toBeCloseTo((grid.values[7 * grid.width + 3]! + grid.values[7 * grid.width + 4]!) / 2, 9);
    expect(sampleGrid(grid, 100, 0)).toBeNaN();
  });

  it('scales heights to [0, 1], linearly or by the logarithm', () => {
    const lin = heightScale(2, 10, false);
    expect([lin(2), lin(6), lin(10), lin(50), lin(NaN)]).toEqual([0, 0.5, 1, 1, 1]);
    const log = heightScale(1, 100, true);
    expect(log(10)).toBeCloseTo(0.5, 12);
    expect(log(0)).toBe(0);
  });

  it('resamples the grid on an (n + 1)² lattice whose lowest vertex is near the grid minimum', () => {
    const mesh = surfaceMesh(grid, 20);
    expect(mesh.t.length).toBe(21 * 21);
    for (const t of mesh.t) expect(t >= 0 && t <= 1).toBe(true);
    let best = 0;
    for (let k = 1; k < mesh.t.length; k++) if (mesh.t[k]! < mesh.t[best]!) best = k;
    const i = best % 21, j = Math.floor(best / 21);
    const w = grid.ws[0]! + ((grid.ws.at(-1)! - grid.ws[0]!) * i) / 20;
    const b = grid.bs[0]! + ((grid.bs.at(-1)! - grid.bs[0]!) * j) / 20;
    expect(Math.abs(w - grid.argmin.w)).toBeLessThan(0.35);
    expect(Math.abs(b - grid.argmin.b)).toBeLessThan(0.45);
  });
});

describe('painter order', () => {
  it('lists every quad once, farthest first', () => {
    const mesh = surfaceMesh(grid, 10);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 360, noNaN: true }), fc.double({ min: 0, max: 90, noNaN: true }), (azimuth, elevation) => {
        const quads = surfaceQuads(mesh, projection({ azimuth, elevation }, 400, 300));
        expect(quads.count).toBe(100);
        expect(new Set(quads.index).size).toBe(100);
        for (let r = 1; r < quads.count; r++) expect(quads.depth[r]!).toBeGreaterThanOrEqual(quads.depth[r - 1]!);
      }),
      { numRuns: 40 },
    );
  });

  it('paints the near edge after the far edge when seen from the front', () => {
    // A flat surface seen from the front (azimuth 0): the low-b row is nearest, so it is painted last.
    const flat = { ...grid, values: new Float64Array(grid.values.length).fill(1), min: 1, max: 1 };
    const mesh = surfaceMesh(flat, 4);
    const p = projection({ azimuth: 0, elevation: 40 }, 400, 300);
    const quads = surfaceQuads(mesh, p);
    const ys = Array.from({ length: quads.count }, (_, r) => (quads.xy[r * 8 + 1]! + quads.xy[r * 8 + 5]!) / 2);
    for (let r = 1; r < ys.length; r++) expect(ys[r]!).toBeGreaterThanOrEqual(ys[r - 1]! - 1e-3);
  });

  it('gives each quad a colour from its height and a light in [0, 1]', () => {
    const quads = surfaceQuads(surfaceMesh(grid, 12), projection({ azimuth: 30, elevation: 35 }, 400, 300));
    for (let r = 0; r < quads.count; r++) {
      expect(quads.t[r]! >= 0 && quads.t[r]! <= 1).toBe(true);
      expect(quads.light[r]! >= 0 && quads.light[r]! <= 1).toBe(true);
    }
  });
});

describe('the scene', () => {
  it('puts the current model and the minimum on the surface, and leaves out what is outside the grid', () => {
    const scene = surfaceScene({ grid, view: { azimuth: 0, elevation: 90 }, width: 400, height: 400, resolution: 16, point: { w: 1, b: 1 }, minimum: { w: 99, b: 0 } });
    expect(scene.point).not.toBeNull();
    expect(scene.minimum).toBeNull();
    // From straight above, the point sits where the heatmap would put it: w = 1 is 1/2 of the way from −2 to 4.
    const p = projection({ azimuth: 0, elevation: 90 }, 400, 400);
    const m = modelPoint(grid, { w: 1, b: 1 }, heightScale(grid.min, grid.max, false))!;
    expect(scene.point![0]).toBeCloseTo(project(p, m[0], m[1], m[2])[0], 6);
    expect(m[0]).toBeCloseTo(0, 9);
  });

  it('draws a descent path only where it is inside the grid, split where it leaves', () => {
    const path = [{ w: 0, b: 0 }, { w: 1, b: 1 }, { w: 50, b: 1 }, { w: 1e308, b: -1e308 }, { w: 2, b: 2 }, { w: 1.5, b: 1.2 }];
    const scene = surfaceScene({ grid, view: { azimuth: 20, elevation: 30 }, width: 400, height: 300, resolution: 16, path });
    expect(scene.path.length).toBe(2);
    for (const run of scene.path) for (const [x, y] of run) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
  });

  it('reuses a mesh it is given', () => {
    const mesh = surfaceMesh(grid, 16);
    const scene = surfaceScene({ grid, view: { azimuth: 20, elevation: 30 }, width: 400, height: 300, resolution: 16, mesh });
    expect(scene.mesh).toBe(mesh);
  });

  it('without its quads, places the path, points, floor and labels exactly where the full scene does', () => {
    const input = {
      grid,
      view: { azimuth: 35, elevation: 25 },
      width: 420,
      height: 310,
      resolution: 16,
      point: { w: 1.2, b: 0.4 },
      minimum: { w: 2, b: 1 },
      path: [{ w: 0, b: 0 }, { w: 1, b: 0.5 }, { w: 1.6, b: 0.9 }],
    };
    const full = surfaceScene(input);
    const marksOnly = surfaceScene({ ...input, quads: false });
    expect(full.quads.count).toBeGreaterThan(0);
    expect(marksOnly.quads.count).toBe(0);
    const { quads: _a, mesh: _b, ...fullRest } = full;
    const { quads: _c, mesh: _d, ...marksRest } = marksOnly;
    expect(marksRest).toEqual(fullRest);
  });

  it('scrubbing a path, turning the view or changing the grid draws what a fresh scene draws', () => {
    // One run, as a figure keeps it, scrubbed back and forth under changing views; each scene must
    // equal the one made from a fresh copy of the run (nothing kept from an earlier call).
    const walk = fc.array(fc.record({ w: fc.double({ min: -3, max: 5, noNaN: true }), b: fc.double({ min: -4, max: 6, noNaN: true }) }), { minLength: 2, maxLength: 40 });
    const frame = fc.record({
      shown: fc.nat({ max: 45 }),
      azimuth: fc.constantFrom(0, 35, 200),
      elevation: fc.constantFrom(20, 60),
      width: fc.constantFrom(300, 420),
      logScale: fc.boolean(),
      other: fc.boolean(),
    });
    // The same window over other data (as a slider for the noise or λ makes): the path's clipping
    // is the same, its heights are not.
    const otherStats = squaredErrorStats([-2, -1, 0, 1, 2, 3], [3, 1, 0.5, -1, -2.5, -4]);
    const otherGrid = squaredErrorGrid(otherStats, { wMin: -2, wMax: 4, bMin: -3, bMax: 5, width: 61, height: 41 }, CONVENTIONS.textbook);
    fc.assert(
      fc.property(walk, fc.array(frame, { minLength: 1, maxLength: 8 }), (path, frames) => {
        for (const f of frames) {
          const input = (run: typeof path) => ({
            grid: f.other ? otherGrid : grid,
            view: { azimuth: f.azimuth, elevation: f.elevation },
            width: f.width,
            height: 300,
            resolution: 8,
            logScale: f.logScale,
            path: run,
            pathShown: f.shown,
            quads: false,
          });
          expect(surfaceScene(input(path)).path).toEqual(surfaceScene(input(path.map((p) => ({ ...p })))).path);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('labels the w and b axes', () => {
    const scene = surfaceScene({ grid, view: { azimuth: 20, elevation: 30 }, width: 400, height: 300, resolution: 8 });
    expect(scene.labels.map((l) => l.text)).toEqual(['w', 'b']);
  });
});

describe('colours', () => {
  it('run through cividis from dark blue to yellow', () => {
    const colours = schemeColours(8);
    const first = parseColour(colours[0]!)!, last = parseColour(colours.at(-1)!)!;
    expect(first[2]).toBeGreaterThan(first[0]); // blue
    expect(last[0] + last[1]).toBeGreaterThan(400); // yellow
  });

  it('parse rgb() and hex, and refuse anything else', () => {
    expect(parseColour('rgb(1, 2, 3)')).toEqual([1, 2, 3]);
    expect(parseColour('#0a0b0c')).toEqual([10, 11, 12]);
    expect(parseColour('var(--x)')).toBeNull();
  });

  it('index the palette safely for any input', () => {
    expect(paletteIndex(0, 0, 64, 6)).toEqual([0, 0]);
    expect(paletteIndex(1, 1, 64, 6)).toEqual([63, 5]);
    expect(paletteIndex(NaN, -3, 64, 6)).toEqual([63, 0]);
  });
});

describe('tracing a path', () => {
  const record = () => {
    const drawn: Array<[number, number]> = [];
    return { drawn, pen: { moveTo: (x: number, y: number) => drawn.push([x, y]), lineTo: (x: number, y: number) => drawn.push([x, y]) } };
  };

  it('leaves out the steps that settle within a fraction of a pixel, and keeps the first and last point', () => {
    // A run that lands and then creeps by a hundredth of a pixel a step.
    const run: Array<[number, number]> = [[0, 0], [10, 0], [20, 0], ...Array.from({ length: 500 }, (_, i): [number, number] => [20 + i * 0.01, 0])];
    const { drawn, pen } = record();
    tracePolyline(pen, run, 0.5);
    expect(drawn.length).toBeLessThan(20);
    expect(drawn[0]).toEqual([0, 0]);
    expect(drawn.at(-1)).toEqual(run.at(-1));
  });

  it('strays from no point by minStep or more, in order, and leaves out nothing at 0 (property)', () => {
    const point = fc.tuple(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: -50, max: 50, noNaN: true }));
    fc.assert(
      fc.property(fc.array(point, { maxLength: 80 }), fc.double({ min: 0, max: 3, noNaN: true }), (run, minStep) => {
        const { drawn, pen } = record();
        tracePolyline(pen, run, minStep);
        if (run.length === 0) {
          expect(drawn).toEqual([]);
          return;
        }
        // The traced points are a subsequence of the run's, from its first to its last.
        let at = 0;
        for (const p of drawn) {
          while (at < run.length && (run[at]![0] !== p[0] || run[at]![1] !== p[1])) at += 1;
          expect(at, 'a traced point is the next of the run\'s').toBeLessThan(run.length);
          at += 1;
        }
        expect(drawn[0]).toEqual(run[0]);
        expect(drawn.at(-1)).toEqual(run.at(-1));
        // Every point left out lies within minStep of the point traced last before it.
        let last = drawn[0]!;
        let next = 1;
        for (let k = 1; k < run.length; k++) {
          const p = run[k]!;
          if (next < drawn.length && drawn[next]![0] === p[0] && drawn[next]![1] === p[1] && (k === run.length - 1 ? next === drawn.length - 1 : true)) {
            last = drawn[next]!;
            next += 1;
          } else expect(Math.hypot(p[0] - last[0], p[1] - last[1])).toBeLessThan(minStep);
        }
        if (minStep === 0) expect(drawn).toHaveLength(run.length);
      }),
      { numRuns: 300 },
    );
  });
});
