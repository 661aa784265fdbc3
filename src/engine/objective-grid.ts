import type { AnyObjective } from './any-objective';
import { windowAxes, type GridWindow, type LossGrid } from './grid';
import { absoluteErrorObjective, huberObjective } from './robust';
import type { Dataset } from './types';

/**
 * Any one-weight objective (quadratic bowls and robust losses included)
 * sampled over a (w, b) window by brute force, in `LossGrid`'s layout:
 * values[j·width + i] at w = ws[i], b = bs[j]. Same fields and rules as
 * `lossGrid` (min/max over finite samples, first argmin on ties).
 */
export function objectiveGrid(objective: AnyObjective, window: GridWindow): LossGrid {
  if (objective == null || typeof objective.evaluate !== 'function') {
    throw new TypeError(`invalid objective; expected an objective such as huberObjective(data, 1), got ${String(objective)}`);
  }
  if (objective.dimension !== 1) {
    throw new RangeError(`invalid objective; expected one weight for a (w, b) grid, got ${objective.dimension}`);
  }
  const { ws, bs } = windowAxes(window);
  const { width, height } = window;
  const values = new Float64Array(width * height);
  const theta = new Float64Array(2);
  const gradient = new Float64Array(2);
  let min = Infinity;
  let max = -Infinity;
  let best = -1;
  for (let j = 0; j < height; j++) {
    for (let i = 0; i < width; i++) {
      theta[0] = ws[i]!;
      theta[1] = bs[j]!;
      const v = objective.evaluate(theta, gradient);
      values[j * width + i] = v;
      if (v < min) { min = v; best = j * width + i; }
      if (v > max && v !== Infinity) max = v;
    }
  }
  const dw = (window.wMax - window.wMin) / (width - 1);
  const db = (window.bMax - window.bMin) / (height - 1);
  return {
    values, width, height, ws, bs,
    x1: window.wMin - dw / 2, x2: window.wMax + dw / 2, y1: window.bMin - db / 2, y2: window.bMax + db / 2,
    min, max,
    argmin: best < 0 ? { w: NaN, b: NaN } : { w: ws[best % width]!, b: bs[Math.floor(best / width)]! },
  };
}

/**
 * The mean absolute error (1/n)Σ|wxᵢ + b − yᵢ| of 1-D data over a window,
 * exactly at every sample (brute force, n operations per sample), so the
 * creases along the lines w·xᵢ + b = yᵢ show as they are.
 */
export function absoluteErrorGrid(data: Dataset, window: GridWindow): LossGrid {
  return objectiveGrid(absoluteErrorObjective(data), window);
}

/** The Huber loss (1/n)Σρ_δ(wxᵢ + b − yᵢ) of 1-D data over a window, by brute force (scaling as `huberObjective`). */
export function huberGrid(data: Dataset, window: GridWindow, delta: number): LossGrid {
  return objectiveGrid(huberObjective(data, delta), window);
}
