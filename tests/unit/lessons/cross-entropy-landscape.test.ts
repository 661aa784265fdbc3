import { describe, expect, it } from 'vitest';
import { CONVENTIONS, crossEntropyGrid, withL2 } from '../../../src/engine/index';
import { crossEntropyData, crossEntropyFigure as spec, CROSS_ENTROPY_DRAG_GRID_SIZE, CROSS_ENTROPY_GRID_SIZE } from '../../../src/figures/cross-entropy';
import { CROSS_ENTROPY_WINDOW, crossEntropyLandscape, crossEntropyLandscapes } from '../../../src/lessons/cross-entropy-landscape';

describe('lesson 10’s landscape', () => {
  const data = crossEntropyData(spec.data.default);

  it('is the engine’s penalised cross-entropy over 004’s window, at the size asked for', () => {
    for (const [lambda, size] of [[0, CROSS_ENTROPY_GRID_SIZE], [2.5, CROSS_ENTROPY_DRAG_GRID_SIZE]] as const) {
      const grid = crossEntropyLandscape({ data, lambda, size });
      const engine = crossEntropyGrid(data, { ...CROSS_ENTROPY_WINDOW, width: size, height: size }, withL2(CONVENTIONS.source004, lambda));
      expect(grid).toEqual(engine);
      expect(grid.width).toBe(size);
    }
  });

  it('grows with λ away from w = b = 0 (the penalty is added everywhere but the origin)', () => {
    const free = crossEntropyLandscape({ data, lambda: 0, size: CROSS_ENTROPY_DRAG_GRID_SIZE });
    const penalised = crossEntropyLandscape({ data, lambda: 1, size: CROSS_ENTROPY_DRAG_GRID_SIZE });
    expect(penalised.max).toBeGreaterThan(free.max);
    for (let i = 0; i < free.values.length; i++) expect(penalised.values[i]!).toBeGreaterThanOrEqual(free.values[i]!);
  });

  it('is the same from the landscapes of one data set, at any λ and size, in any order', () => {
    const landscapes = crossEntropyLandscapes(data);
    for (const [lambda, size] of [[0.5, CROSS_ENTROPY_DRAG_GRID_SIZE], [3, CROSS_ENTROPY_GRID_SIZE], [0, CROSS_ENTROPY_DRAG_GRID_SIZE], [3, CROSS_ENTROPY_DRAG_GRID_SIZE]] as const) {
      expect(landscapes(lambda, size)).toEqual(crossEntropyLandscape({ data, lambda, size }));
    }
  });
});
