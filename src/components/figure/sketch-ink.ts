/**
 * Ink: on the page, a sketch's lines, segment sets and dot sets are painted by a worker
 * (ink.worker.ts) on a canvas in the sketch's SVG, one canvas per run of such shapes, in the run's
 * place among the other shapes. As SVG paths they cost the page's main thread on every frame of a
 * drag: the path text, then its parsing, layout, paint and rasterising, all for a long run or a
 * large data set that a slider redraws whole. Here the page maps each array to pixels once (a
 * Float32Array, kept while the array and the scales stay the same) and sends numbers; the worker
 * draws them off the main thread.
 *
 * Until the worker has painted a canvas, the run is drawn as SVG paths beside it (by the sketch
 * layer), so that nothing blinks while the worker starts. Where a canvas cannot be handed to a
 * worker, or the worker fails, sketches stay SVG.
 */
import { fillAndStroke, shownCount, type Shape } from '../../charts/sketch';
import type { InkItem, InkScene } from './ink-paint';
import type { InkPainted, InkWorkerMessage } from './ink.worker';
import { onCanvas } from './pixels';
import type { SketchFrame, SketchScales as Scales } from './sketch-layer';

export type InkShape = Extract<Shape, { kind: 'line' | 'segments' | 'dots' }>;

/** Shapes ink paints: lines, segments and dots that take no pointer (a class may make a shape a drag target). */
export function inkable(shape: Shape): shape is InkShape {
  return (shape.kind === 'line' || shape.kind === 'segments' || shape.kind === 'dots') && shape.className === undefined;
}

/**
 * Points a run must hold (all its arrays, whatever is shown) to be worth a canvas: a short path
 * costs the main thread less as SVG than as a canvas with its messages and its own layer. Counted
 * over whole arrays, so that a scrub through a run does not switch it between the two.
 */
export const INK_FROM = 200;

export function worthInk(run: readonly InkShape[]): boolean {
  let points = 0;
  for (const shape of run) points += shape.kind === 'segments' ? shape.segments.length : shape.points.length;
  return points >= INK_FROM;
}

/** The worker: undefined until first wanted, null where it cannot run or has failed. */
let worker: Worker | null | undefined;
const layers = new Map<number, InkLayer>();
const layerOf = new WeakMap<Element, InkLayer>();
let nextId = 1;
let nextBuffer = 1;

/**
 * Messages for the worker, sent together once the current task's drawing is done: each
 * postMessage has a fixed cost on the main thread, and a frame can change several sketches.
 */
let outbox: InkWorkerMessage[] = [];
let transfers: Transferable[] = [];

function send(message: InkWorkerMessage, transfer: readonly Transferable[] = []): void {
  if (outbox.length === 0) {
    queueMicrotask(() => {
      const messages = outbox;
      const moved = transfers;
      outbox = [];
      transfers = [];
      worker?.postMessage(messages, moved);
    });
  }
  outbox.push(message);
  transfers.push(...transfer);
}

/** Whether ink can paint on `document` now: the page's own, with workers that can take a canvas. */
export function inkAvailable(document: Document): boolean {
  return (
    worker !== null &&
    typeof window !== 'undefined' &&
    document === window.document &&
    typeof Worker !== 'undefined' &&
    typeof HTMLCanvasElement !== 'undefined' &&
    typeof HTMLCanvasElement.prototype.transferControlToOffscreen === 'function'
  );
}

function inkWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./ink.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return (worker = null);
  }
  worker.onmessage = (event: MessageEvent<InkPainted>) => layers.get(event.data.id)?.painted();
  worker.onerror = (event) => {
    // A worker that fails to load or breaks: the layers keep their SVG stand-ins, and the next drawing is SVG only.
    event.preventDefault();
    worker?.terminate();
    worker = null;
  };
  // Colours are resolved on the page; a new colour scheme repaints every canvas with its colours.
  window.matchMedia?.('(prefers-color-scheme: dark)').addEventListener?.('change', () => {
    colours = new Map();
    for (const layer of layers.values()) layer.repaint();
  });
  return worker;
}

/**
 * CSS values resolved for the canvas, once per colour scheme: the palette's variables
 * (`var(--c-model)`) and `currentColor`, as the root element has them (no figure sets its own).
 */
let colours = new Map<string, string>();

