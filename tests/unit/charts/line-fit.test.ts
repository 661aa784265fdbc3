import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { lineEnds, lineFitBase, lineFitData, lineFitSketch, lineThrough, paddedDomain } from '../../../src/charts/line-fit';
import { niceDomain } from '../../../src/charts/domain';
import { drawSketch } from '../../../src/components/figure/sketch-layer';

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
  it('keeps only the axes in the base and draws the points, then the candidate with a residual per point, in the sketch', () => {
    expect(markNames(lineFitBase(base))).toEqual(['RuleY', 'RuleX']);
    const shapes = lineFitSketch(base).shapes;
    expect(shapes.map((s) => s.kind)).toEqual(['dots', 'segments', 'line']);
    const dots = shapes[0]!;
    expect(dots.kind === 'dots' && dots.points).toEqual([{ x: -1, y: 0 }, { x: 0, y: 1 }, { x: 2, y: 5 }]);
    const residuals = shapes[1]!;
    if (residuals.kind !== 'segments') throw new Error('expected segments');
    // From each point (x, y) straight down or up to the line's value there: y − ŷ is the residual.
    expect(residuals.segments.map((s) => s.x1 === s.x2)).toEqual([true, true, true]);
    expect(residuals.segments.map((s) => s.y1 - s.y2)).toEqual([0 - -1, 1 - 0, 5 - 2]);
    const line = shapes[2]!;
    if (line.kind !== 'line') throw new Error('expected a line');
    expect(line.points).toEqual(lineEnds(base.candidate, base.xDomain));
    expect(line.className).toBe('candidate-line');
  });

  it('leaves out residuals, truth and best line unless asked, and draws them under the points', () => {
    expect(lineFitSketch({ ...base, showResiduals: false }).shapes.map((s) => s.kind)).toEqual(['dots', 'line']);
    const data = lineFitData({ ...base, truth: { w: 2, b: 1 }, best: { w: 1.9, b: 1.1 } });
    expect(data.map((s) => [s.kind, s.stroke])).toEqual([
      ['line', 'var(--c-truth)'],
      ['line', 'var(--c-good)'],
      ['dots', 'var(--bg)'],
    ]);
  });

  it('keeps the axes fixed to the given domains, whatever the data', () => {
    const options = lineFitBase(base);
    expect(options.x?.domain).toEqual([-5, 5]);
    expect(options.y?.domain).toEqual([-10, 10]);
  });

  it('gives the same data set the same point array, so its drawn path can be reused', () => {
    const first = lineFitData(base).at(-1)!;
    const again = lineFitData({ ...base, best: { w: 3, b: 1 } }).at(-1)!;
    expect(first.kind === 'dots' && again.kind === 'dots' && again.points === first.points).toBe(true);
    const other = lineFitData({ ...base, x: [...base.x] }).at(-1)!;
    expect(other.kind === 'dots' && first.kind === 'dots' && other.points !== first.points).toBe(true);
  });

  it('places the points at their data coordinates when drawn over the base', () => {
    const chart = Plot.plot({ ...lineFitBase(base), width: 400, height: 300, document }) as unknown as Plot.Plot & Element;
    const svg = drawSketch(null, lineFitSketch({ ...base, showResiduals: false }), { x: chart.scale('x')!, y: chart.scale('y')! }, 400, 300, document as unknown as Document);
    const dots = svg.querySelector('path')!.getAttribute('d')!;
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
    expect(lineFitSketch(withAll).shapes.map((s) => s.className ?? s.kind)).toEqual(['dots', 'segments', 'candidate-line', 'drag-point', 'drag-handle']);
    const moved = { ...withAll, candidate: { w: 3, b: -1 } };
    expect(markNames(lineFitBase(moved))).toEqual(markNames(lineFitBase(withAll)));
    expect(lineFitBase(moved).x).toEqual(lineFitBase(withAll).x);
    expect(lineFitSketch(moved)).not.toEqual(lineFitSketch(withAll));
  });
});

describe('niceDomain', () => {
  it('rounds a domain outward to round ticks, and holds it while the ends move a little', () => {
    expect(niceDomain([-7.3, 11.2])).toEqual([-8, 12]);
    expect(niceDomain([-7.1, 11.9])).toEqual([-8, 12]);
    const [lo, hi] = niceDomain([0.013, 0.87]);
    expect(lo).toBeLessThanOrEqual(0.013);
    expect(hi).toBeGreaterThanOrEqual(0.87);
  });
});
