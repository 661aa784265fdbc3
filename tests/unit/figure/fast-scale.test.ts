import * as Plot from '@observablehq/plot';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastScale } from '../../../src/components/figure/fast-scale';

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const positive = fc.double({ min: 1e-9, max: 1e9, noNaN: true, noDefaultInfinity: true });
const values = fc.array(fc.oneof(finite, fc.constantFrom(0, -0, Number.NaN, Infinity, -Infinity, 1e300)), { minLength: 1, maxLength: 20 });

describe('fastScale', () => {
  it('maps as Plot’s linear scale does, to the last bit, on any domain and range', () => {
    fc.assert(
      fc.property(finite, finite, finite, finite, values, (d0, d1, r0, r1, xs) => {
        fc.pre(d0 !== d1);
        const plot = Plot.scale({ x: { domain: [d0, d1], range: [r0, r1] } });
        const fast = fastScale(plot);
        expect(fast.apply).not.toBe(plot.apply);
        for (const x of xs) expect(fast.apply(x)).toBe(plot.apply(x));
      }),
    );
  });

  it('maps as Plot’s log scale does, to the last bit, negative and zero values too', () => {
    fc.assert(
      fc.property(positive, positive, finite, finite, values, (d0, d1, r0, r1, xs) => {
        fc.pre(Math.log(d0) !== Math.log(d1));
        const plot = Plot.scale({ y: { type: 'log', domain: [d0, d1], range: [r0, r1] } });
        const fast = fastScale(plot);
        expect(fast.apply).not.toBe(plot.apply);
        for (const x of [...xs, ...xs.map(Math.abs)]) expect(fast.apply(x)).toBe(plot.apply(x));
      }),
    );
  });

  it('gives what Plot gives for missing and non-numeric values', () => {
    const plot = Plot.scale({ x: { domain: [0, 10], range: [0, 100] } });
    const fast = fastScale(plot);
    for (const x of [null, undefined, 'abc', '5', true]) expect(fast.apply(x)).toBe(plot.apply(x));
  });

  it('keeps Plot’s own function for scales it does not copy', () => {
    const kept = [
      Plot.scale({ x: { domain: [0, 1], range: [0, 100], clamp: true } }),
      Plot.scale({ x: { domain: [0, 1], range: [0, 100], round: true } }),
      Plot.scale({ x: { domain: [3, 3], range: [0, 100] } }),
      Plot.scale({ x: { type: 'log', domain: [-10, -1], range: [0, 100] } }),
      Plot.scale({ x: { type: 'band', domain: ['a', 'b'], range: [0, 100] } }),
      Plot.scale({ x: { type: 'sqrt', domain: [0, 1], range: [0, 100] } }),
      Plot.scale({ x: { domain: [0, 5, 10], range: [0, 50, 100] } }),
    ];
    for (const scale of kept) expect(fastScale(scale).apply).toBe(scale.apply);
  });
});
