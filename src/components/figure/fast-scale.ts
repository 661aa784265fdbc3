/**
 * A Plot scale's `apply` as plain arithmetic, for the linear and log scales the charts use. Plot's
 * own goes through d3's continuous scale, its piecewise map and interpolator on every call; a
 * sketch maps every point of every run on every frame of a drag. The arithmetic is d3's, step for
 * step, so the pixels are the same to the last bit (a unit test holds it to Plot's). A scale it
 * does not copy (band, clamped, rounded, a degenerate domain) keeps Plot's function: the copy is
 * used only where it gives what Plot gives at a few points, inside the domain and beyond it.
 */
import type { SketchScale } from './sketch-layer';

export function fastScale<S extends SketchScale & { readonly type?: unknown; readonly domain?: Iterable<unknown> | undefined }>(scale: S): S {
  const log = scale.type === 'log';
  const [d0, d1, ...moreDomain] = Array.from(scale.domain ?? []) as number[];
  const [r0, r1, ...moreRange] = Array.from(scale.range ?? []) as number[];
  if ((!log && scale.type !== 'linear') || moreDomain.length > 0 || moreRange.length > 0) return scale;
  // d3's log scale maps through the natural log (log10 is only for its ticks).
  const transform = log ? Math.log : (x: number) => x;
  let a = transform(d0!);
  let b = transform(d1!);
  let from = r0!;
  let to = r1!;
  // d3's bimap: a descending domain is normalised from its low end, with the range turned round.
  if (b < a) [a, b, from, to] = [b, a, to, from];
  const span = b - a;
  const apply = (value: unknown): number | undefined => {
    const x = value == null ? NaN : +(value as number);
    if (Number.isNaN(x)) return undefined;
    const t = (transform(x) - a) / span;
    return from * (1 - t) + to * t;
  };
  const probes = [d0, d1, d0! + (d1! - d0!) * 0.318, d1! + (d1! - d0!) * 1.7, '2', null];
  return span > 0 && Number.isFinite(span) && probes.every((p) => Object.is(apply(p), scale.apply(p))) ? { ...scale, apply } : scale;
}
