/**
 * Contour lines (isolines) of a function sampled on a lattice, by marching squares with linear
 * interpolation along the cell edges. Lines, not filled bands: a landscape chart strokes its
 * contours over a heatmap, and filled bands would add the window's border to every ring.
 *
 * Coordinates are in lattice units: sample (i, j) = values[j·width + i] sits at (i, j). With
 * `toEdges` the lattice is first widened by half a cell on every side, the new samples extrapolated
 * linearly from the two nearest, so a line that leaves the window runs to the edge of the pixel
 * the last sample fills (−½ and width − ½) instead of stopping half a cell short.
 */

export interface Isoline {
  /** Lattice coordinates of the points, in order along the line. */
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  /** True for a ring (its last point joins its first), false for a line ending on the lattice's edge. */
  readonly closed: boolean;
}

export interface IsolineOptions {
  /** Extend the lines half a cell beyond the outer samples (see the module comment). Default false. */
  readonly toEdges?: boolean;
}

/**
 * The lines where the sampled function equals `level`. Non-finite samples count as above every
 * level (a diverged loss is high). A level outside the samples' range gives no lines.
 */
export function isolines(values: ArrayLike<number>, width: number, height: number, level: number, options: IsolineOptions = {}): Isoline[] {
  return isolinesAtLevels(values, width, height, [level], options)[0]!;
}

/**
 * `isolines` at each of `levels`, in their order: the lattice is checked (and widened) once for all
 * of them, which is what a contour map with a dozen levels redrawn on every frame of a drag needs.
 */
export function isolinesAtLevels(values: ArrayLike<number>, width: number, height: number, levels: readonly number[], options: IsolineOptions = {}): Isoline[][] {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 2 || height < 2) {
    throw new RangeError(`isolines: the lattice must be at least 2 × 2 samples, got ${width} × ${height}`);
  }
  if (values.length !== width * height) {
    throw new RangeError(`isolines: ${values.length} values for a ${width} × ${height} lattice (expected ${width * height})`);
  }
  if (!levels.some(Number.isFinite)) return levels.map(() => []);
  const lattice = options.toEdges ? widen(values, width, height) : { values: finiteOrHigh(values), width, height, widened: false };
  const cells = crossedCells(lattice.values, lattice.width, lattice.height, levels);
  const scratch = edgeScratch(lattice.width, lattice.height);
  return levels.map((level, n) => (Number.isFinite(level) ? trace(lattice.values, lattice.width, lattice.height, level, lattice.widened, cells[n]!, scratch) : []));
}

/**
 * The links of every edge of a lattice, shared by the levels of one call and left clean by each:
 * allocating them per level cost more than tracing (a browser zeroes and accounts for every new
 * typed array).
 */
interface EdgeScratch {
  /** An edge borders at most two cells, so it has at most two links; -1 is none. */
  readonly first: Int32Array;
  readonly second: Int32Array;
  readonly visited: Uint8Array;
}

function edgeScratch(width: number, height: number): EdgeScratch {
  const edges = 2 * width * height;
  return { first: new Int32Array(edges).fill(-1), second: new Int32Array(edges).fill(-1), visited: new Uint8Array(edges) };
}

/**
 * For each level, the cells (by their bottom-left sample) that it crosses, in scan order: those
 * with a corner below it and a corner at or above it. One pass over the lattice serves every
 * level, so a level is traced through its own few cells instead of the whole lattice.
 */
function crossedCells(values: Float64Array, width: number, height: number, levels: readonly number[]): number[][] {
  const cells: number[][] = levels.map(() => []);
  const sorted = levels.map((level, n) => ({ level, n })).filter((l) => Number.isFinite(l.level)).sort((a, b) => a.level - b.level);
  const at = Float64Array.from(sorted, (l) => l.level);
  for (let j = 0; j < height - 1; j++) {
    for (let i = 0; i < width - 1; i++) {
      const a = j * width + i;
      const va = values[a]!, vb = values[a + 1]!, vc = values[a + width + 1]!, vd = values[a + width]!;
      const lo = Math.min(va, vb, vc, vd);
      const hi = Math.max(va, vb, vc, vd);
      // The first level above lo; the cell is crossed by every level from there up to hi.
      let first = 0;
      let last = at.length;
      while (first < last) {
        const mid = (first + last) >> 1;
        if (at[mid]! > lo) last = mid;
        else first = mid + 1;
      }
      for (let k = first; k < at.length && at[k]! <= hi; k++) cells[sorted[k]!.n]!.push(a);
    }
  }
  return cells;
}

function finiteOrHigh(values: ArrayLike<number>): Float64Array {
  const out = new Float64Array(values.length);
  for (let k = 0; k < values.length; k++) out[k] = Number.isFinite(values[k]) ? values[k]! : Infinity;
  return out;
}

