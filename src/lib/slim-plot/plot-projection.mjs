/**
 * Plot's projection module, for charts without a projection. Plot.plot asks it, for every chart,
 * whether there is a projection and how tall one would make the chart; Downhill's charts never set
 * one (the landscapes are plain x–y charts), so the answers are "none" and the projection code, its
 * table of named projections and its GeoJSON handling stay out of the pages.
 */
import { unavailable } from './unavailable.mjs';

/** A projection option given anyway fails loudly, naming how to put Plot's module back. */
const noProjection = unavailable('projection support', 'Plot');

export function createProjection({ projection } = {}) {
  if (projection == null) return undefined;
  return noProjection();
}

export function hasProjection({ projection } = {}) {
  if (projection == null) return false;
  return noProjection();
}

export function projectionAspectRatio(projection) {
  if (projection == null) return undefined;
  return noProjection();
}

export const project = unavailable('projection of points', 'Plot');
export const applyPosition = unavailable('applyPosition (dodge, hexbin, contour, density and Delaunay marks)', 'Plot');
export const getGeometryChannels = unavailable('geometry channels', 'Plot');
export const xyProjection = unavailable('xyProjection (geo paths)', 'Plot');
