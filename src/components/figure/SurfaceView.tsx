/**
 * A loss surface in 3D that the reader turns: drag it with a pointer, or focus it and use the arrow
 * keys (← → turn, ↑ ↓ tilt; with Shift, bigger steps). The view (azimuth, elevation, in degrees) is a
 * prop, so it can live in a figure spec; the component reports a new view through onViewChange when
 * a drag ends or a key is pressed, and paints every frame in between itself, without re-rendering the
 * island. Drawing is a painter's algorithm over a coarse mesh on a <canvas> (coarser, and without
 * mesh lines, while dragged or while its grid is changing), with the marks (path, minimum, point)
 * on a second canvas over it, so a step repaints only them. Both canvases are painted in a Web Worker
 * (surface-paint.ts, surface.worker.ts); this component sends it what each frame shows. The maths
 * is in src/charts/surface.ts. On the server it writes an SVG of the same scene into a box whose
 * size CSS fixes, so the figure is there before any script runs and nothing shifts.
 *
 * Usage: <SurfaceView grid={lossGrid} azimuth={v.azimuth} elevation={v.elevation}
 *   onViewChange={(view) => state.patch(view)} point={{ w, b }} minimum={{ w: wStar, b: bStar }}
 *   label="The loss surface over (w, b)" description="…what it shows now…" aspect={0.75} />
 */
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LandscapeGrid, WB } from '../../charts/loss-landscape';
import { describeAngles, normaliseAngles, SURFACE_DRAG_RESOLUTION, SURFACE_RESOLUTION, type SurfaceAngles } from '../../charts/surface-angles';
import type { SurfaceScene } from '../../charts/surface';
import { shadedPalette } from '../../charts/surface-palette';
import { SurfaceRequests, type SurfaceColours, type SurfacePaintRequest } from './surface-requests';
import type { SurfacePainted, SurfaceWorkerMessage } from './surface.worker';
import { REFERENCE_WIDTH } from './PlotView';
import { useSettled } from '../../state/use-settled';
import './surface-view.css';

// The scene's maths, for the server's SVG only. Imported on the server alone (the bundler folds the
// condition), so the browser's bundle does not hold it: its painter has its own (surface-paint.ts).
const server = import.meta.env.SSR ? await import('../../charts/surface') : null;

export interface SurfaceViewProps {
  grid: LandscapeGrid;
  /** Degrees about the vertical axis; 0 puts w left to right. */
  azimuth: number;
  /** Degrees above the (w, b) plane; 90 looks straight down. */
  elevation: number;
  /** Called with the new view after a drag or a key press. */
  onViewChange?(view: SurfaceAngles): void;
  /** The current model, drawn as a dot on the surface. */
  point?: WB | null | undefined;
  /** The minimum, drawn as a ringed cross on the surface. */
  minimum?: WB | null | undefined;
  /** A descent path, drawn on the surface (parts outside the grid are left out). */
  path?: readonly WB[] | undefined;
  /** How many points of `path` are on show (default all): a scrub passes the whole run and its step. */
  pathShown?: number | undefined;
  /** Heights (and colours) by log loss. */
  logScale?: boolean | undefined;
  /** Colours by log loss while heights stay linear, to match a log-coloured heatmap (default: logScale). */
  colourLogScale?: boolean | undefined;
  /** The accessible name. */
  label: string;
  /** What the surface shows now; the view angle is added to it. */
  description: string;
  /** Height over width of the box; `narrow` applies below 40rem. */
  aspect: number | { readonly wide: number; readonly narrow: number };
  /** Quads per side at rest (default 40) and while dragging (default 24). */
  resolution?: number;
  dragResolution?: number;
  class?: string;
}

const SERVER_RESOLUTION = 22;
const PALETTE_STEPS = 64;
const PALETTE_SHADES = 6;
/** Degrees per key press, and with Shift. */
const KEY_STEP = 5;
const KEY_STEP_BIG = 15;
/** Degrees per pixel dragged. */
const DRAG_TURN = 0.5;
const DRAG_TILT = 0.35;

let palette: string[][] | null = null;
const getPalette = () => (palette ??= shadedPalette(PALETTE_STEPS, PALETTE_SHADES));

function readColours(el: Element): SurfaceColours {
  const style = getComputedStyle(el);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    fg: v('--fg', '#222'),
    muted: v('--fg-muted', '#666'),
    bg: v('--bg', '#fff'),
    model: v('--c-model', '#a9447f'),
    good: v('--c-good', '#00795a'),
    font: v('--font-sans', 'sans-serif'),
  };
}

