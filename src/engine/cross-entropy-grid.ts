/** The cross-entropy landscape over (w, b), apart from grid.ts for the same reason as its objective. */
import type { CrossEntropyConvention } from './conventions';
import { crossEntropyObjective } from './cross-entropy-objective';
import { lossGrid, type GridWindow, type LossGrid } from './grid';
import type { Dataset } from './types';

/**
 * The binary cross-entropy of 1-D logistic regression over a window, by
 * brute force, in the convention (004's `compute_loss` grid with
 * CONVENTIONS.source004).
 */
export function crossEntropyGrid(data: Dataset, window: GridWindow, convention: CrossEntropyConvention): LossGrid {
  return lossGrid(crossEntropyObjective(data, convention), window);
}
