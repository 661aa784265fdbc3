import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { degreeTicks, errorByDegreeLayers, polynomialFitBase, polynomialFitSketch } from '../../../src/charts/polynomial';

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
  const rows = [
    { degree: 1, train: 0.3, validation: 0.4 },
    { degree: 2, train: 0.1, validation: 0.2 },
    { degree: 3, train: 0.05, validation: 0.35 },
  ];

  it('keeps only axes in the base: every degree along x and whole decades of error up a log y', () => {
    const { base } = errorByDegreeLayers(rows, 2, 1);
    expect(base.marks).toEqual([]);
    expect(base.y?.type).toBe('log');
    expect(base.y?.domain).toEqual([0.01, 1]);
    expect(base.x?.domain).toEqual([1, 3]);
  });

  it('draws both curves, their names at the last degree, the best degree and the one on show in the sketch', () => {
    const { overlay } = errorByDegreeLayers(rows, 2, 3);
    const rules = overlay.shapes.filter((s) => s.kind === 'ruleX');
    expect(rules).toEqual([expect.objectContaining({ x: 2, stroke: 'var(--c-good)' }), expect.objectContaining({ x: 3, stroke: 'var(--c-warn)' })]);
    const lines = overlay.shapes.flatMap((s) => (s.kind === 'line' ? [s.points.map((p) => p.y)] : []));
    expect(lines).toEqual([[0.3, 0.1, 0.05], [0.4, 0.2, 0.35]]);
    const names = overlay.shapes.flatMap((s) => (s.kind === 'text' ? [[s.text, s.x, s.y]] : []));
    expect(names).toEqual([['training', 3, 0.05], ['validation', 3, 0.35]]);
  });

  it('keeps its base key while the errors move within their decades, so a held base stays right', () => {
    const nudged = rows.map((r) => ({ ...r, validation: r.validation * 1.1 }));
    expect(errorByDegreeLayers(nudged, 2, 1).baseKey).toEqual(errorByDegreeLayers(rows, 1, 3).baseKey);
  });

  it('leaves out errors a log axis cannot show', () => {
    const { overlay } = errorByDegreeLayers([{ degree: 1, train: 0, validation: Number.NaN }, { degree: 2, train: 0.1, validation: 0.2 }], 2, 1);
    const lines = overlay.shapes.flatMap((s) => (s.kind === 'line' ? [s.points.length] : []));
    expect(lines).toEqual([1, 1]);
  });
});

describe('degreeTicks', () => {
  it('labels every degree when few, every other one of fifteen', () => {
    expect(degreeTicks([1, 5])).toEqual([1, 2, 3, 4, 5]);
    expect(degreeTicks([1, 15])).toEqual([1, 3, 5, 7, 9, 11, 13, 15]);
  });

  it('gives whole degrees inside the range, evenly spaced, first included, at most eight (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 60 }), (first, span) => {
        const ticks = degreeTicks([first, first + span]);
        expect(ticks[0]).toBe(first);
        expect(ticks.length).toBeLessThanOrEqual(8);
        expect(ticks.length).toBeGreaterThanOrEqual(Math.min(span + 1, 4));
        for (const [i, t] of ticks.entries()) {
          expect(Number.isInteger(t) && t <= first + span).toBe(true);
          if (i > 0) expect(t - ticks[i - 1]!).toBe(ticks[1]! - ticks[0]!);
        }
      }),
    );
  });
});
