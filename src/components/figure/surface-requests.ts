/**
 * What SurfaceView asks its painter (surface-paint.ts) to paint, and the sender's side of the rule
 * that a request carries the grid and the path only when they are new: a drag of the view or of a
 * step then sends the worker a few numbers, not the grid again. Kept apart from the painter so the
 * page's bundle holds this and not the painting.
 */
import type { LandscapeGrid, WB } from '../../charts/loss-landscape';
import type { SurfaceAngles } from '../../charts/surface';

/** The page's colours the painter uses, read from CSS custom properties on the page. */
export interface SurfaceColours {
  readonly fg: string;
  readonly muted: string;
  readonly bg: string;
  readonly model: string;
  readonly good: string;
  readonly font: string;
}

/** What a frame shows. `grid` and `path` are left out (undefined) when they are the ones sent before. */
export interface SurfacePaintRequest {
  grid?: LandscapeGrid;
  /** The path as numbers, w and b of each point in turn (`packPath`); null for none. */
  path?: Float64Array | null;
  pathShown: number | undefined;
  point: WB | null;
  minimum: WB | null;
  logScale: boolean;
  colourLogScale: boolean;
  view: SurfaceAngles;
  /** The box in CSS pixels, and the device pixels per CSS pixel. */
  width: number;
  height: number;
  dpr: number;
  colours: SurfaceColours;
  /** Quads per side of the mesh to paint. */
  resolution: number;
  /** Whether to stroke the mesh lines: false while something moves, for half the cost. */
  outline: boolean;
}

/**
 * A path as numbers, w and b in turn: a worker is sent a typed array for the cost of a copy, where
 * an array of objects is cloned object by object (on lesson 5's rate slider, a thousand of them a frame).
 */
export function packPath(path: readonly WB[]): Float64Array {
  const data = new Float64Array(2 * path.length);
  path.forEach((p, i) => {
    data[2 * i] = p.w;
    data[2 * i + 1] = p.b;
  });
  return data;
}

export function unpackPath(data: Float64Array): WB[] {
  const path: WB[] = [];
  for (let i = 0; i + 1 < data.length; i += 2) path.push({ w: data[i]!, b: data[i + 1]! });
  return path;
}

/**
 * A request as sent: the grid and the path only when they differ from the last ones sent (by
 * identity), so that the painter on the other side keeps its own.
 */
export class SurfaceRequests {
  private grid: LandscapeGrid | null = null;
  private path: readonly WB[] | null | undefined = undefined;

  next(request: Omit<SurfacePaintRequest, 'grid' | 'path'>, grid: LandscapeGrid, path: readonly WB[] | null): SurfacePaintRequest {
    const out: SurfacePaintRequest = { ...request };
    if (grid !== this.grid) {
      this.grid = grid;
      // Only the grid's numbers: an engine grid may carry more than a worker can be sent.
      out.grid = { values: grid.values, width: grid.width, height: grid.height, x1: grid.x1, x2: grid.x2, y1: grid.y1, y2: grid.y2, min: grid.min, max: grid.max };
    }
    if (path !== this.path) {
      this.path = path;
      out.path = path && packPath(path);
    }
    return out;
  }
}

