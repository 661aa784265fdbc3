/**
 * The maths behind a rotatable 3D loss surface (SurfaceView): resample an engine LossGrid onto a
 * coarse mesh, project it orthographically for a view (azimuth, elevation), and list its quads back
 * to front so a painter (a canvas in the browser, SVG on the server) can fill them in order — the
 * painter's algorithm. Pure: numbers in, pixel coordinates and colours out; no DOM.
 *
 * Model space: w runs over [−1, 1] along X, b over [−1, 1] along Y, and the loss, scaled to [0, 1]
 * (linearly, or by its logarithm), runs over [−H/2, H/2] along Z. The view turns the model by the
 * azimuth about the vertical axis, then tilts it towards the reader by the elevation: azimuth 0 and
 * elevation 90° is the heatmap seen from straight above (w to the right, b up the screen); elevation 0
 * is a side view along the b axis.
 */
import { clippedRun, logFloor } from './clip';
import type { LandscapeGrid, WB } from './loss-landscape';
import { normaliseAngles, type SurfaceAngles } from './surface-angles';
import { shownCount } from './sketch';

export { describeAngles, normaliseAngles, SURFACE_DRAG_RESOLUTION, SURFACE_RESOLUTION, type SurfaceAngles } from './surface-angles';

/** Height of the surface in model units (the base is 2 × 2). */
export const SURFACE_HEIGHT = 1.1;
/** A pixel-space projection for one view and one canvas size. */
export interface Projection {
  readonly scale: number;
  readonly cx: number;
  readonly cy: number;
  readonly cosA: number;
  readonly sinA: number;
  readonly cosE: number;
  readonly sinE: number;
}

/**
 * The projection that fits the whole mesh, at any azimuth, inside width × height pixels with a
 * margin: the scale depends on the elevation only, so turning never zooms.
 */
export function projection(view: SurfaceAngles, width: number, height: number, margin = 0.08): Projection {
  const { azimuth, elevation } = normaliseAngles(view);
  const a = (azimuth * Math.PI) / 180;
  const e = (elevation * Math.PI) / 180;
  const sinE = Math.sin(e), cosE = Math.cos(e);
  const halfW = Math.SQRT2; // the base's corners reach √2 from the centre at any azimuth
  const halfH = Math.SQRT2 * sinE + (SURFACE_HEIGHT / 2) * cosE;
  const scale = Math.max(0, Math.min((width * (1 - margin)) / (2 * halfW), (height * (1 - margin)) / (2 * halfH)));
  return { scale, cx: width / 2, cy: height / 2, cosA: Math.cos(a), sinA: Math.sin(a), cosE, sinE };
}

/**
 * A model-space point (X, Y, Z) in pixels: [px, py, depth], where a larger depth is nearer the reader.
 */
export function project(p: Projection, X: number, Y: number, Z: number): [number, number, number] {
  const x = X * p.cosA - Y * p.sinA;
  const y = X * p.sinA + Y * p.cosA;
  return [p.cx + p.scale * x, p.cy - p.scale * (y * p.sinE + Z * p.cosE), Z * p.sinE - y * p.cosE];
}

/** The grid's value at (w, b), bilinear between samples; NaN outside the sampled window. */
export function sampleGrid(grid: LandscapeGrid, w: number, b: number): number {
  const { width, height } = grid;
  const dx = (grid.x2 - grid.x1) / width;
  const dy = (grid.y2 - grid.y1) / height;
  const fi = (w - (grid.x1 + dx / 2)) / dx;
  const fj = (b - (grid.y1 + dy / 2)) / dy;
  if (!(fi >= -1e-9 && fi <= width - 1 + 1e-9 && fj >= -1e-9 && fj <= height - 1 + 1e-9)) return NaN;
  const i0 = Math.min(width - 2, Math.max(0, Math.floor(fi)));
  const j0 = Math.min(height - 2, Math.max(0, Math.floor(fj)));
  const ti = Math.min(1, Math.max(0, fi - i0));
  const tj = Math.min(1, Math.max(0, fj - j0));
  const v = grid.values;
  const at = (i: number, j: number) => v[j * width + i]!;
  const top = at(i0, j0) * (1 - ti) + at(i0 + 1, j0) * ti;
  const bottom = at(i0, j0 + 1) * (1 - ti) + at(i0 + 1, j0 + 1) * ti;
  return top * (1 - tj) + bottom * tj;
}

