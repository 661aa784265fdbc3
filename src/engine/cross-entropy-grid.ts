/** The cross-entropy landscape over (w, b), apart from grid.ts for the same reason as its objective. */
import { checkConvention, l2Value, type CrossEntropyConvention, type L2Penalty } from './conventions';
import { crossEntropyObjective } from './cross-entropy-objective';
import { fill, lossGrid, type GridWindow, type LossGrid } from './grid';
import type { Dataset } from './types';

/**
 * The binary cross-entropy of 1-D logistic regression over a window, by
 * brute force, in the convention (004's `compute_loss` grid with
 * CONVENTIONS.source004).
 */
export function crossEntropyGrid(data: Dataset, window: GridWindow, convention: CrossEntropyConvention): LossGrid {
  return lossGrid(crossEntropyObjective(data, convention), window);
}

/**
 * The cross-entropy grids of one data set over one window, for any L2 penalty: the data's part is
 * summed once, and each grid adds its penalty cell by cell as `crossEntropyLossAt` adds it, so
 * that `byL2(l2)` is `crossEntropyGrid(data, window, { ...convention, l2 })` to the last bit. A
 * λ slider then costs no pass over the data (lesson 10's landscape).
 */
export function crossEntropyGridsByL2(data: Dataset, window: GridWindow, convention: CrossEntropyConvention): (l2: L2Penalty) => LossGrid {
  const unpenalised = crossEntropyObjective(data, { ...convention, l2: { ...convention.l2, lambda: 0 } });
  const { n } = unpenalised;
  // The loss with λ = 0 is the data's part plus an exact 0.
  const dataPart = lossGrid(unpenalised, window).values;
  const theta = new Float64Array(2);
  return (l2) => {
    checkConvention({ ...convention, l2 });
    return fill(window, (w, b, k) => {
      theta[0] = w;
      theta[1] = b;
      return dataPart[k]! + l2Value(l2, theta, 1, n);
    });
  };
}
