/**
 * Draws a Sketch (charts/sketch.ts) over a base chart, on the base's own scales, and on the next
 * frame edits the same elements in place: one element per shape, attributes written only when they
 * change. This is what keeps a drag at one frame per display refresh: no Plot run, no diff of a
 * fresh SVG tree, nothing created while the shapes stay the same kinds. On the page, runs of lines,
 * segments and dots are painted by a worker on a canvas in their place instead (sketch-ink.ts).
 */
import { fillAndStroke, finiteShape, labelWidth, shownCount, type Shape, type Sketch } from '../../charts/sketch';
import { symbolPath } from '../../charts/dot-path';
import { px } from '../../charts/segments';
import { dodgeLabels } from '../../charts/dodge';
import { onCanvas } from './pixels';
import { drawInk, inkAvailable, inkable, worthInk } from './sketch-ink';

const SVG = 'http://www.w3.org/2000/svg';

/** The part of a Plot scale a sketch needs (Plot's `chart.scale('x')` fits it). */
export interface SketchScale {
  apply(value: unknown): unknown;
  readonly range?: Iterable<unknown> | undefined;
  /** The width of a band, on a band scale. */
  readonly bandwidth?: number | undefined;
}

export interface SketchScales {
  readonly x: SketchScale;
  readonly y: SketchScale;
}

