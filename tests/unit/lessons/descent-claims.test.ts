/** Lesson 5's prose claims about its run, kept true by the engine. */
import { describe, expect, it } from 'vitest';
import { CONVENTIONS, squaredErrorLoss, squaredErrorObjective } from '../../../src/engine';
import { descentData, SOURCE_RATE_AS_TEXTBOOK } from '../../../src/figures/descent';
import { arrived, arrivedDoubled, best, bestLoss, doubled, EARLY, finalGradient, lesson5, peak, run, slopeGivenB, sourceRun, truthLoss } from '../../../src/lessons/descent-numbers';

describe('lesson 5: gradient descent, step by step', () => {
  it('runs the source’s steps to the last digit: its rate 0.05 without the factor 2 is our 0.025 with it', () => {
    for (let k = 0; k < run.params.length; k += 50) {
      expect(run.params[k]!.w[0]).toBeCloseTo(sourceRun.params[k]!.w[0]!, 10);
      expect(run.params[k]!.b).toBeCloseTo(sourceRun.params[k]!.b, 10);
    }
  });

  it('every step of the run lowers the loss', () => {
    for (let k = 1; k < run.lossAt.length; k += 1) expect(run.lossAt[k]!).toBeLessThanOrEqual(run.lossAt[k - 1]!);
  });

  it('the line tilts first: early on w is much further along than b', () => {
    const wShare = run.params[EARLY]!.w[0]! / best.w[0]!;
    const bShare = run.params[EARLY]!.b / best.b;
    expect(wShare).toBeGreaterThan(0.8);
    expect(bShare).toBeLessThan(wShare / 2);
  });

  it('lands on the closed-form optimum, which is not the true line', () => {
    const last = run.params.at(-1)!;
    expect(last.w[0]).toBeCloseTo(best.w[0]!, 4);
    expect(last.b).toBeCloseTo(best.b, 4);
    expect(Math.abs(best.w[0]! - Number(lesson5.trueW)) + Math.abs(best.b - Number(lesson5.trueB))).toBeGreaterThan(0.1);
    const data = descentData();
    expect(squaredErrorLoss(data, best, CONVENTIONS.textbook)).toBeLessThan(squaredErrorLoss(data, { w: [Number(lesson5.trueW)], b: Number(lesson5.trueB) }, CONVENTIONS.textbook));
  });

  it('doubling the rate about halves the steps to arrive', () => {
    expect(arrived).toBeGreaterThan(0);
    expect(arrivedDoubled).toBeGreaterThan(0);
    expect(arrivedDoubled / arrived).toBeGreaterThan(0.4);
    expect(arrivedDoubled / arrived).toBeLessThan(0.6);
    expect(doubled.diverged).toBe(false);
  });

  it('the exercise’s answer is 2η times the mean of x·y', () => {
    const data = descentData();
    const meanXY = Array.from(data.x).reduce((s, x, i) => s + x * data.y[i]!, 0) / data.x.length;
    expect(lesson5.firstW).toBeCloseTo(2 * SOURCE_RATE_AS_TEXTBOOK * meanXY, 12);
    // The quoted mean, rounded as printed, still gives the answer within the exercise's tolerance.
    expect(Math.abs(2 * SOURCE_RATE_AS_TEXTBOOK * Number(lesson5.meanXY) - lesson5.firstW)).toBeLessThan(0.005);
  });

  it('the quoted stability limit is where the run starts to blow up', async () => {
    const { gradientDescent, squaredErrorObjective } = await import('../../../src/engine');
    const objective = squaredErrorObjective(descentData(), CONVENTIONS.textbook);
    const limit = Number(lesson5.limit);
    expect(gradientDescent(objective, { learningRate: limit * 0.98, steps: 2000 }).diverged).toBe(false);
    expect(gradientDescent(objective, { learningRate: limit * 1.05, steps: 2000 }).diverged).toBe(true);
  });

  it('the slope overshoots early — past the true slope and the optimum — then comes back down while b climbs', () => {
    expect(peak.step).toBeGreaterThan(0);
    expect(peak.step).toBeLessThanOrEqual(EARLY);
    expect(peak.w).toBeGreaterThan(Number(lesson5.trueW));
    expect(peak.w).toBeGreaterThan(best.w[0]!);
    for (let k = peak.step + 1; k < run.params.length; k += 1) expect(run.params[k]!.w[0]!).toBeLessThanOrEqual(run.params[k - 1]!.w[0]! + 1e-12);
    for (let k = 1; k < run.params.length; k += 1) expect(run.params[k]!.b).toBeGreaterThanOrEqual(run.params[k - 1]!.b - 1e-12);
    // The quoted intercept at step EARLY is reached by then, and is still far below the optimum's.
    expect(Number(lesson5.earlyBShare)).toBeLessThan(50);
  });

  it('the early steep slope is the best slope for the early intercept: the path is on the valley floor', () => {
    const objective = squaredErrorObjective(descentData(), CONVENTIONS.textbook);
    const b = run.params[EARLY]!.b;
    // slopeGivenB(b) is where ∂L/∂w vanishes with b held: the best slope for that intercept.
    expect(Math.abs(objective.gradient({ w: [slopeGivenB(b)], b }).w[0]!)).toBeLessThan(1e-10);
    expect(Math.abs(run.params[EARLY]!.w[0]! - slopeGivenB(b))).toBeLessThan(0.01);
    expect(slopeGivenB(b)).toBeGreaterThan(best.w[0]!);
  });

  it('the fixed-point derivation’s quoted means give the optimum the run settles on', () => {
    const w = Number(lesson5.fpNumerator) / Number(lesson5.fpDenominator);
    expect(Math.abs(w - best.w[0]!)).toBeLessThan(5e-4);
    expect(Number(lesson5.fpNumerator)).toBeCloseTo(Number(lesson5.fpMeanXY) - Number(lesson5.fpMeanX) * Number(lesson5.fpMeanY), 3);
    expect(Number(lesson5.fpDenominator)).toBeCloseTo(Number(lesson5.fpMeanXX) - Number(lesson5.fpMeanX) ** 2, 3);
    expect(Math.abs(Number(lesson5.fpMeanY) - best.w[0]! * Number(lesson5.fpMeanX) - best.b)).toBeLessThan(5e-4);
    expect(Number(lesson5.bestW4)).toBeCloseTo(best.w[0]!, 4);
    expect(Number(lesson5.bestB4)).toBeCloseTo(best.b, 4);
    // Where descent ends, the gradient has all but vanished; at the optimum it is zero.
    expect(Math.hypot(finalGradient.w[0]!, finalGradient.b)).toBeLessThan(1e-5);
    const objective = squaredErrorObjective(descentData(), CONVENTIONS.textbook);
    const atBest = objective.gradient(best);
    expect(Math.hypot(atBest.w[0]!, atBest.b)).toBeLessThan(1e-10);
  });

  it('on these points the true line scores a higher loss than the optimum', () => {
    expect(truthLoss).toBeGreaterThan(bestLoss);
    expect(Number(lesson5.truthLoss)).toBeGreaterThan(Number(lesson5.bestLoss));
    expect(lesson5.bestLoss).toBe(lesson5.finalLoss);
  });
});

