/**
 * Sketches: the few marks that follow a reader's every move (their line, a dot on a landscape, a
 * step marker), described in data coordinates and drawn by PlotView straight onto the base chart's
 * scales (components/figure/sketch-layer.ts). Running Observable Plot for these on every frame of a
 * drag cost more than the whole rest of the frame; a sketch is a handful of attribute writes.
 *
 * Plain data, no DOM: chart builders return them, unit tests read them.
 */
import type { SampledGrid } from './grid-marks';

export interface XY {
  readonly x: number;
  readonly y: number;
}

export interface Segment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** How a shape is painted; colours are CSS values, so `var(--c-model)` follows the theme. */
export interface Paint {
  readonly stroke?: string;
  readonly strokeWidth?: number;
  readonly strokeOpacity?: number;
  readonly strokeDasharray?: string;
  readonly fill?: string;
  readonly fillOpacity?: number;
  /** A class on the shape's element: `drag-handle` or `drag-point` makes it take the pointer. */
  readonly className?: string;
  /** Cut the shape at the chart's frame (the plotting area inside the axes). */
  readonly clip?: boolean;
}

export type DotSymbol = 'circle' | 'diamond' | 'times' | 'triangle' | 'square';

/**
 * `count` on a line, segments or dots: draw only the first `count` items (default: all). A run that
 * grows step by step passes its whole array and how much of it is on show, so that every frame of a
 * scrub draws a prefix of one path the sketch layer made once, not a new path from a new array.
 */
export type Shape =
  /** A polyline through the points; a non-finite point breaks it. */
  | (Paint & { readonly kind: 'line'; readonly points: readonly XY[]; readonly count?: number })
  | (Paint & { readonly kind: 'segments'; readonly segments: readonly Segment[]; readonly count?: number })
  /** Arrows from (x1, y1) to (x2, y2), with a head `headLength` pixels long. */
  | (Paint & { readonly kind: 'arrows'; readonly arrows: readonly Segment[]; readonly headLength?: number })
  /** Rectangles between the corners (x1, y1) and (x2, y2). */
  | (Paint & { readonly kind: 'rects'; readonly rects: readonly Segment[] })
  /** Dots of radius `r` pixels. */
  | (Paint & { readonly kind: 'dots'; readonly points: readonly XY[]; readonly r: number; readonly symbol?: DotSymbol; readonly count?: number })
  /** A vertical rule at x, across the frame. */
  | (Paint & { readonly kind: 'ruleX'; readonly x: number })
  /** A horizontal rule at y, across the frame. */
  | (Paint & { readonly kind: 'ruleY'; readonly y: number })
  /** Bars from 0 up to y, on a band x scale. */
  | (Paint & { readonly kind: 'barsY'; readonly bars: ReadonlyArray<{ readonly x: unknown; readonly y: number }> })
  /**
   * A sampled grid as a heatmap over its extents, one pixel per sample, smoothed by the browser:
   * for a landscape that changes as a slider moves, or a classifier's probability over the plane.
   * `paint` draws it onto a canvas (grid-marks.ts's paintHeatmap); it comes with the shape so that
   * the sketch layer, on every page, does not carry the heatmap code. On the page the layer paints
   * a canvas in place; on the server it writes the canvas out as an image. It paints again only for
   * a new `grid` object.
   */
  | (Paint & { readonly kind: 'raster'; readonly grid: SampledGrid; readonly paint: (canvas: HTMLCanvasElement) => boolean })
  /**
   * Lines traced on a sampled grid, such as its contours at `levels` (grid-marks.ts's contourPaths):
   * `trace` writes them as path data in pixels, given the chart's x and y scale functions. It comes
   * with the shape for the same reason as a raster's `paint`; the layer traces again only for a new
   * grid, new levels or new scales.
   */
  | (Paint & {
      readonly kind: 'contours';
      readonly grid: SampledGrid;
      readonly levels: readonly number[];
      readonly trace: (x: (value: number) => number, y: (value: number) => number) => readonly string[];
    })
  | (Paint & {
      readonly kind: 'text';
      readonly x: number;
      readonly y: number;
      readonly text: string;
      /** Offsets in pixels. */
      readonly dx?: number;
      readonly dy?: number;
      readonly anchor?: 'start' | 'middle' | 'end';
      /** An end label: moved up or down just enough to keep clear of the sketch's other dodging labels (charts/dodge.ts). */
      readonly dodge?: boolean;
    });

/** What an overlay draws: shapes in order, bottom first. */
export interface Sketch {
  readonly shapes: readonly Shape[];
  /** Font size of any text, in pixels (as the base chart's style). */
  readonly fontSize?: number;
}

/** A label's width per character, over the font size: a sans-serif's average, near enough to tell labels apart and to leave them room. */
const LABEL_CHARACTER = 0.6;

/** About how wide a line of label text is, in pixels. */
export function labelWidth(text: string, fontSize: number): number {
  return text.length * fontSize * LABEL_CHARACTER;
}

export function isSketch(value: unknown): value is Sketch {
  return typeof value === 'object' && value !== null && Array.isArray((value as { shapes?: unknown }).shapes);
}

const finite = (...values: number[]) => values.every(Number.isFinite);

/** Lines and rules are strokes; areas and text are filled; a dot is hollow unless it has a fill. */
const STROKED = new Set<Shape['kind']>(['line', 'segments', 'arrows', 'ruleX', 'ruleY', 'contours']);

