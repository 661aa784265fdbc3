/**
 * Lesson 2's charts, each in two layers for PlotView (a base redrawn only when its key changes and
 * an overlay redrawn on every move). `residualSquaresLayers` draws the data and a candidate line
 * (lineFitBase, lineFitSketch) with each residual's square, laid out in pixels so that squares look square
 * whatever the axes; `errorBarsLayers` shows each point's error as a bar (squared or absolute) with
 * their mean; `lossCurveLayers` draws a loss along one parameter with the current value marked.
 * Pure: numbers in, Plot options (base) and sketches (overlay) out.
 */
import * as Plot from '@observablehq/plot';
import { niceCeil } from './domain';
import { lineFitBase, lineFitSketch, type LineFitInput } from './line-fit';
import type { Shape, Sketch, XY } from './sketch';

export interface Layers {
  readonly base: Plot.PlotOptions;
  readonly overlay: Sketch;
}

/** Fixed margins, so pixel sizes are known before Plot lays the chart out. */
export const SQUARES_MARGINS = { top: 20, right: 16, bottom: 36, left: 40 } as const;

export interface ResidualSquare {
  /** The point the square belongs to. */
  readonly i: number;
  readonly x1: number;
  readonly x2: number;
  readonly y1: number;
  readonly y2: number;
  /** The residual y − ŷ; its square is the area. */
  readonly r: number;
}

/**
 * One square per point, in data units: its vertical side is the residual segment from y to ŷ, and its
 * horizontal side is |r| converted so that it spans as many pixels as the vertical side
 * (`xPerY` = x units per y unit at equal pixel size). Squares sit to the right of their segment, or
 * to the left when that keeps them inside the x domain.
 */
export function residualSquares(x: ArrayLike<number>, y: ArrayLike<number>, line: { w: number; b: number }, xPerY: number, xDomain: readonly [number, number]): ResidualSquare[] {
  const out: ResidualSquare[] = [];
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!, yi = y[i]!;
    const fit = line.w * xi + line.b;
    const r = yi - fit;
    if (!Number.isFinite(r) || r === 0) continue;
    const side = Math.abs(r) * xPerY;
    const right = xi + side <= xDomain[1] || xi - side < xDomain[0];
    out.push({ i, x1: right ? xi : xi - side, x2: right ? xi + side : xi, y1: Math.min(yi, fit), y2: Math.max(yi, fit), r });
  }
  return out;
}

/** x units per y unit that span the same number of pixels in a chart of this size with SQUARES_MARGINS. */
export function equalPixelRatio(width: number, height: number, xDomain: readonly [number, number], yDomain: readonly [number, number]): number {
  const innerW = Math.max(1, width - SQUARES_MARGINS.left - SQUARES_MARGINS.right);
  const innerH = Math.max(1, height - SQUARES_MARGINS.top - SQUARES_MARGINS.bottom);
  const pxPerX = innerW / (xDomain[1] - xDomain[0]);
  const pxPerY = innerH / (yDomain[1] - yDomain[0]);
  return pxPerY / pxPerX;
}

export interface ResidualSquaresInput extends LineFitInput {
  readonly width: number;
  readonly height: number;
  /** Draw the squares (otherwise just the residual segments, as in lesson 1). */
  readonly squares: boolean;
}

/** The base holds the axes and the points; the squares, residuals and the line follow the reader. */
export function residualSquaresLayers(input: ResidualSquaresInput): Layers {
  const base = lineFitBase(input);
  const overlay = lineFitSketch(input);
  const shapes = [...overlay.shapes];
  if (input.squares) {
    const ratio = equalPixelRatio(input.width, input.height, input.xDomain, input.yDomain);
    const squares = residualSquares(input.x, input.y, input.candidate, ratio, input.xDomain);
    // Under the residuals and the line; the points show through their light fill.
    shapes.unshift({ kind: 'rects', rects: squares, fill: 'var(--c-residual)', fillOpacity: 0.18, stroke: 'var(--c-residual)', strokeWidth: 1, clip: true, className: 'residual-square' });
  }
  return {
    base: { ...base, marginTop: SQUARES_MARGINS.top, marginRight: SQUARES_MARGINS.right, marginBottom: SQUARES_MARGINS.bottom, marginLeft: SQUARES_MARGINS.left },
    overlay: { ...overlay, shapes },
  };
}

