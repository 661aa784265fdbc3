import { describe, expect, it } from 'vitest';
import { rateLossBase, rateLossRows, rateLossSketch, VERDICT_COLOUR } from '../../../src/charts/rates';

describe('rate loss panels', () => {
  it('draw a finite run whole, on a log axis reaching below the optimum', () => {
    const input = { lossAt: [10, 5, 2, 1], optimum: 0.5, verdict: 'converged' as const, steps: 3 };
    const base = rateLossBase(input);
    expect(base.y?.type).toBe('log');
    expect((base.y?.domain as number[])[0]).toBeLessThan(0.5);
    expect(base.x?.domain).toEqual([0, 3]);
    const sketch = rateLossSketch(input);
    expect(sketch.shapes).toHaveLength(1);
    const line = sketch.shapes[0]!;
    expect(line.kind === 'line' && line.points.map((p) => p.y)).toEqual([10, 5, 2, 1]);
    expect(line.stroke).toBe(VERDICT_COLOUR.converged);
  });

  it('cut a blow-up at the top of the axis and mark the cut with a triangle, instead of drawing infinity', () => {
    const input = { lossAt: [1, 10, 1e5, Infinity], optimum: 0.1, verdict: 'diverged' as const, steps: 3, ceiling: 100 };
    const { rows, cut } = rateLossRows(input);
    expect(rows.map((r) => r.x)).toEqual([0, 1, 2]);
    expect(cut).toEqual({ x: 2, y: 100 });
    expect((rateLossBase(input).y?.domain as number[])[1]).toBe(100);
    const marker = rateLossSketch(input).shapes[1]!;
    expect(marker.kind === 'dots' && marker.symbol).toBe('triangle');
    expect(marker.fill).toBe('var(--c-bad)');
  });

  it('give runs from the same start the same axes, whatever their rate', () => {
    const a = rateLossBase({ lossAt: [4, 3, 2], optimum: 1, verdict: 'too slow', steps: 2 });
    const b = rateLossBase({ lossAt: [4, 40, 400], optimum: 1, verdict: 'diverged', steps: 2 });
    expect(a.y?.domain).toEqual(b.y?.domain);
    expect(a.x?.domain).toEqual(b.x?.domain);
  });
});
