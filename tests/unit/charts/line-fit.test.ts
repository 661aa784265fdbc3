import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { lineEnds, lineFitBase, lineFitSketch, lineThrough, paddedDomain } from '../../../src/charts/line-fit';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

const base = {
  x: [-1, 0, 2],
  y: [0, 1, 5],
  candidate: { w: 1, b: 0 },
  showResiduals: true,
  xDomain: [-5, 5] as const,
  yDomain: [-10, 10] as const,
};

function markNames(options: ReturnType<typeof lineFitBase>): string[] {
  return (options.marks ?? []).map((m) => (m as { constructor: { name: string } }).constructor.name);
}

describe('lineFitBase and lineFitSketch', () => {
  it('draws the points in the base and the candidate line with a residual segment per point over it', () => {
    expect(markNames(lineFitBase(base))).toContain('Dot');
    const shapes = lineFitSketch(base).shapes;
    expect(shapes.map((s) => s.kind)).toEqual(['segments', 'line']);
    const residuals = shapes[0]!;
    if (residuals.kind !== 'segments') throw new Error('expected segments');
    // From each point (x, y) straight down or up to the line's value there: y − ŷ is the residual.
    expect(residuals.segments.map((s) => s.x1 === s.x2)).toEqual([true, true, true]);
    expect(residuals.segments.map((s) => s.y1 - s.y2)).toEqual([0 - -1, 1 - 0, 5 - 2]);
    const line = shapes[1]!;
    if (line.kind !== 'line') throw new Error('expected a line');
    expect(line.points).toEqual(lineEnds(base.candidate, base.xDomain));
  });

  it('leaves out residuals, truth and best line unless asked', () => {
    expect(lineFitSketch({ ...base, showResiduals: false }).shapes.map((s) => s.kind)).toEqual(['line']);
    expect(markNames(lineFitBase(base)).filter((n) => n === 'Link')).toHaveLength(0);
    const all = markNames(lineFitBase({ ...base, truth: { w: 2, b: 1 }, best: { w: 1.9, b: 1.1 } }));
    expect(all.filter((n) => n === 'Link')).toHaveLength(2);
  });

  it('keeps the axes fixed to the given domains', () => {
    const options = lineFitBase(base);
    expect(options.x?.domain).toEqual([-5, 5]);
    expect(options.y?.domain).toEqual([-10, 10]);
  });

  it('renders the points on the server as one path with a circle per point, at the points', () => {
    const chart = Plot.plot({ ...lineFitBase(base), width: 400, height: 300, document }) as unknown as Plot.Plot & Element;
    expect(chart.querySelectorAll('circle')).toHaveLength(0);
    const paths = Array.from(chart.querySelectorAll('path')).map((p) => p.getAttribute('d') ?? '');
    const dots = paths.find((d) => d.includes('A3,3'))!;
    // Each circle starts r to the right of its centre.
    const starts = Array.from(dots.matchAll(/M(-?[\d.]+),(-?[\d.]+)A/g), (m) => [Number(m[1]) - 3, Number(m[2])]);
    const x = chart.scale('x')!;
    const y = chart.scale('y')!;
    expect(starts).toHaveLength(base.x.length);
    starts.forEach(([cx, cy], i) => {
      expect(cx!).toBeCloseTo(x.apply(base.x[i]) as number, 1);
      expect(cy!).toBeCloseTo(y.apply(base.y[i]) as number, 1);
    });
  });
});

describe('line geometry', () => {
  it('recovers a line from two of its points', () => {
    const line = { w: -0.75, b: 2.5 };
    const [p, q] = lineEnds(line, [-3, 4]);
    const back = lineThrough(p!, q!);
    expect(back.w).toBeCloseTo(line.w, 12);
    expect(back.b).toBeCloseTo(line.b, 12);
  });

  it('pads a domain around the values and survives degenerate input', () => {
    const [lo, hi] = paddedDomain([0, 10]);
    expect(lo).toBeLessThan(0);
    expect(hi).toBeGreaterThan(10);
    expect(paddedDomain([3, 3])).toEqual([2, 4]);
    expect(paddedDomain([Number.NaN])).toEqual([-1, 1]);
  });
});

describe('draggable points', () => {
  it('are one extra dots shape with the drag-point class, only when given', () => {
    const without = lineFitSketch(base).shapes;
    const withPoint = lineFitSketch({ ...base, draggable: [{ x: 1, y: 2 }] }).shapes;
    expect(withPoint.length).toBe(without.length + 1);
    const dot = withPoint.find((s) => s.className === 'drag-point');
    expect(dot?.kind === 'dots' ? dot.points : null).toEqual([{ x: 1, y: 2 }]);
  });
});

describe('the two layers', () => {
  it('moving the reader\'s line changes nothing in the base', () => {
    const withAll = { ...base, showResiduals: true, handles: [{ x: 0, y: 0 }], draggable: [{ x: 1, y: 2 }] };
    expect(lineFitSketch(withAll).shapes.map((s) => s.className ?? s.kind)).toEqual(['segments', 'line', 'drag-point', 'drag-handle']);
    const moved = { ...withAll, candidate: { w: 3, b: -1 } };
    expect(markNames(lineFitBase(moved))).toEqual(markNames(lineFitBase(withAll)));
    expect(lineFitBase(moved).x).toEqual(lineFitBase(withAll).x);
    expect(lineFitSketch(moved)).not.toEqual(lineFitSketch(withAll));
  });
});
