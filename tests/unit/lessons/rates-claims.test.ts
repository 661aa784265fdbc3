/** Lesson 6's claims, kept true by the engine. */
import { describe, expect, it } from 'vitest';
import { lesson6, limit, rawArrival, rawShape, rawZigzag, runs, scaledArrival, scaledShape, sourceLimit } from '../../../src/lessons/rates-numbers';

describe('lesson 6: the learning rate', () => {
  it('the source’s four rates fall on four different sides: two too slow, one converged, one diverged', () => {
    expect(runs.map((r) => r.verdict)).toEqual(['too slow', 'too slow', 'converged', 'diverged']);
    expect(runs[3]!.learningRate).toBeGreaterThan(limit);
    expect(runs[2]!.learningRate).toBeLessThan(limit);
  });

  it('the source’s half-loss convention doubles the limit, which is why 0.5 converges there', () => {
    expect(sourceLimit).toBeCloseTo(2 * limit, 10);
    expect(0.5).toBeLessThan(sourceLimit);
  });

  it('the far-from-zero feature stretches the bowl and standardising rounds it', () => {
    expect(rawShape.condition).toBeGreaterThan(20);
    expect(scaledShape.condition).toBeCloseTo(1, 9);
    expect(rawZigzag.verdict).toBe('oscillating');
    expect(Number(lesson6.zigzagShare)).toBeGreaterThan(50);
  });

  it('even at its best rate the stretched bowl needs many more steps than the round one', () => {
    expect(rawArrival).not.toBeNull();
    expect(scaledArrival).not.toBeNull();
    expect(scaledArrival!).toBeLessThanOrEqual(2);
    expect(rawArrival!).toBeGreaterThan(10 * scaledArrival!);
  });
});
