import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { SQUARES_MARGINS, equalPixelRatio, errorBarsLayers, errorBarsTop, lossCurveLayers, residualSquaresLayers } from '../../../src/charts/squared-error';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

type MarkWithData = { constructor: { name: string }; data: unknown[] };
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
  it('puts the points in the base and a square per non-zero residual, the line and the residuals in the overlay', () => {
    const { base, overlay } = residualSquaresLayers(input);
    expect(named(base, 'Dot')[0]!.data).toHaveLength(4);
    expect(named(base, 'Line')).toHaveLength(0);
    expect(named(overlay, 'Line')).toHaveLength(1);
    // Residuals 0, 1, −1, 0: two squares.
    const squares = named(overlay, 'Rect')[0]!.data as Array<{ x1: number; x2: number; y1: number; y2: number; r: number }>;
    expect(squares.map((s) => s.r)).toEqual([1, -1]);
    const ratio = equalPixelRatio(600, 400, input.xDomain, input.yDomain);
    for (const s of squares) {
      expect(s.y2 - s.y1).toBeCloseTo(Math.abs(s.r), 12);
      expect(s.x2 - s.x1).toBeCloseTo(Math.abs(s.r) * ratio, 12);
    }
    expect(named(residualSquaresLayers({ ...input, squares: false }).overlay, 'Rect')).toHaveLength(0);
  });

  it('fixes the base margins, so the squares come out square in pixels', () => {
    const { base, overlay } = residualSquaresLayers(input);
    expect([base.marginTop, base.marginRight, base.marginBottom, base.marginLeft]).toEqual([SQUARES_MARGINS.top, SQUARES_MARGINS.right, SQUARES_MARGINS.bottom, SQUARES_MARGINS.left]);
    const chart = Plot.plot({ ...base, marks: [...(base.marks ?? []), ...(overlay.marks ?? [])], width: 600, height: 400, document }) as unknown as Element;
    for (const rect of Array.from(chart.querySelectorAll('.residual-square rect'))) {
      expect(Number(rect.getAttribute('width'))).toBeCloseTo(Number(rect.getAttribute('height')), 0);
    }
    expect(chart.querySelectorAll('.residual-square rect').length).toBe(2);
  });
});

describe('errorBarsLayers', () => {
  it('keeps the axes in the base (one band per point, a fixed top) and draws the bars and the mean over it', () => {
    const { base, overlay } = errorBarsLayers({ errors: [4, 1, Number.NaN, 9], mean: 2, label: 'squared error', yMax: 10 });
    expect((base.x as { domain: number[] }).domain).toEqual([1, 2, 3, 4]);
    expect((base.y as { domain: number[] }).domain).toEqual([0, 10]);
    const bars = named(overlay, 'BarY')[0]!.data as Array<{ point: number; error: number }>;
    expect(bars).toEqual([
      { point: 1, error: 4 },
      { point: 2, error: 1 },
      { point: 4, error: 9 },
    ]);
    expect(named(overlay, 'RuleY').map((m) => m.data[0])).toContain(2);
  });

  it('raises the top to the mean when the mean is above the fixed top', () => {
    expect(errorBarsTop({ mean: 12, yMax: 10 })).toBe(12);
    expect(errorBarsTop({ mean: Number.NaN, yMax: 10 })).toBe(10);
    expect((errorBarsLayers({ errors: [20, 4], mean: 12, label: 'e', yMax: 10 }).base.y as { domain: number[] }).domain).toEqual([0, 12]);
  });
});

describe('lossCurveLayers', () => {
  const curve = { xs: [0, 1, 2], losses: [4, 1, 4], current: { x: 1, loss: 1 }, xLabel: 'b', yLabel: 'MSE' };

  it('draws the curve in the base and only the current dot in the overlay', () => {
    const { base, overlay } = lossCurveLayers(curve);
    expect(named(base, 'Line')[0]!.data).toHaveLength(3);
    expect(named(overlay, 'Dot')[0]!.data).toEqual([{ x: 1, loss: 1 }]);
    expect(marks(overlay)).toHaveLength(1);
  });

  it('leaves the dot out when the current loss is not a number', () => {
    expect(marks(lossCurveLayers({ ...curve, current: { x: 1, loss: Number.POSITIVE_INFINITY } }).overlay)).toHaveLength(0);
  });
});
