/**
 * Lesson 1's prose makes claims about its default data ("more data bring the best line closer",
 * "the best line beats the true line"). The numbers are computed at build time; these tests keep the
 * sentences around them true if a default ever changes.
 */
import { describe, expect, it } from 'vitest';
import { CONVENTIONS, leastSquares, linearData, squaredErrorLoss } from '../../../src/engine';
import { LINE_FIT_X_RANGE, lineFitFigure as spec } from '../../../src/figures/line-fit';

const settings = (n: number, noise: number = spec.noise.default) => ({
  n,
  noise,
  xMin: LINE_FIT_X_RANGE[0],
  xMax: LINE_FIT_X_RANGE[1],
  slope: spec.slope.default,
  intercept: spec.intercept.default,
  seed: spec.seed.default,
});

describe('lesson 1 claims about its default data', () => {
  const data = linearData(settings(spec.n.default));
  const mse = (w: number, b: number) => squaredErrorLoss(data, { w: [w], b }, CONVENTIONS.textbook);
  const best = leastSquares(data);

  it('the best line scores lower than the true line, which scores above zero', () => {
    const truth = mse(spec.slope.default, spec.intercept.default);
    expect(truth).toBeGreaterThan(0);
    expect(mse(best.w[0]!, best.b)).toBeLessThan(truth);
  });

  it('the true line’s MSE is the mean squared noise, and this draw is quieter than σ²', () => {
    const truth = mse(spec.slope.default, spec.intercept.default);
    let sum = 0;
    for (let i = 0; i < data.x.length; i++) {
      const noise = data.y[i]! - (spec.slope.default * data.x[i]! + spec.intercept.default);
      sum += noise * noise;
    }
    expect(truth).toBeCloseTo(sum / data.x.length, 12);
    expect(truth).toBeLessThan(spec.noise.default ** 2);
  });

  it('the best line with the most samples is closer to the truth in both parameters', () => {
    const big = leastSquares(linearData(settings(spec.n.max)));
    expect(Math.abs(big.w[0]! - spec.slope.default)).toBeLessThan(Math.abs(best.w[0]! - spec.slope.default));
    expect(Math.abs(big.b - spec.intercept.default)).toBeLessThan(Math.abs(best.b - spec.intercept.default));
  });

  it('predicting the mean of y beats the w = 0, b = 0 model', () => {
    const mean = Array.from(data.y).reduce((s, v) => s + v, 0) / data.y.length;
    expect(mse(0, mean)).toBeLessThan(mse(0, 0));
  });

  it('with no noise the best line is the true line', () => {
    const clean = leastSquares(linearData(settings(spec.n.default, 0)));
    expect(clean.w[0]).toBeCloseTo(spec.slope.default, 10);
    expect(clean.b).toBeCloseTo(spec.intercept.default, 10);
  });
});
