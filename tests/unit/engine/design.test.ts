import { describe, expect, it } from 'vitest';
import { toDesign } from '../../../src/engine/design';

describe('toDesign', () => {
  it('packs the same arrays once: the same data set gives back the same design', () => {
    const data = { x: [1, 2, 3], y: [2, 4, 7] };
    const first = toDesign(data);
    expect(toDesign({ x: data.x, y: data.y })).toBe(first);
    expect(Array.from(first.X)).toEqual([1, 2, 3]);
    expect(Array.from(first.y)).toEqual([2, 4, 7]);
  });

  it('packs again when the targets are a different array, even with the same features', () => {
    const x = [1, 2, 3];
    const a = toDesign({ x, y: [1, 1, 1] });
    const b = toDesign({ x, y: [5, 6, 7] });
    expect(b).not.toBe(a);
    expect(Array.from(b.y)).toEqual([5, 6, 7]);
  });

  it('still names a bad value on every call, since a failed pack is not kept', () => {
    const data = { x: [1, Number.NaN, 3], y: [1, 2, 3] };
    expect(() => toDesign(data)).toThrow(/invalid x\[1\]/);
    expect(() => toDesign(data)).toThrow(/invalid x\[1\]/);
  });
});
