/**
 * Micro-benchmarks of the engine, in Node (no browser, no throttle): the loss grids the landscape
 * figures draw and a long descent run. Each case runs a few times to warm up, then repeatedly until
 * it has run for MIN_TOTAL_MS or MAX_RUNS times; the median run is reported (with the fastest).
 * Data are made once, outside the timed part; what is timed is what a figure does when its
 * settings change.
 */
import { performance } from 'node:perf_hooks';
import { median } from './stats.ts';
import { allowExtensionlessTsImports } from './ts-resolve.ts';
import { MSE_GRID_LARGE, MSE_GRID_SMALL } from './budgets.ts';
import type { EngineResult } from './types.ts';

const WARMUP_RUNS = 3;
const MIN_RUNS = 5;
const MAX_RUNS = 200;
const MIN_TOTAL_MS = 400;

/** Times `fn` (see the module comment); `sink` keeps results alive so nothing is optimised away. */
export function timeIt(name: string, detail: string, fn: () => unknown, sink: unknown[] = []): EngineResult {
  for (let i = 0; i < WARMUP_RUNS; i += 1) sink.push(fn());
  const times: number[] = [];
  let total = 0;
  while (times.length < MIN_RUNS || (total < MIN_TOTAL_MS && times.length < MAX_RUNS)) {
    const start = performance.now();
    sink.push(fn());
    const elapsed = performance.now() - start;
    times.push(elapsed);
    total += elapsed;
    if (sink.length > 8) sink.length = 0;
  }
  return { name, detail, medianMs: median(times), minMs: Math.min(...times), runs: times.length };
}

export async function runEngineBenchmarks(): Promise<EngineResult[]> {
  allowExtensionlessTsImports();
  const engine = await import('../../src/engine/index.ts');
  const {
    CONVENTIONS,
    linearData,
    squaredErrorStats,
    squaredErrorGrid,
    crossEntropyGrid,
    crossEntropyObjective,
    gaussianClasses,
    gaussianClasses2D,
    gradientDescent,
    isolinesAtLevels,
    squaredErrorObjective,
    withL2,
    SOURCE_000_DATA,
  } = engine;

  const landscape = { wMin: -1, wMax: 5, bMin: -2, bMax: 4 };
  /** Lesson 1's default data (y = 1.5x + 2, σ = 1.5, seed 42) with n points. */
  const lineData = (n: number) => linearData({ n, xMin: -5, xMax: 5, slope: 1.5, intercept: 2, noise: 1.5, seed: 42 });
  const mseCase = (n: number) => {
    const data = lineData(n);
    const window = { ...landscape, width: 200, height: 200 };
    return () => squaredErrorGrid(squaredErrorStats(data.x, data.y), window, CONVENTIONS.textbook);
  };

  const large = lineData(100_000);
  const sums = squaredErrorStats(large.x, large.y);
  const classes = gaussianClasses({ seed: 0, positive: [{ mean: 1, sd: 1, n: 500 }], negative: [{ mean: -1, sd: 1, n: 500 }] });
  const bceWindow = { wMin: -2, wMax: 6, bMin: -4, bMax: 4, width: 100, height: 100 };
  const descentObjective = squaredErrorObjective(linearData(SOURCE_000_DATA), CONVENTIONS.textbook);
  // A contour map as lesson 8 draws one: a 70 × 70 loss grid and 12 levels spread over its range.
  const contourGrid = squaredErrorGrid(squaredErrorStats(lineData(100).x, lineData(100).y), { ...landscape, width: 70, height: 70 }, CONVENTIONS.textbook);
  const contourLevels = Array.from({ length: 12 }, (_, i) => contourGrid.min + ((contourGrid.max - contourGrid.min) * (i + 0.5)) / 12);
  // Lesson 11's run: two features, 120 points, 2 000 steps, redone whenever its rate or penalty moves.
  const plane = gaussianClasses2D({ seed: 0, positive: [{ mean: [1, 1], sd: 1, n: 60 }], negative: [{ mean: [-1, -1], sd: 1, n: 60 }] });
  const planeObjective = crossEntropyObjective(plane, withL2(CONVENTIONS.textbookLogistic, 0.1));

  return [
    timeIt(MSE_GRID_SMALL, 'MSE landscape 200×200 for n = 100: squaredErrorStats + squaredErrorGrid', mseCase(100)),
    timeIt(MSE_GRID_LARGE, 'MSE landscape 200×200 for n = 100 000: squaredErrorStats + squaredErrorGrid', mseCase(100_000)),
    timeIt('mse-grid-200x200-from-sums', 'the same grid from precomputed sums (squaredErrorGrid alone; what a window change costs)', () =>
      squaredErrorGrid(sums, { ...landscape, width: 200, height: 200 }, CONVENTIONS.textbook),
    ),
    timeIt('bce-grid-100x100-n1000', 'cross-entropy landscape 100×100 for n = 1 000: crossEntropyGrid', () => crossEntropyGrid(classes, bceWindow, CONVENTIONS.textbookLogistic)),
    timeIt('descent-10000-steps', '10 000 gradient-descent steps on source 000’s data (n = 100, rate 0.1, full history)', () =>
      gradientDescent(descentObjective, { learningRate: 0.1, steps: 10_000 }),
    ),
    timeIt('contours-70x70-12-levels', 'contour lines of a 70×70 grid at 12 levels, widened to the pixel edges: isolinesAtLevels', () =>
      isolinesAtLevels(contourGrid.values, contourGrid.width, contourGrid.height, contourLevels, { toEdges: true }),
    ),
    timeIt('logistic-run-2000-steps', 'lesson 11’s run: 2 000 descent steps of L2-penalised cross-entropy, 120 points, 2 features', () =>
      gradientDescent(planeObjective, { learningRate: 0.5, steps: 2000, stopOnDivergence: true }),
    ),
  ];
}