export interface ErrorBarsInput {
  /** The error of each point: r² or |r|. */
  readonly errors: ArrayLike<number>;
  /** Their mean, drawn as a rule. */
  readonly mean: number;
  readonly label: string;
  /** A fixed top for the y axis, so bars shrink visibly instead of the axis rescaling. */
  readonly yMax: number;
}

/**
 * The y axis's top: the fixed one, or, when the mean is higher, the mean rounded up to a nice
 * value, so that a line dragged far off moves the axis a few times rather than on every frame.
 */
export function errorBarsTop({ mean, yMax }: Pick<ErrorBarsInput, 'mean' | 'yMax'>): number {
  return Number.isFinite(mean) && mean > yMax ? niceCeil(mean) : yMax;
}

/**
 * Each point's error as a bar, left to right in the order of x, with their mean as a dashed rule.
 * The base is the axes (it changes with the number of points and the top); the bars and the mean
 * are the overlay.
 */
export function errorBarsLayers({ errors, mean, label, yMax }: ErrorBarsInput): Layers {
  const rows = Array.from({ length: errors.length }, (_, i) => ({ point: i + 1, error: errors[i]! })).filter((d) => Number.isFinite(d.error));
  const top = errorBarsTop({ mean, yMax });
  const style = { fontSize: '12px', overflow: 'visible' };
  return {
    base: {
      x: { type: 'band', label: 'point', domain: Array.from({ length: errors.length }, (_, i) => i + 1), padding: 0.25 },
      y: { domain: [0, top], label, grid: true },
      style,
      marks: [Plot.ruleY([0], { stroke: 'var(--rule-strong)' })],
    },
    overlay: {
      fontSize: 12,
      shapes: [
        { kind: 'barsY', bars: rows.map((d) => ({ x: d.point, y: d.error })), fill: 'var(--c-residual)', fillOpacity: 0.75, clip: true },
        ...(Number.isFinite(mean) ? [{ kind: 'ruleY', y: Math.min(mean, top), stroke: 'var(--c-model)', strokeWidth: 2, strokeDasharray: '6 3' } satisfies Shape] : []),
        { kind: 'ruleY', y: 0, stroke: 'var(--rule-strong)' },
      ],
    },
  };
}

export interface LossCurveInput {
  readonly xs: ArrayLike<number>;
  readonly losses: ArrayLike<number>;
  readonly current: { readonly x: number; readonly loss: number };
  readonly best?: { readonly x: number; readonly loss: number } | undefined;
  readonly xLabel: string;
  readonly yLabel: string;
  /** The top of the loss axis, fixed for the figure (e.g. the loss's highest value over the sliders' box). */
  readonly yMax: number;
}

/**
 * A loss along one parameter on a fixed axis from 0 to `yMax`, with the current setting as a dot and
 * the best one as a ringed cross. The base is only the axes; the curve and both points are the
 * overlay, so a curve that changes with every frame of a drag never reruns Plot.
 */
export function lossCurveLayers({ xs, losses, current, best, xLabel, yLabel, yMax }: LossCurveInput): Layers {
  const rows: XY[] = [];
  for (let i = 0; i < xs.length; i += 1) if (Number.isFinite(xs[i]) && Number.isFinite(losses[i])) rows.push({ x: xs[i]!, y: losses[i]! });
  const shapes: Shape[] = [{ kind: 'line', points: rows, stroke: 'var(--c-residual)', strokeWidth: 2, clip: true }];
  if (best && Number.isFinite(best.x) && Number.isFinite(best.loss)) {
    const at = [{ x: best.x, y: best.loss }];
    shapes.push({ kind: 'dots', points: at, r: 6, stroke: 'var(--c-good)', strokeWidth: 2, clip: true }, { kind: 'dots', points: at, r: 4, symbol: 'times', stroke: 'var(--c-good)', strokeWidth: 2, clip: true });
  }
  shapes.push({ kind: 'dots', points: [{ x: current.x, y: current.loss }], r: 5, fill: 'var(--c-model)', stroke: 'var(--bg)', strokeWidth: 1.5, clip: true });
  const xsArr = rows.map((d) => d.x);
  const style = { fontSize: '12px', overflow: 'visible' };
  return {
    base: {
      x: { label: xLabel, grid: true, ...(xsArr.length > 1 ? { domain: [Math.min(...xsArr), Math.max(...xsArr)] } : {}) },
      y: { label: yLabel, grid: true, domain: [0, yMax] },
      style,
      marks: [],
    },
    overlay: { fontSize: 12, shapes },
  };
}
