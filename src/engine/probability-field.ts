/**
 * A two-feature logistic model's probability p(y = 1 | x₁, x₂) = σ(w₁x₁ + w₂x₂ + b) sampled over a
 * window of the plane, laid out like a LossGrid (row j at one x₂, column i at one x₁) so Plot's
 * raster mark draws it directly, plus the decision boundary as a segment across the window.
 */
import { linspace } from './datasets';
import { sigmoid } from './logistic';
import type { Params } from './types';
import { finiteNumber, positiveInteger } from './validate';

export interface PlaneWindow {
  x1Min: number;
  x1Max: number;
  x2Min: number;
  x2Max: number;
  /** Samples along x₁ (columns), ≥ 2. */
  width: number;
  /** Samples along x₂ (rows), ≥ 2. */
  height: number;
}

export interface ProbabilityField {
  /** values[j·width + i] = p at x₁ = x1s[i], x₂ = x2s[j]. */
  values: Float64Array;
  width: number;
  height: number;
  x1s: Float64Array;
  x2s: Float64Array;
  /** Pixel-edge extents for Plot.raster: each sample sits at its pixel's centre. */
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

function checkWindow(win: PlaneWindow): void {
  for (const key of ['x1Min', 'x1Max', 'x2Min', 'x2Max'] as const) finiteNumber(win[key], key);
  if (!(win.x1Min < win.x1Max)) throw new RangeError(`invalid window; expected x1Min < x1Max, got ${win.x1Min} and ${win.x1Max}`);
  if (!(win.x2Min < win.x2Max)) throw new RangeError(`invalid window; expected x2Min < x2Max, got ${win.x2Min} and ${win.x2Max}`);
  positiveInteger(win.width, 'width');
  positiveInteger(win.height, 'height');
  if (win.width < 2 || win.height < 2) throw new RangeError(`invalid window; expected at least 2 × 2 samples, got ${win.width} × ${win.height}`);
}

function checkTwoFeatures(params: Params): void {
  if (params?.w?.length !== 2) throw new RangeError(`invalid params.w; expected 2 weights, got ${params?.w?.length}`);
}

/** p(y = 1 | x) over the window, for a model with two weights. */
export function probabilityField(params: Params, win: PlaneWindow): ProbabilityField {
  checkTwoFeatures(params);
  checkWindow(win);
  const [w1, w2] = params.w as [number, number];
  const x1s = linspace(win.x1Min, win.x1Max, win.width);
  const x2s = linspace(win.x2Min, win.x2Max, win.height);
  const values = new Float64Array(win.width * win.height);
  for (let j = 0; j < win.height; j++) {
    const base = w2 * x2s[j]! + params.b;
    for (let i = 0; i < win.width; i++) values[j * win.width + i] = sigmoid(w1 * x1s[i]! + base);
  }
  const dx = (win.x1Max - win.x1Min) / (win.width - 1);
  const dy = (win.x2Max - win.x2Min) / (win.height - 1);
  return { values, width: win.width, height: win.height, x1s, x2s, x1: win.x1Min - dx / 2, x2: win.x1Max + dx / 2, y1: win.x2Min - dy / 2, y2: win.x2Max + dy / 2 };
}

/**
 * The part of the line w₁x₁ + w₂x₂ + b = 0 inside the window, as its two end points; null when the
 * line misses the window or both weights are zero (then no point is undecided, or every point is).
 */
export function decisionSegment(params: Params, win: Omit<PlaneWindow, 'width' | 'height'>): [{ x1: number; x2: number }, { x1: number; x2: number }] | null {
  checkTwoFeatures(params);
  const [w1, w2] = params.w as [number, number];
  const b = params.b;
  const points: Array<{ x1: number; x2: number }> = [];
  const add = (x1: number, x2: number) => {
    const inside = x1 >= win.x1Min - 1e-12 && x1 <= win.x1Max + 1e-12 && x2 >= win.x2Min - 1e-12 && x2 <= win.x2Max + 1e-12;
    if (inside && Number.isFinite(x1) && Number.isFinite(x2) && !points.some((p) => Math.abs(p.x1 - x1) < 1e-9 && Math.abs(p.x2 - x2) < 1e-9)) points.push({ x1, x2 });
  };
  if (w2 !== 0) {
    for (const x1 of [win.x1Min, win.x1Max]) add(x1, -(w1 * x1 + b) / w2);
  }
  if (w1 !== 0) {
    for (const x2 of [win.x2Min, win.x2Max]) add(-(w2 * x2 + b) / w1, x2);
  }
  if (points.length < 2) return null;
  return [points[0]!, points[1]!];
}
