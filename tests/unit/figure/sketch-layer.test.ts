import fc from 'fast-check';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Shape, Sketch } from '../../../src/charts/sketch';
import { drawSketch, type SketchScales } from '../../../src/components/figure/sketch-layer';

const { document: page } = parseHTML('<!doctype html><html><body></body></html>');
const document = page as unknown as Document;

/** x: 0…10 → 40…240 px; y: 0…10 → 180…20 px (up is smaller), like a chart with margins. */
const scales: SketchScales = {
  x: { apply: (v) => 40 + 20 * Number(v), range: [40, 240] },
  y: { apply: (v) => 180 - 16 * Number(v), range: [180, 20] },
};
const draw = (shapes: Shape[], live: SVGSVGElement | null = null) => drawSketch(live, { shapes }, scales, 280, 200, document);

describe('drawSketch', () => {
  it('moves dodging end labels that would overlap apart by a line of text, and leaves the others where they were', () => {
    const label = (text: string, y: number, dodge = true): Shape => ({ kind: 'text', x: 10, y, text, dx: 6, anchor: 'start', dodge });
    const svg = drawSketch(null, { shapes: [label('k = 1', 2), label('k = 20', 2.1), label('alone', 9), label('fixed', 2, false)], fontSize: 12 }, scales, 280, 200, document);
    const [a, b, alone, fixed] = Array.from(svg.children);
    // Same x, 1.6 px apart on the y scale: pulled to 12 × 1.15 px apart, the upper one up, around their middle.
    const y = (el: Element, at: number) => 180 - 16 * at + Number(el.getAttribute('dy') ?? 0);
    expect(y(a!, 2) - y(b!, 2.1)).toBeCloseTo(12 * 1.15, 1);
    expect((y(a!, 2) + y(b!, 2.1)) / 2).toBeCloseTo(180 - 16 * 2.05, 1);
    expect(alone!.hasAttribute('dy')).toBe(false);
    expect(fixed!.hasAttribute('dy')).toBe(false);
  });

  it('places shapes on the given scales, in pixels', () => {
    const svg = draw([
      { kind: 'line', points: [{ x: 0, y: 0 }, { x: 10, y: 10 }], stroke: 'red' },
      { kind: 'dots', points: [{ x: 5, y: 5 }], r: 4, fill: 'blue' },
      { kind: 'ruleX', x: 2 },
      { kind: 'text', x: 1, y: 2, text: 'here', dx: 8, anchor: 'start' },
    ]);
    const [line, dots, rule, text] = Array.from(svg.children);
    expect(line!.getAttribute('d')).toBe('M40,180L240,20');
    expect(line!.getAttribute('stroke')).toBe('red');
    expect(line!.getAttribute('fill')).toBe('none');
    // A circle of radius 4 round (140, 100), as two arcs.
    expect(dots!.getAttribute('d')).toBe('M144,100A4,4,0,1,1,136,100A4,4,0,1,1,144,100Z');
    expect(dots!.getAttribute('fill')).toBe('blue');
    // A rule spans the frame, top to bottom.
    expect(rule!.getAttribute('d')).toBe('M80,20V180');
    expect(text!.tagName.toLowerCase()).toBe('text');
    expect([text!.getAttribute('x'), text!.getAttribute('y'), text!.getAttribute('dx'), text!.getAttribute('text-anchor'), text!.textContent]).toEqual(['60', '148', '8', 'start', 'here']);
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.getAttribute('viewBox')).toBe('0 0 280 200');
  });

  it('edits the same elements on the next frame, and only what changed', () => {
    const first = draw([
      { kind: 'segments', segments: [{ x1: 0, y1: 0, x2: 1, y2: 1 }], stroke: 'red' },
      { kind: 'dots', points: [{ x: 1, y: 1 }], r: 3, className: 'drag-handle' },
    ]);
    const [segments, dots] = Array.from(first.children);
    const again = draw(
      [
        { kind: 'segments', segments: [{ x1: 0, y1: 0, x2: 2, y2: 2 }], stroke: 'red' },
        { kind: 'dots', points: [{ x: 2, y: 2 }], r: 3, className: 'drag-handle' },
      ],
      first,
    );
    expect(again).toBe(first);
    expect(again.children[0]).toBe(segments);
    expect(again.children[1]).toBe(dots);
    expect(segments!.getAttribute('d')).toBe('M40,180L80,148');
    expect(dots!.getAttribute('class')).toBe('drag-handle');
    // A shape of another kind in a slot replaces the element; shapes gone are removed.
    draw([{ kind: 'ruleY', y: 0 }], first);
    expect(first.children).toHaveLength(1);
    expect(first.children[0]).not.toBe(segments);
    expect(first.children[0]!.getAttribute('d')).toBe('M40,180H240');
  });

  it('writes an attribute only when its value changes, without reading it back from the page', () => {
    const shapes: Shape[] = [{ kind: 'line', points: [{ x: 0, y: 0 }, { x: 10, y: 10 }], stroke: 'red' }];
    const svg = draw(shapes);
    const path = svg.children[0]!;
    const writes: string[] = [];
    const reads: string[] = [];
    const write = path.setAttribute.bind(path);
    const read = path.getAttribute.bind(path);
    path.setAttribute = (name: string, value: string) => (writes.push(name), write(name, value));
    path.getAttribute = (name: string) => (reads.push(name), read(name));
    draw(shapes, svg);
    expect(writes).toEqual([]);
    draw([{ kind: 'line', points: [{ x: 0, y: 0 }, { x: 5, y: 10 }], stroke: 'red' }], svg);
    expect(writes).toEqual(['d']);
    expect(reads.filter((name) => name !== 'data-shape')).toEqual([]);
    expect(read('d')).toBe('M40,180L140,20');
  });

  it('hides a label whose point is off the plot, and shows it again once the point is back', () => {
    // Held axes during a drag: a run's end can map far past the chart (x = 40 is 840 px here).
    const at = (x: number, y: number): Shape[] => [{ kind: 'text', x, y, text: 'loss', dx: 8, anchor: 'start' }];
    const svg = draw(at(40, 5));
    expect(svg.children[0]!.getAttribute('visibility')).toBe('hidden');
    draw(at(5, -3), svg);
    expect(svg.children[0]!.getAttribute('visibility')).toBe('hidden');
    // On the frame's edge counts as on the plot: end labels sit at the last step.
    draw(at(10, 5), svg);
    expect(svg.children[0]!.hasAttribute('visibility')).toBe(false);
    draw(at(0, 10), svg);
    expect(svg.children[0]!.hasAttribute('visibility')).toBe(false);
  });

  it('clips a shape to the frame with a nested viewport, no ids needed', () => {
    const svg = draw([{ kind: 'line', points: [{ x: -5, y: 0 }, { x: 15, y: 0 }], clip: true }]);
    const box = svg.children[0]!;
    expect(box.tagName.toLowerCase()).toBe('svg');
    expect([box.getAttribute('x'), box.getAttribute('y'), box.getAttribute('width'), box.getAttribute('height')]).toEqual(['40', '20', '200', '160']);
    expect(box.getAttribute('viewBox')).toBe('40 20 200 160');
    expect(box.getAttribute('overflow')).toBe('hidden');
    expect(box.children[0]!.getAttribute('d')).toBe('M-60,180L340,180');
    expect(svg.outerHTML).not.toContain(' id=');
  });

  it('draws arrows with two barbs at the head, and bars a band wide from zero', () => {
    const arrow = draw([{ kind: 'arrows', arrows: [{ x1: 0, y1: 0, x2: 5, y2: 0 }], headLength: 10 }]).children[0]!;
    const points = Array.from(arrow.getAttribute('d')!.matchAll(/(-?[\d.]+),(-?[\d.]+)/g), (m) => [Number(m[1]), Number(m[2])]);
    // Shaft (40,180)→(140,180), then from the tip two barbs 10 px long, 30° either side of the shaft.
    expect(points.slice(0, 2)).toEqual([
      [40, 180],
      [140, 180],
    ]);
    for (const [x, y] of [points[3]!, points[5]!]) {
      expect(Math.hypot(x! - 140, y! - 180)).toBeCloseTo(10, 1);
      expect(Math.abs(y! - 180)).toBeCloseTo(5, 1);
      expect(x!).toBeLessThan(140);
    }
    const band: SketchScales = { x: { apply: (v) => 40 + 50 * (Number(v) - 1), range: [40, 240], bandwidth: 30 }, y: scales.y };
    const bars = drawSketch(null, { shapes: [{ kind: 'barsY', bars: [{ x: 1, y: 5 }, { x: 3, y: 10 }] }] }, band, 280, 200, document).children[0]!;
    expect(bars.getAttribute('d')).toBe('M40,180H70V100H40ZM140,180H170V20H140Z');
  });

  it('sets the text size from the sketch, and leaves fill and stroke to the shape', () => {
    const sketch: Sketch = { shapes: [{ kind: 'rects', rects: [{ x1: 0, y1: 0, x2: 1, y2: 1 }], fillOpacity: 0.2 }], fontSize: 13 };
    const svg = drawSketch(null, sketch, scales, 280, 200, document);
    expect(svg.getAttribute('font-size')).toBe('13');
    const rect = svg.children[0]!;
    expect(rect.getAttribute('fill')).toBe('currentColor');
    expect(rect.getAttribute('fill-opacity')).toBe('0.2');
    expect(rect.hasAttribute('stroke')).toBe(false);
  });

  it('never writes NaN or Infinity, whatever the numbers (property)', () => {
    const value = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ noNaN: true }), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY));
    const point = fc.record({ x: value, y: value });
    const segment = fc.record({ x1: value, y1: value, x2: value, y2: value });
    const shape: fc.Arbitrary<Shape> = fc.oneof(
      fc.record({ kind: fc.constant('line' as const), points: fc.array(point, { maxLength: 6 }) }),
      fc.record({ kind: fc.constant('dots' as const), points: fc.array(point, { maxLength: 6 }), r: fc.constant(3) }),
      fc.record({ kind: fc.constant('segments' as const), segments: fc.array(segment, { maxLength: 6 }) }),
      fc.record({ kind: fc.constant('arrows' as const), arrows: fc.array(segment, { maxLength: 6 }) }),
      fc.record({ kind: fc.constant('rects' as const), rects: fc.array(segment, { maxLength: 6 }), clip: fc.boolean() }),
      fc.record({ kind: fc.constant('ruleX' as const), x: value }),
      fc.record({ kind: fc.constant('text' as const), x: value, y: value, text: fc.string() }),
    );
    fc.assert(
      fc.property(fc.array(shape, { maxLength: 8 }), (shapes) => {
        const svg = draw(shapes);
        // Attributes only: a text shape's own words may well read "NaN" or "e-0".
        const written = [svg, ...Array.from(svg.querySelectorAll('*'))].flatMap((el) => Array.from(el.attributes, (a) => `${a.name}="${a.value}"`));
        expect(written.filter((a) => /NaN|Infinity|e[+-]\d/.test(a))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

/** The straight pieces a path of M and L commands draws, as pixel-string pairs. */
function piecesOf(d: string): string[] {
  const pieces: string[] = [];
  let pen = '';
  for (const [, command, at] of d.matchAll(/([ML])([^ML]+)/g)) {
    if (command === 'L') pieces.push(`${pen} ${at}`);
    pen = at!;
  }
  return pieces;
}

describe('segments', () => {
  it('go on from where the last one ended, and lift the pen at a gap or a segment left out', () => {
    const svg = draw([
      {
        kind: 'segments',
        segments: [
          { x1: 0, y1: 0, x2: 1, y2: 1 },
          { x1: 1, y1: 1, x2: 2, y2: 0 },
          { x1: 5, y1: 5, x2: 6, y2: 6 },
          { x1: 6, y1: 6, x2: 1e9, y2: 6 },
          { x1: 1e9, y1: 6, x2: 6, y2: 6 },
          { x1: 6, y1: 6, x2: 7, y2: 7 },
        ],
        stroke: 'black',
      },
    ]);
    expect(svg.children[0]!.getAttribute('d')).toBe('M40,180L60,164L80,180M140,100L160,84M160,84L180,68');
    expect(svg.children[0]!.getAttribute('stroke-linejoin')).toBe('round');
  });

  it('draw exactly the pieces given, in order, chained or not (property)', () => {
    // Few places, so that a segment often starts where an earlier one ended or began.
    const at = fc.integer({ min: 0, max: 3 });
    const chain = fc.array(fc.record({ x: at, y: at, jump: fc.boolean(), far: fc.boolean() }), { maxLength: 60 }).map((steps) => {
      const segments: Array<{ x1: number; y1: number; x2: number; y2: number }> = [];
      let from = { x: 0, y: 0 };
      for (const step of steps) {
        const start = step.jump ? { x: step.y, y: step.x } : from;
        const to = { x: step.far ? 1e9 : step.x, y: step.y };
        segments.push({ x1: start.x, y1: start.y, x2: to.x, y2: to.y });
        from = to;
      }
      return segments;
    });
    fc.assert(
      fc.property(chain, (segments) => {
        const d = draw([{ kind: 'segments', segments, stroke: 'black' }]).children[0]?.getAttribute('d') ?? '';
        const X = (v: number) => String(40 + 20 * v);
        const Y = (v: number) => String(180 - 16 * v);
        const expected = segments.filter((s) => Math.abs(s.x1) < 1e6 && Math.abs(s.x2) < 1e6).map((s) => `${X(s.x1)},${Y(s.y1)} ${X(s.x2)},${Y(s.y2)}`);
        expect(piecesOf(d)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('drawn path reuse', () => {
  it('draws a long segment set once for its halo and its line, and anew for a new array or new scales', () => {
    const segments = Array.from({ length: 40 }, (_, i) => ({ x1: i / 4, y1: 0, x2: i / 4, y2: 1 }));
    let reads = 0;
    // Counts how often the layer walks the array's segments.
    const counted = new Proxy(segments, { get: (target, key, receiver) => (key === 'length' && (reads += 1), Reflect.get(target, key, receiver)) });
    const svg = draw([
      { kind: 'segments', segments: counted, stroke: 'white', strokeWidth: 4 },
      { kind: 'segments', segments: counted, stroke: 'black' },
    ]);
    const [halo, line] = Array.from(svg.children);
    expect(halo!.getAttribute('d')).toBe(line!.getAttribute('d'));
    expect(line!.getAttribute('d')!.match(/M/g)).toHaveLength(40);
    const once = reads;
    draw([{ kind: 'segments', segments: counted, stroke: 'black' }], svg);
    // Finiteness and size checks only (a few reads); building the path again reads it once per segment.
    expect(reads - once).toBeLessThan(10);
    const moved = drawSketch(null, { shapes: [{ kind: 'segments', segments: [...segments], stroke: 'black' }] }, { ...scales, x: { ...scales.x, apply: (v) => 50 + 20 * Number(v) } }, 280, 200, document);
    expect(moved.children[0]!.getAttribute('d')).not.toBe(line!.getAttribute('d'));
  });
});

describe('a shape with a count', () => {
  const item = fc.oneof(
    { weight: 6, arbitrary: fc.double({ min: -2, max: 12, noNaN: true }) },
    { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, 1e9) },
  );
  const xy = fc.record({ x: item, y: item });
  const seg = fc.record({ x1: item, y1: item, x2: item, y2: item });
  // Arrays long enough, now and then, to go through the layer's cache of long paths.
  const sized = <T,>(a: fc.Arbitrary<T>) => fc.array(a, { minLength: 0, maxLength: 70 }).chain((items) => fc.tuple(fc.constant(items), fc.integer({ min: -2, max: items.length + 2 })));

  it('draws exactly what the first count items alone draw, for lines, segments and dots (property)', () => {
    fc.assert(
      fc.property(sized(xy), sized(seg), ([points, k], [segments, j]) => {
        const shown = (n: number, length: number) => Math.max(0, Math.min(length, n));
        const counted = draw([
          { kind: 'line', points, count: k, stroke: 'red' },
          { kind: 'dots', points, count: k, r: 3 },
          { kind: 'segments', segments, count: j, stroke: 'blue' },
        ]);
        const sliced = draw([
          { kind: 'line', points: points.slice(0, shown(k, points.length)), stroke: 'red' },
          { kind: 'dots', points: points.slice(0, shown(k, points.length)), r: 3 },
          { kind: 'segments', segments: segments.slice(0, shown(j, segments.length)), stroke: 'blue' },
        ]);
        expect(counted.outerHTML.replace(/ data-[a-z-]+="[^"]*"/g, '')).toBe(sliced.outerHTML.replace(/ data-[a-z-]+="[^"]*"/g, ''));
      }),
    );
  });

  it('builds a long path once and shows a part of it for each count', () => {
    const segments = Array.from({ length: 50 }, (_, i) => ({ x1: i / 5, y1: 0, x2: i / 5, y2: 1 }));
    let reads = 0;
    const counted = new Proxy(segments, { get: (target, key, receiver) => (key === 'length' && (reads += 1), Reflect.get(target, key, receiver)) });
    const svg = draw([{ kind: 'segments', segments: counted, count: 50, stroke: 'black' }]);
    const whole = svg.children[0]!.getAttribute('d')!;
    const once = reads;
    for (const count of [3, 49, 10]) {
      draw([{ kind: 'segments', segments: counted, count, stroke: 'black' }], svg);
      const d = svg.children[0]!.getAttribute('d')!;
      expect(d.match(/M/g)).toHaveLength(count);
      expect(whole.startsWith(d)).toBe(true);
    }
    expect(reads - once).toBeLessThan(30); // a few size checks per draw; building again would read it 50 times a draw
  });
});

describe('grid shapes', () => {
  const grid = { values: Float64Array.from([1, 2, 3, 4]), width: 2, height: 2, x1: 0, x2: 10, y1: 0, y2: 10 };

  it('traces contours once for a grid, its levels and the scales, and again when any of them changes', () => {
    let traces = 0;
    const contours = (g: typeof grid, levels: number[]): Shape => ({
      kind: 'contours',
      grid: g,
      levels,
      stroke: 'black',
      trace: (x, y) => {
        traces += 1;
        return levels.map((level) => `M${x(level)},${y(0)}L${x(level)},${y(10)}`);
      },
    });
    const svg = draw([contours(grid, [2, 3])]);
    const path = svg.children[0]!;
    expect(path.getAttribute('d')).toBe('M80,180L80,20M100,180L100,20');
    expect([path.getAttribute('fill'), path.getAttribute('stroke')]).toEqual(['none', 'black']);
    // A fresh levels array with the same numbers, on the next frame: nothing traced.
    draw([contours(grid, [2, 3])], svg);
    expect(traces).toBe(1);
    draw([contours(grid, [2, 4])], svg);
    expect(traces).toBe(2);
    draw([contours({ ...grid }, [2, 4])], svg);
    expect(traces).toBe(3);
    expect(path.getAttribute('d')).toBe('M80,180L80,20M120,180L120,20');
  });

  it('writes a raster out as an image on the server, and paints a canvas in place on the page', () => {
    let painted = 0;
    const raster = (g: typeof grid): Shape => ({
      kind: 'raster',
      grid: g,
      paint: (canvas) => {
        painted += 1;
        canvas.width = g.width;
        return true;
      },
    });
    // On the server (a document that is not the page's) the canvas is written out as a PNG.
    const { document: server } = parseHTML('<!doctype html><html><body></body></html>');
    (server as unknown as { createElement: (tag: string) => unknown }).createElement = () => ({ width: 0, height: 0, toDataURL: () => 'data:image/png;base64,AAAA' });
    const written = drawSketch(null, { shapes: [raster(grid)] }, scales, 280, 200, server as unknown as Document);
    const image = written.children[0]!;
    expect(image.tagName.toLowerCase()).toBe('image');
    expect(image.getAttribute('href')).toBe('data:image/png;base64,AAAA');
    // Row 0 (y1) at the bottom: the image is flipped upwards from y = 180 px.
    expect(image.getAttribute('transform')).toBe('translate(40,180) scale(1,-1)');

    // On the page, the markup written at build time gives way to a canvas, painted once per grid.
    const global = globalThis as { window?: unknown };
    global.window = { document };
    try {
      const svg = draw([raster(grid)]);
      svg.replaceChild(document.importNode(image, true), svg.children[0]!);
      draw([raster(grid)], svg);
      const box = svg.children[0]!;
      expect(box.tagName.toLowerCase()).toBe('foreignobject');
      expect([box.getAttribute('x'), box.getAttribute('y'), box.getAttribute('width'), box.getAttribute('height')]).toEqual(['40', '20', '200', '160']);
      const canvas = box.children[0] as HTMLCanvasElement;
      expect(canvas.tagName.toLowerCase()).toBe('canvas');
      expect(canvas.style.transform).toBe('scale(1, -1)');
      const before = painted;
      draw([raster(grid)], svg);
      expect(painted).toBe(before);
      draw([raster({ ...grid })], svg);
      expect(painted).toBe(before + 1);
      expect(svg.children[0]!.children[0]).toBe(canvas);
    } finally {
      delete global.window;
    }
  });
});

describe('sketch symbols', () => {
  it('draws a square where Plot draws its square symbol, with the same area', () => {
    const chart = Plot.plot({
      x: { domain: [0, 10] },
      y: { domain: [0, 10] },
      width: 280,
      height: 200,
      marks: [Plot.dot([{ x: 3, y: 7 }], { x: 'x', y: 'y', r: 5, symbol: 'square' })],
      document,
    }) as unknown as Plot.Plot & Element;
    const plotted = chart.querySelector('g[aria-label="dot"] path')!;
    // Plot draws the symbol about the origin (M x,y h side v side …) and moves it with a transform.
    const [tx, ty] = plotted.getAttribute('transform')!.match(/-?[\d.]+/g)!.map(Number);
    const corners = (d: string) => d.match(/-?[\d.]+/g)!.map(Number);
    const theirs = corners(plotted.getAttribute('d')!);
    const side = theirs[2]!;
    const xs = [theirs[0]! + tx!, theirs[0]! + tx! + side];
    expect(side * side).toBeCloseTo(Math.PI * 25, 1);
    const sketch = drawSketch(null, { shapes: [{ kind: 'dots', points: [{ x: 3, y: 7 }], r: 5, symbol: 'square' }] }, { x: chart.scale('x')!, y: chart.scale('y')! }, 280, 200, document);
    const ours = corners(sketch.querySelector('path')!.getAttribute('d')!);
    // M x0,y0 H x1 V y1 H x0 Z
    expect(Math.min(ours[0]!, ours[2]!)).toBeCloseTo(Math.min(...xs), 1);
    expect(Math.abs(ours[2]! - ours[0]!)).toBeCloseTo(side, 1);
    expect((ours[1]! + ours[3]!) / 2).toBeCloseTo(ty!, 1);
  });
});