function resolve(value: string | undefined): string | null {
  if (value === undefined || value === 'none') return null;
  let colour = colours.get(value);
  if (colour === undefined) {
    const style = getComputedStyle(document.documentElement);
    const variable = /^var\(\s*(--[\w-]+)\s*(?:,\s*(.+))?\)$/.exec(value);
    if (value.toLowerCase() === 'currentcolor') colour = style.color;
    else colour = (variable ? style.getPropertyValue(variable[1]!).trim() || resolve(variable[2] ?? 'currentColor') : value) ?? 'transparent';
    colours.set(value, colour);
  }
  return colour;
}

const dashPatterns = new Map<string, number[]>();

function dashes(value: string | undefined): number[] {
  const text = value ?? '';
  let pattern = dashPatterns.get(text);
  if (!pattern) dashPatterns.set(text, (pattern = text.split(/[\s,]+/).filter((part) => part !== '').map(Number).filter((n) => Number.isFinite(n) && n >= 0)));
  return pattern;
}

/** An array's pixels, on the scales they were mapped with: its first `items` items, of the `length` it had. */
interface Packed {
  readonly scales: Scales;
  readonly length: number;
  readonly items: number;
  readonly key: number;
  readonly data: Float32Array;
}

/** Packed arrays by their array: a run, or a data set, is the same array frame after frame while a drag moves only what is drawn over it. */
const packedPairs = new WeakMap<object, Packed>();
const packedSegments = new WeakMap<object, Packed>();
/** Shorter arrays are packed afresh every time (a caller may reuse one for a handle or a marker). */
const KEEP_FROM = 32;

/** The first `upTo` items of a shape in pixels, NaN where one cannot be drawn (not finite, or off any canvas). */
export function packPixels(shape: InkShape, scales: Scales, upTo: number): Float32Array {
  const X = (v: unknown) => Number(scales.x.apply(v));
  const Y = (v: unknown) => Number(scales.y.apply(v));
  if (shape.kind === 'segments') {
    const data = new Float32Array(4 * upTo);
    for (let i = 0; i < upTo; i++) {
      const s = shape.segments[i]!;
      const x1 = X(s.x1), y1 = Y(s.y1), x2 = X(s.x2), y2 = Y(s.y2);
      const ok = onCanvas(x1, y1, x2, y2);
      data[4 * i] = ok ? x1 : NaN;
      data[4 * i + 1] = ok ? y1 : NaN;
      data[4 * i + 2] = ok ? x2 : NaN;
      data[4 * i + 3] = ok ? y2 : NaN;
    }
    return data;
  }
  const data = new Float32Array(2 * upTo);
  for (let i = 0; i < upTo; i++) {
    const p = shape.points[i]!;
    const x = X(p.x), y = Y(p.y);
    const ok = onCanvas(x, y);
    data[2 * i] = ok ? x : NaN;
    data[2 * i + 1] = ok ? y : NaN;
  }
  return data;
}

/**
 * The shape's pixels: the kept ones while the array, its length and the scales stay the same and
 * they reach as far as shown. A new run is packed as far as it is shown, and whole once a scrub
 * goes past that.
 */
function packed(shape: InkShape, scales: Scales, shown: number): Packed {
  const items = shape.kind === 'segments' ? shape.segments : shape.points;
  const cache = shape.kind === 'segments' ? packedSegments : packedPairs;
  const kept = items.length >= KEEP_FROM ? cache.get(items) : undefined;
  const same = kept !== undefined && kept.scales === scales && kept.length === items.length;
  if (same && kept.items >= shown) return kept;
  const upTo = same ? items.length : shown;
  const fresh = { scales, length: items.length, items: upTo, key: nextBuffer++, data: packPixels(shape, scales, upTo) };
  if (items.length >= KEEP_FROM) cache.set(items, fresh);
  return fresh;
}

function sameNumbers(a: Float32Array, b: Float32Array): boolean {
  if (a.length !== b.length) return false;
  // NaN marks a point not drawn, in both.
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !(Number.isNaN(a[i]!) && Number.isNaN(b[i]!))) return false;
  return true;
}

const SVG = 'http://www.w3.org/2000/svg';

/** One canvas, in a `<foreignObject>` that is the first child of the run's `<g>`, painted by the worker. */
class InkLayer {
  readonly id = nextId++;
  readonly holder: Element;
  /** Buffers the worker holds for this canvas (those of the last scene sent). */
  private held = new Set<number>();
  /** The last packing of each short array, by its place in the run. */
  private short: Packed[] = [];
  private sent = '';
  private last: { shapes: readonly InkShape[]; scales: Scales; frame: SketchFrame; width: number; height: number } | null = null;
  isPainted = false;