/** Maps a loss to [0, 1] for heights and colours: linear between min and max, or by its logarithm. */
export function heightScale(min: number, max: number, logScale: boolean): (v: number) => number {
  if (logScale) {
    const lo = Math.log(logFloor(min, max));
    const hi = Math.log(Number.isFinite(max) && max > 0 ? max : 1);
    const span = hi - lo > 0 ? hi - lo : 1;
    return (v) => (Number.isFinite(v) ? Math.min(1, Math.max(0, (Math.log(Math.max(v, Math.exp(lo))) - lo) / span)) : 1);
  }
  const span = Number.isFinite(max - min) && max > min ? max - min : 1;
  return (v) => (Number.isFinite(v) ? Math.min(1, Math.max(0, (v - min) / span)) : 1);
}

/** A coarse square mesh of the grid: (n + 1) × (n + 1) vertices, heights t in [0, 1]. */
export interface SurfaceMesh {
  /** Quads per side. */
  readonly n: number;
  /** t at vertex (i, j), row-major over (n + 1) columns; i along w, j along b. */
  readonly t: Float64Array;
  /** The colour parameter in [0, 1] at each vertex (the same as t unless colours use another scale). */
  readonly c: Float64Array;
}

/**
 * Resamples a grid onto an n × n quad mesh (bilinear), with heights scaled for the surface, and
 * colours by the same scale or, with `colourLogScale`, by log loss (to match a log-coloured heatmap).
 */
export function surfaceMesh(grid: LandscapeGrid, n: number, logScale = false, colourLogScale = logScale): SurfaceMesh {
  const k = Math.max(1, Math.floor(n));
  const t = new Float64Array((k + 1) * (k + 1));
  const scale = heightScale(grid.min, grid.max, logScale);
  const colourScale = heightScale(grid.min, grid.max, colourLogScale);
  const c = colourLogScale === logScale ? t : new Float64Array(t.length);
  const dx = (grid.x2 - grid.x1) / grid.width;
  const dy = (grid.y2 - grid.y1) / grid.height;
  const w0 = grid.x1 + dx / 2, w1 = grid.x2 - dx / 2;
  const b0 = grid.y1 + dy / 2, b1 = grid.y2 - dy / 2;
  for (let j = 0; j <= k; j++) {
    for (let i = 0; i <= k; i++) {
      const v = sampleGrid(grid, w0 + ((w1 - w0) * i) / k, b0 + ((b1 - b0) * j) / k);
      t[j * (k + 1) + i] = scale(v);
      if (c !== t) c[j * (k + 1) + i] = colourScale(v);
    }
  }
  return { n: k, t, c };
}

/** The surface's quads in paint order, in pixels. */
export interface SurfaceQuads {
  readonly count: number;
  /** Four corners per quad, x and y each: 8 numbers per quad, in paint order. */
  readonly xy: Float32Array;
  /** Mean colour parameter of each quad in [0, 1], in paint order. */
  readonly t: Float32Array;
  /** Brightness of each quad in [0, 1] from a fixed light, in paint order. */
  readonly light: Float32Array;
  /** Which quad (j·n + i) is painted at each place in the order. */
  readonly index: Uint32Array;
  /** Depth of each quad's centre (larger is nearer the reader), in paint order. */
  readonly depth: Float64Array;
}

/**
 * Projects every quad of the mesh and sorts them back to front by the depth of their centres
 * (painter's algorithm; exact for a height field seen from above its base).
 */
export function surfaceQuads(mesh: SurfaceMesh, p: Projection): SurfaceQuads {
  const { n, t, c } = mesh;
  const side = n + 1;
  const vx = new Float32Array(side * side);
  const vy = new Float32Array(side * side);
  const vz = new Float32Array(side * side);
  for (let j = 0; j <= n; j++) {
    for (let i = 0; i <= n; i++) {
      const k = j * side + i;
      const [x, y, d] = project(p, -1 + (2 * i) / n, -1 + (2 * j) / n, (t[k]! - 0.5) * SURFACE_HEIGHT);
      vx[k] = x; vy[k] = y; vz[k] = d;
    }
  }
  const count = n * n;
  const depth = new Float64Array(count);
  const order = new Uint32Array(count);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const q = j * n + i;
      const a = j * side + i;
      depth[q] = vz[a]! + vz[a + 1]! + vz[a + side]! + vz[a + side + 1]!;
      order[q] = q;
    }
  }
  order.sort((x, y) => depth[x]! - depth[y]!);
  const xy = new Float32Array(count * 8);
  const tq = new Float32Array(count);
  const light = new Float32Array(count);
  const sortedDepth = new Float64Array(count);
  const cell = 2 / n;
  for (let r = 0; r < count; r++) {
    const q = order[r]!;
    sortedDepth[r] = depth[q]! / 4;
    const i = q % n, j = (q - i) / n;
    const a = j * side + i;
    const corners = [a, a + 1, a + side + 1, a + side];
    for (let c = 0; c < 4; c++) {
      xy[r * 8 + 2 * c] = vx[corners[c]!]!;
      xy[r * 8 + 2 * c + 1] = vy[corners[c]!]!;
    }
    const t00 = t[a]!, t10 = t[a + 1]!, t01 = t[a + side]!, t11 = t[a + side + 1]!;
    tq[r] = (c[a]! + c[a + 1]! + c[a + side]! + c[a + side + 1]!) / 4;
    // The slope of the quad in model units; a light from above and to one side brightens faces turned to it.
    const sx = (((t10 - t00) + (t11 - t01)) / 2) * SURFACE_HEIGHT / cell;
    const sy = (((t01 - t00) + (t11 - t10)) / 2) * SURFACE_HEIGHT / cell;
    const len = Math.hypot(sx, sy, 1);
    const lambert = (-sx * -0.4 + -sy * -0.5 + 1 * 0.77) / (len * Math.hypot(0.4, 0.5, 0.77));
    light[r] = Math.min(1, Math.max(0, lambert));
  }
  return { count, xy, t: tq, light, index: order, depth: sortedDepth };
}

