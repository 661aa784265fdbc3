/**
 * Mounts one Observable Plot chart. On the server it renders the chart to SVG markup at a reference
 * width; in the browser it keeps that markup through hydration, then redraws at the container's real
 * width with the same aspect ratio, so nothing shifts. Pointer input is reported in data coordinates.
 *
 * A chart whose costly part rarely changes (points, heatmaps, contours, axes) can split itself in two:
 * `build` draws the base, redrawn only when `baseKey` changes, and `overlay` draws what follows the
 * reader (a line, a dot, arrows) on a transparent layer with the base's scales and margins, on every
 * change: best as a sketch (charts/sketch.ts), edited in place, else as a second Plot chart. Dragging
 * a slider then costs the overlay, not the whole chart.
 */
import * as Plot from '@observablehq/plot';
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import type { Sketch } from '../../charts/sketch';
import { sliderHeld } from '../../state/slider-held';
import { BASE_HOLD_MS } from './base-hold';
import { morph, sameKind } from './morph';
import { fastScale } from './fast-scale';
import { drawSketch, type SketchScales } from './sketch-layer';
import { stabiliseIds } from './stable-ids';
import { serverDocument } from './ssr-document';
import './plot-view.css';

/** Server-rendered charts are drawn at this width and fitted into the CSS-sized box until the client redraws. */
export const REFERENCE_WIDTH = 640;

export interface DataPoint {
  readonly x: number;
  readonly y: number;
}

export interface PointerHandlers {
  /** A press on the chart; `target` is the element pressed (e.g. a drag handle). */
  down?(point: DataPoint, target: Element): boolean | void;
  move?(point: DataPoint): void;
  up?(): void;
}

export interface PlotViewProps {
  /** Builds the Plot options for the chart's pixel size. */
  build(width: number, height: number): Plot.PlotOptions;
  /**
   * Height over width of the chart's box, which CSS sizes before any script runs (so the live chart
   * never shifts the page); `narrow` applies below 40rem, where a taller box reads better.
   */
  aspect: number | { readonly wide: number; readonly narrow: number };
  /** The chart's accessible name. */
  label: string;
  /** A sentence or two describing what the chart shows now; read by screen readers. */
  description: string;
  pointer?: PointerHandlers;
  class?: string;
  /**
   * What is drawn over the base with its scales on every render, as a sketch (charts/sketch.ts).
   * Elements with the class drag-handle or drag-point in it still take the pointer.
   */
  overlay?(width: number, height: number): Sketch;
  /** Values the base depends on: with it, the base is redrawn only when one of them changes (===). */
  baseKey?: readonly unknown[];
  /**
   * Values the overlay depends on: with it, the overlay is drawn again only when one of them
   * changes (===) or the base was redrawn. For a chart that sits still while the rest of its figure moves.
   */
  overlayKey?: readonly unknown[];
  /**
   * For a base that is only axes (and what a drag never changes): while `baseKey` keeps changing,
   * as it does on every frame of a drag that moves an axis, the axes stay as they are and the
   * overlay is drawn on them (clipped); they are redrawn once the key has held still for
   * BASE_HOLD_MS. A change after a pause (a button, a link, a key) is drawn at once, unless a
   * pointer holds a slider down: that change starts a drag, or goes on with one.
   */
  holdBase?: boolean;
}

export { BASE_HOLD_MS } from './base-hold';

type PlotElement = (SVGSVGElement | HTMLElement) & Plot.Plot;

function draw(build: PlotViewProps['build'], width: number, height: number, label: string, description: string, document?: Document): PlotElement {
  const options = build(width, height);
  const chart = Plot.plot({ ...options, width, height, ariaLabel: label, ariaDescription: description, ...(document ? { document } : {}) }) as PlotElement;
  return tidyAria(chart);
}

/** The base's x and y scales, which a sketch is drawn on; null when the base has no such scales. */
function scalesOf(base: PlotElement): SketchScales | null {
  const x = base.scale('x');
  const y = base.scale('y');
  return x?.range && y?.range ? { x: fastScale(x), y: fastScale(y) } : null;
}

function sameKey(a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  return a.every((value, i) => value === b[i]);
}

