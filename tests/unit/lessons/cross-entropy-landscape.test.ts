import { describe, expect, it } from 'vitest';
import { CONVENTIONS, crossEntropyGrid, withL2 } from '../../../src/engine/index';
import { crossEntropyData, crossEntropyFigure as spec, CROSS_ENTROPY_DRAG_GRID_SIZE, CROSS_ENTROPY_GRID_SIZE } from '../../../src/figures/cross-entropy';
import { CROSS_ENTROPY_WINDOW, crossEntropyLandscapes } from '../../../src/lessons/cross-entropy-landscape';

describe('lesson 10’s landscapes', () => {
  const data = crossEntropyData(spec.data.default);
  const engine = (lambda: number, size: number) => crossEntropyGrid(data, { ...CROSS_ENTROPY_WINDOW, width: size, height: size }, withL2(CONVENTIONS.source004, lambda));

  it('are the engine’s penalised cross-entropy over 004’s window, at any λ and size, in any order', () => {
    const landscapes = crossEntropyLandscapes(data);
    for (const [lambda, size] of [[0, CROSS_ENTROPY_GRID_SIZE], [2.5, CROSS_ENTROPY_DRAG_GRID_SIZE], [0.5, CROSS_ENTROPY_DRAG_GRID_SIZE], [3, CROSS_ENTROPY_GRID_SIZE], [0, CROSS_ENTROPY_DRAG_GRID_SIZE]] as const) {
      const grid = landscapes(lambda, size);
      expect(grid).toEqual(engine(lambda, size));
      expect(grid.width).toBe(size);
    }
  });

  it('grow with λ away from w = b = 0 (the penalty is added everywhere but the origin)', () => {
    const landscapes = crossEntropyLandscapes(data);
    const free = landscapes(0, CROSS_ENTROPY_DRAG_GRID_SIZE);
    const penalised = landscapes(1, CROSS_ENTROPY_DRAG_GRID_SIZE);
    expect(penalised.max).toBeGreaterThan(free.max);
    for (let i = 0; i < free.values.length; i++) expect(penalised.values[i]!).toBeGreaterThanOrEqual(free.values[i]!);
  });
});
