import { describe, expect, it } from 'vitest';
import { overStepsLayers } from '../../../src/charts/over-steps';

describe('overStepsLayers', () => {
  it('stops a series where it blows up instead of drawing huge values', () => {
    const o = overStepsLayers({ series: [{ name: 'loss', values: [1, 10, 1e4, 1e9, 1e200, Infinity, NaN], stroke: 'red' }], current: 2, yLabel: 'loss', logY: true }).base;
    const line = (o.marks as Array<{ data?: Array<{ step: number }>; constructor: { name: string } }>).find((m) => m.constructor.name === 'Link')!;
    expect(line.data!.map((r) => r.step)).toEqual([0, 1, 2]);
    expect(o.y?.type).toBe('log');
  });

  it('draws references as dashed rules with labels, skipping non-finite values', () => {
    const o = overStepsLayers({ series: [], current: 0, yLabel: 'w', references: [{ value: 2, label: 'true', stroke: 'blue' }, { value: NaN, label: 'x', stroke: 'red' }] }).base;
    const names = (o.marks as Array<{ constructor: { name: string } }>).map((m) => m.constructor.name);
    expect(names.filter((n) => n === 'RuleY').length).toBe(1);
    expect(names).toContain('Text');
  });

  it('keeps the whole series in the base and only the step on show in the overlay', () => {
    const input = { series: [{ name: 'loss', values: [4, 2, 1, 0.5], stroke: 'red' }], yLabel: 'loss' };
    const names = (o: { marks?: unknown }) => (o.marks as Array<{ constructor: { name: string } }>).map((m) => m.constructor.name);
    const early = overStepsLayers({ ...input, current: 1 });
    const late = overStepsLayers({ ...input, current: 3 });
    expect(names(early.base)).toEqual(['Link']);
    expect(early.overlay.shapes.map((s) => s.kind)).toEqual(['ruleX', 'dots', 'text']);
    const dotAt = (o: typeof early.overlay) => o.shapes.flatMap((s) => (s.kind === 'dots' ? s.points : []))[0];
    expect(dotAt(early.overlay)).toEqual({ x: 1, y: 2 });
    expect(dotAt(late.overlay)).toEqual({ x: 3, y: 0.5 });
    expect(late.overlay.shapes[0]).toMatchObject({ kind: 'ruleX', x: 3 });
    expect(late.overlay.shapes[2]).toMatchObject({ kind: 'text', text: 'loss', x: 3, y: 0.5 });
  });
});
