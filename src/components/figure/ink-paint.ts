/**
 * Paints a sketch's lines, segment sets and dot sets on a canvas: the painter of the ink worker
 * (ink.worker.ts). The page maps each shape's points to pixels once (sketch-ink.ts) and sends them
 * as numbers with colours already resolved, so this module knows nothing of scales, CSS or the DOM,
 * and draws what the SVG sketch layer would have drawn (sketch-layer.ts's `paint` rules).
 */
import type { DotSymbol } from '../../charts/sketch';
import { diamondHalf, squareHalf, timesHalf, triangleH } from '../../charts/dot-symbols';

/** One shape of a run, as the painter needs it. */
export interface InkItem {
  readonly kind: 'line' | 'segments' | 'dots';
  /** Which of the canvas's buffers holds its pixels: x, y pairs (line, dots) or x1, y1, x2, y2 (segments); NaN where a point is not drawn. */
  readonly buffer: number;
  /** Items drawn (points of a line, segments, dots), from the start of the buffer. */
  readonly count: number;
  /** Resolved CSS colours; null paints nothing. */
  readonly stroke: string | null;
  readonly fill: string | null;
  readonly strokeWidth: number;
  readonly strokeOpacity: number;
  readonly fillOpacity: number;
  readonly dash: readonly number[];
  /** The frame (left, top, width, height) to cut the shape at, or null. */
  readonly clip: readonly [number, number, number, number] | null;
  readonly r: number;
  readonly symbol: DotSymbol;
}

export interface InkScene {
  /** CSS pixels. */
  readonly width: number;
  readonly height: number;
  /** Canvas pixels per CSS pixel. */
  readonly ratio: number;
  readonly items: readonly InkItem[];
}

/** The part of a 2D context the painter uses (OffscreenCanvas's and HTMLCanvasElement's both fit). */
export type InkContext = Pick<
  CanvasRenderingContext2D,
  | 'save' | 'restore' | 'setTransform' | 'clearRect' | 'beginPath' | 'moveTo' | 'lineTo' | 'arc' | 'closePath' | 'rect'
  | 'clip' | 'fill' | 'stroke' | 'setLineDash' | 'globalAlpha' | 'fillStyle' | 'strokeStyle' | 'lineWidth' | 'lineJoin' | 'lineCap'
>;

/** Segment ends closer than this (pixels) are one point: the pen goes on, as the SVG path's does. */
const JOIN = 0.005;

/** Adds one dot to the path, with the outline charts/dot-path.ts gives the SVG layer. */
function dot(ctx: InkContext, x: number, y: number, r: number, symbol: DotSymbol): void {
  if (symbol === 'diamond') {
    const d = diamondHalf(r);
    ctx.moveTo(x, y - d);
    ctx.lineTo(x + d, y);
    ctx.lineTo(x, y + d);
    ctx.lineTo(x - d, y);
    ctx.closePath();
  } else if (symbol === 'times') {
    const d = timesHalf(r);
    ctx.moveTo(x - d, y - d);
    ctx.lineTo(x + d, y + d);
    ctx.moveTo(x - d, y + d);
    ctx.lineTo(x + d, y - d);
  } else if (symbol === 'triangle') {
    const h = triangleH(r);
    const side = Math.sqrt(3) * h;
    ctx.moveTo(x, y - 2 * h);
    ctx.lineTo(x + side, y + h);
    ctx.lineTo(x - side, y + h);
    ctx.closePath();
  } else if (symbol === 'square') {
    const h = squareHalf(r);
    ctx.rect(x - h, y - h, 2 * h, 2 * h);
  } else {
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    ctx.closePath();
  }
}

function trace(ctx: InkContext, item: InkItem, data: Float32Array): void {
  ctx.beginPath();
  if (item.kind === 'line') {
    let down = false;
    for (let i = 0; i < item.count; i++) {
      const x = data[2 * i]!, y = data[2 * i + 1]!;
      if (Number.isNaN(x) || Number.isNaN(y)) down = false;
      else if (down) ctx.lineTo(x, y);
      else {
        ctx.moveTo(x, y);
        down = true;
      }
    }
  } else if (item.kind === 'segments') {
    let endX = NaN, endY = NaN;
    for (let i = 0; i < item.count; i++) {
      const o = 4 * i;
      const x1 = data[o]!, y1 = data[o + 1]!, x2 = data[o + 2]!, y2 = data[o + 3]!;
      if (Number.isNaN(x1 + y1 + x2 + y2)) {
        endX = endY = NaN;
        continue;
      }
      if (!(Math.abs(x1 - endX) < JOIN && Math.abs(y1 - endY) < JOIN)) ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
      endX = x2;
      endY = y2;
    }
  } else {
    for (let i = 0; i < item.count; i++) {
      const x = data[2 * i]!, y = data[2 * i + 1]!;
      if (!Number.isNaN(x + y)) dot(ctx, x, y, item.r, item.symbol);
    }
  }
}

/** Clears the canvas and paints the scene's items in order, bottom first; an item whose buffer is missing is skipped. */
export function paintInk(ctx: InkContext, scene: InkScene, buffers: ReadonlyMap<number, Float32Array>): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, scene.width * scene.ratio, scene.height * scene.ratio);
  ctx.setTransform(scene.ratio, 0, 0, scene.ratio, 0, 0);
  for (const item of scene.items) {
    const data = buffers.get(item.buffer);
    if (!data || item.count <= 0) continue;
    ctx.save();
    if (item.clip) {
      ctx.beginPath();
      ctx.rect(...item.clip);
      ctx.clip();
    }
    trace(ctx, item, data);
    if (item.fill) {
      ctx.globalAlpha = item.fillOpacity;
      ctx.fillStyle = item.fill;
      ctx.fill();
    }
    if (item.stroke) {
      ctx.globalAlpha = item.strokeOpacity;
      ctx.strokeStyle = item.stroke;
      ctx.lineWidth = item.strokeWidth;
      ctx.lineJoin = item.kind === 'dots' ? 'miter' : 'round';
      ctx.lineCap = 'butt';
      ctx.setLineDash(item.dash);
      ctx.stroke();
    }
    ctx.restore();
  }
}
