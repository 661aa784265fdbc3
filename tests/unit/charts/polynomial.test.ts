import { describe, expect, it } from 'vitest';
import { errorByDegreeBase, errorByDegreeSketch, polynomialFitBase, polynomialFitSketch } from '../../../src/charts/polynomial';

type M = { data: Array<Record<string, unknown>>; constructor: { name: string } };

describe('polynomial fit chart', () => {
  it('keeps its axes fixed and draws only the true curve in the base', () => {
    const truth = [{ x: -1, y: 0 }, { x: 1, y: 0 }];
    const o = polynomialFitBase(truth);
    expect([o.x?.domain, o.y?.domain]).toEqual([[-1.05, 1.05], [-2, 2]]);
    expect((o.marks as unknown as M[]).map((m) => m.constructor.name)).toEqual(['Line']);
  });

  it('draws held-out points as squares apart from the training points, over the fitted curve', () => {
    const sketch = polynomialFitSketch({ x: [0, 0.5, 1], y: [0, 1, 0], held: new Set([1]), curve: [{ x: 0, y: 0 }, { x: 1, y: 2 }] });
    const [curve, train, held] = sketch.shapes;
    expect(curve!.kind).toBe('line');
    expect(curve!.clip).toBe(true);
    expect(train!.kind === 'dots' && train!.points).toEqual([{ x: 0, y: 0 }, { x: 1, y: 0 }]);
    expect(held!.kind === 'dots' && held!.points).toEqual([{ x: 0.5, y: 1 }]);
    expect(held!.kind === 'dots' && held!.symbol).toBe('square');
  });
});

describe('errors against degree', () => {
  it('plots both errors per degree on a log axis, the best degree in the base and the current one in the sketch', () => {
    const o = errorByDegreeBase([{ degree: 1, train: 0.3, validation: 0.4 }, { degree: 2, train: 0.1, validation: 0.2 }], 1);
    expect(o.y?.type).toBe('log');
    const rules = (o.marks as unknown as M[]).filter((m) => m.constructor.name === 'RuleX');
    expect(rules.map((r) => r.data)).toEqual([[1]]);
    expect(errorByDegreeSketch(2).shapes).toEqual([expect.objectContaining({ kind: 'ruleX', x: 2 })]);
  });

  it('leaves out errors a log axis cannot show', () => {
    const o = errorByDegreeBase([{ degree: 1, train: 0, validation: Number.NaN }, { degree: 2, train: 0.1, validation: 0.2 }], 2);
    const lines = (o.marks as unknown as M[]).filter((m) => m.constructor.name === 'Line');
    expect(lines.map((l) => l.data.length)).toEqual([1, 1]);
  });
});