/** Where paint requests go: a worker, or the page. */
interface Painter {
  send(request: SurfacePaintRequest): void;
  stop(): void;
}

/**
 * Hands both canvases to a worker (surface.worker.ts) that paints them; null where the browser
 * cannot hand a canvas to a worker (before 2023). `onError` is called if the worker fails, to load
 * or later; requests are dropped from then on.
 */
function workerPainter(surface: HTMLCanvasElement, marks: HTMLCanvasElement, onPainted: (mesh: number) => void, onError: () => void): Painter | null {
  if (typeof Worker === 'undefined' || typeof surface.transferControlToOffscreen !== 'function') return null;
  let worker: Worker | null;
  try {
    worker = new Worker(new URL('./surface.worker.ts', import.meta.url), { type: 'module' });
    const s = surface.transferControlToOffscreen();
    const m = marks.transferControlToOffscreen();
    const init: SurfaceWorkerMessage = { kind: 'init', surface: s, marks: m, palette: getPalette() };
    worker.postMessage(init, [s, m]);
  } catch {
    return null;
  }
  worker.onmessage = (event: MessageEvent<SurfacePainted>) => onPainted(event.data.mesh);
  worker.onerror = (event) => {
    event.preventDefault();
    worker?.terminate();
    worker = null;
    onError();
  };
  return {
    send(request) {
      const message: SurfaceWorkerMessage = { kind: 'paint', request };
      worker?.postMessage(message);
    },
    stop() {
      worker?.terminate();
      worker = null;
    },
  };
}

/**
 * The same painter on the page, loaded only when a worker cannot paint: the browser's bundle does
 * not carry it otherwise. Requests sent while it loads are dropped; `onReady` is called once it can
 * paint, for the caller to send the whole scene again.
 */
