/**
 * How a 3D surface is turned (azimuth, elevation) and how finely it is painted: the little of the
 * surface's maths (src/charts/surface.ts) that the page itself needs, for the view's state and its
 * description, while the painting runs in a worker.
 */

export interface SurfaceAngles {
  /** Turn about the vertical axis, in degrees; any value (wrapped to [0, 360)). */
  readonly azimuth: number;
  /** Tilt above the (w, b) plane, in degrees; clamped to [0, 90]. */
  readonly elevation: number;
}

/** Quads per side of the painted mesh at rest, and while the surface or its grid is moving. */
export const SURFACE_RESOLUTION = 40;
export const SURFACE_DRAG_RESOLUTION = 24;

/** A view with the azimuth wrapped to [0, 360) and the elevation clamped to [0, 90]. */
export function normaliseAngles(view: SurfaceAngles): SurfaceAngles {
  const az = Number.isFinite(view.azimuth) ? ((view.azimuth % 360) + 360) % 360 : 0;
  const el = Number.isFinite(view.elevation) ? Math.min(90, Math.max(0, view.elevation)) : 30;
  return { azimuth: az === 360 ? 0 : az, elevation: el };
}

/** Where the reader stands, in words: for the accessible description of the view. */
export function describeAngles(view: SurfaceAngles): string {
  const { azimuth, elevation } = normaliseAngles(view);
  const az = Math.round(azimuth);
  const el = Math.round(elevation);
  const turn = az === 0 ? 'not turned' : az <= 180 ? `turned ${az}° anticlockwise` : `turned ${360 - az}° clockwise`;
  const tilt = el >= 90 ? 'seen from straight above' : el <= 0 ? 'seen edge-on from the side' : `seen from ${el}° above the (w, b) plane`;
  return `The surface is ${turn} and ${tilt}.`;
}

