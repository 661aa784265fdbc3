/** Lesson 8's claims, kept true by the engine. */
import { describe, expect, it } from 'vitest';
import { CONVENTIONS, gradientDescent, leastSquares, ridge, ridgeAlphaFor, squaredErrorObjective, withL2 } from '../../../src/engine';
import { outlierData } from '../../../src/figures/regularization';
import { cleanFit, EXERCISE_LAMBDA, exerciseRidge, halfway, lesson8, outlierRuns, Sxx, Sxy } from '../../../src/lessons/regularization-numbers';

describe('lesson 8: regularization', () => {
  it('the one-feature ridge slope is Sxy / (Sxx + λ/2) in the book’s convention', () => {
    expect(exerciseRidge.w[0]).toBeCloseTo(Sxy / (Sxx + EXERCISE_LAMBDA / 2), 10);
  });

  it('descent with the penalty converges to the ridge closed form', () => {
    const { clean } = outlierData();
    const conv = withL2(CONVENTIONS.textbook, 5);
    const run = gradientDescent(squaredErrorObjective(clean, conv), { learningRate: 0.1, steps: 3000 });
    const best = ridge(clean, ridgeAlphaFor(clean.x.length, conv));
    expect(run.params.at(-1)!.w[0]).toBeCloseTo(best.w[0]!, 8);
    expect(run.params.at(-1)!.b).toBeCloseTo(best.b, 8);
  });

  it('with the intercept free, a huge λ sends w to 0 and b to the mean of y', () => {
    const { clean } = outlierData();
    const best = ridge(clean, ridgeAlphaFor(clean.x.length, withL2(CONVENTIONS.textbook, 1e9)));
    const meanY = Array.from(clean.y).reduce((a, c) => a + c, 0) / clean.y.length;
    expect(Math.abs(best.w[0]!)).toBeLessThan(1e-5);
    expect(best.b).toBeCloseTo(meanY, 4);
  });

  it('the source’s λ values barely move the slope; halfway needs λ in the hundreds, and shrinks towards 0, not towards the clean fit', () => {
    expect(Number(lesson8.wShift)).toBeLessThan(0.01);
    const w0 = outlierRuns[0]!.last.w[0]!;
    expect(halfway.w[0]! / leastSquares(outlierData().data).w[0]!).toBeCloseTo(0.5, 6);
    expect(Number(lesson8.halfwayLambda)).toBeGreaterThan(100);
    expect(Math.abs(halfway.w[0]! - cleanFit.w[0]!)).toBeGreaterThan(Math.abs(w0 - cleanFit.w[0]!));
  });
});