  constructor(readonly group: Element, document: Document) {
    this.holder = document.createElementNS(SVG, 'foreignObject');
    this.holder.setAttribute('data-shape', 'ink-canvas');
    const canvas = document.createElement('canvas');
    canvas.style.display = 'block';
    canvas.style.width = '100%';
    canvas.style.height = '100%';
    this.holder.appendChild(canvas);
    group.prepend(this.holder);
    group.setAttribute('data-ink', 'pending');
    const offscreen = canvas.transferControlToOffscreen();
    send({ kind: 'canvas', id: this.id, canvas: offscreen }, [offscreen]);
  }

  /** The worker has painted this canvas: its SVG stand-ins go. */
  painted(): void {
    if (this.isPainted) return;
    this.isPainted = true;
    this.group.setAttribute('data-ink', 'painted');
    while (this.group.lastChild && this.group.lastChild !== this.holder) this.group.lastChild.remove();
  }

  repaint(): void {
    if (!this.last) return;
    this.sent = '';
    this.show(this.last.shapes, this.last.scales, this.last.frame, this.last.width, this.last.height);
  }

  show(shapes: readonly InkShape[], scales: Scales, frame: SketchFrame, width: number, height: number): void {
    this.last = { shapes, scales, frame, width, height };
    const box = this.holder;
    if (box.getAttribute('width') !== String(width)) box.setAttribute('width', String(width));
    if (box.getAttribute('height') !== String(height)) box.setAttribute('height', String(height));
    const clip = [frame.left, frame.top, frame.right - frame.left, frame.bottom - frame.top] as const;
    const items: InkItem[] = [];
    const buffers: Array<[number, Float32Array]> = [];
    const used = new Set<number>();
    for (const shape of shapes) {
      const length = shape.kind === 'segments' ? shape.segments.length : shape.points.length;
      const count = shownCount(length, shape.count);
      let pixels = packed(shape, scales, count);
      // A short array is packed afresh each time: the same pixels as last time keep their buffer, so an unchanged run sends nothing.
      const before = this.short[items.length];
      if (pixels.length < KEEP_FROM) {
        if (before && sameNumbers(before.data, pixels.data)) pixels = before;
        else this.short[items.length] = pixels;
      }
      if (!this.held.has(pixels.key) && !used.has(pixels.key)) buffers.push([pixels.key, pixels.data]);
      used.add(pixels.key);
      const { fill, stroke } = fillAndStroke(shape);
      items.push({
        kind: shape.kind,
        buffer: pixels.key,
        count,
        stroke: resolve(stroke),
        fill: resolve(fill),
        strokeWidth: shape.strokeWidth ?? 1,
        strokeOpacity: shape.strokeOpacity ?? 1,
        fillOpacity: shape.fillOpacity ?? 1,
        dash: dashes(shape.strokeDasharray),
        clip: shape.clip ? clip : null,
        r: shape.kind === 'dots' ? shape.r : 0,
        symbol: (shape.kind === 'dots' && shape.symbol) || 'circle',
      });
    }
    const scene: InkScene = { width, height, ratio: window.devicePixelRatio || 1, items };
    // A frame that moved only what is drawn over the run sends nothing.
    const signature = JSON.stringify(scene);
    if (buffers.length === 0 && signature === this.sent) return;
    this.sent = signature;
    this.held = used;
    // As text: a structured clone of the scene's small objects cost more than the whole rest of this.
    send({ kind: 'scene', id: this.id, scene: signature, buffers });
  }
}

let pruning = false;

/**
 * Forgets canvases whose run has left the page, here and in the worker. Checked a task later: a
 * sketch is drawn before it is put on the page, and its new runs are not on the page yet.
 */
function prune(): void {
  if (pruning) return;
  pruning = true;
  setTimeout(() => {
    pruning = false;
    for (const [id, layer] of layers) {
      if (layer.group.isConnected) continue;
      layers.delete(id);
      send({ kind: 'drop', id });
    }
  }, 0);
}

/**
 * Paints a run of inkable shapes on the canvas in `group` (made, with its canvas handed to the
 * worker, on the first call for that group). Returns whether the worker has painted that canvas
 * yet; until it has, the caller draws the run as SVG in the group too.
 */
export function drawInk(group: Element, shapes: readonly InkShape[], scales: Scales, frame: SketchFrame, width: number, height: number, document: Document): boolean {
  let layer = layerOf.get(group);
  if (!layer) {
    if (!inkWorker()) return false;
    prune();
    layer = new InkLayer(group, document);
    layers.set(layer.id, layer);
    layerOf.set(group, layer);
  }
  layer.show(shapes, scales, frame, width, height);
  return layer.isPainted;
}
