import { describe, expect, it } from 'vitest';
import { predictedActualLayers, raceOptions } from '../../../src/charts/predicted-actual';

describe('predictedActualLayers', () => {
  it('shares one domain on both axes so the y = x line is the diagonal, and skips non-finite points', () => {
    const { base, overlay } = predictedActualLayers([1, 2, 3], [1.1, NaN, 2.9]);
    expect(base.x?.domain).toEqual(base.y?.domain);
    const [lo, hi] = base.x!.domain as [number, number];
    expect(lo).toBeLessThan(1);
    expect(hi).toBeGreaterThan(3);
    expect(overlay.shapes).toHaveLength(1);
    const dots = overlay.shapes[0]!;
    expect(dots.kind === 'dots' && dots.points).toEqual([{ x: 1, y: 1.1 }, { x: 3, y: 2.9 }]);
  });

  it('keeps the base when only the predictions change', () => {
    expect(predictedActualLayers([1, 2, 3], [0, 0, 0]).base.x?.domain).toEqual(predictedActualLayers([1, 2, 3], [5, 6, 7]).base.x?.domain);
  });
});

describe('raceOptions', () => {
  it('draws both methods on log axes, one row per method and size', () => {
    const o = raceOptions([{ d: 2, closedForm: 0.5, descent: 3 }, { d: 64, closedForm: 40, descent: 20 }]);
    expect(o.x?.type).toBe('log');
    expect(o.y?.type).toBe('log');
    const lines = (o.marks as unknown as Array<{ data: unknown[]; constructor: { name: string } }>).filter((m) => m.constructor.name === 'Line');
    expect(lines.map((l) => l.data.length)).toEqual([2, 2]);
  });
});
