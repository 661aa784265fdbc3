/**
 * The ink painter (the worker's side of sketch-ink) on a context that records every call, and the
 * page's side that maps a shape to the pixels it sends: what is traced, where the pen lifts, what
 * is filled and stroked with which paint, and that a dot has the same outline as the SVG layer's.
 */
import { describe, expect, it } from 'vitest';
import { paintInk, type InkContext, type InkItem, type InkScene } from '../../../src/components/figure/ink-paint';
import { INK_FROM, inkable, packPixels, worthInk } from '../../../src/components/figure/sketch-ink';
import { symbolPath } from '../../../src/charts/dot-path';
import type { DotSymbol, Shape } from '../../../src/charts/sketch';

type Call = [string, ...unknown[]];

/** A 2D context that records method calls, and property writes as ['set', name, value]. */
function recorder() {
  const calls: Call[] = [];
  const ctx = new Proxy({} as Record<string, unknown>, {
    get: (_target, key) => (...args: unknown[]) => void calls.push([String(key), ...args]),
    set(_target, key, value) {
      calls.push(['set', String(key), value]);
      return true;
    },
  });
  return { ctx: ctx as unknown as InkContext, calls };
}

const item = (over: Partial<InkItem>): InkItem => ({
  kind: 'line',
  buffer: 1,
  count: 0,
  stroke: '#123456',
  fill: null,
  strokeWidth: 2,
  strokeOpacity: 0.5,
  fillOpacity: 1,
  dash: [],
  clip: null,
  r: 3,
  symbol: 'circle',
  ...over,
});

const scene = (items: InkItem[], ratio = 1): InkScene => ({ width: 200, height: 100, ratio, items });

function paint(items: InkItem[], buffers: Record<number, number[]>, ratio = 1) {
  const { ctx, calls } = recorder();
  paintInk(ctx, scene(items, ratio), new Map(Object.entries(buffers).map(([k, v]) => [Number(k), Float32Array.from(v)])));
  return calls;
}

const named = (calls: Call[], ...names: string[]) => calls.filter(([name]) => names.includes(name));

describe('paintInk', () => {
  it('clears the whole canvas at its pixel ratio, then draws in CSS pixels', () => {
    const calls = paint([], {}, 2);
    expect(named(calls, 'clearRect')).toEqual([['clearRect', 0, 0, 400, 200]]);
    expect(named(calls, 'setTransform').at(-1)).toEqual(['setTransform', 2, 0, 0, 2, 0, 0]);
  });

  it('traces a line as far as its count, lifting the pen at a point that cannot be drawn', () => {
    const calls = paint([item({ count: 4 })], { 1: [0, 0, 10, 10, NaN, NaN, 30, 30, 40, 40] });
    expect(named(calls, 'moveTo', 'lineTo')).toEqual([
      ['moveTo', 0, 0],
      ['lineTo', 10, 10],
      ['moveTo', 30, 30],
    ]);
  });

  it('strokes with the item’s colour, width, opacity and dashes, and fills nothing without a fill', () => {
    const calls = paint([item({ count: 2, dash: [6, 4] })], { 1: [0, 0, 10, 10] });
    expect(calls).toContainEqual(['set', 'strokeStyle', '#123456']);
    expect(calls).toContainEqual(['set', 'lineWidth', 2]);
    expect(calls).toContainEqual(['set', 'globalAlpha', 0.5]);
    expect(calls).toContainEqual(['set', 'lineJoin', 'round']);
    expect(calls).toContainEqual(['setLineDash', [6, 4]]);
    expect(named(calls, 'stroke')).toHaveLength(1);
    expect(named(calls, 'fill')).toHaveLength(0);
  });

  it('goes on from a segment’s end when the next starts there, and lifts the pen otherwise', () => {
    const calls = paint([item({ kind: 'segments', count: 4 })], {
      1: [0, 0, 10, 0, 10, 0, 10, 10, 50, 50, 60, 60, NaN, 1, 2, 3],
    });
    expect(named(calls, 'moveTo', 'lineTo')).toEqual([
      ['moveTo', 0, 0],
      ['lineTo', 10, 0],
      ['lineTo', 10, 10],
      ['moveTo', 50, 50],
      ['lineTo', 60, 60],
    ]);
  });

  it('fills dots at their fill opacity before stroking them, and skips a dot that cannot be drawn', () => {
    const calls = paint([item({ kind: 'dots', count: 3, fill: '#0072b2', fillOpacity: 0.75, stroke: '#fff', r: 4 })], { 1: [10, 20, NaN, 5, 30, 40] });
    expect(named(calls, 'arc')).toEqual([
      ['arc', 10, 20, 4, 0, 2 * Math.PI],
      ['arc', 30, 40, 4, 0, 2 * Math.PI],
    ]);
    const order = calls.filter(([name, key]) => name === 'fill' || name === 'stroke' || (name === 'set' && (key === 'fillStyle' || key === 'globalAlpha')));
    expect(order).toEqual([['set', 'globalAlpha', 0.75], ['set', 'fillStyle', '#0072b2'], ['fill'], ['set', 'globalAlpha', 0.5], ['stroke']]);
  });

  it('cuts an item with a clip at its frame, inside its own save and restore', () => {
    const calls = paint([item({ count: 2, clip: [40, 20, 100, 60] })], { 1: [0, 0, 10, 10] });
    const names = calls.map(([name]) => name);
    expect(calls).toContainEqual(['rect', 40, 20, 100, 60]);
    expect(names.indexOf('save')).toBeLessThan(names.indexOf('clip'));
    expect(names.indexOf('clip')).toBeLessThan(names.indexOf('stroke'));
    expect(names.lastIndexOf('restore')).toBeGreaterThan(names.indexOf('stroke'));
  });

  it('skips an item whose buffer the canvas does not hold, and paints the next', () => {
    const calls = paint([item({ buffer: 9, count: 1 }), item({ buffer: 1, count: 2, stroke: '#abcdef' })], { 1: [0, 0, 5, 5] });
    expect(named(calls, 'stroke')).toHaveLength(1);
    expect(calls).toContainEqual(['set', 'strokeStyle', '#abcdef']);
  });

  it.each<DotSymbol>(['diamond', 'times', 'triangle', 'square'])('outlines a %s with the corners the SVG layer gives it', (symbol) => {
    const calls = paint([item({ kind: 'dots', count: 1, symbol, r: 5, fill: '#000' })], { 1: [50, 40] });
    const painted = calls.flatMap(([name, ...args]) => {
      if (name === 'rect') {
        const [x, y, w, h] = args as number[];
        return [[x!, y!], [x! + w!, y!], [x! + w!, y! + h!], [x!, y! + h!]];
      }
      return name === 'moveTo' || name === 'lineTo' ? [args as number[]] : [];
    });
    // The SVG path's corners, following H and V as they move one coordinate.
    const corners: number[][] = [];
    for (const [, op, a, b] of symbolPath(50, 40, 5, symbol).matchAll(/([MLHV])(-?[\d.]+)(?:,(-?[\d.]+))?/g)) {
      const last = corners.at(-1) ?? [0, 0];
      corners.push(op === 'H' ? [Number(a), last[1]!] : op === 'V' ? [last[0]!, Number(a)] : [Number(a), Number(b)]);
    }
    expect(painted).toHaveLength(corners.length);
    painted.forEach(([x, y], i) => {
      expect(x).toBeCloseTo(corners[i]![0]!, 1);
      expect(y).toBeCloseTo(corners[i]![1]!, 1);
    });
  });
});

