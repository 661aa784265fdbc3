/**
 * Paints a 3D loss surface (src/charts/surface.ts) on two canvases: the surface, repainted only when
 * its mesh, view, size or colours change, and the marks (path, minimum, point) over it. It runs in a
 * Web Worker on canvases the page handed over (surface.worker.ts), so that neither the painting nor
 * the rasterising of some 600 fills a frame lands on the page's main thread; where a browser cannot
 * hand a canvas to a worker, SurfaceView loads it and runs it on the page.
 * What it is asked to paint is a SurfacePaintRequest (surface-requests.ts).
 */
import type { LandscapeGrid, WB } from '../../charts/loss-landscape';
import { paletteIndex, surfaceMesh, surfaceScene, tracePolyline, type SurfaceMesh, type SurfaceScene } from '../../charts/surface';
import { unpackPath, type SurfaceColours, type SurfacePaintRequest } from './surface-requests';

type Canvas = OffscreenCanvas | HTMLCanvasElement;
type Context = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

/** How far, in CSS pixels, an unoutlined quad is pushed out past its edges to cover the seams between quads. */
const SEAM_COVER = 0.4;
/** A step of the path shorter than this (CSS pixels) is not drawn: a 2-pixel line shows no change. */
const PATH_MIN_STEP = 0.5;

/**
 * The box's floor, the surface back to front, and the axis names: what only the mesh, view and size
 * change. `outline` strokes each quad in a darker shade (the mesh lines); without it each quad is
 * filled a little larger instead, which hides the seams at half the cost.
 */
