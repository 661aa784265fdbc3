import { describe, expect, it } from 'vitest';
import { downhillEnd, lossSliceOptions, tangentSegment } from '../../../src/charts/loss-slice';

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
    const names = (o: ReturnType<typeof lossSliceOptions>) => (o.marks ?? []).map((m) => (m as object).constructor.name);
    expect(names(lossSliceOptions({ ...base, current: { x: 1, loss: 1, slope: -2 } }))).toContain('Arrow');
    expect(names(lossSliceOptions({ ...base, current: { x: 1, loss: 1, slope: 0 } }))).not.toContain('Arrow');
  });
});
