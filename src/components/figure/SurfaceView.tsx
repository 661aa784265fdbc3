/**
 * A loss surface in 3D that the reader turns: drag it with a pointer, or focus it and use the arrow
 * keys (← → turn, ↑ ↓ tilt; with Shift, bigger steps). The view (azimuth, elevation, in degrees) is a
 * prop, so it can live in a figure spec; the component reports a new view through onViewChange when
 * a drag ends or a key is pressed, and paints every frame in between itself, without re-rendering the
 * island. Drawing is a painter's algorithm over a coarse mesh on a <canvas> (coarser, and without
 * mesh lines, while dragged or while its grid is changing), with the marks (path, minimum, point)
 * on a second canvas over it, so a step repaints only them; the maths is in src/charts/surface.ts.
 * On the server it writes an SVG of the same scene into a box whose size CSS fixes, so the figure
 * is there before any script runs and nothing shifts.
 *
 * Usage: <SurfaceView grid={lossGrid} azimuth={v.azimuth} elevation={v.elevation}
 *   onViewChange={(view) => state.patch(view)} point={{ w, b }} minimum={{ w: wStar, b: bStar }}
 *   label="The loss surface over (w, b)" description="…what it shows now…" aspect={0.75} />
 */
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LandscapeGrid, WB } from '../../charts/loss-landscape';
import {
  describeAngles,
  normaliseAngles,
  paletteIndex,
  shadedPalette,
  surfaceMesh,
  SURFACE_DRAG_RESOLUTION,
  SURFACE_RESOLUTION,
  surfaceScene,
  tracePolyline,
  type SurfaceAngles,
  type SurfaceMesh,
  type SurfaceScene,
} from '../../charts/surface';
import { REFERENCE_WIDTH } from './PlotView';
import { useSettled } from '../../state/use-settled';
import './surface-view.css';

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

interface Colours {
  fg: string;
  muted: string;
  bg: string;
  model: string;
  good: string;
  font: string;
}