/**
 * Plot names each mark's <g> (or lone <rect>) with an aria-label ("dot", "frame"), which is not allowed on an element
 * without a role and tells a listener nothing. The chart is announced as one image with its label
 * and live description instead.
 */
function tidyAria(chart: PlotElement): PlotElement {
  const svg = chart.tagName.toLowerCase() === 'svg' ? chart : chart.querySelector('svg');
  svg?.setAttribute('role', 'img');
  for (const el of Array.from(chart.querySelectorAll('[aria-label]'))) if (el !== svg) el.removeAttribute('aria-label');
  return chart;
}

function svgOf(chart: Element | null): SVGSVGElement | null {
  if (!chart) return null;
  return chart instanceof SVGSVGElement ? chart : chart.querySelector('svg');
}

/**
 * Puts a freshly drawn base chart on the page: edits `live` into it when it is the same kind of
 * element (see morph.ts), else puts it in `live`'s place (or first). Returns what is now mounted.
 */
function place(host: Element, live: Element | null, next: Element): Element {
  if (live && live.parentNode === host && sameKind(live, next)) return morph(live, next);
  if (live && live.parentNode === host) host.replaceChild(next, live);
  else host.prepend(next);
  return next;
}

export function PlotView({ build, aspect, label, description, pointer, class: className, overlay, baseKey, overlayKey, holdBase }: PlotViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const viewId = `plotview-${useId()}`;
  const current = useRef<PlotElement | null>(null);
  const size = useRef({ width: 0, height: 0 });
  /** The size and key the base was last drawn with. */
  const drawn = useRef<{ width: number; height: number; key: readonly unknown[] | undefined }>({ width: 0, height: 0, key: undefined });
  const { wide, narrow } = typeof aspect === 'number' ? { wide: aspect, narrow: aspect } : aspect;
  const latest = useRef({ build, label, description, overlay, baseKey, overlayKey, holdBase });
  latest.current = { build, label, description, overlay, baseKey, overlayKey, holdBase };
  /** When the base key last changed, and the redraw waiting for it to hold still (see `holdBase`). */
  const keyChange = useRef<{ at: number; timer: ReturnType<typeof setTimeout> | undefined }>({ at: -Infinity, timer: undefined });
  /** The overlay key the sketch was last drawn with (undefined after every base drawing). */
  const sketched = useRef<readonly unknown[] | undefined>(undefined);

  /** The elements on the page; `current` is the base Plot last drew, kept for its scales. */
  const mounted = useRef<{ base: Element | null; overlay: Element | null }>({ base: null, overlay: null });
  /** The base's scales, read once per base drawing for the sketch drawn over it. */
  const baseScales = useRef<SketchScales | null>(null);

  /** `rested`: called once the base key has held still for BASE_HOLD_MS, when the base is drawn. */
  const redraw = (rested = false) => {
    const el = host.current;
    const { width, height } = size.current;
    if (!el || width <= 0 || height <= 0) return;
    const { build: b, label: l, description: d, overlay: o, baseKey: key, overlayKey, holdBase: hold } = latest.current;
    const last = drawn.current;
    const live = mounted.current;
    let baseStale = !current.current || last.width !== width || last.height !== height || !sameKey(last.key, key);
    if (baseStale && hold && !rested && current.current && last.width === width && last.height === height) {
      const change = keyChange.current;
      const now = performance.now();
      // A pointer on a slider makes even the first change (or the first after a pause) part of a
      // drag: the axes hold from the start, and the drag's first frame does not run Plot.
      const streaming = sliderHeld() || now - change.at < BASE_HOLD_MS;
      change.at = now;
      if (streaming) {
        baseStale = false;
        clearTimeout(change.timer);
        change.timer = setTimeout(() => redraw(true), BASE_HOLD_MS);
      }
    }
    if (baseStale) {
      current.current = draw(b, width, height, l, d);
      stabiliseIds(current.current, `${viewId}-base`);
      drawn.current = { width, height, key };
      // The server's markup goes at the first client draw; from then on the charts are edited in place.
      if (!live.base) el.replaceChildren();
      live.base = place(el, live.base, current.current);
    } else {
      // The base stays; its name and description still follow the figure.
      const svg = svgOf(live.base);
      if (svg && svg.getAttribute('aria-label') !== l) svg.setAttribute('aria-label', l);
      if (svg && svg.getAttribute('aria-description') !== d) svg.setAttribute('aria-description', d);
    }
    if (baseStale) {
      baseScales.current = current.current ? scalesOf(current.current) : null;
      sketched.current = undefined;
    }
    const scales = baseScales.current;
    if (!o || !scales) {
      live.overlay?.remove();
      live.overlay = null;
      return;
    }
    if (live.overlay && sameKey(sketched.current, overlayKey)) return;
    sketched.current = overlayKey;
    // The sketch is edited in place from the second frame on; the first client draw replaced the server's.
    const svg = drawSketch(live.overlay as SVGSVGElement | null, o(width, height), scales, width, height, document);
    if (svg !== live.overlay) {
      live.base?.after(svg);
      live.overlay = svg;
    }
  };

  useLayoutEffect(() => {
    const el = host.current;
    if (!el) return;
    const measure = () => {
      const width = Math.floor(el.clientWidth);
      const height = Math.floor(el.clientHeight);
      if (width > 0 && height > 0 && (width !== size.current.width || height !== size.current.height)) {
        size.current = { width, height };
        redraw();
      }
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => () => clearTimeout(keyChange.current.timer), []);

  // Every render after the first redraws: a render means the figure's state changed.
  const rendered = useRef(false);
  useLayoutEffect(() => {
    if (rendered.current) redraw();
    rendered.current = true;
  });

  const handlers = useRef(pointer);
  handlers.current = pointer;

  useLayoutEffect(() => {
    const el = host.current;
    if (!el || !handlers.current) return;
    let dragging = false;
    const toData = (event: PointerEvent): DataPoint | null => {
      const chart = current.current;
      const svg = svgOf(mounted.current.base);
      if (!chart || !svg) return null;
      const box = svg.getBoundingClientRect();
      const sx = chart.scale('x');
      const sy = chart.scale('y');
      if (!sx?.invert || !sy?.invert || box.width === 0) return null;
      const px = ((event.clientX - box.left) * svg.viewBox.baseVal.width) / box.width;
      const py = ((event.clientY - box.top) * svg.viewBox.baseVal.height) / box.height;
      return { x: sx.invert(px) as number, y: sy.invert(py) as number };
    };
    const onDown = (event: PointerEvent) => {
      if (event.button !== 0) return;
      const point = toData(event);
      if (!point || !(event.target instanceof Element)) return;
      if (handlers.current?.down?.(point, event.target) === false) return;
      dragging = true;
      el.setPointerCapture(event.pointerId);
      event.preventDefault();
    };
    const onMove = (event: PointerEvent) => {
      if (!dragging) return;
      const point = toData(event);
      if (point) handlers.current?.move?.(point);
    };
    const onUp = () => {
      if (!dragging) return;
      dragging = false;
      handlers.current?.up?.();
    };
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerup', onUp);
    el.addEventListener('pointercancel', onUp);
    return () => {
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerup', onUp);
      el.removeEventListener('pointercancel', onUp);
    };
  }, [pointer !== undefined]);

  // Server: draw now. Browser: an empty __html is never applied while hydrating, and never changes
  // afterwards, so Preact leaves the server's SVG in place until the layout effect swaps in the live chart.
  let html = '';
  // The first condition keeps the server's drawing out of the browser's bundle.
  if (import.meta.env.SSR && serverDocument) {
    const height = Math.round(REFERENCE_WIDTH * wide);
    const base = draw(build, REFERENCE_WIDTH, height, label, description, serverDocument);
    const scales = scalesOf(base);
    const top = overlay && scales ? drawSketch(null, overlay(REFERENCE_WIDTH, height), scales, REFERENCE_WIDTH, height, serverDocument) : null;
    html = base.outerHTML + (top ? top.outerHTML : '');
  }
  return (
    <div
      ref={host}
      class={`plot-view${className ? ` ${className}` : ''}`}
      style={{ '--plot-aspect-wide': String(wide), '--plot-aspect-narrow': String(narrow) }}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
