/**
 * Plot's line markers (the `marker`, `markerStart`, `markerMid` and `markerEnd` options of lines,
 * links, rules and ticks). Downhill's charts mark points with dots and arrows of their own, so a
 * mark here has none; one that asks for a marker fails by name instead of drawing without it.
 */
import { unavailable } from './unavailable.mjs';

export function markers(mark, { marker, markerStart = marker, markerMid = marker, markerEnd = marker } = {}) {
  for (const asked of [markerStart, markerMid, markerEnd]) {
    if (asked != null && asked !== false && `${asked}`.toLowerCase() !== 'none') unavailable('marker option', 'Plot')();
  }
  mark.markerStart = mark.markerMid = mark.markerEnd = null;
}

/** Nothing to apply: no mark has a marker. */
export function applyMarkers() {}

export function applyGroupedMarkers() {}
