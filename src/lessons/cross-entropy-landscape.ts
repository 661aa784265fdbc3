/**
 * Lesson 10's landscape: the L2-penalised cross-entropy (004's convention) of a data set sampled
 * over 004's window, w and b from −10 to 10, coarse while λ is dragged.
 */
import { CONVENTIONS, withL2, type L2Penalty } from '../engine/conventions';
import { crossEntropyGridsByL2 } from '../engine/cross-entropy-grid';
import type { XY } from '../engine/datasets';
import type { LossGrid } from '../engine/grid';

export const CROSS_ENTROPY_WINDOW = { wMin: -10, wMax: 10, bMin: -10, bMax: 10 } as const;

/**
 * The landscapes of one data set at any λ and size: the engine's `crossEntropyGrid` of 004's
 * convention with that λ over the window at that size. The data's part of each size's grid is
 * summed once, so that a λ drag only adds the penalty, cell by cell.
 */
export function crossEntropyLandscapes(data: XY): (lambda: number, size: number) => LossGrid {
  const bySize = new Map<number, (l2: L2Penalty) => LossGrid>();
  return (lambda, size) => {
    let byL2 = bySize.get(size);
    if (!byL2) bySize.set(size, (byL2 = crossEntropyGridsByL2(data, { ...CROSS_ENTROPY_WINDOW, width: size, height: size }, CONVENTIONS.source004)));
    return byL2(withL2(CONVENTIONS.source004, lambda).l2);
  };
}
