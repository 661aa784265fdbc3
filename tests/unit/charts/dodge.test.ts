import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dodgeLabels, type LabelBox } from '../../../src/charts/dodge';

const H = 14;
const box = fc.record({ x1: fc.integer({ min: 0, max: 300 }), width: fc.integer({ min: 1, max: 80 }), y: fc.double({ min: 0, max: 200, noNaN: true }) }).map(({ x1, width, y }) => ({ x1, x2: x1 + width, y }));
const meet = (a: LabelBox, b: LabelBox) => a.x1 <= b.x2 && b.x1 <= a.x2;

describe('dodgeLabels', () => {
  it('pulls two labels at one height apart, one up and one down, by half the height each', () => {
    const y = dodgeLabels([{ x1: 0, x2: 50, y: 100 }, { x1: 10, x2: 60, y: 100 }], H);
    expect(y).toEqual([100 - H / 2, 100 + H / 2]);
  });

  it('leaves labels alone that are clear of each other, or side by side', () => {
    expect(dodgeLabels([{ x1: 0, x2: 50, y: 10 }, { x1: 0, x2: 50, y: 10 + H }], H)).toEqual([10, 10 + H]);
    expect(dodgeLabels([{ x1: 0, x2: 50, y: 10 }, { x1: 60, x2: 90, y: 10 }], H)).toEqual([10, 10]);
  });

  it('keeps labels whose widths meet a height apart, in their order, moving each group no net distance (property)', () => {
    fc.assert(
      fc.property(fc.array(box, { maxLength: 8 }), (boxes) => {
        const y = dodgeLabels(boxes, H);
        for (let i = 0; i < boxes.length; i++) {
          for (let j = 0; j < boxes.length; j++) {
            if (i === j || !meet(boxes[i]!, boxes[j]!)) continue;
            // Order kept: a label above another stays above it (ties keep their index order).
            if (boxes[i]!.y < boxes[j]!.y || (boxes[i]!.y === boxes[j]!.y && i < j)) expect(y[j]! - y[i]!).toBeGreaterThanOrEqual(H - 1e-6);
          }
        }
        // The least-squares placement keeps each group's mean height: the labels of all groups together too.
        const moved = y.reduce((s, v, i) => s + v - boxes[i]!.y, 0);
        expect(Math.abs(moved)).toBeLessThan(1e-6 * Math.max(1, boxes.length));
      }),
    );
  });
});
