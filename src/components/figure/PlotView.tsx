/**
 * Mounts one Observable Plot chart. On the server it renders the chart to SVG markup at a reference
 * width; in the browser it keeps that markup through hydration, then redraws at the container's real
 * width with the same aspect ratio, so nothing shifts. Pointer input is reported in data coordinates.
 */
import * as Plot from '@observablehq/plot';
import { useLayoutEffect, useRef } from 'preact/hooks';
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
}

type PlotElement = (SVGSVGElement | HTMLElement) & Plot.Plot;

function draw(build: PlotViewProps['build'], width: number, height: number, label: string, description: string, document?: Document): PlotElement {
  const options = build(width, height);
  const chart = Plot.plot({ ...options, width, height, ariaLabel: label, ariaDescription: description, ...(document ? { document } : {}) }) as PlotElement;
  return tidyAria(chart);
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

export function PlotView({ build, aspect, label, description, pointer, class: className }: PlotViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const current = useRef<PlotElement | null>(null);
  const size = useRef({ width: 0, height: 0 });
  const { wide, narrow } = typeof aspect === 'number' ? { wide: aspect, narrow: aspect } : aspect;
  const latest = useRef({ build, label, description });
  latest.current = { build, label, description };

  const redraw = () => {
    const el = host.current;
    const { width, height } = size.current;
    if (!el || width <= 0 || height <= 0) return;
    const { build: b, label: l, description: d } = latest.current;
    const chart = draw(b, width, height, l, d);
    el.replaceChildren(chart);
    current.current = chart;
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
      if (!chart) return null;
      const svg = chart instanceof SVGSVGElement ? chart : chart.querySelector('svg');
      if (!svg) return null;
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
  const html = serverDocument ? draw(build, REFERENCE_WIDTH, Math.round(REFERENCE_WIDTH * wide), label, description, serverDocument).outerHTML : '';
  return (
    <div
      ref={host}
      class={`plot-view${className ? ` ${className}` : ''}`}
      style={{ '--plot-aspect-wide': String(wide), '--plot-aspect-narrow': String(narrow) }}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
