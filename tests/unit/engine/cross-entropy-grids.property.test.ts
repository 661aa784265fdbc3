/** The cross-entropy grids by L2 penalty must be the directly computed grids, to the last bit. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { crossEntropyGrid, crossEntropyGridsByL2, type GridWindow } from '../../../src/engine/index';
import { crossEntropy, l2, labelledData } from './support/arbitraries';

const window = fc
  .record({ w: fc.double({ min: -10, max: 10, noNaN: true }), b: fc.double({ min: -10, max: 10, noNaN: true }), span: fc.double({ min: 0.1, max: 20, noNaN: true }), width: fc.integer({ min: 2, max: 9 }), height: fc.integer({ min: 2, max: 9 }) })
  .map(({ w, b, span, width, height }): GridWindow => ({ wMin: w, wMax: w + span, bMin: b, bMax: b + span * 0.7, width, height }));

describe('crossEntropyGridsByL2', () => {
  test('gives the grid crossEntropyGrid gives for every penalty, values, extremes and minimum alike', () => {
    fc.assert(
      fc.property(labelledData, window, crossEntropy, fc.array(l2, { minLength: 1, maxLength: 3 }), (data, w, convention, penalties) => {
        const byL2 = crossEntropyGridsByL2(data, w, convention);
        for (const penalty of penalties) expect(byL2(penalty)).toEqual(crossEntropyGrid(data, w, { ...convention, l2: penalty }));
      }),
    );
  });

  test('rejects a penalty the convention would reject, by name', () => {
    const byL2 = crossEntropyGridsByL2({ x: [0, 1], y: [0, 1] }, { wMin: -1, wMax: 1, bMin: -1, bMax: 1, width: 3, height: 3 }, { kind: 'cross-entropy', eps: 1e-15, l2: { lambda: 0, scale: 'absolute', penalizeBias: true }, record: 'after', startValue: 0 });
    expect(() => byL2({ lambda: -1, scale: 'absolute', penalizeBias: true })).toThrow(/lambda/);
  });
});
