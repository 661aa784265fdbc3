import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** Reads a committed NumPy fixture from tests/fixtures/reference. */
export function fixture<T>(name: string): T {
  const url = new URL(`../../../fixtures/reference/${name}`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as T;
}

/**
 * Expects |actual − expected| ≤ rel·|expected| + abs for every entry; the
 * small absolute floor only matters for values at or near zero.
 */
export function expectClose(actual: ArrayLike<number> | number, expected: ArrayLike<number> | number, label = '', rel = 1e-9, abs = 1e-12): void {
  const a = typeof actual === 'number' ? [actual] : Array.from(actual);
  const e = typeof expected === 'number' ? [expected] : Array.from(expected);
  expect(a.length, `${label} length`).toBe(e.length);
  for (let i = 0; i < e.length; i++) {
    const tolerance = rel * Math.abs(e[i]!) + abs;
    const error = Math.abs(a[i]! - e[i]!);
    if (!(error <= tolerance)) {
      expect.fail(`${label}[${i}]: got ${a[i]}, expected ${e[i]} (error ${error.toExponential(2)} > ${tolerance.toExponential(2)})`);
    }
  }
}
