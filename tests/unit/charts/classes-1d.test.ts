import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classesLayers, jitter } from '../../../src/charts/classes-1d';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const input = { x: [-1, 0, 1, 2], labels: [0, 0, 1, 1], xDomain: [-2, 3] as const };

describe('classesLayers', () => {
  it('draws the points in the sketch, each class with its own colour and symbol, over fixed axes', () => {
    const { base, overlay } = classesLayers(input);
    expect(base.x?.domain).toEqual([-2, 3]);
    expect(base.y?.domain).toEqual([-0.15, 1.15]);
    const [zeros, ones] = overlay.shapes;
    expect(zeros).toMatchObject({ kind: 'dots', fill: 'var(--c-class-0)' });
    expect(ones).toMatchObject({ kind: 'dots', fill: 'var(--c-class-1)', symbol: 'triangle' });
    expect(zeros!.kind === 'dots' && zeros!.points.map((p) => p.x)).toEqual([-1, 0]);
    expect(ones!.kind === 'dots' && ones!.points.map((p) => p.x)).toEqual([1, 2]);
    // The same data gives the same point arrays, whose drawn paths can be reused.
    expect((classesLayers(input).overlay.shapes[0] as { points: unknown }).points).toBe((zeros as { points: unknown }).points);
  });

  it('draws the model, comparison curves, boundary and rings in the sketch, only when given', () => {
    expect(classesLayers(input).overlay.shapes.map((s) => s.kind)).toEqual(['dots', 'dots']);
    const curve = { x: [-2, 3], y: [0, 1] };
    const { overlay } = classesLayers({ ...input, model: curve, complement: curve, reference: curve, boundary: 0.5, wrong: [false, true, false, true] });
    expect(overlay.shapes.map((s) => s.kind)).toEqual(['dots', 'dots', 'ruleX', 'dots', 'line', 'line', 'line']);
    const rings = overlay.shapes[3]!;
    // The rings sit on the jittered points they mark.
    expect(rings.kind === 'dots' ? rings.points.map((p) => [p.x, p.y]) : null).toEqual([
      [0, 0 + jitter(1)],
      [2, 1 + jitter(3)],
    ]);
    expect(overlay.shapes.at(-1)).toMatchObject({ kind: 'line', stroke: 'var(--c-model)' });
  });

  it('leaves out a boundary that is off the axis or missing (a flat model never flips)', () => {
    const kinds = (boundary: number | null) => classesLayers({ ...input, boundary }).overlay.shapes.map((s) => s.kind).filter((k) => k !== 'dots');
    expect(kinds(null)).toEqual([]);
    expect(kinds(10)).toEqual([]);
    expect(kinds(2.5)).toEqual(['ruleX']);
  });

  it('keeps the base the same as the model moves', () => {
    const at = (w: number) => classesLayers({ ...input, model: { x: [-2, 3], y: [0, w] } });
    const drawn = (w: number) => Plot.plot({ ...at(w).base, width: 400, height: 240, document }).outerHTML;
    expect(drawn(1)).toBe(drawn(2));
    expect(at(1).overlay).not.toEqual(at(2).overlay);
  });
});
