/**
 * End labels (a run's name where its line stops) pile up where lines end close together. Each
 * label that asks to dodge is moved up or down, as little as it takes, so that no two of them that
 * share some width overlap; they keep their top-to-bottom order.
 */

/** A label's horizontal extent and the y of its centre, in pixels. */
export interface LabelBox {
  readonly x1: number;
  readonly x2: number;
  readonly y: number;
}

/**
 * Least squares under order: the non-decreasing sequence closest to `z` (pool adjacent violators).
 * With z[i] = y[i] − i·h, its result gives the placement with gaps of at least h that moves the
 * labels least in total squared distance.
 */
function nonDecreasingFit(z: readonly number[]): number[] {
  const blocks: Array<{ mean: number; size: number }> = [];
  for (const value of z) {
    blocks.push({ mean: value, size: 1 });
    while (blocks.length > 1 && blocks.at(-2)!.mean > blocks.at(-1)!.mean) {
      const last = blocks.pop()!;
      const before = blocks.at(-1)!;
      before.mean = (before.mean * before.size + last.mean * last.size) / (before.size + last.size);
      before.size += last.size;
    }
  }
  return blocks.flatMap((b) => Array.from({ length: b.size }, () => b.mean));
}

/** Groups of labels whose x extents meet, directly or through others (indices into `boxes`). */
function widthGroups(boxes: readonly LabelBox[]): number[][] {
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[a]!.x1 - boxes[b]!.x1);
  const groups: number[][] = [];
  let reach = -Infinity;
  for (const i of order) {
    const { x1, x2 } = boxes[i]!;
    if (groups.length === 0 || x1 > reach) {
      groups.push([i]);
      reach = x2;
    } else {
      groups.at(-1)!.push(i);
      reach = Math.max(reach, x2);
    }
  }
  return groups;
}

/** The new y of each label: within each group, centres at least `height` apart, in their old order. */
export function dodgeLabels(boxes: readonly LabelBox[], height: number): number[] {
  const placed = boxes.map((b) => b.y);
  for (const group of widthGroups(boxes)) {
    const order = [...group].sort((a, b) => boxes[a]!.y - boxes[b]!.y || a - b);
    const fit = nonDecreasingFit(order.map((i, k) => boxes[i]!.y - k * height));
    order.forEach((i, k) => (placed[i] = fit[k]! + k * height));
  }
  return placed;
}
