import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overStepsLayers } from '../../../src/charts/over-steps';
import type { Sketch, XY } from '../../../src/charts/sketch';

const lines = (sketch: Sketch): Array<readonly XY[]> => sketch.shapes.flatMap((s) => (s.kind === 'line' ? [s.points] : []));

describe('overStepsLayers', () => {
  it('stops a series where it blows up instead of drawing huge values', () => {
    const layers = overStepsLayers({ series: [{ name: 'loss', values: [1, 10, 1e4, 1e9, 1e200, Infinity, NaN], stroke: 'red' }], current: 2, yLabel: 'loss', logY: true });
    expect(lines(layers.overlay)[0]!.map((p) => p.x)).toEqual([0, 1, 2]);
    expect(layers.base.y?.type).toBe('log');
    // The axis still spans every step the run was meant to take.
    expect(layers.base.x?.domain).toEqual([0, 6]);
  });

  it('draws references as dashed rules with labels under the series, skipping non-finite values', () => {
    const layers = overStepsLayers({
      series: [{ name: 'w', values: [0, 1, 1.5], stroke: 'red' }],
      current: 0,
      yLabel: 'w',
      references: [
        { value: 2, label: 'true', stroke: 'blue' },
        { value: NaN, label: 'x', stroke: 'red' },
        { value: 1, label: 'start', stroke: 'green', anchor: 'left' },
      ],
    });
    expect(layers.base.marks).toEqual([]);
    const [rule, label, leftRule, leftLabel, marker] = layers.overlay.shapes;
    expect(rule).toMatchObject({ kind: 'ruleY', y: 2, stroke: 'blue', strokeDasharray: '5 4' });
    // At the right end of the frame unless anchored left, a little above its rule.
    expect(label).toMatchObject({ kind: 'text', x: 2, y: 2, text: 'true', anchor: 'end', dy: -7, fill: 'blue' });
    expect(leftRule).toMatchObject({ kind: 'ruleY', y: 1, stroke: 'green' });
    expect(leftLabel).toMatchObject({ kind: 'text', x: 0, text: 'start', anchor: 'start', dx: 4 });
    expect(marker).toMatchObject({ kind: 'ruleX' });
    expect(layers.overlay.shapes.filter((s) => s.kind === 'ruleY')).toHaveLength(2);
  });

  it('keeps the same base key when only a reference moves, so a held base stays right', () => {
    const at = (value: number) => overStepsLayers({ series: [{ name: 'w', values: [0, 3], stroke: 'red' }], current: 0, yLabel: 'w', references: [{ value, label: 'best', stroke: 'blue' }] });
    expect(at(1).baseKey).toEqual(at(1.5).baseKey);
  });

  it('keeps the axes in the base and the series with the step on show in the overlay', () => {
    const input = { series: [{ name: 'loss', values: [4, 2, 1, 0.5], stroke: 'red' }], yLabel: 'loss' };
    const early = overStepsLayers({ ...input, current: 1 });
    const late = overStepsLayers({ ...input, current: 3 });
    expect(early.base.marks).toEqual([]);
    expect(early.overlay.shapes.map((s) => s.kind)).toEqual(['ruleX', 'line', 'dots', 'text']);
    expect(lines(early.overlay)[0]).toEqual([{ x: 0, y: 4 }, { x: 1, y: 2 }, { x: 2, y: 1 }, { x: 3, y: 0.5 }]);
    const dotAt = (o: Sketch) => o.shapes.flatMap((s) => (s.kind === 'dots' ? s.points : []))[0];
    expect(dotAt(early.overlay)).toEqual({ x: 1, y: 2 });
    expect(dotAt(late.overlay)).toEqual({ x: 3, y: 0.5 });
    expect(late.overlay.shapes[0]).toMatchObject({ kind: 'ruleX', x: 3 });
    expect(late.overlay.shapes[3]).toMatchObject({ kind: 'text', text: 'loss', x: 3, y: 0.5 });
    expect(late.baseKey).toEqual(early.baseKey);
  });

  it('rounds the y axis out to nice values that hold every series and reference', () => {
    const linear = overStepsLayers({ series: [{ name: 'w', values: [0.13, 1.2, 1.9], stroke: 'red' }], current: 0, yLabel: 'w', references: [{ value: 2.1, label: 'true', stroke: 'blue' }] });
    const [lo, hi] = linear.base.y?.domain as [number, number];
    expect(lo).toBeLessThanOrEqual(0.13);
    expect(hi).toBeGreaterThanOrEqual(2.1);
    expect([lo, hi]).toEqual([0, 2.2]);
    const log = overStepsLayers({ series: [{ name: 'loss', values: [45, 3, 0.013], stroke: 'red' }], current: 0, yLabel: 'loss', logY: true });
    expect(log.base.y?.domain).toEqual([0.01, 100]);
  });

  it('keeps the same base key while a run moves inside its axis, and a new one when it leaves it', () => {
    const at = (scale: number) => overStepsLayers({ series: [{ name: 'loss', values: [10, 5, 3 * scale], stroke: 'red' }], current: 2, yLabel: 'loss', logY: true }).baseKey;
    expect(at(1)).toEqual(at(2));
    expect(at(1)).not.toEqual(at(0.01));
  });

  it('shows only steps 0 … window when given one, and reuses the points of the same series', () => {
    const values = Array.from({ length: 300 }, (_, k) => 1 / (k + 1));
    const a = overStepsLayers({ series: [{ name: 'loss', values, stroke: 'red' }], current: 10, yLabel: 'loss', window: 50 });
    const b = overStepsLayers({ series: [{ name: 'loss', values, stroke: 'red' }], current: 20, yLabel: 'loss', window: 50 });
    expect(a.base.x?.domain).toEqual([0, 50]);
    expect(lines(a.overlay)[0]!.at(-1)).toEqual({ x: 50, y: values[50] });
    expect(lines(b.overlay)[0]).toBe(lines(a.overlay)[0]);
    const wider = overStepsLayers({ series: [{ name: 'loss', values, stroke: 'red' }], current: 20, yLabel: 'loss', window: 100 });
    expect(lines(wider.overlay)[0]!.at(-1)!.x).toBe(100);
  });

  it('gives the same y axis for the same series arrays as for fresh copies of them, whatever else changes', () => {
    const finite = fc.double({ min: 1e-3, max: 1e3, noNaN: true });
    const series = fc.array(finite, { minLength: 2, maxLength: 30 });
    const call = fc.record({
      second: fc.boolean(),
      logY: fc.boolean(),
      references: fc.array(finite, { maxLength: 2 }),
      current: fc.nat({ max: 40 }),
    });
    fc.assert(
      fc.property(series, series, fc.array(call, { minLength: 1, maxLength: 6 }), (a, b, calls) => {
        // The same arrays on every call, as a scrub passes them; the check gets new ones each time.
        for (const c of calls) {
          const input = (first: number[], second: number[]) => ({
            series: [{ name: 'a', values: first, stroke: 'red' }, ...(c.second ? [{ name: 'b', values: second, stroke: 'blue' }] : [])],
            current: c.current,
            yLabel: 'loss',
            logY: c.logY,
            references: c.references.map((value) => ({ value, label: 'r', stroke: 'green' })),
          });
          expect(overStepsLayers(input(a, b)).base.y?.domain).toEqual(overStepsLayers(input([...a], [...b])).base.y?.domain);
        }
      }),
      { numRuns: 150 },
    );
  });
});
