import { describe, expect, it } from 'vitest';
import { rateLossOptions, VERDICT_COLOUR } from '../../../src/charts/rates';

describe('rateLossOptions', () => {
  it('draws a finite run whole, on a log axis above the optimum', () => {
    const o = rateLossOptions({ lossAt: [10, 5, 2, 1], optimum: 0.5, verdict: 'converged', steps: 3 });
    const line = (o.marks as Array<{ data?: unknown[]; constructor: { name: string } }>).find((m) => m.constructor.name === 'Line')!;
    expect(line.data!.length).toBe(4);
    expect(o.y?.type).toBe('log');
    expect((o.y?.domain as number[])[0]).toBeLessThan(0.5);
  });

  it('cuts a blow-up at the ceiling and marks the cut, instead of drawing infinity', () => {
    const o = rateLossOptions({ lossAt: [1, 10, 1e5, Infinity], optimum: 0.1, verdict: 'diverged', steps: 3, ceiling: 100 });
    const marks = o.marks as Array<{ data?: Array<{ step: number; loss: number }>; constructor: { name: string } }>;
    const line = marks.find((m) => m.constructor.name === 'Line')!;
    expect(line.data!.map((r) => r.step)).toEqual([0, 1, 2]);
    expect(line.data!.at(-1)!.loss).toBe(100);
    expect(marks.some((m) => m.constructor.name === 'Dot')).toBe(true);
    expect(VERDICT_COLOUR.diverged).toBe('var(--c-bad)');
  });
});
