import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { decisionPlaneBase, decisionPlaneSketch } from '../../../src/charts/decision-plane';
import { parseRgb } from '../../../src/charts/grid-marks';
import { drawSketch } from '../../../src/components/figure/sketch-layer';
import { createServerCanvas } from '../../../src/components/figure/server-canvas';
import { decisionSegment, probabilityField } from '../../../src/engine/probability-field';

const PLANE = { x1Min: -6, x1Max: 6, x2Min: -6, x2Max: 6 };
const params = { w: [1.5, -0.5], b: 0.25 };
const X = [
  [-2, -1],
  [1, 3],
  [2, 2],
  [-3, 0.5],
];
const labels = [0, 1, 1, 1];
/** Which points the model gets wrong: p ≥ 0.5 against the label. */
const wrong = X.map(([a, b], i) => (1 / (1 + Math.exp(-(1.5 * a! - 0.5 * b! + 0.25))) >= 0.5 ? 1 : 0) !== labels[i]);

function page() {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const create = document.createElement.bind(document);
  document.createElement = ((tag: string) => (tag === 'canvas' ? createServerCanvas() : create(tag))) as typeof document.createElement;
  return document as unknown as Document;
}

describe('decisionPlaneBase and decisionPlaneSketch', () => {
  it('the base is the window’s axes; the sketch lays the field under the boundary, the rings and the points', () => {
    const base = decisionPlaneBase(PLANE);
    expect(base.x?.domain).toEqual([-6, 6]);
    expect(base.y?.domain).toEqual([-6, 6]);
    const field = probabilityField(params, { ...PLANE, width: 20, height: 20 });
    const sketch = decisionPlaneSketch({ X, labels, field, boundary: decisionSegment(params, PLANE), wrong });
    expect(sketch.shapes.map((s) => s.kind)).toEqual(['raster', 'line', 'dots', 'dots', 'dots']);
    const [, , rings, zeros, ones] = sketch.shapes as Array<Extract<(typeof sketch.shapes)[number], { kind: 'dots' }>>;
    expect(rings!.points).toHaveLength(wrong.filter(Boolean).length);
    expect(zeros!.points).toEqual([{ x: -2, y: -1 }]);
    expect(ones!.symbol).toBe('triangle');
    expect(ones!.points).toHaveLength(3);
    // With every point right, no ring is drawn.
    expect(decisionPlaneSketch({ X, labels, wrong: [false, false, false, false] }).shapes.map((s) => s.kind)).toEqual(['dots', 'dots']);
  });

  it('draws the field as an image whose pixels follow the probability’s colour, and encodes it again only for a new field', () => {
    const document = page();
    const chart = Plot.plot({ ...decisionPlaneBase(PLANE), width: 400, height: 400, document }) as unknown as Plot.Plot;
    const scales = { x: chart.scale('x')!, y: chart.scale('y')! };
    const field = probabilityField(params, { ...PLANE, width: 20, height: 20 });
    const sketch = decisionPlaneSketch({ X, labels, field, wrong });
    const svg = drawSketch(null, sketch, scales, 400, 400, document);
    const image = svg.querySelector('image')!;
    const href = image.getAttribute('href')!;
    expect(href).toMatch(/^data:image\/png;base64,/);
    // The image spans the field's extents on the chart's scales.
    expect(Number(image.getAttribute('width'))).toBeCloseTo(Math.abs(Number(scales.x.apply(field.x2)) - Number(scales.x.apply(field.x1))), 0);
    // Same field: the image is left alone (a changed attribute would show as a new href).
    image.setAttribute('href', 'kept');
    drawSketch(svg, decisionPlaneSketch({ X, labels, field, wrong }), scales, 400, 400, document);
    expect(image.getAttribute('href')).toBe('kept');
    // A new field is encoded again, and differs.
    const later = probabilityField({ w: [-1, 2], b: 0 }, { ...PLANE, width: 20, height: 20 });
    drawSketch(svg, decisionPlaneSketch({ X, labels, field: later, wrong }), scales, 400, 400, document);
    expect(image.getAttribute('href')).toMatch(/^data:image\/png;base64,/);
    expect(image.getAttribute('href')).not.toBe(href);
    // Class 1 points are triangles: three corners per point.
    const paths = Array.from(svg.querySelectorAll('path'));
    expect((paths.at(-1)!.getAttribute('d')!.match(/Z/g) ?? []).length).toBe(3);
    expect(paths.at(-1)!.getAttribute('d')!.match(/L/g)!.length).toBe(6);
  });

  it('colours p = 0, ½ and 1 as the diverging scale does, at 55% opacity', () => {
    const field = { values: Float64Array.from([0, 0.5, 1]), width: 3, height: 1, x1: -6, x2: 6, y1: -6, y2: 6 };
    const raster = decisionPlaneSketch({ X: [], labels: [], field }).shapes[0]!;
    if (raster.kind !== 'raster') throw new Error('expected the field first');
    // A canvas that keeps the pixels the image is drawn from.
    let pixels: Uint8ClampedArray | null = null;
    const document = page();
    const create = document.createElement.bind(document);
    document.createElement = ((tag: string) => {
      const element = create(tag) as HTMLCanvasElement;
      if (tag !== 'canvas') return element;
      const getContext = element.getContext.bind(element);
      element.getContext = ((kind: string) => {
        const context = getContext(kind as '2d')!;
        return { ...context, createImageData: context.createImageData.bind(context), putImageData: (image: ImageData) => ((pixels = image.data), context.putImageData(image, 0, 0)) };
      }) as unknown as typeof element.getContext;
      return element;
    }) as typeof document.createElement;
    expect(raster.paint(document.createElement('canvas'))).toBe(true);
    const scale = Plot.scale({ color: { type: 'linear', scheme: 'RdBu', reverse: true, domain: [0, 1] } });
    [0, 0.5, 1].forEach((p, k) => {
      const want = parseRgb(scale.apply(p) as string)!;
      want.forEach((c, i) => expect(Math.abs(pixels![4 * k + i]! - c), `p = ${p}, channel ${i}`).toBeLessThanOrEqual(3));
      expect(pixels![4 * k + 3]).toBe(Math.round(255 * 0.55));
    });
  });
});
