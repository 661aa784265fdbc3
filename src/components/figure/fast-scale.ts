/**
 * A Plot scale's `apply` as plain arithmetic, for the linear and log scales the charts use. Plot's
 * own goes through d3's continuous scale, its piecewise map and interpolator on every call; a
 * sketch maps every point of every run on every frame of a drag. The arithmetic is d3's, step for
 * step, so the pixels are the same to the last bit (a unit test holds it to Plot's). Any other
 * scale (band, clamped, rounded, a degenerate domain) keeps Plot's function.
 */
import type { SketchScale } from './sketch-layer';

interface PlotScaleLike extends SketchScale {
  readonly type?: string | null | undefined;
  readonly domain?: Iterable<unknown> | undefined;
  readonly clamp?: boolean | undefined;
  readonly interpolate?: unknown;
  readonly unknown?: unknown;
}

/**
 * Whether `interpolate` is d3's interpolateNumber, Plot's default (not `round: true`'s rounding one):
 * told by what it gives, since a minified bundle renames functions.
 */
function numberInterpolator(interpolate: unknown): boolean {
  if (typeof interpolate !== 'function') return false;
  const between = (interpolate as (a: number, b: number) => (t: number) => unknown)(2, 7);
  return typeof between === 'function' && between(0.3) === 2 * (1 - 0.3) + 7 * 0.3 && between(0.55) === 2 * (1 - 0.55) + 7 * 0.55;
}

export function fastScale<S extends PlotScaleLike>(scale: S): S {
  const { type, domain, range, clamp } = scale;
  if ((type !== 'linear' && type !== 'log') || clamp || scale.unknown !== undefined || !domain || !range) return scale;
  if (!numberInterpolator(scale.interpolate)) return scale;
  const [d0, d1, ...moreDomain] = Array.from(domain);
  const [r0, r1, ...moreRange] = Array.from(range);
  if (moreDomain.length > 0 || moreRange.length > 0 || typeof d0 !== 'number' || typeof d1 !== 'number' || typeof r0 !== 'number' || typeof r1 !== 'number') return scale;
  const log = type === 'log';
  // d3's log scale maps through the natural log (log10 is only for its ticks); it takes a negative domain another way.
  if (log && !(d0 > 0 && d1 > 0)) return scale;
  const transform = log ? Math.log : (x: number) => x;
  let a = transform(d0);
  let b = transform(d1);
  let from = r0;
  let to = r1;
  // d3's bimap: a descending domain is normalised from its low end, with the range turned round.
  if (b < a) [a, b, from, to] = [b, a, r1, r0];
  const span = b - a;
  if (!(span !== 0 && Number.isFinite(span) && Number.isFinite(from) && Number.isFinite(to))) return scale;
  const apply = (value: unknown): number | undefined => {
    if (value == null) return undefined;
    const x = +(value as number);
    if (Number.isNaN(x)) return undefined;
    const t = (transform(x) - a) / span;
    return from * (1 - t) + to * t;
  };
  return { ...scale, apply };
}
