/**
 * A dot as SVG path data. Many same-looking dots drawn as one path of circles cost the page one
 * attribute to edit instead of an element per point; the sketch layer draws scatters this way.
 */
import { px } from './segments';

/** Path data of a circle of radius r (pixels) round (x, y): two half-circle arcs. */
export function circlePath(x: number, y: number, r: number): string {
  return `M${px(x + r)},${px(y)}A${r},${r},0,1,1,${px(x - r)},${px(y)}A${r},${r},0,1,1,${px(x + r)},${px(y)}Z`;
}
