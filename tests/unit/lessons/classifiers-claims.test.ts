/**
 * Lesson 9's prose claims about 004's data: the far cluster makes the least-squares line worse,
 * the logistic fit shrugs it off, and the line's outputs leave [0, 1].
 */
import { describe, expect, it } from 'vitest';
import { accuracy, sourceLogisticOneMode, sourceLogisticTwoMode } from '../../../src/engine';
import { farClusterData, lineClassifierFigure, sigmoidFigure } from '../../../src/figures/classifiers';
import { exercise, lineAtFar, lineAtNear, lineAtSource, logisticAtFar, logisticAtSource } from '../../../src/lessons/classifiers-numbers';

describe('lesson 9 claims', () => {
  it('the figure’s default data are exactly 004’s two-mode data', () => {
    const figure = farClusterData(lineClassifierFigure.far.default);
    const source = sourceLogisticTwoMode();
    expect(Array.from(figure.x)).toEqual(Array.from(source.x));
    expect(Array.from(figure.y)).toEqual(Array.from(source.y));
  });

  it('moving the far cluster away makes the line’s mistakes grow and its crossing move right', () => {
    expect(lineAtNear.errors).toBeLessThan(lineAtSource.errors);
    expect(lineAtSource.errors).toBeLessThan(lineAtFar.errors);
    expect(lineAtSource.boundary!).toBeLessThan(lineAtFar.boundary!);
  });

  it('the line’s highest output is above one: not a probability', () => {
    expect(lineAtSource.highest).toBeGreaterThan(1);
  });

  it('the logistic fit makes no more mistakes than the line, and its boundary hardly moves', () => {
    expect(logisticAtSource.errors).toBeLessThanOrEqual(lineAtSource.errors);
    expect(logisticAtFar.errors).toBeLessThanOrEqual(logisticAtSource.errors);
    expect(Math.abs(logisticAtFar.boundary! - logisticAtSource.boundary!)).toBeLessThan(0.05);
  });

  it('flipping w and b turns the accuracy into one minus itself', () => {
    const data = sourceLogisticOneMode();
    const w = sigmoidFigure.w.default;
    const b = sigmoidFigure.b.default;
    expect(accuracy(data, { w: [-w], b: -b })).toBeCloseTo(1 - accuracy(data, { w: [w], b }), 12);
  });

  it('the exercise’s answer is −b/w', () => {
    expect(exercise.boundary).toBeCloseTo(-exercise.b / exercise.w, 12);
  });
});