function readColours(el: Element): Colours {
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

/** Axis names drawn once each on a canvas of their own, by text, font, colour and pixel ratio. */
const labelSprites = new Map<string, { canvas: HTMLCanvasElement; width: number; height: number }>();

/**
 * An axis name as an image. Text drawn on the surface's own canvas, which sits in the page, makes
 * Chromium bring the whole page's style and layout up to date first, in the middle of the frame;
 * a canvas outside the page needs neither, and a drawn name is reused for every repaint.
 */
function labelSprite(text: string, font: string, colour: string, dpr: number): { canvas: HTMLCanvasElement; width: number; height: number } | null {
  const key = `${text}|${font}|${colour}|${dpr}`;
  const cached = labelSprites.get(key);
  if (cached) return cached;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.font = font;
  const width = Math.ceil(ctx.measureText(text).width) + 6;
  const height = 22;
  canvas.width = width * dpr;
  canvas.height = height * dpr;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  // Resizing the canvas reset its state.
  ctx.font = font;
  ctx.fillStyle = colour;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(text, width / 2, height / 2);
  const sprite = { canvas, width, height };
  if (labelSprites.size > 64) labelSprites.clear();
  labelSprites.set(key, sprite);
  return sprite;
}

/** How far, in CSS pixels, an unoutlined quad is pushed out past its edges to cover the seams between quads. */
const SEAM_COVER = 0.4;

/**
 * The box's floor, the surface back to front, and the axis names: what only the mesh, view and size
 * change. `outline` strokes each quad in a darker shade (the mesh lines); without it each quad is
 * filled a little larger instead, which hides the seams at half the cost, for frames drawn while
 * the surface moves.
 */
function paintSurface(ctx: CanvasRenderingContext2D, scene: SurfaceScene, width: number, height: number, dpr: number, c: Colours, outline: boolean): void {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  // The floor of the box, for depth.
  ctx.strokeStyle = c.muted;
  ctx.lineWidth = 1;
  ctx.beginPath();
  scene.floor.forEach(([x, y], k) => (k === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
  ctx.closePath();
  ctx.stroke();
  // The surface, back to front.
  const pal = getPalette();
  const { count, xy, t, light } = scene.quads;
  ctx.lineWidth = 0.6;
  // Unoutlined quads of one colour that follow each other in depth order are filled as one path:
  // the union of opaque fills is the same picture, with a fraction of the fills and colour parses.
  let open: string | null = null;
  for (let r = 0; r < count; r++) {
    const [k, s] = paletteIndex(t[r]!, light[r]!, PALETTE_STEPS, PALETTE_SHADES);
    const fill = pal[k]![s]!;
    const o = r * 8;
    if (outline || fill !== open) {
      if (open !== null) ctx.fill();
      ctx.beginPath();
      ctx.fillStyle = fill;
      open = fill;
    }
    if (outline) {
      ctx.moveTo(xy[o]!, xy[o + 1]!);
      for (let v = 2; v < 8; v += 2) ctx.lineTo(xy[o + v]!, xy[o + v + 1]!);
    } else {
      const cx = (xy[o]! + xy[o + 2]! + xy[o + 4]! + xy[o + 6]!) / 4;
      const cy = (xy[o + 1]! + xy[o + 3]! + xy[o + 5]! + xy[o + 7]!) / 4;
      // Every quad of a shared path is wound the same way, so that under the nonzero rule two that
      // overlap (by the seam cover) add up instead of cancelling.
      const turn = (xy[o + 4]! - xy[o]!) * (xy[o + 7]! - xy[o + 3]!) - (xy[o + 5]! - xy[o + 1]!) * (xy[o + 6]! - xy[o + 2]!);
      for (let i = 0; i < 4; i++) {
        const v = 2 * (turn < 0 ? 3 - i : i);
        const dx = xy[o + v]! - cx;
        const dy = xy[o + v + 1]! - cy;
        const grow = 1 + SEAM_COVER / (Math.sqrt(dx * dx + dy * dy) || 1);
        if (i === 0) ctx.moveTo(cx + dx * grow, cy + dy * grow);
        else ctx.lineTo(cx + dx * grow, cy + dy * grow);
      }
    }
    ctx.closePath();
    if (outline) {
      ctx.fill();
      ctx.strokeStyle = pal[k]![Math.max(0, s - 3)]!;
      ctx.stroke();
      open = null;
    }
  }
  if (open !== null) ctx.fill();
  // Axis names.
  for (const l of scene.labels) {
    const sprite = labelSprite(l.text, `italic 15px ${c.font}`, c.fg, dpr);
    if (sprite) ctx.drawImage(sprite.canvas, l.x - sprite.width / 2, l.y - sprite.height / 2, sprite.width, sprite.height);
  }
}

/** A step of the path shorter than this (CSS pixels) is not drawn: a 2-pixel line shows no change. */
const PATH_MIN_STEP = 0.5;

/** The path, then the minimum, then the current model, each with a halo, over the surface. */
function paintMarks(ctx: CanvasRenderingContext2D, scene: SurfaceScene, dpr: number, c: Colours): void {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  // Traced once, stroked twice (halo, then line); the canvas rasterises strokes when the frame is
  // committed, on the main thread, so the points it is spared count there too.
  ctx.beginPath();
  for (const run of scene.path) tracePolyline(ctx, run, PATH_MIN_STEP);
  for (const [stroke, w] of [[c.bg, 4.5], [c.model, 2]] as const) {
    ctx.strokeStyle = stroke;
    ctx.lineWidth = w;
    ctx.stroke();
  }
  if (scene.minimum) {
    const [x, y] = scene.minimum;
    for (const [stroke, w] of [[c.bg, 4.5], [c.good, 2]] as const) {
      ctx.strokeStyle = stroke;
      ctx.lineWidth = w;
      ctx.beginPath();
      ctx.arc(x, y, 7, 0, 2 * Math.PI);
      ctx.moveTo(x - 3.5, y - 3.5);
      ctx.lineTo(x + 3.5, y + 3.5);
      ctx.moveTo(x + 3.5, y - 3.5);
      ctx.lineTo(x - 3.5, y + 3.5);
      ctx.stroke();
    }
  }
  if (scene.point) {
    const [x, y] = scene.point;
    ctx.beginPath();
    ctx.arc(x, y, 6, 0, 2 * Math.PI);
    ctx.fillStyle = c.model;
    ctx.strokeStyle = c.bg;
    ctx.lineWidth = 2;
    ctx.fill();
    ctx.stroke();
  }
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** The same scene as SVG markup, for the server. */
function sceneSvg(scene: SurfaceScene, width: number, height: number): string {
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
  /** Two stacked canvases: the surface, repainted only when it changes, and the marks over it. */
  const canvases = useRef<{ surface: HTMLCanvasElement; marks: HTMLCanvasElement } | null>(null);
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
  const live = useRef({ props, view, settled, dragging: false, frame: 0, colours: null as Colours | null });
  /**
   * Meshes of the grid on show, by resolution, made when first painted: the coarse one only when
   * a drag or a new grid asks for it.
   */
  const meshes = useRef<{ key: readonly unknown[]; byResolution: Map<number, SurfaceMesh> }>({ key: [], byResolution: new Map() });
  /** What the surface canvas was last painted for (mesh, view, size, colours). */
  const painted = useRef<readonly unknown[] | null>(null);
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
    const cv = canvases.current;
    if (!el || !cv) return;
    const { width, height } = size.current;
    if (width <= 0 || height <= 0) return;
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    const pw = Math.round(width * dpr), ph = Math.round(height * dpr);
    for (const c of [cv.surface, cv.marks]) {
      if (c.width !== pw || c.height !== ph) {
        c.width = pw;
        c.height = ph;
      }
    }
    const surfaceCtx = cv.surface.getContext('2d');
    const marksCtx = cv.marks.getContext('2d');
    if (!surfaceCtx || !marksCtx) return;
    const s = live.current;
    // Read once and again only when the colour scheme changes (recolour below): reading computed
    // style on every frame forced the browser to restyle the page in the middle of a drag.
    if (!s.colours) s.colours = readColours(el);
    const p = s.props;
    const meshKey = [p.grid, p.logScale ?? false, p.colourLogScale ?? p.logScale ?? false];
    if (!meshKey.every((part, i) => part === meshes.current.key[i])) meshes.current = { key: meshKey, byResolution: new Map() };
    const coarse = s.dragging || !s.settled;
    const n = coarse ? (p.dragResolution ?? SURFACE_DRAG_RESOLUTION) : (p.resolution ?? SURFACE_RESOLUTION);
    let mesh = meshes.current.byResolution.get(n);
    if (!mesh) {
      mesh = surfaceMesh(p.grid, n, meshKey[1] as boolean, meshKey[2] as boolean);
      meshes.current.byResolution.set(n, mesh);
    }
    // A slider that moves only the path or the point (a step, a learning rate) leaves the surface
    // canvas as it was (a resize clears it, hence the pixel size in the key); only the marks are
    // painted again, and the browser stacks the two canvases without a copy on the main thread.
    const key = [mesh, s.view.azimuth, s.view.elevation, pw, ph, s.colours] as const;
    const kept = painted.current !== null && key.every((part, i) => part === painted.current![i]);
    const scene = surfaceScene({
      grid: p.grid,
      view: s.view,
      width,
      height,
      resolution: mesh.n,
      mesh,
      logScale: p.logScale,
      point: p.point,
      minimum: p.minimum,
      path: p.path,
      pathShown: p.pathShown,
      quads: !kept,
    });
    if (!kept) {
      paintSurface(surfaceCtx, scene, width, height, dpr, s.colours, !coarse);
      painted.current = key;
      // The mesh on show, for the tests: coarse while something moves, full once it holds.
      el.dataset['mesh'] = String(mesh.n);
    }
    marksCtx.setTransform(1, 0, 0, 1, 0, 0);
    marksCtx.clearRect(0, 0, pw, ph);
    paintMarks(marksCtx, scene, dpr, s.colours);
  };

  const schedule = () => {
    if (live.current.frame) return;
    live.current.frame = requestAnimationFrame(() => {
      live.current.frame = 0;
      draw();
    });
  };

  // Once live: swap the server's SVG for a canvas of the same size, and follow the box's size.
  useLayoutEffect(() => {
    const el = host.current;
    if (!el) return;
    const surface = document.createElement('canvas');
    const marks = document.createElement('canvas');
    for (const c of [surface, marks]) c.setAttribute('aria-hidden', 'true');
    el.replaceChildren(surface, marks);
    canvases.current = { surface, marks };
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

  const html = useMemo(() => {
    if (!import.meta.env.SSR) return '';
    const height = Math.round(REFERENCE_WIDTH * wide);
    const scene = surfaceScene({ grid, view, width: REFERENCE_WIDTH, height, resolution: SERVER_RESOLUTION, logScale, colourLogScale, point: props.point, minimum: props.minimum, path: props.path, pathShown: props.pathShown });
    return sceneSvg(scene, REFERENCE_WIDTH, height);
  }, []);

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