describe('the page’s side', () => {
  const scales = { x: { apply: (v: unknown) => 10 * Number(v) }, y: { apply: (v: unknown) => 100 - Number(v) } };

  it('maps points to pixels, as far as asked, with NaN for a point off any canvas', () => {
    const shape: Shape = { kind: 'line', points: [{ x: 1, y: 2 }, { x: 1e9, y: 0 }, { x: 3, y: 4 }, { x: 5, y: 6 }] };
    expect(Array.from(packPixels(shape as Extract<Shape, { kind: 'line' }>, scales, 3))).toEqual([10, 98, NaN, NaN, 30, 96]);
  });

  it('maps a segment’s two ends, and drops both when one is off the canvas', () => {
    const shape = { kind: 'segments', segments: [{ x1: 0, y1: 0, x2: 1, y2: 1 }, { x1: 0, y1: 0, x2: Infinity, y2: 1 }] } as const;
    expect(Array.from(packPixels(shape, scales, 2))).toEqual([0, 100, 10, 99, NaN, NaN, NaN, NaN]);
  });

  it('inks lines, segments and dots that take no pointer, and nothing else', () => {
    const points = [{ x: 0, y: 0 }];
    expect(inkable({ kind: 'line', points })).toBe(true);
    expect(inkable({ kind: 'dots', points, r: 3 })).toBe(true);
    expect(inkable({ kind: 'segments', segments: [] })).toBe(true);
    expect(inkable({ kind: 'dots', points, r: 3, className: 'drag-point' })).toBe(false);
    expect(inkable({ kind: 'text', x: 0, y: 0, text: 'a' })).toBe(false);
    expect(inkable({ kind: 'ruleY', y: 0 })).toBe(false);
  });

  it('gives a run a canvas from INK_FROM points, counted over whole arrays whatever is shown', () => {
    const points = (n: number) => Array.from({ length: n }, (_, i) => ({ x: i, y: i }));
    const half = Math.ceil(INK_FROM / 2);
    expect(worthInk([{ kind: 'line', points: points(INK_FROM - 1) }])).toBe(false);
    expect(worthInk([{ kind: 'line', points: points(INK_FROM), count: 1 }])).toBe(true);
    expect(worthInk([{ kind: 'dots', points: points(half), r: 2 }, { kind: 'line', points: points(half) }])).toBe(true);
    expect(worthInk([{ kind: 'segments', segments: Array.from({ length: INK_FROM }, () => ({ x1: 0, y1: 0, x2: 1, y2: 1 })) }])).toBe(true);
  });
});