/** The plotting area inside the axes, in pixels. */
export interface SketchFrame {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

function extent(scale: SketchScale, size: number): [number, number] {
  const range = Array.from(scale.range ?? [], Number).filter(Number.isFinite);
  return range.length >= 2 ? [Math.min(...range), Math.max(...range)] : [0, size];
}

/**
 * What this layer last wrote to each element. Comparing with it, instead of reading the attribute
 * back, spares copying a long path's `d` out of the DOM on every frame; an attribute the layer has
 * not written yet (one drawn on the server) is read once.
 */
const written = new WeakMap<Element, Map<string, string | null>>();

/** Writes an attribute only when it differs (an equal write still makes the browser restyle). */
function set(el: Element, name: string, value: string | number | undefined): void {
  let last = written.get(el);
  if (!last) written.set(el, (last = new Map()));
  const text = value === undefined ? null : String(value);
  const before = last.has(name) ? last.get(name) : el.getAttribute(name);
  last.set(name, text);
  if (before === text) return;
  if (text === null) el.removeAttribute(name);
  else el.setAttribute(name, text);
}

type PathShape = Exclude<Shape, { kind: 'text' | 'raster' | 'contours' }>;

/**
 * A path being built item by item: its data so far, where each item ends in it, the pen, and (for
 * segments) where the last drawn segment ended, in hundredths of a pixel as `px` rounds them (NaN
 * after a segment left out).
 */
interface Built {
  d: string;
  readonly ends: number[];
  pen: 'M' | 'L';
  endX: number;
  endY: number;
}

/** The part of a built path that draws the shape's first `count` items (`ends[i]`: where item i ends). */
function shownPart(d: string, ends: readonly number[], shape: PathShape): string {
  const count = 'count' in shape ? shape.count : undefined;
  if (count === undefined) return d;
  const n = shownCount(ends.length, count);
  return n === 0 ? '' : d.slice(0, ends[n - 1]);
}

/**
 * Adds a line's, segments' or dots' items from where `built` stopped up to item `upTo` (each
 * item's end goes into `ends`, so that any prefix of the items is a prefix of the path), and
 * returns the path so far; any other shape is drawn whole.
 */
function extendPath(shape: PathShape, scales: SketchScales, frame: SketchFrame, built: Built, upTo: number): string {
  const X = (v: unknown) => Number(scales.x.apply(v));
  const Y = (v: unknown) => Number(scales.y.apply(v));
  let d = '';
  switch (shape.kind) {
    case 'line': {
      const { points } = shape;
      // Locals in the loop: a long run appends thousands of items.
      let { d: path, pen } = built;
      for (let i = built.ends.length; i < Math.min(upTo, points.length); i++) {
        const x = X(points[i]!.x);
        const y = Y(points[i]!.y);
        if (onCanvas(x, y)) {
          path += `${pen}${px(x)},${px(y)}`;
          pen = 'L';
        } else pen = 'M';
        built.ends.push(path.length);
      }
      built.pen = pen;
      return (built.d = path);
    }
    case 'segments': {
      // A run's segments mostly start where the last one ended (compared as the hundredths `px`
      // writes): the pen goes on from there, which halves the path data parsed on every frame of a
      // drag, and joins the run's corners (and carries its dashes on) as a line's are.
      const { segments } = shape;
      let { d: path, endX, endY } = built;
      for (let i = built.ends.length; i < Math.min(upTo, segments.length); i++) {
        const s = segments[i]!;
        const x1 = X(s.x1), y1 = Y(s.y1), x2 = X(s.x2), y2 = Y(s.y2);
        if (onCanvas(x1, y1, x2, y2)) {
          path += Math.round(x1 * 100) === endX && Math.round(y1 * 100) === endY ? `L${px(x2)},${px(y2)}` : `M${px(x1)},${px(y1)}L${px(x2)},${px(y2)}`;
          endX = Math.round(x2 * 100);
          endY = Math.round(y2 * 100);
        } else endX = endY = NaN;
        built.ends.push(path.length);
      }
      built.endX = endX;
      built.endY = endY;
      return (built.d = path);
    }
    case 'dots': {
      const { points } = shape;
      let path = built.d;
      for (let i = built.ends.length; i < Math.min(upTo, points.length); i++) {
        const x = X(points[i]!.x), y = Y(points[i]!.y);
        if (onCanvas(x, y)) path += symbolPath(x, y, shape.r, shape.symbol ?? 'circle');
        built.ends.push(path.length);
      }
      return (built.d = path);
    }
    case 'arrows': {
      const head = shape.headLength ?? 8;
      for (const s of shape.arrows) {
        const [x1, y1, x2, y2] = [X(s.x1), Y(s.y1), X(s.x2), Y(s.y2)];
        if (!onCanvas(x1, y1, x2, y2)) continue;
        d += `M${px(x1)},${px(y1)}L${px(x2)},${px(y2)}`;
        const length = Math.hypot(x2 - x1, y2 - y1);
        if (length < 1e-6) continue;
        // Two barbs at ±30° from the shaft, shortened for a short arrow.
        const h = Math.min(head, length / 2);
        const angle = Math.atan2(y2 - y1, x2 - x1);
        for (const turn of [Math.PI - Math.PI / 6, Math.PI + Math.PI / 6]) {
          d += `M${px(x2)},${px(y2)}L${px(x2 + h * Math.cos(angle + turn))},${px(y2 + h * Math.sin(angle + turn))}`;
        }
      }
      return d;
    }
    case 'rects':
      for (const s of shape.rects) {
        const [x1, y1, x2, y2] = [X(s.x1), Y(s.y1), X(s.x2), Y(s.y2)];
        if (onCanvas(x1, y1, x2, y2)) d += `M${px(x1)},${px(y1)}H${px(x2)}V${px(y2)}H${px(x1)}Z`;
      }
      return d;
    case 'ruleX': {
      const x = X(shape.x);
      return onCanvas(x) ? `M${px(x)},${px(frame.top)}V${px(frame.bottom)}` : '';
    }
    case 'ruleY': {
      const y = Y(shape.y);
      return onCanvas(y) ? `M${px(frame.left)},${px(y)}H${px(frame.right)}` : '';
    }
    case 'barsY': {
      const band = scales.x.bandwidth ?? 1;
      const y0 = Y(0);
      for (const b of shape.bars) {
        const x = X(b.x);
        if (!onCanvas(x, Y(b.y))) continue;
        d += `M${px(x)},${px(y0)}H${px(x + band)}V${px(Y(b.y))}H${px(x)}Z`;
      }
      return d;
    }
  }
}

function paint(el: Element, shape: Shape): void {
  const { fill, stroke } = fillAndStroke(shape);
  set(el, 'fill', fill);
  set(el, 'fill-opacity', shape.fillOpacity);
  set(el, 'stroke', stroke);
  set(el, 'stroke-width', stroke === undefined ? undefined : (shape.strokeWidth ?? 1));
  set(el, 'stroke-opacity', shape.strokeOpacity);
  set(el, 'stroke-dasharray', shape.strokeDasharray);
  set(el, 'stroke-linecap', shape.kind === 'arrows' ? 'round' : undefined);
  set(el, 'stroke-linejoin', shape.kind === 'arrows' || shape.kind === 'line' || shape.kind === 'segments' ? 'round' : undefined);
  set(el, 'class', shape.className);
}

/** The element for one shape at child `index` of `parent`: the one there if it is the same kind, else a new one. */
function slot(parent: Element, index: number, tag: string, kind: string, document: Document): Element {
  const existing = parent.children[index];
  if (existing && existing.getAttribute('data-shape') === kind) return existing;
  const el = document.createElementNS(SVG, tag);
  el.setAttribute('data-shape', kind);
  if (existing) parent.replaceChild(el, existing);
  else parent.appendChild(el);
  return el;
}

/** The pixel box a raster's grid covers on the chart. */
function rasterBox(shape: Extract<Shape, { kind: 'raster' }>, scales: SketchScales) {
  const { grid } = shape;
  return { x1: Number(scales.x.apply(grid.x1)), x2: Number(scales.x.apply(grid.x2)), y1: Number(scales.y.apply(grid.y1)), y2: Number(scales.y.apply(grid.y2)) };
}

/**
 * On the server: the grid's image, written out as a PNG and stretched over its extents. Row 0 of
 * the image is y1; the flip puts it where the y scale does.
 */
function drawRasterImage(el: Element, shape: Extract<Shape, { kind: 'raster' }>, scales: SketchScales, document: Document): void {
  const box = rasterBox(shape, scales);
  set(el, 'transform', `translate(${px(box.x1)},${px(box.y1)}) scale(${Math.sign(box.x2 - box.x1)},${Math.sign(box.y2 - box.y1)})`);
  set(el, 'width', px(Math.abs(box.x2 - box.x1)));
  set(el, 'height', px(Math.abs(box.y2 - box.y1)));
  set(el, 'preserveAspectRatio', 'none');
  if (drawnGrids.get(el) !== shape.grid) {
    drawnGrids.set(el, shape.grid);
    const canvas = document.createElement('canvas');
    set(el, 'href', shape.paint(canvas) ? canvas.toDataURL() : undefined);
  }
}

/**
 * On the page: a canvas the size of the grid, stretched over its extents. A new grid is painted
 * straight onto it; as an image it would be encoded to PNG, fetched and decoded again on every
 * frame of a drag.
 */
function drawRasterCanvas(el: Element, shape: Extract<Shape, { kind: 'raster' }>, scales: SketchScales, document: Document): void {
  const box = rasterBox(shape, scales);
  set(el, 'x', px(Math.min(box.x1, box.x2)));
  set(el, 'y', px(Math.min(box.y1, box.y2)));
  set(el, 'width', px(Math.abs(box.x2 - box.x1)));
  set(el, 'height', px(Math.abs(box.y2 - box.y1)));
  let canvas = el.firstElementChild as HTMLCanvasElement | null;
  if (!canvas) {
    canvas = document.createElement('canvas');
    canvas.style.display = 'block';
    canvas.style.width = '100%';
    canvas.style.height = '100%';
    el.appendChild(canvas);
  }
  const flip = `scale(${Math.sign(box.x2 - box.x1)}, ${Math.sign(box.y2 - box.y1)})`;
  if (canvas.style.transform !== flip) canvas.style.transform = flip;
  if (drawnGrids.get(el) !== shape.grid) {
    drawnGrids.set(el, shape.grid);
    shape.paint(canvas);
  }
}

/** Whether `document` is the page's own (not the server's stand-in). */
const isPage = (document: Document) => typeof window !== 'undefined' && document === window.document;

/** The grid each raster element shows, so that an unchanged grid is not encoded again. */
const drawnGrids = new WeakMap<Element, unknown>();

/**
 * Paths of long polylines, segment sets and dot sets by their array, with the scales they were
 * drawn on: a run's series, or a data set's points, is the same array frame after frame while a
 * drag moves only what is drawn over it, and a path's halo and its line are drawn from one array.
 */
const drawnPaths = new WeakMap<object, { scales: SketchScales; key: string; built: Built }>();

function pathD(shape: PathShape, scales: SketchScales, frame: SketchFrame): string {
  const many = shape.kind === 'segments' ? shape.segments : shape.kind === 'line' || shape.kind === 'dots' ? shape.points : null;
  const key = shape.kind === 'dots' ? `${shape.r}:${shape.symbol ?? ''}` : shape.kind;
  let cached = many && drawnPaths.get(many);
  // A short array is drawn afresh every time (a caller may reuse one for a handle or a marker).
  if (!many || many.length < 32 || !cached || cached.scales !== scales || cached.key !== key) {
    cached = { scales, key, built: { d: '', ends: [], pen: 'M', endX: NaN, endY: NaN } };
    if (many && many.length >= 32) drawnPaths.set(many, cached);
  }
  // Built only as far as shown: a new run costs the steps on show, and a scrub adds the steps it reaches.
  const upTo = many ? shownCount(many.length, 'count' in shape ? shape.count : undefined) : Infinity;
  const d = extendPath(shape, scales, frame, cached.built, upTo);
  return shownPart(d, cached.built.ends, shape);
}

/** The lines each contours element shows, with what they were traced from. */
const drawnTraces = new WeakMap<Element, { grid: unknown; levels: readonly number[]; scales: SketchScales; d: string }>();

function tracedD(el: Element, shape: Extract<Shape, { kind: 'contours' }>, scales: SketchScales): string {
  const cached = drawnTraces.get(el);
  if (cached && cached.grid === shape.grid && cached.scales === scales && sameNumbers(cached.levels, shape.levels)) return cached.d;
  const d = shape.trace((v) => Number(scales.x.apply(v)), (v) => Number(scales.y.apply(v))).join('');
  drawnTraces.set(el, { grid: shape.grid, levels: shape.levels, scales, d });
  return d;
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** Height of a line of label text, over the font size. */
const LABEL_LINE = 1.15;

/**
 * The extra dy (pixels) that keeps each dodging text label of `shapes` clear of the others, by its
 * index; labels off the canvas, and shapes that are not dodging labels, have none.
 */
function dodgeOffsets(shapes: readonly Shape[], scales: SketchScales, fontSize: number): Map<number, number> {
  const labels: Array<{ index: number; x1: number; x2: number; y: number }> = [];
  shapes.forEach((shape, index) => {
    if (shape.kind !== 'text' || !shape.dodge) return;
    const x = Number(scales.x.apply(shape.x)) + (shape.dx ?? 0);
    const y = Number(scales.y.apply(shape.y)) + (shape.dy ?? 0);
    if (!onCanvas(x, y)) return;
    const width = labelWidth(shape.text, fontSize);
    const anchor = shape.anchor ?? 'middle';
    const x1 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
    labels.push({ index, x1, x2: x1 + width, y });
  });
  const offsets = new Map<number, number>();
  if (labels.length < 2) return offsets;
  dodgeLabels(labels, fontSize * LABEL_LINE).forEach((y, i) => offsets.set(labels[i]!.index, y - labels[i]!.y));
  return offsets;
}

function drawShape(el: Element, shape: Shape, scales: SketchScales, frame: SketchFrame, document: Document, dodged = 0): void {
  if (shape.kind === 'contours') {
    set(el, 'd', tracedD(el, shape, scales));
    paint(el, shape);
    return;
  }
  if (shape.kind === 'raster') {
    if (isPage(document)) drawRasterCanvas(el, shape, scales, document);
    // Only the server writes images: the condition keeps that code out of the browser's bundle.
    else if (import.meta.env.SSR) drawRasterImage(el, shape, scales, document);
    set(el, 'class', shape.className);
    return;
  }
  if (shape.kind === 'text') {
    const x = Number(scales.x.apply(shape.x));
    const y = Number(scales.y.apply(shape.y));
    // A label whose point is off the plot labels nothing there: while held axes wait out a drag,
    // a run's end can map far past the chart, and its name would be drawn across the page.
    const offPlot = !(x >= frame.left - 1 && x <= frame.right + 1 && y >= frame.top - 1 && y <= frame.bottom + 1);
    set(el, 'visibility', onCanvas(x, y) && !offPlot ? undefined : 'hidden');
    set(el, 'x', onCanvas(x) ? px(x) : 0);
    set(el, 'y', onCanvas(y) ? px(y) : 0);
    set(el, 'dx', shape.dx);
    set(el, 'dy', dodged === 0 ? shape.dy : px((shape.dy ?? 0) + dodged));
    set(el, 'text-anchor', shape.anchor ?? 'middle');
    set(el, 'dominant-baseline', 'middle');
    if (el.textContent !== shape.text) el.textContent = shape.text;
  } else {
    set(el, 'd', pathD(shape, scales, frame));
  }
  paint(el, shape);
}

/** Draws one shape at child `index` of `parent`, in a clipping viewport if it asks for one. */
function placeShape(parent: Element, index: number, shape: Shape, scales: SketchScales, frame: SketchFrame, document: Document, dodged = 0): void {
  const live = shape.kind === 'raster' && isPage(document);
  const tag = shape.kind === 'text' ? 'text' : shape.kind === 'raster' ? (live ? 'foreignObject' : 'image') : 'path';
  // The server's raster image and the page's canvas are different elements: the first draw on the page replaces one with the other.
  const kind = live ? 'raster-canvas' : shape.kind;
  if (!shape.clip) {
    drawShape(slot(parent, index, tag, kind, document), shape, scales, frame, document, dodged);
    return;
  }
  // A nested <svg> is a clipping viewport that needs no id (a clipPath would, per figure).
  const { left, right, top, bottom } = frame;
  const box = slot(parent, index, 'svg', `clip-${shape.kind}`, document);
  set(box, 'x', px(left));
  set(box, 'y', px(top));
  set(box, 'width', px(right - left));
  set(box, 'height', px(bottom - top));
  set(box, 'viewBox', `${px(left)} ${px(top)} ${px(right - left)} ${px(bottom - top)}`);
  set(box, 'overflow', 'hidden');
  drawShape(slot(box, 0, tag, kind, document), shape, scales, frame, document, dodged);
}

/**
 * Draws `sketch` into `live` (made when null) sized width × height, and returns it. `document` is
 * the page's, or the server's stand-in when the figure is drawn at build time.
 */
export function drawSketch(live: SVGSVGElement | null, sketch: Sketch, scales: SketchScales, width: number, height: number, document: Document): SVGSVGElement {
  const svg = live ?? (document.createElementNS(SVG, 'svg') as SVGSVGElement);
  set(svg, 'class', 'plot-overlay plot-sketch');
  set(svg, 'aria-hidden', 'true');
  set(svg, 'width', width);
  set(svg, 'height', height);
  set(svg, 'viewBox', `0 0 ${width} ${height}`);
  set(svg, 'overflow', 'visible');
  set(svg, 'font-family', 'system-ui, sans-serif');
  set(svg, 'font-size', sketch.fontSize ?? 12);
  const [left, right] = extent(scales.x, width);
  const [top, bottom] = extent(scales.y, height);
  const frame: SketchFrame = { left, right, top, bottom };
  const dodged = dodgeOffsets(sketch.shapes, scales, sketch.fontSize ?? 12);
  const shapes: Array<[order: number, shape: Shape]> = [];
  sketch.shapes.forEach((raw, order) => {
    const shape = finiteShape(raw);
    if (shape) shapes.push([order, shape]);
  });
  const ink = inkAvailable(document);
  let index = 0;
  for (let i = 0; i < shapes.length; index += 1) {
    const [order, shape] = shapes[i]!;
    if (!ink || !inkable(shape)) {
      placeShape(svg, index, shape, scales, frame, document, dodged.get(order));
      i += 1;
      continue;
    }
    // A run of shapes ink paints: one canvas in their place, drawn by the worker (sketch-ink.ts).
    // Text between them does not break the run but goes over it, as a label over any line is best
    // read: one canvas for a figure's runs and their labels, not one per run.
    const members: Array<[number, Shape]> = [];
    for (let next = shapes[i]; next && (inkable(next[1]) || next[1].kind === 'text'); next = shapes[++i]) members.push(next);
    const run = members.map(([, member]) => member).filter(inkable);
    if (!worthInk(run)) {
      members.forEach(([memberOrder, member], k) => placeShape(svg, index + k, member, scales, frame, document, dodged.get(memberOrder)));
      index += members.length - 1;
      continue;
    }
    const group = slot(svg, index, 'g', 'ink', document);
    let inGroup = 1;
    if (!drawInk(group, run, scales, frame, width, height, document)) {
      // Not painted yet: the run as SVG too, after the canvas, until the worker has painted it.
      for (const shape of run) placeShape(group, inGroup++, shape, scales, frame, document, 0);
    }
    while (group.children.length > inGroup) group.lastElementChild!.remove();
    for (const [labelOrder, label] of members) if (label.kind === 'text') placeShape(svg, ++index, label, scales, frame, document, dodged.get(labelOrder));
  }
  while (svg.children.length > index) svg.lastElementChild!.remove();
  return svg;
}
