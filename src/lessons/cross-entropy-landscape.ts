/**
 * Lesson 10's landscape: the L2-penalised cross-entropy (004's convention) of a data set sampled
 * over 004's window, w and b from −10 to 10, coarse while λ is dragged.
 */
import { CONVENTIONS, withL2 } from '../engine/conventions';
import { crossEntropyGrid } from '../engine/cross-entropy-grid';
import type { XY } from '../engine/datasets';
import type { LossGrid } from '../engine/grid';

export const CROSS_ENTROPY_WINDOW = { wMin: -10, wMax: 10, bMin: -10, bMax: 10 } as const;

export interface CrossEntropyLandscapeInput {
  data: XY;
  lambda: number;
  /** Samples per side. */
  size: number;
}

export function crossEntropyLandscape({ data, lambda, size }: CrossEntropyLandscapeInput): LossGrid {
  return crossEntropyGrid(data, { ...CROSS_ENTROPY_WINDOW, width: size, height: size }, withL2(CONVENTIONS.source004, lambda));
}
