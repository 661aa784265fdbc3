import { describe, expect, it } from 'vitest';
import { influenceBase, influenceSketch, INFLUENCE_RANGE } from '../../../src/charts/influence';

type Line = { data: Array<{ r: number; psi: number }>; constructor: { name: string } };
const baseLines = () => (influenceBase().marks as unknown as Line[]).filter((m) => m.constructor.name === 'Line');

/** ψ read off a polyline by linear interpolation between its points. */
function along(points: ReadonlyArray<{ x: number; y: number }>, r: number): number {
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1]!;
    const q = points[i]!;
    if (r >= p.x && r <= q.x) return q.x === p.x ? q.y : p.y + ((q.y - p.y) * (r - p.x)) / (q.x - p.x);
  }
  return Number.NaN;
}

describe('influence chart', () => {
  it('draws MSE unbounded (2r) and MAE at ±1 in the base', () => {
    const [mse, mae] = baseLines();
    expect(Math.max(...mse!.data.map((d) => d.psi))).toBeCloseTo(2 * INFLUENCE_RANGE, 9);
    expect(new Set(mae!.data.map((d) => d.psi))).toEqual(new Set([-1, 0, 1]));
  });

  it('draws Huber as r clipped to ±δ, everywhere on the chart', () => {
    for (const delta of [0.2, 1, 1.5, 5.9, 50]) {
      const line = influenceSketch(delta).shapes.find((s) => s.kind === 'line');
      if (line?.kind !== 'line') throw new Error('no Huber line');
      for (let r = -INFLUENCE_RANGE; r <= INFLUENCE_RANGE; r += 0.37) {
        expect(along(line.points, r)).toBeCloseTo(Math.max(-delta, Math.min(delta, r)), 9);
      }
    }
  });

  it('marks ±δ only while δ is inside the chart', () => {
    const rules = (d: number) => influenceSketch(d).shapes.filter((s) => s.kind === 'ruleX').map((s) => (s.kind === 'ruleX' ? s.x : NaN));
    expect(rules(1)).toEqual([-1, 1]);
    expect(rules(50)).toEqual([]);
  });
});
