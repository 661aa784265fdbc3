/**
 * Ramer–Douglas–Peucker simplification of a polyline in pixels. A contour traced on a sampling grid
 * has a vertex at every cell edge it crosses, most of them on stretches that are straight to well
 * under a pixel; dropping those keeps the drawing and halves the markup a landscape page ships.
 */

/** Squared distance from (px, py) to the segment (ax, ay)–(bx, by). */
function segmentDistanceSquared(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  const ex = px - (ax + t * dx);
  const ey = py - (ay + t * dy);
  return ex * ex + ey * ey;
}

/**
 * The indices of the vertices to keep, in order: the first and the last always, and every vertex
 * that lies farther than `tolerance` from the simplified line between its kept neighbours. Every
 * dropped vertex is within `tolerance` of the segment that replaces it.
 */
export function simplifyPolyline(xs: ArrayLike<number>, ys: ArrayLike<number>, tolerance: number): number[] {
  const n = xs.length;
  if (n <= 2) return Array.from({ length: n }, (_, i) => i);
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const limit = tolerance * tolerance;
  // An explicit stack: a contour can have thousands of vertices, deeper than recursion should go.
  const stack: Array<[number, number]> = [[0, n - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let worst = limit;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistanceSquared(xs[i]!, ys[i]!, xs[first]!, ys[first]!, xs[last]!, ys[last]!);
      if (d > worst) {
        worst = d;
        farthest = i;
      }
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    stack.push([first, farthest], [farthest, last]);
  }
  const kept: number[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) kept.push(i);
  return kept;
}
