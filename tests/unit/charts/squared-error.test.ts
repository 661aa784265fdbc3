import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { SQUARES_MARGINS, equalPixelRatio, errorBarsLayers, errorBarsTop, lossCurveLayers, residualSquaresLayers } from '../../../src/charts/squared-error';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

import type { Shape, Sketch } from '../../../src/charts/sketch';
import { drawSketch } from '../../../src/components/figure/sketch-layer';

type MarkWithData = { constructor: { name: string }; data: unknown[] };
const shapesOf = <K extends Shape['kind']>(sketch: Sketch, kind: K) => sketch.shapes.filter((s): s is Extract<Shape, { kind: K }> => s.kind === kind);
/** The sketch drawn over the base chart rendered at width × height, as PlotView does. */
function drawn(base: Plot.PlotOptions, sketch: Sketch, width: number, height: number): Element {
  const chart = Plot.plot({ ...base, width, height, document }) as unknown as Plot.Plot;
  return drawSketch(null, sketch, { x: chart.scale('x')!, y: chart.scale('y')! }, width, height, document as unknown as Document);
}
const marks = (options: Plot.PlotOptions) => (options.marks ?? []) as unknown as MarkWithData[];
const named = (options: Plot.PlotOptions, name: string) => marks(options).filter((m) => m.constructor.name === name);

const input = {
  x: [1, 2, 3, 4],
  y: [1, 3, 2, 4],
  candidate: { w: 1, b: 0 },
  showResiduals: true,
  xDomain: [0, 5] as const,
  yDomain: [-1, 6] as const,
  width: 600,
  height: 400,
  squares: true,
};

describe('residualSquaresLayers', () => {
  it('keeps the axes in the base and draws a square per non-zero residual under the points, the residuals and the line', () => {
    const { base, overlay } = residualSquaresLayers(input);
    expect(named(base, 'Dot')).toHaveLength(0);
    expect(overlay.shapes.map((s) => s.kind)).toEqual(['rects', 'dots', 'segments', 'line']);
    expect(shapesOf(overlay, 'dots')[0]!.points).toHaveLength(4);
    // Residuals 0, 1, −1, 0: two squares.
    const squares = shapesOf(overlay, 'rects')[0]!.rects as Array<{ x1: number; x2: number; y1: number; y2: number; r: number }>;
    expect(squares.map((s) => s.r)).toEqual([1, -1]);
    const ratio = equalPixelRatio(600, 400, input.xDomain, input.yDomain);
    for (const s of squares) {
      expect(s.y2 - s.y1).toBeCloseTo(Math.abs(s.r), 12);
      expect(s.x2 - s.x1).toBeCloseTo(Math.abs(s.r) * ratio, 12);
    }
    expect(shapesOf(residualSquaresLayers({ ...input, squares: false }).overlay, 'rects')).toHaveLength(0);
  });

  it('fixes the base margins, so the squares come out square in pixels', () => {
    const { base, overlay } = residualSquaresLayers(input);
    expect([base.marginTop, base.marginRight, base.marginBottom, base.marginLeft]).toEqual([SQUARES_MARGINS.top, SQUARES_MARGINS.right, SQUARES_MARGINS.bottom, SQUARES_MARGINS.left]);
    const d = drawn(base, overlay, 600, 400).querySelector('.residual-square')!.getAttribute('d')!;
    // Each square is M x1,y1 H x2 V y2 H x1 Z in pixels.
    const squares = Array.from(d.matchAll(/M(-?[\d.]+),(-?[\d.]+)H(-?[\d.]+)V(-?[\d.]+)/g), (m) => m.slice(1).map(Number));
    expect(squares).toHaveLength(2);
    for (const [x1, y1, x2, y2] of squares) expect(Math.abs(x2! - x1!)).toBeCloseTo(Math.abs(y2! - y1!), 0);
  });
});

