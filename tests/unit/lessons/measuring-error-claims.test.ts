/**
 * Lesson 2's prose makes claims about its default data and about the two loss conventions. The
 * numbers are computed at build time; these tests keep the sentences around them true.
 */
import { describe, expect, it } from 'vitest';
import { absoluteErrorLoss, CONVENTIONS, gradientDescent, interceptProfile, leastSquares, linspace, squaredErrorLoss, squaredErrorObjective } from '../../../src/engine';
import { squaredErrorData, squaredErrorFigure as spec } from '../../../src/figures/squared-error';
import { defaults, EXERCISE, internals, lesson2, RATE, STEPS } from '../../../src/lessons/measuring-error-numbers';

const data = squaredErrorData(defaults);
const best = leastSquares(data);
const mse = (w: number, b: number) => squaredErrorLoss(data, { w: [w], b }, CONVENTIONS.textbook);

describe('lesson 2 claims', () => {
  it('the starting line scores worse than the best line, and no line reaches zero', () => {
    expect(mse(spec.w.default, spec.b.default)).toBeGreaterThan(mse(best.w[0]!, best.b));
    expect(mse(best.w[0]!, best.b)).toBeGreaterThan(0.1);
  });

  it('the best line is the lowest MSE: nudging it in any direction costs', () => {
    const m = mse(best.w[0]!, best.b);
    for (const [dw, db] of [[0.01, 0], [-0.01, 0], [0, 0.05], [0, -0.05], [0.01, -0.05]] as const) {
      expect(mse(best.w[0]! + dw, best.b + db)).toBeGreaterThan(m);
    }
  });

  it('along b the MSE is a parabola with one bottom at the mean of y − w·x', () => {
    const bs = linspace(-4, 10, 1401);
    const profile = interceptProfile(data, best.w[0]!, bs, 'squared');
    let k = 0;
    for (let j = 1; j < profile.length; j++) if (profile[j]! < profile[k]!) k = j;
    for (let j = 1; j <= k; j++) expect(profile[j]!).toBeLessThan(profile[j - 1]!);
    for (let j = k + 1; j < profile.length; j++) expect(profile[j]!).toBeGreaterThan(profile[j - 1]!);
    expect(Math.abs(bs[k]! - internals.meanShift)).toBeLessThanOrEqual(0.01);
    expect(internals.meanShift).toBeCloseTo(best.b, 10);
  });

  it('with the default (even) number of points the absolute error has a flat bottom along b', () => {
    expect(spec.n.default % 2).toBe(0);
    expect(internals.flatHi - internals.flatLo).toBeGreaterThan(0.1);
    const w = [best.w[0]!];
    const lo = absoluteErrorLoss(data, { w, b: internals.flatLo });
    for (const t of [0.25, 0.5, 0.75, 1]) {
      expect(absoluteErrorLoss(data, { w, b: internals.flatLo + t * (internals.flatHi - internals.flatLo) })).toBeCloseTo(lo, 12);
    }
    expect(absoluteErrorLoss(data, { w, b: internals.flatLo - 0.1 })).toBeGreaterThan(lo);
    expect(absoluteErrorLoss(data, { w, b: internals.flatHi + 0.1 })).toBeGreaterThan(lo);
  });

  it('the half-mean gradient is half the mean one, and rate η on J is rate η/2 on the MSE', () => {
    expect(internals.gHalf.w[0]! * 2).toBeCloseTo(internals.gMean.w[0]!, 12);
    expect(internals.gHalf.b * 2).toBeCloseTo(internals.gMean.b, 12);
    const a = gradientDescent(squaredErrorObjective(data, CONVENTIONS.source000), { learningRate: RATE, steps: STEPS });
    const b = gradientDescent(squaredErrorObjective(data, CONVENTIONS.textbook), { learningRate: RATE / 2, steps: STEPS });
    expect(a.diverged).toBe(false);
    for (let k = 0; k < a.params.length; k += 97) {
      expect(a.params[k]!.w[0]!).toBeCloseTo(b.params[k]!.w[0]!, 9);
      expect(a.params[k]!.b).toBeCloseTo(b.params[k]!.b, 9);
    }
  });

  it('both runs end at the closed-form best line, which is the same in both conventions', () => {
    expect(internals.endHalf.w[0]!).toBeCloseTo(best.w[0]!, 5);
    expect(internals.endHalf.b).toBeCloseTo(best.b, 5);
    expect(internals.closedHalf.w[0]!).toBeCloseTo(best.w[0]!, 10);
    expect(internals.closedHalf.b).toBeCloseTo(best.b, 10);
    expect(lesson2.endHalfW).toBe(lesson2.endMeanW);
  });

  it('the exercise answer is the mean of the squared residuals', () => {
    let s = 0;
    EXERCISE.x.forEach((x, i) => {
      const r = EXERCISE.y[i]! - (EXERCISE.w * x + EXERCISE.b);
      s += r * r;
    });
    expect(internals.exerciseMse).toBeCloseTo(s / EXERCISE.x.length, 15);
  });
});
