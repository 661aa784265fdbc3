/**
 * Lesson 11's claims: at the suggested separation the classes are separable and, without a
 * penalty, the weights keep growing; with the penalty they settle.
 */
import { describe, expect, it } from 'vitest';
import { accuracy, CONVENTIONS, crossEntropyObjective, gradientDescent, withL2 } from '../../../src/engine';
import { TRAINING_STEPS } from '../../../src/figures/decision-boundary';
import { exercise, exerciseAnswer, overlapping, separableFree, separablePenalised } from '../../../src/lessons/decision-boundary-numbers';

describe('lesson 11 claims', () => {
  it('at the default separation the clouds overlap: no line classifies every point', () => {
    expect(overlapping.accuracy(TRAINING_STEPS)).toBeLessThan(1);
  });

  it('at the separable setting a line classifies every point', () => {
    expect(separableFree.accuracy(TRAINING_STEPS)).toBe(1);
  });

  it('without a penalty the weights on separable data are still growing at the last step', () => {
    const norm = separableFree.norm;
    expect(norm[TRAINING_STEPS]!).toBeGreaterThan(1.3 * norm[200]!);
    expect(norm[TRAINING_STEPS]!).toBeGreaterThan(norm[TRAINING_STEPS - 100]!);
    // …and would go on: a longer run ends larger still.
    const longer = gradientDescent(crossEntropyObjective(separableFree.data, CONVENTIONS.textbookLogistic), { learningRate: 0.5, steps: 2 * TRAINING_STEPS });
    expect(Math.hypot(...longer.params.at(-1)!.w)).toBeGreaterThan(norm[TRAINING_STEPS]!);
  });

  it('with the penalty the weights settle and stay smaller', () => {
    const norm = separablePenalised.norm;
    expect(Math.abs(norm[TRAINING_STEPS]! - norm[TRAINING_STEPS - 500]!)).toBeLessThan(1e-3);
    expect(norm[TRAINING_STEPS]!).toBeLessThan(separableFree.norm[TRAINING_STEPS]!);
    expect(accuracy(separablePenalised.data, separablePenalised.history.params[TRAINING_STEPS]!)).toBe(1);
  });

  it('the L2 run is the textbook convention with the penalty on', () => {
    const direct = gradientDescent(crossEntropyObjective(separablePenalised.data, withL2(CONVENTIONS.textbookLogistic, 0.5)), { learningRate: 0.5, steps: 10 });
    expect(direct.lossAt[10]).toBeCloseTo(separablePenalised.history.lossAt[10]!, 12);
  });

  it('the exercise’s answer is σ(w₁x₁ + w₂x₂ + b)', () => {
    const z = exercise.w1 * exercise.x1 + exercise.w2 * exercise.x2 + exercise.b;
    expect(exerciseAnswer).toBeCloseTo(1 / (1 + Math.exp(-z)), 12);
  });
});
