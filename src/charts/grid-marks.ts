/**
 * A function sampled on a regular grid (a loss over (w, b), a probability over the plane) drawn as a
 * heatmap image and as contour lines, for sketches (charts/sketch.ts's raster and contours shapes).
 * They stand in for Plot.raster and Plot.contour, which bring ~9 KB gzip of code (Delaunay and
 * random-walk interpolation, blur, filled contour bands) to every landscape page for the one case
 * Downhill draws: every sample present, each at its pixel's centre. Contours here are lines, not the
 * outlines of filled bands, so the page's markup does not trace the window's border once per level.
 */
import { isolinesAtLevels } from '../engine/isolines';
import { simplifyPolyline } from './simplify';

/** How far, in pixels, a contour may move when vertices on its nearly straight stretches are dropped. */
export const CONTOUR_TOLERANCE = 0.3;

/** A row-major grid of samples; sample (i, j) fills the pixel whose edges are x1 + i·Δx … and y1 + j·Δy …. */
export interface SampledGrid {
  readonly values: ArrayLike<number>;
  readonly width: number;
  readonly height: number;
  readonly x1: number;
  readonly x2: number;
  readonly y1: number;
  readonly y2: number;
}

export interface HeatmapOptions {
  /** Where a sample falls on the colour ramp, 0 … 1 (clamped); NaN leaves its pixel clear. */
  readonly position: (value: number) => number;
  /** The ramp's colour at t in [0, 1], as a CSS rgb() or #rrggbb string (what Plot's colour scales return). */
  readonly colourAt: (t: number) => string;
  readonly opacity?: number;
}

/** Steps of the colour ramp: finer than 8-bit colour channels can tell apart. */
export const RAMP_STEPS = 256;

/**
 * The ramp as RAMP_STEPS rgb triples, read once per heatmap: a 200 × 200 grid would otherwise format
 * and parse a CSS colour for each of its 40 000 samples. An unreadable colour is left clear (alpha 0).
 */
export function rampTable(colourAt: (t: number) => string): Uint8ClampedArray {
  const table = new Uint8ClampedArray(4 * RAMP_STEPS);
  for (let i = 0; i < RAMP_STEPS; i++) {
    const rgb = parseRgb(colourAt(i / (RAMP_STEPS - 1)));
    if (rgb) table.set([...rgb, 255], 4 * i);
  }
  return table;
}

/** [r, g, b] of `rgb(…)` or `#rrggbb`; null for anything else. */
export function parseRgb(colour: string): [number, number, number] | null {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (hex) return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16)];
  const fn = /^rgb\(\s*([\d.]+),\s*([\d.]+),\s*([\d.]+)\s*\)$/.exec(colour);
  if (fn) return [Number(fn[1]), Number(fn[2]), Number(fn[3])];
  return null;
}

/** Rounds a pixel coordinate for the markup: a tenth of a pixel is finer than any screen shows. */
const px = (v: number) => Math.round(v * 10) / 10;

/** A chart's x and y scales as functions from data to pixels. */
export interface PixelScales {
  readonly x: (value: number) => number;
  readonly y: (value: number) => number;
}

function pixelBox(grid: SampledGrid, scales: PixelScales) {
  const { x, y } = scales;
  return { x1: x(grid.x1), x2: x(grid.x2), y1: y(grid.y1), y2: y(grid.y2) };
}

/** Ramps already read, by colour function: a sketch redrawn every frame reuses its ramp's table. */
const ramps = new WeakMap<(t: number) => string, Uint8ClampedArray>();

function rampOf(colourAt: (t: number) => string): Uint8ClampedArray {
  let table = ramps.get(colourAt);
  if (!table) ramps.set(colourAt, (table = rampTable(colourAt)));
  return table;
}

/**
 * Paints the grid onto `canvas`, one pixel per sample (row 0 is y1), resizing it to the grid.
 * False when the canvas cannot be drawn on.
 */
export function paintHeatmap(grid: SampledGrid, options: HeatmapOptions, canvas: HTMLCanvasElement): boolean {
  const { width, height, values } = grid;
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const context2d = canvas.getContext('2d');
  if (!context2d) return false;
  const image = context2d.createImageData(width, height);
  const alpha = Math.round(255 * (options.opacity ?? 1));
  const pixels = image.data;
  const table = rampOf(options.colourAt);
  for (let k = 0; k < width * height; k++) {
    const t = options.position(values[k]!);
    if (Number.isNaN(t)) continue;
    const i = 4 * Math.round((RAMP_STEPS - 1) * Math.max(0, Math.min(1, t)));
    if (table[i + 3] === 0) continue;
    pixels[4 * k] = table[i]!;
    pixels[4 * k + 1] = table[i + 1]!;
    pixels[4 * k + 2] = table[i + 2]!;
    pixels[4 * k + 3] = alpha;
  }
  context2d.putImageData(image, 0, 0);
  return true;
}

/** SVG path data for the grid's isolines at each of `levels`, in the chart's pixels ('' for a level with none). */
export function contourPaths(grid: SampledGrid, levels: readonly number[], scales: PixelScales): string[] {
  const box = pixelBox(grid, scales);
  // Lattice coordinates put sample i at i; its pixel's centre is ½ a pixel in from the edge x1.
  const kx = (box.x2 - box.x1) / grid.width;
  const ky = (box.y2 - box.y1) / grid.height;
  return isolinesAtLevels(grid.values, grid.width, grid.height, levels, { toEdges: true }).map((lines) => {
    let d = '';
    for (const line of lines) {
      const xs = Array.from(line.xs, (v) => box.x1 + (v + 0.5) * kx);
      const ys = Array.from(line.ys, (v) => box.y1 + (v + 0.5) * ky);
      const kept = simplifyPolyline(xs, ys, CONTOUR_TOLERANCE);
      kept.forEach((i, k) => {
        d += `${k === 0 ? 'M' : 'L'}${px(xs[i]!)},${px(ys[i]!)}`;
      });
      if (line.closed) d += 'Z';
    }
    return d;
  });
}
