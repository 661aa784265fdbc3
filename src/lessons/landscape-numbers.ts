/**
 * The numbers lesson 3's prose quotes, computed by the engine at build time from the figure's own
 * defaults and from source 002's brute-force grid, so the text cannot disagree with the figure.
 */
import { CONVENTIONS } from '../engine/conventions';
import { gridOperationCounts, quadraticAt, squaredErrorQuadratic } from '../engine/loss-quadratic';
import { leastSquares } from '../engine/closed-form';
import { lossGrid, squaredErrorStats } from '../engine/grid';
import { squaredErrorLoss } from '../engine/linear';
import { squaredErrorObjective } from '../engine/objective';
import { type XY } from '../engine/datasets';
import { LANDSCAPE_GRID_SIZE, LANDSCAPE_INTERCEPT, landscapeData, landscapeFigure as spec } from '../figures/landscape';
import { formatFixed } from '../lib/format';

const defaults = {
  n: spec.n.default,
  noise: spec.noise.default,
  slope: spec.slope.default,
  seed: spec.seed.default,
  extra: spec.extra.default,
  ex: spec.ex.default,
  ey: spec.ey.default,
};
export const landscapeDefaults = defaults;

/** Source 002's grid: 50 values of w on [0, 4] and 50 of b on [−2, 4]. */
export const SOURCE_002_GRID = { wMin: 0, wMax: 4, bMin: -2, bMax: 4, width: 50, height: 50 } as const;
/** A large data set for the cost comparison. */
export const BIG_N = 100_000;
/** Where the lesson asks the reader to drag the orange point. */
export const DRAGGED_DOWN_Y = 0;
/** The exercise: three points and a model to score with the six coefficients. */
export const EXERCISE = { x: [0, 1, 2], y: [1, 2, 4], w: 1, b: 1 } as const;

const mse = (data: XY, w: number, b: number) => squaredErrorLoss(data, { w: [w], b }, CONVENTIONS.textbook);
const { base, data } = landscapeData(defaults);
const best = leastSquares(data);
const dragged = leastSquares(landscapeData({ ...defaults, ey: DRAGGED_DOWN_Y }).data);
const quiet = landscapeData({ ...defaults, noise: 0 }).data;
const q = squaredErrorQuadratic(squaredErrorStats(data.x, data.y));

// 002's own brute-force pass over its grid (the engine's lossGrid does one pass over the data per cell).
const brute = lossGrid(squaredErrorObjective(base, CONVENTIONS.source002), SOURCE_002_GRID);
const cells002 = SOURCE_002_GRID.width * SOURCE_002_GRID.height;
const cost002 = gridOperationCounts(base.x.length, cells002);
const costBig = gridOperationCounts(BIG_N, cells002);
const cellsFigure = LANDSCAPE_GRID_SIZE * LANDSCAPE_GRID_SIZE;
const costFigure = gridOperationCounts(data.x.length, cellsFigure);

const exStats = squaredErrorStats([...EXERCISE.x], [...EXERCISE.y]);
const exQ = squaredErrorQuadratic(exStats);
const exerciseLoss = quadraticAt(exQ, EXERCISE.w, EXERCISE.b);

const int = (v: number) => Math.round(v).toLocaleString('en-GB');
const sign = (v: number, d: number) => (v < 0 ? `− ${formatFixed(-v, d)}` : `+ ${formatFixed(v, d)}`);

/** Everything pre-formatted for prose. */
export const lesson3 = {
  n: String(base.x.length),
  nWithPoint: String(data.x.length),
  noise: formatFixed(defaults.noise, 1),
  slope: formatFixed(defaults.slope, 0),
  intercept: formatFixed(LANDSCAPE_INTERCEPT, 0),
  ex: formatFixed(defaults.ex, 1),
  ey: formatFixed(defaults.ey, 0),
  bestW: formatFixed(best.w[0]!, 3),
  bestB: formatFixed(best.b, 3),
  bestMse: formatFixed(mse(data, best.w[0]!, best.b), 3),
  zeroMse: formatFixed(mse(data, 0, 0), 2),
  draggedY: formatFixed(DRAGGED_DOWN_Y, 0),
  draggedW: formatFixed(dragged.w[0]!, 3),
  draggedB: formatFixed(dragged.b, 3),
  quietBestMse: formatFixed(mse(quiet, leastSquares(quiet).w[0]!, leastSquares(quiet).b), 3),
  // The six coefficients for the default data (with the orange point).
  qww: formatFixed(q.ww, 3),
  qwb: formatFixed(q.wb, 3),
  qbb: formatFixed(q.bb, 0),
  qw: sign(q.w, 3),
  qb: sign(q.b, 3),
  qc: sign(q.c, 3),
  // Source 002's brute-force grid.
  gridSide: String(SOURCE_002_GRID.width),
  gridCells: int(cells002),
  bruteMin: formatFixed(brute.min, 3),
  bruteArgW: formatFixed(brute.argmin.w, 3),
  bruteArgB: formatFixed(brute.argmin.b, 3),
  baseBestW: formatFixed(leastSquares(base).w[0]!, 3),
  baseBestB: formatFixed(leastSquares(base).b, 3),
  baseBestMse: formatFixed(mse(base, leastSquares(base).w[0]!, leastSquares(base).b), 3),
  bruteOps: int(cost002.bruteForce),
  sumsOps: int(cost002.fromSums),
  ratio: formatFixed(cost002.ratio, 1),
  bigN: int(BIG_N),
  bigBruteOps: int(costBig.bruteForce),
  bigSumsOps: int(costBig.fromSums),
  bigRatio: int(costBig.ratio),
  figureSide: String(LANDSCAPE_GRID_SIZE),
  figureCells: int(cellsFigure),
  figureBruteOps: int(costFigure.bruteForce),
  figureSumsOps: int(costFigure.fromSums),
  // The exercise.
  exerciseLoss,
  exerciseLossText: formatFixed(exerciseLoss, 3),
  exww: formatFixed(exQ.ww, 3),
  exwb: formatFixed(exQ.wb, 0),
  exw: formatFixed(exQ.w, 3),
  exb: formatFixed(exQ.b, 3),
  exc: formatFixed(exQ.c, 0),
  exSumXX: formatFixed(exStats.sumXX, 0),
  exSumX: formatFixed(exStats.sumX, 0),
  exSumXY: formatFixed(exStats.sumXY, 0),
  exSumY: formatFixed(exStats.sumY, 0),
  exSumYY: formatFixed(exStats.sumYY, 0),
};
