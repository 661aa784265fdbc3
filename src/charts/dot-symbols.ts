/**
 * The sizes of the dot symbols, in pixels, for a dot of radius r: each symbol has the area of a
 * circle of radius r, as Plot sizes its symbols. The SVG layer (dot-path.ts) and the ink worker
 * (components/figure/ink-paint.ts) draw the same outlines from them. Plot-free, for the worker.
 */
const ROOT_PI = Math.sqrt(Math.PI);

/** Half a diagonal of the diamond. */
export const diamondHalf = (r: number) => r * ROOT_PI * 0.62625;
/** Half the width of the cross. */
export const timesHalf = (r: number) => r * ROOT_PI * 0.6189 * Math.SQRT1_2;
/** d3's triangle, pointing up: its top is 2h above the centre, its base h below, half its base √3·h. */
export const triangleH = (r: number) => r * Math.sqrt(Math.PI / (3 * Math.sqrt(3)));
/** Half the side of the square. */
export const squareHalf = (r: number) => (r * ROOT_PI) / 2;
