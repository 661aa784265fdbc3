/**
 * Pixel coordinates a drawing can hold. A diverging run's values map to pixels far beyond any
 * screen (or to Infinity), which browsers draw unpredictably; anything past this is left out.
 */
export const MAX_PIXEL = 1e6;

// Fixed arity: a rest parameter allocated an array for every point of every path on every frame.
export const onCanvas = (a: number, b = 0, c = 0, d = 0) => Math.abs(a) <= MAX_PIXEL && Math.abs(b) <= MAX_PIXEL && Math.abs(c) <= MAX_PIXEL && Math.abs(d) <= MAX_PIXEL;
