/** Lesson 4's claims: at the start both slopes are negative (downhill is up in w and b), and at the least-squares line both vanish. */
import { describe, expect, it } from 'vitest';
import { bestGradient, EXERCISE, exerciseGradient, startGradient } from '../../../src/lessons/gradients-numbers';

describe('lesson 4 claims', () => {
  it('at w = b = 0 both partial derivatives are negative', () => {
    expect(startGradient.w[0]!).toBeLessThan(0);
    expect(startGradient.b).toBeLessThan(0);
  });

  it('at the least-squares line the gradient is zero', () => {
    expect(Math.abs(bestGradient.w[0]!)).toBeLessThan(1e-9);
    expect(Math.abs(bestGradient.b)).toBeLessThan(1e-9);
  });

  it('the exercise’s answer is (2/n)Σ(ŷ − y)x, worked by hand in the solution', () => {
    const n = EXERCISE.x.length;
    const byHand = (2 / n) * EXERCISE.x.reduce((s, x, i) => s + (EXERCISE.w * x + EXERCISE.b - EXERCISE.y[i]!) * x, 0);
    expect(exerciseGradient.w[0]).toBeCloseTo(byHand, 12);
  });
});
