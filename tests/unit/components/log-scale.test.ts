import { describe, expect, it } from 'vitest';
import { LOG_POSITIONS, logPosition, logPositionValue } from '../../../src/components/controls/log-scale';

describe('log-scale slider positions', () => {
  // The ranges the figures' log sliders use.
  const ranges: [number, number][] = [[0.01, 10], [0.001, 2], [1e-4, 1], [0.005, 1.5]];

  it('runs from min at position 0 to max at the last position', () => {
    for (const [min, max] of ranges) {
      expect(logPositionValue(0, min, max)).toBe(min);
      expect(logPositionValue(LOG_POSITIONS, min, max)).toBe(max);
      expect(logPosition(min, min, max)).toBe(0);
      expect(logPosition(max, min, max)).toBe(LOG_POSITIONS);
    }
  });

  it('every position names a value that puts the thumb back on it, and values grow with the position', () => {
    for (const [min, max] of ranges) {
      let before = -Infinity;
      for (let p = 0; p <= LOG_POSITIONS; p++) {
        const value = logPositionValue(p, min, max);
        expect(logPosition(value, min, max), `${min}…${max} at ${p}`).toBe(p);
        expect(value).toBeGreaterThan(before);
        before = value;
      }
    }
  });

  it('equal steps of the thumb are equal ratios of the value', () => {
    const [min, max] = [0.01, 10];
    const ratio = (p: number) => logPositionValue(p + 30, min, max) / logPositionValue(p, min, max);
    expect(ratio(0)).toBeCloseTo(ratio(150), 1);
    expect(ratio(0)).toBeCloseTo(Math.pow(max / min, 30 / LOG_POSITIONS), 1);
  });
});
