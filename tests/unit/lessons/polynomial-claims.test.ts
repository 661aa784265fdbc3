/** Lesson 14's claims, kept true by the engine. */
import { describe, expect, it } from 'vitest';
import { bestDegree, byDegree, HIGH, highTamed } from '../../../src/lessons/polynomial-numbers';
import { POLY_NOISE } from '../../../src/figures/polynomial';

describe('lesson 14: polynomial features, overfitting and cross-validation', () => {
  it('training error never rises with the degree', () => {
    for (let d = 1; d < byDegree.length; d++) expect(byDegree[d]!.meanTrainMse).toBeLessThanOrEqual(byDegree[d - 1]!.meanTrainMse * (1 + 1e-9));
  });

  it('validation error is U-shaped: lowest at a middle degree, far higher at degree 1 and at the highest degree', () => {
    expect(bestDegree).toBeGreaterThanOrEqual(3);
    expect(bestDegree).toBeLessThan(HIGH);
    const best = byDegree[bestDegree - 1]!.meanValidationMse;
    expect(byDegree[0]!.meanValidationMse).toBeGreaterThan(2 * best);
    expect(byDegree[HIGH - 1]!.meanValidationMse).toBeGreaterThan(2 * best);
  });

  it('at the best degree the validation error is near the noise variance, and training error is below it', () => {
    const best = byDegree[bestDegree - 1]!;
    expect(best.meanValidationMse).toBeGreaterThan(0.5 * POLY_NOISE ** 2);
    expect(best.meanValidationMse).toBeLessThan(3 * POLY_NOISE ** 2);
    expect(byDegree[HIGH - 1]!.meanTrainMse).toBeLessThan(POLY_NOISE ** 2);
  });

  it('L2 tames the highest degree', () => {
    expect(highTamed.meanValidationMse).toBeLessThan(byDegree[HIGH - 1]!.meanValidationMse / 2);
  });
});
