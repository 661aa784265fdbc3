import { describe, expect, it } from 'vitest';
import { predictedActualOptions, raceOptions } from '../../../src/charts/predicted-actual';

describe('predictedActualOptions', () => {
  it('shares one domain on both axes so the y = x line is the diagonal, and skips non-finite points', () => {
    const o = predictedActualOptions([1, 2, 3], [1.1, NaN, 2.9]);
    expect(o.x?.domain).toEqual(o.y?.domain);
    const dots = (o.marks as unknown as Array<{ data: unknown[]; constructor: { name: string } }>).find((m) => m.constructor.name === 'Dot')!;
    expect(dots.data.length).toBe(2);
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
