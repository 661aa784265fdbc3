import { describe, expect, it } from 'vitest';
import { influenceOptions } from '../../../src/charts/influence';

type Line = { data: Array<{ r: number; psi: number; loss: string }>; constructor: { name: string } };
const lines = (delta: number) => (influenceOptions(delta).marks as unknown as Line[]).filter((m) => m.constructor.name === 'Line');

describe('influenceOptions', () => {
  it('draws MSE unbounded, MAE at ±1, Huber clipped at ±δ', () => {
    const [mse, mae, huber] = lines(1.5);
    expect(Math.max(...mse!.data.map((d) => d.psi))).toBeCloseTo(12, 9);
    expect(new Set(mae!.data.map((d) => d.psi))).toEqual(new Set([-1, 0, 1]));
    expect(Math.max(...huber!.data.map((d) => d.psi))).toBe(1.5);
    expect(Math.min(...huber!.data.map((d) => d.psi))).toBe(-1.5);
  });

  it('marks ±δ only while δ is inside the chart', () => {
    const rules = (d: number) => (influenceOptions(d).marks as unknown as Line[]).filter((m) => m.constructor.name === 'RuleX').length;
    expect(rules(1)).toBe(2);
    expect(rules(50)).toBe(1);
  });
});