function paintSurface(ctx: Context, scene: SurfaceScene, palette: readonly (readonly string[])[], r: SurfacePaintRequest): void {
  const { width, height, dpr, colours: c, outline } = r;
  const steps = palette.length;
  const shades = palette[0]?.length ?? 1;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  // The floor of the box, for depth.
  ctx.strokeStyle = c.muted;
  ctx.lineWidth = 1;
  ctx.beginPath();
  scene.floor.forEach(([x, y], k) => (k === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
  ctx.closePath();
  ctx.stroke();
  // The surface, back to front.
  const { count, xy, t, light } = scene.quads;
  ctx.lineWidth = 0.6;
  // Unoutlined quads of one colour that follow each other in depth order are filled as one path:
  // the union of opaque fills is the same picture, with a fraction of the fills and colour parses.
  let open: string | null = null;
  for (let q = 0; q < count; q++) {
    const [k, s] = paletteIndex(t[q]!, light[q]!, steps, shades);
    const fill = palette[k]![s]!;
    const o = q * 8;
    if (outline || fill !== open) {
      if (open !== null) ctx.fill();
      ctx.beginPath();
      ctx.fillStyle = fill;
      open = fill;
    }
    if (outline) {
      ctx.moveTo(xy[o]!, xy[o + 1]!);
      for (let v = 2; v < 8; v += 2) ctx.lineTo(xy[o + v]!, xy[o + v + 1]!);
    } else {
      const cx = (xy[o]! + xy[o + 2]! + xy[o + 4]! + xy[o + 6]!) / 4;
      const cy = (xy[o + 1]! + xy[o + 3]! + xy[o + 5]! + xy[o + 7]!) / 4;
      // Every quad of a shared path is wound the same way, so that under the nonzero rule two that
      // overlap (by the seam cover) add up instead of cancelling.
      const turn = (xy[o + 4]! - xy[o]!) * (xy[o + 7]! - xy[o + 3]!) - (xy[o + 5]! - xy[o + 1]!) * (xy[o + 6]! - xy[o + 2]!);
      for (let i = 0; i < 4; i++) {
        const v = 2 * (turn < 0 ? 3 - i : i);
        const dx = xy[o + v]! - cx;
        const dy = xy[o + v + 1]! - cy;
        const grow = 1 + SEAM_COVER / (Math.sqrt(dx * dx + dy * dy) || 1);
        if (i === 0) ctx.moveTo(cx + dx * grow, cy + dy * grow);
        else ctx.lineTo(cx + dx * grow, cy + dy * grow);
      }
    }
    ctx.closePath();
    if (outline) {
      ctx.fill();
      ctx.strokeStyle = palette[k]![Math.max(0, s - 3)]!;
      ctx.stroke();
      open = null;
    }
  }
  if (open !== null) ctx.fill();
  // Axis names. (On a canvas in the page, text makes Chromium restyle the page mid-frame, which only
  // the fallback for browsers without workers' canvases pays.)
  ctx.font = `italic 15px ${c.font}`;
  ctx.fillStyle = c.fg;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const l of scene.labels) ctx.fillText(l.text, l.x, l.y);
}

/** The path, then the minimum, then the current model, each with a halo, over the surface. */
function paintMarks(ctx: Context, scene: SurfaceScene, dpr: number, c: SurfaceColours): void {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  // Traced once, stroked twice (halo, then line).
  ctx.beginPath();
  for (const run of scene.path) tracePolyline(ctx, run, PATH_MIN_STEP);
  for (const [stroke, w] of [[c.bg, 4.5], [c.model, 2]] as const) {
    ctx.strokeStyle = stroke;
    ctx.lineWidth = w;
    ctx.stroke();
  }
  if (scene.minimum) {
    const [x, y] = scene.minimum;
    for (const [stroke, w] of [[c.bg, 4.5], [c.good, 2]] as const) {
      ctx.strokeStyle = stroke;
      ctx.lineWidth = w;
      ctx.beginPath();
      ctx.arc(x, y, 7, 0, 2 * Math.PI);
      ctx.moveTo(x - 3.5, y - 3.5);
      ctx.lineTo(x + 3.5, y + 3.5);
      ctx.moveTo(x + 3.5, y - 3.5);
      ctx.lineTo(x - 3.5, y + 3.5);
      ctx.stroke();
    }
  }
  if (scene.point) {
    const [x, y] = scene.point;
    ctx.beginPath();
    ctx.arc(x, y, 6, 0, 2 * Math.PI);
    ctx.fillStyle = c.model;
    ctx.strokeStyle = c.bg;
    ctx.lineWidth = 2;
    ctx.fill();
    ctx.stroke();
  }
}

const coloursKey = (c: SurfaceColours) => `${c.fg}|${c.muted}|${c.bg}|${c.model}|${c.good}|${c.font}`;

/** The painting side: holds the grid, path and meshes it was sent, and paints a request on its two canvases. */
export class SurfacePainter {
  private grid: LandscapeGrid | null = null;
  private path: readonly WB[] | null = null;
  private meshes: { key: readonly unknown[]; byResolution: Map<number, SurfaceMesh> } = { key: [], byResolution: new Map() };
  /** What the surface canvas was last painted for. */
  private painted: readonly unknown[] | null = null;

  constructor(
    private readonly surface: Canvas,
    private readonly marks: Canvas,
    private readonly palette: readonly (readonly string[])[],
  ) {}

  /** Keeps the grid and the path a request carries, whether or not it is ever painted. */
  take(r: SurfacePaintRequest): void {
    if (r.grid) this.grid = r.grid;
    if (r.path !== undefined) this.path = r.path && unpackPath(r.path);
  }

  /** Paints `r` (after taking its grid and path); returns the mesh's quads per side, or 0 when nothing could be painted. */
  paint(r: SurfacePaintRequest): number {
    this.take(r);
    const grid = this.grid;
    const { width, height, dpr } = r;
    if (!grid || !(width > 0) || !(height > 0)) return 0;
    const pw = Math.round(width * dpr);
    const ph = Math.round(height * dpr);
    for (const c of [this.surface, this.marks]) {
      if (c.width !== pw || c.height !== ph) {
        c.width = pw;
        c.height = ph;
      }
    }
    const surfaceCtx = this.surface.getContext('2d') as Context | null;
    const marksCtx = this.marks.getContext('2d') as Context | null;
    if (!surfaceCtx || !marksCtx) return 0;
    const meshKey = [grid, r.logScale, r.colourLogScale];
    if (!meshKey.every((part, i) => part === this.meshes.key[i])) this.meshes = { key: meshKey, byResolution: new Map() };
    let mesh = this.meshes.byResolution.get(r.resolution);
    if (!mesh) {
      mesh = surfaceMesh(grid, r.resolution, r.logScale, r.colourLogScale);
      this.meshes.byResolution.set(r.resolution, mesh);
    }
    // A change of only the path or the point (a step, a learning rate) leaves the surface canvas as
    // it was (a resize clears it, hence the pixel size in the key); only the marks are painted again.
    const key = [mesh, r.view.azimuth, r.view.elevation, pw, ph, coloursKey(r.colours), r.outline] as const;
    const kept = this.painted !== null && key.every((part, i) => part === this.painted![i]);
    const scene = surfaceScene({
      grid,
      view: r.view,
      width,
      height,
      resolution: mesh.n,
      mesh,
      logScale: r.logScale,
      point: r.point,
      minimum: r.minimum,
      path: this.path ?? undefined,
      pathShown: r.pathShown,
      quads: !kept,
    });
    if (!kept) {
      paintSurface(surfaceCtx, scene, this.palette, r);
      this.painted = key;
    }
    marksCtx.setTransform(1, 0, 0, 1, 0, 0);
    marksCtx.clearRect(0, 0, pw, ph);
    paintMarks(marksCtx, scene, dpr, r.colours);
    return mesh.n;
  }
}
