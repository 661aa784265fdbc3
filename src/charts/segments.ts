/**
 * Many straight segments (residuals, a descent trail) drawn as one SVG path.
 *
 * Plot's link mark makes an element per segment, so a hundred residuals are a hundred elements to
 * create, restyle and lay out on every frame of a drag. One path holding every segment looks the
 * same (the segments share stroke, width and dashes) and is a single attribute to update.
 */
import * as Plot from '@observablehq/plot';

export type SegmentsOptions = Plot.LinkOptions & Required<Pick<Plot.LinkOptions, 'x1' | 'y1' | 'x2' | 'y2'>>;

/** Formats a pixel coordinate with two decimals, enough for a crisp line and a short path string. */
export function px(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** The path data of segments from (x1[i], y1[i]) to (x2[i], y2[i]) for each i of `index`. */
export function segmentsPathData(index: readonly number[], x1: ArrayLike<number>, y1: ArrayLike<number>, x2: ArrayLike<number>, y2: ArrayLike<number>): string {
  let d = '';
  for (const i of index) d += `M${px(x1[i]!)},${px(y1[i]!)}L${px(x2[i]!)},${px(y2[i]!)}`;
  return d;
}

/**
 * Puts a path with data `d` into the group an empty Plot mark rendered, where it inherits the mark's
 * shared styles. With a clip, Plot wraps the styled group in a clipping one: the path goes in the innermost.
 */
export function appendPath(group: SVGElement, d: string, document: Document): SVGElement {
  if (d === '') return group;
  let styled: Element = group;
  while (styled.lastElementChild?.tagName.toLowerCase() === 'g') styled = styled.lastElementChild;
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', d);
  styled.appendChild(path);
  return group;
}

/** A link mark over `data` whose segments render as a single path (see the module comment). */
export function segments<T>(data: readonly T[], options: SegmentsOptions): Plot.Markish {
  return Plot.link(data as T[], {
    ...options,
    render(index, scales, values, dimensions, context, next) {
      // The link mark with no segments: a group carrying the shared stroke, clip and transform.
      const group = next!([], scales, values, dimensions, context);
      if (!group) return null;
      const { x1, y1, x2, y2 } = values as unknown as Record<'x1' | 'y1' | 'x2' | 'y2', ArrayLike<number>>;
      return appendPath(group, segmentsPathData(index, x1, y1, x2, y2), context.document);
    },
  });
}

export type PolylineOptions = Omit<Plot.LinkOptions, 'x1' | 'y1' | 'x2' | 'y2'> & { readonly x: Plot.ChannelValueSpec; readonly y: Plot.ChannelValueSpec };

/** Path data through the points of `index` in order; a point left out (not finite) starts a new piece. */
export function polylinePathData(index: readonly number[], x: ArrayLike<number>, y: ArrayLike<number>): string {
  let d = '';
  let previous = -2;
  for (const i of index) {
    d += `${i === previous + 1 ? 'L' : 'M'}${px(x[i]!)},${px(y[i]!)}`;
    previous = i;
  }
  return d;
}

/**
 * A line through `data` in order, drawn as Plot's line mark draws an uncurved line (round joins
 * and caps) but by the link mark every figure page already loads: a page whose only lines are
 * these does not fetch Plot's line mark at all.
 */
export function polyline<T>(data: readonly T[], options: PolylineOptions): Plot.Markish {
  const { x, y, ...paint } = options;
  return Plot.link(data as T[], {
    strokeLinejoin: 'round',
    strokeLinecap: 'round',
    ...paint,
    x1: x,
    y1: y,
    x2: x,
    y2: y,
    render(index, scales, values, dimensions, context, next) {
      const group = next!([], scales, values, dimensions, context);
      if (!group) return null;
      const { x1, y1 } = values as unknown as Record<'x1' | 'y1', ArrayLike<number>>;
      return appendPath(group, polylinePathData(index, x1, y1), context.document);
    },
  });
}
