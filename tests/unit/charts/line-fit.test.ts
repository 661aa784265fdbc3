import { describe, expect, it } from 'vitest';
import { lineEnds, lineFitOptions, lineThrough, paddedDomain } from '../../../src/charts/line-fit';

const base = {
  x: [-1, 0, 2],
  y: [0, 1, 5],
  candidate: { w: 1, b: 0 },
  showResiduals: true,
  xDomain: [-5, 5] as const,
  yDomain: [-10, 10] as const,
};

function markNames(options: ReturnType<typeof lineFitOptions>): string[] {
  return (options.marks ?? []).map((m) => (m as { constructor: { name: string } }).constructor.name);
}

describe('lineFitOptions', () => {
  it('draws the points, the candidate line, and a residual segment per point', () => {
    const options = lineFitOptions(base);
    const names = markNames(options);
    expect(names).toContain('Dot');
    expect(names).toContain('Link');
    expect(names.filter((n) => n === 'Line')).toHaveLength(1);
    const link = (options.marks ?? []).find((m) => (m as object).constructor.name === 'Link') as unknown as { data: Array<{ y: number; fit: number }> };
    expect(link.data.map((d) => d.y - d.fit)).toEqual([0 - -1, 1 - 0, 5 - 2]);
  });

  it('leaves out residuals, truth and best line unless asked', () => {
    expect(markNames(lineFitOptions({ ...base, showResiduals: false }))).not.toContain('Link');
    const all = markNames(lineFitOptions({ ...base, truth: { w: 2, b: 1 }, best: { w: 1.9, b: 1.1 } }));
    expect(all.filter((n) => n === 'Line')).toHaveLength(3);
  });

  it('keeps the axes fixed to the given domains', () => {
    const options = lineFitOptions(base);
    expect(options.x?.domain).toEqual([-5, 5]);
    expect(options.y?.domain).toEqual([-10, 10]);
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
  it('are drawn as one extra dot mark with the drag-point class, only when given', () => {
    const without = lineFitOptions(base).marks ?? [];
    const withPoint = lineFitOptions({ ...base, draggable: [{ x: 1, y: 2 }] }).marks ?? [];
    expect(withPoint.length).toBe(without.length + 1);
    const dot = withPoint.find((m) => (m as { className?: string }).className === 'drag-point') as unknown as { data: Array<{ x: number; y: number }> };
    expect(dot.data).toEqual([{ x: 1, y: 2 }]);
  });
});

describe('lineFitLayers', () => {
  it('puts the data in the base and what follows the reader in the overlay', async () => {
    const { lineFitLayers } = await import('../../../src/charts/line-fit');
    const withAll = { ...base, showResiduals: true, handles: [{ x: 0, y: 0 }], draggable: [{ x: 1, y: 2 }] };
    const { base: under, overlay } = lineFitLayers(withAll);
    const names = (o: { marks?: unknown[] }) => (o.marks ?? []).map((m) => (m as { constructor: { name: string } }).constructor.name);
    expect(names(under)).toContain('Dot');
    expect(names(overlay)).toEqual(['Link', 'Line', 'Dot', 'Dot']);
    // Moving the reader's line changes nothing in the base.
    const moved = lineFitLayers({ ...withAll, candidate: { w: 3, b: -1 } });
    expect(names(moved.base)).toEqual(names(under));
    expect(moved.base.x).toEqual(under.x);
    expect(moved.base.y).toEqual(under.y);
  });
});