/** The lattice with one more sample on every side, half a cell out, extrapolated from the edge. */
function widen(values: ArrayLike<number>, width: number, height: number) {
  const inner = finiteOrHigh(values);
  const W = width + 2;
  const H = height + 2;
  const out = new Float64Array(W * H);
  // Half a cell beyond the edge sample: v₀ + (v₀ − v₁)/2. Infinity − Infinity would be NaN; keep ∞.
  const beyond = (edge: number, next: number) => (Number.isFinite(edge) && Number.isFinite(next) ? edge + (edge - next) / 2 : edge);
  for (let j = 0; j < height; j++) {
    for (let i = 0; i < width; i++) out[(j + 1) * W + i + 1] = inner[j * width + i]!;
    out[(j + 1) * W] = beyond(inner[j * width]!, inner[j * width + 1]!);
    out[(j + 1) * W + W - 1] = beyond(inner[j * width + width - 1]!, inner[j * width + width - 2]!);
  }
  for (let i = 0; i < W; i++) {
    out[i] = beyond(out[W + i]!, out[2 * W + i]!);
    out[(H - 1) * W + i] = beyond(out[(H - 2) * W + i]!, out[(H - 3) * W + i]!);
  }
  return { values: out, width: W, height: H, widened: true };
}

function trace(values: Float64Array, width: number, height: number, level: number, widened: boolean, cells: readonly number[], scratch: EdgeScratch): Isoline[] {
  // Edge ids: 2·k is the edge from sample k to its right neighbour, 2·k + 1 to the one above it.
  // `order` lists the edges in the order they were first linked, which fixes where each line starts.
  const { first, second, visited } = scratch;
  const order: number[] = [];
  const add = (from: number, to: number) => {
    if (first[from] === -1) {
      first[from] = to;
      order.push(from);
    } else second[from] = to;
  };
  const link = (a: number, b: number) => {
    add(a, b);
    add(b, a);
  };
  const crossing = [0, 0, 0, 0];
  for (const a of cells) {
    // a is the cell's bottom left sample.
    const b = a + 1; // bottom right
    const d = a + width; // top left
    const c = d + 1; // top right
    const inA = values[a]! >= level;
    const inB = values[b]! >= level;
    const inC = values[c]! >= level;
    const inD = values[d]! >= level;
    const bottom = 2 * a;
    const left = 2 * a + 1;
    const right = 2 * b + 1;
    const top = 2 * d;
    let count = 0;
    if (inA !== inB) crossing[count++] = bottom;
    if (inB !== inC) crossing[count++] = right;
    if (inD !== inC) crossing[count++] = top;
    if (inA !== inD) crossing[count++] = left;
    if (count === 2) link(crossing[0]!, crossing[1]!);
    else if (count === 4) {
      // A saddle: the cell's mean decides whether the region above joins a to c or b to d.
      const centreAbove = (values[a]! + values[b]! + values[c]! + values[d]!) / 4 >= level;
      if (centreAbove === inA) {
        link(bottom, right); // cut off corner b
        link(top, left); // and corner d
      } else {
        link(bottom, left); // cut off corner a
        link(right, top); // and corner c
      }
    }
  }
  const degree = (edge: number) => (first[edge] === -1 ? 0 : second[edge] === -1 ? 1 : 2);

  const point = (edge: number): [number, number] => {
    const k = edge >> 1;
    const i = k % width;
    const j = (k - i) / width;
    const other = edge & 1 ? k + width : k + 1;
    const v0 = values[k]!;
    const v1 = values[other]!;
    // One end is at or above the level and the other below, so v1 ≠ v0; an infinite end pins the point to the finite one.
    const t = Number.isFinite(v1) && Number.isFinite(v0) ? (level - v0) / (v1 - v0) : Number.isFinite(v0) ? 0 : 1;
    const x = edge & 1 ? i : i + t;
    const y = edge & 1 ? j + t : j;
    // Widened lattices put their extra samples half a cell out.
    return widened ? [edgeCoordinate(x, width), edgeCoordinate(y, height)] : [x, y];
  };

  const lines: Isoline[] = [];
  const walk = (start: number) => {
    const xs: number[] = [];
    const ys: number[] = [];
    let previous = -1;
    let edge = start;
    for (;;) {
      visited[edge] = 1;
      const [x, y] = point(edge);
      xs.push(x);
      ys.push(y);
      const f = first[edge]!;
      const g = second[edge]!;
      const next = f !== -1 && f !== previous && !visited[f] ? f : g !== -1 && g !== previous && !visited[g] ? g : -1;
      if (next === -1) break;
      previous = edge;
      edge = next;
    }
    const ends = degree(start) === 1;
    const closed = !ends && (first[edge] === start || second[edge] === start);
    if (xs.length >= 2) lines.push({ xs: Float64Array.from(xs), ys: Float64Array.from(ys), closed });
  };
  // Lines that end on the lattice's edge first (their ends have one neighbour), then rings.
  for (const edge of order) if (degree(edge) === 1 && !visited[edge]) walk(edge);
  for (const edge of order) if (!visited[edge]) walk(edge);
  for (const edge of order) {
    first[edge] = -1;
    second[edge] = -1;
    visited[edge] = 0;
  }
  return lines;
}

/**
 * A widened lattice's index as a coordinate of the original: original sample i is index i + 1, and
 * the extra samples (indices 0 and n + 1) sit half a cell beyond the ends, at −½ and n − ½.
 */
function edgeCoordinate(index: number, widenedSize: number): number {
  const n = widenedSize - 2;
  if (index <= 1) return (index - 1) / 2;
  if (index >= n) return n - 1 + (index - n) / 2;
  return index - 1;
}
