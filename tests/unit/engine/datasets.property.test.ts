import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { gaussianClasses, linearData, linearDataFrom, createNumpyRandom, SOURCE_000_DATA } from '../../../src/engine/index';

const seeds = fc.integer({ min: 0, max: 0xffffffff });

describe('seeded data sets', () => {
  test('the same seed gives the same data, every time', () => {
    fc.assert(
      fc.property(seeds, fc.integer({ min: 1, max: 50 }), (seed, n) => {
        const options = { ...SOURCE_000_DATA, n, seed };
        expect(linearData(options)).toEqual(linearData(options));
        const classes = { seed, positive: [{ mean: 1, sd: 1, n }], negative: [{ mean: -1, sd: 0.5, n }] };
        expect(gaussianClasses(classes)).toEqual(gaussianClasses(classes));
      }),
    );
  });

  test('different seeds give different data', () => {
    fc.assert(
      fc.property(seeds, seeds, (a, b) => {
        fc.pre(a !== b);
        expect(linearData({ ...SOURCE_000_DATA, n: 5, seed: a }).x).not.toEqual(linearData({ ...SOURCE_000_DATA, n: 5, seed: b }).x);
      }),
    );
  });

  test('x stays inside [xMin, xMax) and zero noise puts every point on the true line', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const { x, y } = linearData({ n: 30, xMin: -2, xMax: 7, slope: -1.5, intercept: 4, noise: 0, seed });
        x.forEach((v, i) => {
          expect(v >= -2 && v < 7).toBe(true);
          expect(y[i]).toBe(-1.5 * v + 4);
        });
      }),
    );
  });

  test('drawing from a shared generator continues one stream, as 000’s later cells do', () => {
    const shared = createNumpyRandom(42);
    const first = linearDataFrom(shared, SOURCE_000_DATA);
    const second = linearDataFrom(shared, SOURCE_000_DATA);
    expect(first).toEqual(linearData(SOURCE_000_DATA));
    expect(second.x).not.toEqual(first.x);
    const manual = createNumpyRandom(42);
    manual.uniform(-3, 3, 100);
    manual.normal(0, 0.2, 100);
    expect(second.x).toEqual(manual.uniform(-3, 3, 100));
  });

  test('gaussian classes list the positives first with label 1, then the negatives with label 0', () => {
    const { x, y } = gaussianClasses({ seed: 1, positive: [{ mean: 10, sd: 0, n: 2 }, { mean: 20, sd: 0, n: 1 }], negative: [{ mean: -5, sd: 0, n: 2 }] });
    expect(Array.from(x)).toEqual([10, 10, 20, -5, -5]);
    expect(Array.from(y)).toEqual([1, 1, 1, 0, 0]);
  });
});
