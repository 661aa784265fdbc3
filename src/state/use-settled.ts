/**
 * Whether a value has stopped changing. While a reader drags a slider that reshapes a landscape,
 * every frame would otherwise recompute and redraw the full-resolution grid (raster, contours, 3D
 * mesh); a figure can draw a coarse grid while `useSettled` is false and the full one once the
 * value has held still for `quietMs`, the way the 3D surface already coarsens while it turns.
 */
import { useEffect, useState } from 'preact/hooks';

/** False from the render in which `value` changes (by Object.is) until it has held for `quietMs`. */
export function useSettled(value: unknown, quietMs = 180): boolean {
  const [held, setHeld] = useState<{ value: unknown }>({ value });
  const settled = Object.is(held.value, value);
  useEffect(() => {
    if (settled) return;
    const timer = setTimeout(() => setHeld({ value }), quietMs);
    return () => clearTimeout(timer);
  }, [value, settled, quietMs]);
  return settled;
}
