/** Lesson 7's claims, kept true by the engine. */
import { describe, expect, it } from 'vitest';
import { TRUE_WEIGHTS } from '../../../src/figures/many-features';
import { best, breakEvenSteps, lesson7, run } from '../../../src/lessons/many-features-numbers';

describe('lesson 7: many features and the closed form', () => {
  it('descent with three weights lands on the normal equation’s answer', () => {
    run.params.at(-1)!.w.forEach((w, j) => expect(w).toBeCloseTo(best.w[j]!, 3));
    expect(run.diverged).toBe(false);
  });

  it('the closed form is near the truth but not on it (noise)', () => {
    best.w.forEach((w, j) => {
      expect(Math.abs(w - TRUE_WEIGHTS[j]!)).toBeLessThan(0.3);
      expect(w).not.toBe(TRUE_WEIGHTS[j]);
    });
    expect(Number(lesson7.r2)).toBeGreaterThan(0.9);
  });

  it('the break-even step count grows with d: about d/2 steps for n ≫ d', () => {
    expect(breakEvenSteps(1_000_000, 1000)).toBeGreaterThan(400);
    expect(breakEvenSteps(1_000_000, 1000)).toBeLessThan(700);
    expect(breakEvenSteps(1_000_000, 10_000)).toBeGreaterThan(10 * breakEvenSteps(1_000_000, 1000) * 0.9);
  });
});
