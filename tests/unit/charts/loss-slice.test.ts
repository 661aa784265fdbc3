import { describe, expect, it } from 'vitest';
import { downhillEnd, lossSliceLayers, niceCeil, tangentSegment } from '../../../src/charts/loss-slice';

describe('loss slice geometry', () => {
  it('the tangent passes through the point with the given slope', () => {
    const [a, b] = tangentSegment(2, 5, -3, 1);
    expect(a).toEqual({ x: 1, y: 8 });
    expect(b).toEqual({ x: 3, y: 2 });
  });

  it('downhill is against the slope, and nowhere on a flat point', () => {
    expect(downhillEnd(1, 2, 10)).toBeLessThan(1);
    expect(downhillEnd(1, -2, 10)).toBeGreaterThan(1);
    expect(downhillEnd(1, 0, 10)).toBeNull();
  });

  it('draws the slice, the tangent, the point, and an arrow only where there is a slope', () => {
    const base = { at: [0, 1, 2], loss: [4, 1, 0], xLabel: 'w', yDomain: [0, 5] as const };
    const kinds = (slope: number) => lossSliceLayers({ ...base, current: { x: 1, loss: 1, slope } }).overlay.shapes.map((s) => s.kind);
    expect(kinds(-2)).toEqual(['line', 'line', 'arrows', 'text', 'dots']);
    expect(kinds(0)).toEqual(['line', 'line', 'dots']);
    // The slice follows the other parameter, so it is drawn with the point, over axes that stay.
    const slice = lossSliceLayers({ ...base, current: { x: 1, loss: 1, slope: -2 } }).overlay.shapes[0]!;
    expect(slice.kind === 'line' ? slice.points : null).toEqual([
      { x: 0, y: 4 },
      { x: 1, y: 1 },
      { x: 2, y: 0 },
    ]);
    expect(lossSliceLayers({ ...base, current: { x: 2, loss: 0, slope: 1 } }).base).toEqual(lossSliceLayers({ ...base, current: { x: 1, loss: 1, slope: -2 } }).base);
  });

  it('tops the loss axis with a nice number at or above the largest loss', () => {
    expect([niceCeil(1), niceCeil(1.01), niceCeil(7.3), niceCeil(0.042), niceCeil(1234)]).toEqual([1, 1.2, 8, 0.05, 1500]);
    expect(niceCeil(0)).toBe(1);
    expect(niceCeil(Number.NaN)).toBe(1);
    for (const v of [0.003, 0.9, 3.3, 17, 99.9, 5e5]) {
      expect(niceCeil(v)).toBeGreaterThanOrEqual(v);
      expect(niceCeil(v)).toBeLessThanOrEqual(v * 1.25 + 1e-12);
    }
  });
});