describe('errorBarsLayers', () => {
  it('keeps the axes in the base (one band per point, a fixed top) and draws the bars and the mean over it', () => {
    const { base, overlay } = errorBarsLayers({ errors: [4, 1, Number.NaN, 9], mean: 2, label: 'squared error', yMax: 10 });
    expect((base.x as { domain: number[] }).domain).toEqual([1, 2, 3, 4]);
    expect((base.y as { domain: number[] }).domain).toEqual([0, 10]);
    expect(shapesOf(overlay, 'barsY')[0]!.bars).toEqual([
      { x: 1, y: 4 },
      { x: 2, y: 1 },
      { x: 4, y: 9 },
    ]);
    expect(shapesOf(overlay, 'ruleY').map((r) => r.y)).toContain(2);
    // On the band scale: three bars, each a band wide, the tallest reaching 9 of 10.
    const d = drawn(base, overlay, 400, 300).querySelector('path')!.getAttribute('d')!;
    const bars = Array.from(d.matchAll(/M(-?[\d.]+),(-?[\d.]+)H(-?[\d.]+)V(-?[\d.]+)/g), (m) => m.slice(1).map(Number));
    expect(bars).toHaveLength(3);
    const widths = bars.map(([x1, , x2]) => x2! - x1!);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThan(0.02);
    const heights = bars.map(([, y0, , y]) => y0! - y!);
    expect(heights[2]! / heights[0]!).toBeCloseTo(9 / 4, 2);
  });

  it('raises the top to the mean when the mean is above the fixed top', () => {
    expect(errorBarsTop({ mean: 12, yMax: 10 })).toBe(12);
    expect(errorBarsTop({ mean: 9, yMax: 10 })).toBe(10);
    expect(errorBarsTop({ mean: Number.NaN, yMax: 10 })).toBe(10);
    expect((errorBarsLayers({ errors: [20, 4], mean: 12, label: 'e', yMax: 10 }).base.y as { domain: number[] }).domain).toEqual([0, 12]);
    // Above the fixed top the axis moves in nice steps, not with every change of the mean.
    expect(errorBarsTop({ mean: 12.3, yMax: 10 })).toBe(15);
    expect(errorBarsTop({ mean: 13.9, yMax: 10 })).toBe(15);
  });
});

describe('lossCurveLayers', () => {
  const curve = { xs: [0, 1, 2], losses: [4, 1, 4], current: { x: 1, loss: 1 }, xLabel: 'b', yLabel: 'MSE', yMax: 5 };

  it('keeps only the fixed axes in the base and draws the curve and the current dot over them', () => {
    const { base, overlay } = lossCurveLayers(curve);
    expect(marks(base)).toHaveLength(0);
    expect(base.y?.domain).toEqual([0, 5]);
    expect(base.x?.domain).toEqual([0, 2]);
    expect(shapesOf(overlay, 'line')[0]!.points).toEqual([{ x: 0, y: 4 }, { x: 1, y: 1 }, { x: 2, y: 4 }]);
    expect(shapesOf(overlay, 'dots').at(-1)!.points).toEqual([{ x: 1, y: 1 }]);
    // The base does not depend on the curve: a different curve, the same axes.
    expect(lossCurveLayers({ ...curve, losses: [9, 2, 3] }).base).toEqual(base);
  });

  it('marks the best point as a ringed cross when given', () => {
    const { overlay } = lossCurveLayers({ ...curve, best: { x: 1, loss: 1 } });
    expect(shapesOf(overlay, 'dots').map((d) => d.symbol ?? 'circle')).toEqual(['circle', 'times', 'circle']);
  });

  it('leaves the dot out when the current loss is not a number', () => {
    const { base, overlay } = lossCurveLayers({ ...curve, current: { x: 1, loss: Number.POSITIVE_INFINITY } });
    // Only the curve is drawn (as a clipped path): no dot element is placed.
    const svg = drawn(base, overlay, 400, 300);
    expect(svg.children).toHaveLength(1);
    expect(svg.querySelectorAll('path')).toHaveLength(1);
  });
});