/** Model coordinates of a (w, b, loss) point for a grid, or null when (w, b) is outside the grid. */
export function modelPoint(grid: LandscapeGrid, at: WB, scale: (v: number) => number): [number, number, number] | null {
  const dx = (grid.x2 - grid.x1) / grid.width;
  const dy = (grid.y2 - grid.y1) / grid.height;
  const w0 = grid.x1 + dx / 2, w1 = grid.x2 - dx / 2;
  const b0 = grid.y1 + dy / 2, b1 = grid.y2 - dy / 2;
  if (!Number.isFinite(at.w) || !Number.isFinite(at.b) || at.w < w0 || at.w > w1 || at.b < b0 || at.b > b1) return null;
  const v = sampleGrid(grid, at.w, at.b);
  return [-1 + (2 * (at.w - w0)) / (w1 - w0), -1 + (2 * (at.b - b0)) / (b1 - b0), (scale(v) - 0.5) * SURFACE_HEIGHT];
}

export interface SurfaceSceneInput {
  readonly grid: LandscapeGrid;
  readonly view: SurfaceAngles;
  readonly width: number;
  readonly height: number;
  /** Quads per side of the mesh (40 is smooth; 24 is enough while dragging). */
  readonly resolution: number;
  readonly logScale?: boolean | undefined;
  /** Colour by log loss even when heights are linear (default: as logScale). */
  readonly colourLogScale?: boolean | undefined;
  readonly point?: WB | null | undefined;
  readonly minimum?: WB | null | undefined;
  readonly path?: readonly WB[] | undefined;
  /** How many points of `path` are on show (default all); see LossLandscapeInput.pathShown. */
  readonly pathShown?: number | undefined;
  /** Reuse a mesh made earlier for the same grid and resolution (rotation only changes the view). */
  readonly mesh?: SurfaceMesh | undefined;
  /**
   * False to leave the surface's quads out (count 0): for a caller that keeps the surface it
   * painted for the same mesh, view and size, and redraws only the path and points on top.
   */
  readonly quads?: boolean | undefined;
}

export interface SurfaceScene {
  readonly quads: SurfaceQuads;
  /** The floor's outline (four corners at the bottom of the box), in pixels. */
  readonly floor: ReadonlyArray<[number, number]>;
  /** Where to write the axis names: the middle of the w and b edges nearest the reader, pushed outwards. */
  readonly labels: ReadonlyArray<{ text: string; x: number; y: number }>;
  readonly point: [number, number] | null;
  readonly minimum: [number, number] | null;
  /** The path's visible pieces as polylines in pixels. */
  readonly path: ReadonlyArray<ReadonlyArray<[number, number]>>;
  readonly mesh: SurfaceMesh;
}

/**
 * A clipped run's lines projected to pixels (start and end of each, null off the grid), by the
 * lines array, for one grid and view: the lines only ever grow at their end (clippedRun).
 */
const projectedLines = new WeakMap<object, { grid: LandscapeGrid; viewKey: string; starts: Array<[number, number] | null>; ends: Array<[number, number] | null> }>();

/** Everything a painter needs for one frame, in pixels and in paint order. */
const NO_QUADS: SurfaceQuads = { count: 0, xy: new Float32Array(0), t: new Float32Array(0), light: new Float32Array(0), index: new Uint32Array(0), depth: new Float64Array(0) };