/** The fill and stroke a shape is painted with (CSS values; undefined: none is written). */
export function fillAndStroke(shape: Shape): { fill: string | undefined; stroke: string | undefined } {
  if (STROKED.has(shape.kind) || (shape.kind === 'dots' && shape.symbol === 'times')) return { fill: 'none', stroke: shape.stroke ?? 'currentColor' };
  if (shape.kind === 'dots') return { fill: shape.fill ?? 'none', stroke: shape.stroke ?? (shape.fill === undefined ? 'currentColor' : undefined) };
  return { fill: shape.fill ?? 'currentColor', stroke: shape.stroke };
}

/** How many items of an array a shape with an optional `count` shows. */
export function shownCount(length: number, count: number | undefined): number {
  return count === undefined || !(count < length) ? length : Math.max(0, Math.floor(count));
}

function shownItems<T>(items: readonly T[], count: number | undefined): readonly T[] {
  const n = shownCount(items.length, count);
  return n === items.length ? items : items.slice(0, n);
}

/** The points of a shape, for tests and for anything that reads a sketch as data. */
export function shapePoints(shape: Shape): XY[] {
  switch (shape.kind) {
    case 'line':
    case 'dots':
      return [...shownItems(shape.points, shape.count)];
    case 'segments':
    case 'rects':
      return (shape.kind === 'segments' ? shownItems(shape.segments, shape.count) : shape.rects).flatMap((s) => [
        { x: s.x1, y: s.y1 },
        { x: s.x2, y: s.y2 },
      ]);
    case 'arrows':
      return shape.arrows.flatMap((s) => [
        { x: s.x1, y: s.y1 },
        { x: s.x2, y: s.y2 },
      ]);
    case 'text':
      return [{ x: shape.x, y: shape.y }];
    case 'raster':
    case 'contours':
      return [
        { x: shape.grid.x1, y: shape.grid.y1 },
        { x: shape.grid.x2, y: shape.grid.y2 },
      ];
    default:
      return [];
  }
}

/**
 * How many items of an array are known to be placeable, so that a scrub does not check a long run
 * on every frame (a run's clipped path grows at its end; only the new items are checked).
 */
const finitePointArrays = new WeakMap<object, number>();
const finiteSegmentArrays = new WeakMap<object, number>();
const finitePoint = (p: XY) => finite(p.x, p.y);
const finiteSegment = (s: Segment) => finite(s.x1, s.y1, s.x2, s.y2);

/**
 * 'all' when every item passes (the common case, checked once per array and then only for items
 * added since); else the shown items that pass; null when none is shown or passes.
 */
function keptItems<T>(items: readonly T[], count: number | undefined, ok: (item: T) => boolean, known: WeakMap<object, number>): 'all' | T[] | null {
  let checked = known.get(items) ?? 0;
  while (checked < items.length && ok(items[checked]!)) checked += 1;
  if (checked === items.length) {
    known.set(items, checked);
    return shownCount(items.length, count) === 0 ? null : 'all';
  }
  const kept = items.slice(0, shownCount(items.length, count)).filter(ok);
  return kept.length > 0 ? kept : null;
}

/** Drops the parts of a shape that cannot be placed (non-finite coordinates); null when nothing is left. */
export function finiteShape(shape: Shape): Shape | null {
  switch (shape.kind) {
    case 'dots': {
      // The same shape when nothing is dropped: the sketch layer knows a drawn set by its array.
      const kept = keptItems(shape.points, shape.count, finitePoint, finitePointArrays);
      // A cut-down copy holds only the shown items, so its count is all of them.
      return kept === 'all' ? shape : kept && { ...shape, points: kept, count: kept.length };
    }
    case 'segments': {
      // The same shape when nothing is dropped, as for dots: a path's halo and its line share one array.
      const kept = keptItems(shape.segments, shape.count, finiteSegment, finiteSegmentArrays);
      return kept === 'all' ? shape : kept && { ...shape, segments: kept, count: kept.length };
    }
    case 'arrows': {
      const arrows = shape.arrows.filter((s) => finite(s.x1, s.y1, s.x2, s.y2));
      return arrows.length > 0 ? { ...shape, arrows } : null;
    }
    case 'rects': {
      const rects = shape.rects.filter((s) => finite(s.x1, s.y1, s.x2, s.y2));
      return rects.length > 0 ? { ...shape, rects } : null;
    }
    case 'barsY': {
      const bars = shape.bars.filter((b) => Number.isFinite(b.y));
      return bars.length > 0 ? { ...shape, bars } : null;
    }
    case 'line': {
      // Looked through in place: a scrub shows part of a long run on every frame, and a copy of that part was garbage at once.
      const { points } = shape;
      const shown = shownCount(points.length, shape.count);
      for (let i = 0; i < shown; i++) if (finite(points[i]!.x, points[i]!.y)) return shape;
      return null;
    }
    case 'ruleX':
      return Number.isFinite(shape.x) ? shape : null;
    case 'ruleY':
      return Number.isFinite(shape.y) ? shape : null;
    case 'text':
      return finite(shape.x, shape.y) ? shape : null;
    case 'raster':
    case 'contours':
      return finite(shape.grid.x1, shape.grid.x2, shape.grid.y1, shape.grid.y2) && shape.grid.width > 0 && shape.grid.height > 0 ? shape : null;
  }
}