function pagePainter(surface: HTMLCanvasElement, marks: HTMLCanvasElement, onPainted: (mesh: number) => void, onReady: () => void): Painter {
  let painter: import('./surface-paint').SurfacePainter | null = null;
  let stopped = false;
  void import('./surface-paint').then(({ SurfacePainter }) => {
    if (stopped) return;
    painter = new SurfacePainter(surface, marks, getPalette());
    onReady();
  });
  return {
    send(request) {
      if (painter) onPainted(painter.paint(request));
    },
    stop() {
      stopped = true;
    },
  };
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** The same scene as SVG markup, for the server. */
function sceneSvg(scene: SurfaceScene, width: number, height: number, paletteIndex: typeof import('../../charts/surface').paletteIndex): string {
  const pal = getPalette();
  const parts: string[] = [];
  const pts = (list: ReadonlyArray<readonly [number, number]>) => list.map(([x, y]) => `${r1(x)},${r1(y)}`).join(' ');
  parts.push(`<polygon points="${pts(scene.floor)}" fill="none" stroke="var(--fg-muted)" />`);
  const { count, xy, t, light } = scene.quads;
  for (let r = 0; r < count; r++) {
    const [k, s] = paletteIndex(t[r]!, light[r]!, PALETTE_STEPS, PALETTE_SHADES);
    const o = r * 8;
    const d = `M${r1(xy[o]!)},${r1(xy[o + 1]!)}L${r1(xy[o + 2]!)},${r1(xy[o + 3]!)}L${r1(xy[o + 4]!)},${r1(xy[o + 5]!)}L${r1(xy[o + 6]!)},${r1(xy[o + 7]!)}Z`;
    parts.push(`<path d="${d}" fill="${pal[k]![s]}" stroke="${pal[k]![Math.max(0, s - 3)]}" stroke-width="0.6"/>`);
  }
  for (const l of scene.labels) {
    parts.push(`<text x="${r1(l.x)}" y="${r1(l.y)}" fill="var(--fg)" font-style="italic" font-size="15" text-anchor="middle" dominant-baseline="middle">${l.text}</text>`);
  }
  for (const run of scene.path) {
    parts.push(`<polyline points="${pts(run)}" fill="none" stroke="var(--bg)" stroke-width="4.5" stroke-linejoin="round"/>`);
    parts.push(`<polyline points="${pts(run)}" fill="none" stroke="var(--c-model)" stroke-width="2" stroke-linejoin="round"/>`);
  }
  if (scene.minimum) {
    const [x, y] = scene.minimum.map(r1) as [number, number];
    const d = `M${x - 3.5},${y - 3.5}L${x + 3.5},${y + 3.5}M${x + 3.5},${y - 3.5}L${x - 3.5},${y + 3.5}`;
    for (const [stroke, w] of [['var(--bg)', 4.5], ['var(--c-good)', 2]] as const) {
      parts.push(`<circle cx="${x}" cy="${y}" r="7" fill="none" stroke="${stroke}" stroke-width="${w}"/><path d="${d}" stroke="${stroke}" stroke-width="${w}"/>`);
    }
  }
  if (scene.point) {
    const [x, y] = scene.point.map(r1) as [number, number];
    parts.push(`<circle cx="${x}" cy="${y}" r="6" fill="var(--c-model)" stroke="var(--bg)" stroke-width="2"/>`);
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-hidden="true" font-family="system-ui, sans-serif">${parts.join('')}</svg>`
  );
}

export function SurfaceView(props: SurfaceViewProps) {
  const { grid, label, description, aspect, logScale = false, colourLogScale = logScale } = props;
  const { wide, narrow } = typeof aspect === 'number' ? { wide: aspect, narrow: aspect } : aspect;
  const host = useRef<HTMLDivElement>(null);
  /** Where paint requests go, once the canvases are live. */
  const painter = useRef<Painter | null>(null);
  const requests = useRef(new SurfaceRequests());
  const descriptionId = useId();
  const [view, setView] = useState<SurfaceAngles>(() => normaliseAngles({ azimuth: props.azimuth, elevation: props.elevation }));
  // A new view from the figure's state (a slider, a link, a reset) replaces the one shown.
  useEffect(() => {
    setView(normaliseAngles({ azimuth: props.azimuth, elevation: props.elevation }));
  }, [props.azimuth, props.elevation]);

  // Everything the painter reads, kept current for the pointer handlers and the frame callback.
  // A new grid (a data slider moving) is painted coarse until it has held still, then in full; so
  // is a view that keeps changing (the turn and tilt sliders, held arrow keys), as a drag is.
  const gridSettled = useSettled(grid);
  const viewSettled = useSettled(`${view.azimuth} ${view.elevation}`);
  const settled = gridSettled && viewSettled;
  const live = useRef({ props, view, settled, dragging: false, frame: 0, colours: null as SurfaceColours | null });
  /**
   * The box's size in CSS pixels, read when it is mounted and when it resizes. Reading it in draw()
   * instead forced the browser to lay the page out in the middle of each slider frame, and again
   * at the frame's end after the other charts had changed.
   */
  const size = useRef({ width: 0, height: 0 });
  live.current.props = props;
  live.current.settled = settled;
  if (!live.current.dragging) live.current.view = view;

  const draw = () => {
    const el = host.current;
    const out = painter.current;
    if (!el || !out) return;
    const { width, height } = size.current;
    if (width <= 0 || height <= 0) return;
    const s = live.current;
    // Read once and again only when the colour scheme changes (recolour below): reading computed
    // style on every frame forced the browser to restyle the page in the middle of a drag.
    if (!s.colours) s.colours = readColours(el);
    const p = s.props;
    const coarse = s.dragging || !s.settled;
    const request = {
      pathShown: p.pathShown,
      point: p.point ?? null,
      minimum: p.minimum ?? null,
      logScale: p.logScale ?? false,
      colourLogScale: p.colourLogScale ?? p.logScale ?? false,
      view: s.view,
      width,
      height,
      dpr: Math.min(2, window.devicePixelRatio || 1),
      colours: s.colours,
      resolution: coarse ? (p.dragResolution ?? SURFACE_DRAG_RESOLUTION) : (p.resolution ?? SURFACE_RESOLUTION),
      outline: !coarse,
    };
    out.send(requests.current.next(request, p.grid, p.path ?? null));
  };

  const schedule = () => {
    if (live.current.frame) return;
    live.current.frame = requestAnimationFrame(() => {
      live.current.frame = 0;
      draw();
    });
  };

  // Once live: lay two canvases over the server's SVG, hand them to the painter, and take the SVG
  // away once they show the surface; follow the box's size.
  useLayoutEffect(() => {
    const el = host.current;
    if (!el) return;
    const makeCanvases = () => {
      const pair = [document.createElement('canvas'), document.createElement('canvas')] as const;
      for (const c of pair) c.setAttribute('aria-hidden', 'true');
      el.append(...pair);
      return pair;
    };
    const onPainted = (mesh: number) => {
      if (mesh <= 0) return;
      // The mesh on show, for the tests: coarse while something moves, full once it holds.
      el.dataset['mesh'] = String(mesh);
      el.querySelector('svg')?.remove();
    };
    // Painted on the page instead, on fresh canvases (a canvas handed to a worker is the worker's).
    const onPage = () => {
      el.querySelectorAll('canvas').forEach((c) => c.remove());
      painter.current = pagePainter(...makeCanvases(), onPainted, () => {
        // Grid and path again: the requests sent while it loaded were dropped.
        requests.current = new SurfaceRequests();
        draw();
      });
    };
    painter.current = workerPainter(...makeCanvases(), onPainted, onPage);
    if (!painter.current) onPage();
    const measure = () => {
      size.current = { width: el.clientWidth, height: el.clientHeight };
      draw();
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    const recolour = () => {
      live.current.colours = null;
      draw();
    };
    scheme.addEventListener('change', recolour);
    return () => {
      observer.disconnect();
      scheme.removeEventListener('change', recolour);
      if (live.current.frame) cancelAnimationFrame(live.current.frame);
      painter.current?.stop();
      painter.current = null;
    };
  }, []);

  // Any change of props or view repaints.
  const first = useRef(true);
  useLayoutEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    draw();
  });

  const commit = (next: SurfaceAngles) => {
    const v = normaliseAngles(next);
    live.current.view = v;
    setView(v);
    live.current.props.onViewChange?.(v);
  };

  useLayoutEffect(() => {
    const el = host.current;
    if (!el) return;
    let start: { x: number; y: number; view: SurfaceAngles } | null = null;
    const onDown = (event: PointerEvent) => {
      if (event.button !== 0) return;
      start = { x: event.clientX, y: event.clientY, view: live.current.view };
      live.current.dragging = true;
      el.setPointerCapture(event.pointerId);
      el.classList.add('is-dragging');
      event.preventDefault();
      el.focus({ preventScroll: true });
    };
    const onMove = (event: PointerEvent) => {
      if (!start) return;
      live.current.view = normaliseAngles({
        azimuth: start.view.azimuth - (event.clientX - start.x) * DRAG_TURN,
        elevation: start.view.elevation + (event.clientY - start.y) * DRAG_TILT,
      });
      schedule();
    };
    const onUp = () => {
      if (!start) return;
      start = null;
      live.current.dragging = false;
      el.classList.remove('is-dragging');
      commit(live.current.view);
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
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.shiftKey ? KEY_STEP_BIG : KEY_STEP;
    const v = live.current.view;
    const moves: Record<string, SurfaceAngles> = {
      ArrowLeft: { azimuth: v.azimuth + step, elevation: v.elevation },
      ArrowRight: { azimuth: v.azimuth - step, elevation: v.elevation },
      ArrowUp: { azimuth: v.azimuth, elevation: v.elevation + step },
      ArrowDown: { azimuth: v.azimuth, elevation: v.elevation - step },
    };
    const next = moves[event.key];
    if (!next) return;
    event.preventDefault();
    commit(next);
  };

  const html = useMemo(
    () =>
      import.meta.env.SSR && server
        ? sceneSvg(
            server.surfaceScene({ grid, view, width: REFERENCE_WIDTH, height: Math.round(REFERENCE_WIDTH * wide), resolution: SERVER_RESOLUTION, logScale, colourLogScale, point: props.point, minimum: props.minimum, path: props.path, pathShown: props.pathShown }),
            REFERENCE_WIDTH,
            Math.round(REFERENCE_WIDTH * wide),
            server.paletteIndex,
          )
        : '',
    [],
  );

  return (
    <div class={`surface-view${props.class ? ` ${props.class}` : ''}`} style={{ '--plot-aspect-wide': String(wide), '--plot-aspect-narrow': String(narrow) }}>
      <div
        ref={host}
        class="surface-canvas"
        role="application"
        aria-roledescription="rotatable 3D chart"
        aria-label={label}
        aria-describedby={descriptionId}
        tabIndex={0}
        onKeyDown={onKeyDown}
        dangerouslySetInnerHTML={{ __html: html }}
      />
      <p id={descriptionId} class="visually-hidden" data-testid="surface-description">
        {description} {describeAngles(view)} Use the arrow keys to turn and tilt it.
      </p>
      <p class="surface-hint" aria-hidden="true">
        Drag, or focus and use the arrow keys, to turn
      </p>
    </div>
  );
}