export function surfaceScene(input: SurfaceSceneInput): SurfaceScene {
  const { grid, view, width, height, resolution, logScale = false, colourLogScale = logScale } = input;
  const mesh = input.mesh && input.mesh.n === Math.max(1, Math.floor(resolution)) ? input.mesh : surfaceMesh(grid, resolution, logScale, colourLogScale);
  const p = projection(view, width, height);
  const quads = input.quads === false ? NO_QUADS : surfaceQuads(mesh, p);
  const zFloor = -SURFACE_HEIGHT / 2;
  const floor = ([[-1, -1], [1, -1], [1, 1], [-1, 1]] as const).map(([X, Y]) => {
    const [x, y] = project(p, X, Y, zFloor);
    return [x, y] as [number, number];
  });
  // Label the edge of each axis that is nearer the reader, a little outside the base.
  const labels: Array<{ text: string; x: number; y: number }> = [];
  const nearer = (a: [number, number], b: [number, number]) => (project(p, a[0], a[1], zFloor)[2] >= project(p, b[0], b[1], zFloor)[2] ? a : b);
  const wEdge = nearer([0, -1.18], [0, 1.18]);
  const bEdge = nearer([-1.18, 0], [1.18, 0]);
  for (const [text, [X, Y]] of [['w', wEdge], ['b', bEdge]] as const) {
    const [x, y] = project(p, X, Y, zFloor);
    labels.push({ text, x, y });
  }
  const scale = heightScale(grid.min, grid.max, logScale);
  const at = (wb: WB | null | undefined): [number, number] | null => {
    if (!wb) return null;
    const m = modelPoint(grid, wb, scale);
    if (!m) return null;
    const [x, y] = project(p, m[0], m[1], m[2]);
    return [x, y];
  };
  const path: Array<Array<[number, number]>> = [];
  if (input.path && input.path.length > 1) {
    const dx = (grid.x2 - grid.x1) / grid.width;
    const dy = (grid.y2 - grid.y1) / grid.height;
    const win = { x1: grid.x1 + dx / 2, x2: grid.x2 - dx / 2, y1: grid.y1 + dy / 2, y2: grid.y2 - dy / 2 };
    const points = shownCount(input.path.length, input.pathShown);
    // Clipped once per run (clippedRun), and projected once per view: a scrub through the steps
    // only changes how many of the projected points are shown.
    const { lines, linesBefore } = clippedRun(input.path, win, points);
    const viewKey = `${view.azimuth} ${view.elevation} ${width} ${height} ${logScale}`;
    let projected = projectedLines.get(lines);
    if (!projected || projected.grid !== grid || projected.viewKey !== viewKey) {
      projected = { grid, viewKey, starts: [], ends: [] };
      projectedLines.set(lines, projected);
    }
    const { starts, ends } = projected;
    let run: Array<[number, number]> = [];
    for (let i = 0; i < linesBefore[points]!; i++) {
      const s = lines[i]!;
      const last = lines[i - 1];
      if (!last || last.x2 !== s.x1 || last.y2 !== s.y1) {
        if (run.length > 1) path.push(run);
        run = [];
        if (starts[i] === undefined) starts[i] = at({ w: s.x1, b: s.y1 });
        if (starts[i]) run.push(starts[i]!);
      }
      if (ends[i] === undefined) ends[i] = at({ w: s.x2, b: s.y2 });
      if (ends[i]) run.push(ends[i]!);
    }
    if (run.length > 1) path.push(run);
  }
  return { quads, floor, labels, point: at(input.point), minimum: at(input.minimum), path, mesh };
}

/** What `tracePolyline` draws with: a canvas context fits it. */
export interface PolylinePen {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
}

/**
 * Traces a polyline into `pen`, leaving out every point (but the last) closer than `minStep` pixels
 * to the last one traced: no stroke moves by as much as `minStep`, while a descent that settles puts
 * hundreds of its steps within a pixel of the minimum, each of them a round join the canvas strokes.
 */
export function tracePolyline(pen: PolylinePen, run: ReadonlyArray<readonly [number, number]>, minStep: number): void {
  const n = run.length;
  if (n === 0) return;
  let [lastX, lastY] = run[0]!;
  pen.moveTo(lastX, lastY);
  const min2 = minStep * minStep;
  for (let k = 1; k < n; k++) {
    const point = run[k]!;
    const x = point[0];
    const y = point[1];
    const dx = x - lastX;
    const dy = y - lastY;
    if (k < n - 1 && dx * dx + dy * dy < min2) continue;
    pen.lineTo(x, y);
    lastX = x;
    lastY = y;
  }
}

/** The palette entry for a quad: height t and light in [0, 1]. */
export function paletteIndex(t: number, light: number, steps: number, shades: number): [number, number] {
  const k = Math.min(steps - 1, Math.max(0, Math.round((Number.isFinite(t) ? t : 1) * (steps - 1))));
  const s = Math.min(shades - 1, Math.max(0, Math.round((Number.isFinite(light) ? light : 1) * (shades - 1))));
  return [k, s];
}
