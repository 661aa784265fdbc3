/**
 * Lesson 10's claims about source 004's runs, replayed by the engine.
 */
import { describe, expect, it } from 'vitest';
import { crossEntropyHessian, CONVENTIONS, sourceLogisticOneMode, sourceLogisticTwoMode } from '../../../src/engine';
import {
  BOUNCY,
  bouncy,
  EXERCISE,
  exerciseGradient,
  huge,
  lesson10,
  limitAtOptimum,
  rightCost,
  RUNS_004,
  slow,
  twoModeRun,
  worstCaseLimit,
  wrongCost,
  wrongSquared,
} from '../../../src/lessons/cross-entropy-numbers';

describe('lesson 10 claims', () => {
  it('the rate of 15 is far above the worst-case limit but below the limit at the minimum', () => {
    expect(RUNS_004.huge.learningRate).toBeGreaterThan(3 * worstCaseLimit);
    expect(RUNS_004.huge.learningRate).toBeLessThan(limitAtOptimum);
  });

  it('the huge rate overshoots on its first step, then settles where the slow run is heading', () => {
    expect(huge.params[1]!.w[0]!).toBeGreaterThan(3 * huge.params.at(-1)!.w[0]!);
    expect(huge.diverged).toBe(false);
    expect(Math.abs(huge.lossAt.at(-1)! - huge.lossAt.at(-2)!)).toBeLessThan(1e-9);
    expect(huge.lossAt.at(-1)!).toBeLessThanOrEqual(slow.lossAt.at(-1)!);
  });

  it('a rate just above the limit at the minimum keeps bouncing without blowing up', () => {
    expect(BOUNCY.learningRate).toBeGreaterThan(limitAtOptimum);
    expect(bouncy.diverged).toBe(false);
    expect(Math.abs(bouncy.lossAt.at(-1)! - bouncy.lossAt.at(-2)!)).toBeGreaterThan(1e-3);
    expect(Math.max(...bouncy.lossAt.slice(1))).toBeLessThan(bouncy.lossAt[0]! * 10);
  });

  it('the curvature is largest where the model is unsure: the limit at the start is smaller than at the minimum', () => {
    const data = sourceLogisticOneMode();
    const atStart = crossEntropyHessian(data, { w: [0], b: 0 }, CONVENTIONS.source004).localStabilityLimit;
    expect(atStart).toBeLessThan(limitAtOptimum);
  });

  it('the two-mode classes are separable, so its weight is still growing at the end', () => {
    const data = sourceLogisticTwoMode();
    let max0 = -Infinity;
    let min1 = Infinity;
    for (let i = 0; i < data.x.length; i++) {
      if (data.y[i] === 0) max0 = Math.max(max0, data.x[i]!);
      else min1 = Math.min(min1, data.x[i]!);
    }
    expect(max0).toBeLessThan(min1);
    expect(twoModeRun.params.at(-1)!.w[0]!).toBeGreaterThan(twoModeRun.params.at(-2)!.w[0]!);
  });
});

describe('lesson 10: the confident mistake and the gradient exercise', () => {
  it('a confident mistake costs hundreds of times a confident right answer, and far more than squared error would charge', () => {
    expect(wrongCost).toBeCloseTo(-Math.log(0.01), 12);
    expect(rightCost).toBeCloseTo(-Math.log(0.99), 12);
    expect(Number(lesson10.costRatioRounded)).toBeGreaterThan(100);
    expect(Math.abs(Number(lesson10.costRatioRounded) - wrongCost / rightCost)).toBeLessThan(10);
    expect(wrongSquared).toBeLessThan(1);
    expect(wrongCost).toBeGreaterThan(4 * wrongSquared);
  });

  it('the worked solution’s hand arithmetic is the engine’s gradient, and both parts are negative', () => {
    const errors = EXERCISE.y.map((y) => 0.5 - y);
    expect(errors).toEqual([0.5, -0.5, -0.5]);
    const byHand = errors.reduce((sum, e, i) => sum + e * EXERCISE.x[i]!, 0) / 3;
    expect(exerciseGradient.w[0]).toBeCloseTo(byHand, 12);
    expect(exerciseGradient.b).toBeCloseTo(errors.reduce((a, c) => a + c, 0) / 3, 12);
    expect(exerciseGradient.w[0]).toBeLessThan(0);
    expect(exerciseGradient.b).toBeLessThan(0);
  });
});
