/**
 * Many same-looking dots drawn as one SVG path of circles.
 *
 * Plot's dot mark makes an element per point. A scatter that is redrawn while the reader drags a
 * data slider (the number of samples, the noise) then costs Plot a hundred elements to create and the
 * page a hundred to edit in place; as one path it is one attribute. Only for dots that share their
 * radius, fill and stroke: a per-point colour or symbol needs Plot's own mark.
 */
import * as Plot from '@observablehq/plot';
import { appendPath, px } from './segments';

/** Path data of a circle of radius r (pixels) round (x, y): two half-circle arcs. */
export function circlePath(x: number, y: number, r: number): string {
  return `M${px(x + r)},${px(y)}A${r},${r},0,1,1,${px(x - r)},${px(y)}A${r},${r},0,1,1,${px(x + r)},${px(y)}Z`;
}

export type DotPathOptions = Omit<Plot.DotOptions, 'r' | 'symbol'> & { readonly r: number };

/** A dot mark over `data` whose dots render as a single path (see the module comment). */
export function dotPath<T>(data: Plot.Data | readonly T[], options: DotPathOptions): Plot.Markish {
  return Plot.dot(data as Plot.Data, {
    ...options,
    render(index, scales, values, dimensions, context, next) {
      // The dot mark with no dots: a group carrying the shared fill, stroke, opacity and clip.
      const group = next!([], scales, values, dimensions, context);
      if (!group) return null;
      const { x, y } = values as unknown as Record<'x' | 'y', ArrayLike<number>>;
      let d = '';
      for (const i of index) {
        const cx = x[i]!;
        const cy = y[i]!;
        if (Number.isFinite(cx) && Number.isFinite(cy)) d += circlePath(cx, cy, options.r);
      }
      return appendPath(group, d, context.document);
    },
  });
}
