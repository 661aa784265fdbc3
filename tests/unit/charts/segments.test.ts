import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { polyline, polylinePathData, segments, segmentsPathData } from '../../../src/charts/segments';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

const rows = [
  { x: 0, y: 0, fit: 1 },
  { x: 1, y: 3, fit: 2 },
  { x: 2, y: Number.NaN, fit: 3 },
  { x: 3, y: 1, fit: 4 },
];

/** A 200 × 100 chart of x, y in [0, 4] with no margins or axes: data units map to pixels simply. */
function chartOf(marks: Plot.Markish[]): Element {
  return Plot.plot({
    document: document as unknown as Document,
    width: 200,
    height: 100,
    margin: 0,
    x: { domain: [0, 4], range: [0, 200], axis: null },
    y: { domain: [0, 4], range: [100, 0], axis: null },
    marks,
  }) as unknown as Element;
}

function draw(data: typeof rows, clip = false): Element {
  return chartOf([segments(data, { x1: 'x', y1: 'y', x2: 'x', y2: 'fit', stroke: 'red', strokeWidth: 2, clip })]);
}

describe('segments', () => {
  it('writes one move-and-line pair per index, in index order', () => {
    expect(segmentsPathData([0, 2], [0, 1, 2], [5, 6, 7], [10, 11, 12], [15, 16, 17])).toBe('M0,5L10,15M2,7L12,17');
    expect(segmentsPathData([], [1], [1], [1], [1])).toBe('');
  });

  it('draws every finite segment as one path in a group carrying the shared stroke', () => {
    const chart = draw(rows);
    const paths = chart.querySelectorAll('path');
    expect(paths).toHaveLength(1);
    const d = paths[0]!.getAttribute('d')!;
    // The row with a missing y is left out, as Plot's own link mark leaves it out.
    expect(d.match(/M/g)).toHaveLength(3);
    expect(d.startsWith('M0,100L0,75')).toBe(true);
    const group = paths[0]!.parentElement!;
    expect(group.getAttribute('stroke')).toBe('red');
    expect(group.getAttribute('stroke-width')).toBe('2');
  });

  it('keeps the clip of the link mark and draws nothing for no data', () => {
    const clipped = draw(rows, true).querySelector('g[clip-path]')?.querySelector('path');
    expect(clipped).toBeTruthy();
    // The path must sit in the group that carries the stroke, or it is drawn with none.
    expect(clipped!.parentElement!.getAttribute('stroke')).toBe('red');
    expect(draw([]).querySelectorAll('path')).toHaveLength(0);
  });
});

describe('polyline', () => {
  it('runs through the points in order and starts a new piece after a point left out', () => {
    expect(polylinePathData([0, 1, 2], [0, 1, 2], [5, 6, 7])).toBe('M0,5L1,6L2,7');
    expect(polylinePathData([0, 1, 3], [0, 1, 2, 3], [5, 6, 7, 8])).toBe('M0,5L1,6M3,8');
    expect(polylinePathData([], [], [])).toBe('');
  });

  it('draws one path with the line mark’s round joins, skipping a missing point, clipped when asked', () => {
    const chart = chartOf([polyline(rows, { x: 'x', y: 'y', stroke: 'blue', strokeWidth: 2, strokeDasharray: '4 2', clip: true })]);
    const paths = chart.querySelectorAll('path');
    expect(paths).toHaveLength(1);
    // (0, 0) → (1, 3), then the NaN row breaks the line, which goes on from (3, 1).
    expect(paths[0]!.getAttribute('d')).toBe('M0,100L50,25M150,75');
    const group = paths[0]!.parentElement!;
    expect(group.getAttribute('stroke')).toBe('blue');
    expect(group.getAttribute('stroke-linejoin')).toBe('round');
    expect(group.getAttribute('stroke-dasharray')).toBe('4 2');
    expect(chart.querySelector('g[clip-path]')).toBeTruthy();
  });
});
