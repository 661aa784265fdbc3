import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decisionSegment, gaussianClasses2D, predictProbability, probabilityField } from '../../../src/engine';

const fixture = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/reference/classes-2d.json'), 'utf8')) as {
  seed: number;
  positive: { mean: [number, number]; sd: number; n: number };
  negative: { mean: [number, number]; sd: number; n: number };
  X: number[][];
};

describe('gaussianClasses2D', () => {
  it('draws what NumPy’s normal(loc=[a, b], scale, size=(n, 2)) draws after seeding', () => {
    const data = gaussianClasses2D({ seed: fixture.seed, positive: [fixture.positive], negative: [fixture.negative] });
    expect(data.X).toHaveLength(fixture.X.length);
    data.X.forEach((row, i) => {
      expect(row[0]).toBeCloseTo(fixture.X[i]![0]!, 12);
      expect(row[1]).toBeCloseTo(fixture.X[i]![1]!, 12);
    });
    expect(Array.from(data.y)).toEqual([1, 1, 1, 1, 1, 0, 0, 0, 0]);
  });

  it('names a bad cluster', () => {
    expect(() => gaussianClasses2D({ seed: 1, positive: [{ mean: [0, 0], sd: -1, n: 3 }], negative: [] })).toThrow(/positive\[0\]\.sd/);
    expect(() => gaussianClasses2D({ seed: 1, positive: [{ mean: [0] as unknown as [number, number], sd: 1, n: 3 }], negative: [] })).toThrow(/mean; expected \[x1, x2\]/);
  });
});

describe('probabilityField', () => {
  it('holds the model’s probability at every sample, row j at one x₂', () => {
    const params = { w: [1.5, -0.75], b: 0.25 };
    const field = probabilityField(params, { x1Min: -2, x1Max: 2, x2Min: -1, x2Max: 3, width: 5, height: 4 });
    for (let j = 0; j < field.height; j++) {
      for (let i = 0; i < field.width; i++) {
        const expected = predictProbability([[field.x1s[i]!, field.x2s[j]!]], params)[0]!;
        expect(field.values[j * field.width + i]).toBeCloseTo(expected, 14);
      }
    }
    expect([field.x1, field.x2]).toEqual([-2.5, 2.5]);
  });
});

describe('decisionSegment', () => {
  const win = { x1Min: -3, x1Max: 3, x2Min: -3, x2Max: 3 };

  it('ends on the window’s edge, on the line where p = 0.5', () => {
    fc.assert(
      fc.property(fc.double({ min: -4, max: 4, noNaN: true }), fc.double({ min: -4, max: 4, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true }), (w1, w2, b) => {
        fc.pre(Math.abs(w1) > 1e-3 || Math.abs(w2) > 1e-3);
        const segment = decisionSegment({ w: [w1, w2], b }, win);
        if (segment === null) return;
        for (const p of segment) {
          expect(w1 * p.x1 + w2 * p.x2 + b).toBeCloseTo(0, 8);
          const onEdge = [p.x1 + 3, 3 - p.x1, p.x2 + 3, 3 - p.x2].some((d) => Math.abs(d) < 1e-9);
          expect(onEdge).toBe(true);
        }
      }),
    );
  });

  it('is null when the line misses the window or the model is flat', () => {
    expect(decisionSegment({ w: [1, 0], b: -10 }, win)).toBeNull();
    expect(decisionSegment({ w: [0, 0], b: 1 }, win)).toBeNull();
    expect(decisionSegment({ w: [1, 1], b: 0 }, win)).not.toBeNull();
  });
});

describe('weightNorm', () => {
  it('is the length of the weights without the intercept', async () => {
    const { weightNorm } = await import('../../../src/engine');
    expect(weightNorm({ w: [3, -4], b: 100 })).toBe(5);
    expect(weightNorm({ w: [], b: 1 })).toBe(0);
  });
});
