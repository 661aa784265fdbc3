/**
 * A dot as SVG path data. Many same-looking dots drawn as one path of circles cost the page one
 * attribute to edit instead of an element per point; the sketch layer draws scatters this way.
 */
import { px } from './segments';
import { diamondHalf, squareHalf, timesHalf, triangleH } from './dot-symbols';

/** Path data of a circle of radius r (pixels) round (x, y): two half-circle arcs. */
export function circlePath(x: number, y: number, r: number): string {
  return `M${px(x + r)},${px(y)}A${r},${r},0,1,1,${px(x - r)},${px(y)}A${r},${r},0,1,1,${px(x + r)},${px(y)}Z`;
}

/** Pixel path of one dot, sized as Plot sizes its symbols (same area as a circle of radius r). */
export function symbolPath(x: number, y: number, r: number, symbol: string): string {
  if (symbol === 'diamond') {
    const d = diamondHalf(r);
    return `M${px(x)},${px(y - d)}L${px(x + d)},${px(y)}L${px(x)},${px(y + d)}L${px(x - d)},${px(y)}Z`;
  }
  if (symbol === 'times') {
    const d = timesHalf(r);
    return `M${px(x - d)},${px(y - d)}L${px(x + d)},${px(y + d)}M${px(x - d)},${px(y + d)}L${px(x + d)},${px(y - d)}`;
  }
  if (symbol === 'triangle') {
    // Centred as Plot centres it.
    const h = triangleH(r);
    const side = Math.sqrt(3) * h;
    return `M${px(x)},${px(y - 2 * h)}L${px(x + side)},${px(y + h)}L${px(x - side)},${px(y + h)}Z`;
  }
  if (symbol === 'square') {
    const h = squareHalf(r);
    return `M${px(x - h)},${px(y - h)}H${px(x + h)}V${px(y + h)}H${px(x - h)}Z`;
  }
  return circlePath(x, y, r);
}
