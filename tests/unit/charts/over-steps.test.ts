import { describe, expect, it } from 'vitest';
import { overStepsLayers, overStepsOptions } from '../../../src/charts/over-steps';

describe('overStepsOptions', () => {
  it('stops a series where it blows up instead of drawing huge values', () => {
    const o = overStepsOptions({ series: [{ name: 'loss', values: [1, 10, 1e4, 1e9, 1e200, Infinity, NaN], stroke: 'red' }], current: 2, yLabel: 'loss', logY: true });
    const line = (o.marks as Array<{ data?: Array<{ step: number }>; constructor: { name: string } }>).find((m) => m.constructor.name === 'Line')!;
    expect(line.data!.map((r) => r.step)).toEqual([0, 1, 2]);
    expect(o.y?.type).toBe('log');
  });

  it('draws references as dashed rules with labels, skipping non-finite values', () => {
    const o = overStepsOptions({ series: [], current: 0, yLabel: 'w', references: [{ value: 2, label: 'true', stroke: 'blue' }, { value: NaN, label: 'x', stroke: 'red' }] });
    const names = (o.marks as Array<{ constructor: { name: string } }>).map((m) => m.constructor.name);
    expect(names.filter((n) => n === 'RuleY').length).toBe(1);
    expect(names).toContain('Text');
  });

  it('keeps the whole series in the base and only the step on show in the overlay', () => {
    const input = { series: [{ name: 'loss', values: [4, 2, 1, 0.5], stroke: 'red' }], yLabel: 'loss' };
    const names = (o: { marks?: unknown }) => (o.marks as Array<{ constructor: { name: string } }>).map((m) => m.constructor.name);
    const early = overStepsLayers({ ...input, current: 1 });
    const late = overStepsLayers({ ...input, current: 3 });
    expect(names(early.base)).toEqual(['Line']);
    expect(names(early.overlay)).toEqual(['RuleX', 'Dot', 'Text']);
    const dotAt = (o: { marks?: unknown }) => (o.marks as Array<{ data?: Array<{ step: number; value: number }>; constructor: { name: string } }>).find((m) => m.constructor.name === 'Dot')!.data![0];
    expect(dotAt(early.overlay)).toEqual({ step: 1, value: 2 });
    expect(dotAt(late.overlay)).toEqual({ step: 3, value: 0.5 });
    // The one-chart form is the two layers together.
    expect(names(overStepsOptions({ ...input, current: 1 }))).toEqual(['Line', 'RuleX', 'Dot', 'Text']);
  });
});
