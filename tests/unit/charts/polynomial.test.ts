import { describe, expect, it } from 'vitest';
import { errorByDegreeOptions, polynomialFitOptions } from '../../../src/charts/polynomial';

type M = { data: Array<Record<string, unknown>>; constructor: { name: string } };

describe('polynomialFitOptions', () => {
  it('draws held-out points apart from the training points, and drops non-finite curve points', () => {
    const o = polynomialFitOptions({ x: [0, 0.5, 1], y: [0, 1, 0], held: new Set([1]), curve: [{ x: 0, y: 0 }, { x: 1, y: NaN }], truth: [] });
    const marks = o.marks as unknown as M[];
    const dots = marks.filter((m) => m.constructor.name === 'Dot');
    expect(dots.map((d) => d.data.length)).toEqual([2, 1]);
    expect(marks.filter((m) => m.constructor.name === 'Line')[1]!.data.length).toBe(1);
  });
});

describe('errorByDegreeOptions', () => {
  it('plots both errors per degree on a log axis and marks the current and best degrees', () => {
    const o = errorByDegreeOptions([{ degree: 1, train: 0.3, validation: 0.4 }, { degree: 2, train: 0.1, validation: 0.2 }], 2, 1);
    expect(o.y?.type).toBe('log');
    const rules = (o.marks as unknown as M[]).filter((m) => m.constructor.name === 'RuleX');
    expect(rules.map((r) => r.data)).toEqual([[2], [1]]);
  });
});
