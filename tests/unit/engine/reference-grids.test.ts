import { describe, expect, test } from 'vitest';
import {
  CONVENTIONS,
  crossEntropyGrid,
  squaredErrorGrid,
  squaredErrorStats,
  withL2,
  type GridWindow,
} from '../../../src/engine/index';
import { expectClose, fixture } from './support/close';
import { DATA } from './support/sources';

interface Grid {
  source: '000' | '002' | '004';
  data: string;
  lambda: number;
  window: [number, number, number, number, number, number];
  values: number[];
}

const { grids } = fixture<{ grids: Grid[] }>('grids.json');

function windowOf(g: Grid): GridWindow {
  const [wMin, wMax, bMin, bMax, width, height] = g.window;
  return { wMin, wMax, bMin, bMax, width, height };
}

describe('loss grids match the sources’ brute-force NumPy grids (row j = one b, as meshgrid lays it out)', () => {
  for (const g of grids) {
    test(`${g.source}’s grid on ${g.data} with λ ${g.lambda} over ${g.window.join(', ')} agrees to 1e-9`, () => {
      const data = DATA[g.data]!;
      const grid =
        g.source === '004'
          ? crossEntropyGrid(data, windowOf(g), CONVENTIONS.source004)
          : squaredErrorGrid(squaredErrorStats(data.x, data.y), windowOf(g), withL2(g.source === '000' ? CONVENTIONS.source000 : CONVENTIONS.source002, g.lambda));
      expect([grid.width, grid.height]).toEqual([g.window[4], g.window[5]]);
      expectClose(grid.values, g.values, 'values');
      expectClose([grid.min, grid.max], [Math.min(...g.values), Math.max(...g.values)], 'min/max');
    });
  }

  test('the argmin of 000’s grid is the sample with the smallest NumPy value', () => {
    const g = grids.find((x) => x.source === '000' && x.lambda === 0)!;
    const data = DATA[g.data]!;
    const grid = squaredErrorGrid(squaredErrorStats(data.x, data.y), windowOf(g), CONVENTIONS.source000);
    const best = g.values.indexOf(Math.min(...g.values));
    expect(grid.argmin).toEqual({ w: grid.ws[best % grid.width], b: grid.bs[Math.floor(best / grid.width)] });
  });
});
