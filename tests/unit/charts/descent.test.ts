import { describe, expect, it } from 'vitest';
import { descentLinesOverlay, ghostSteps, trainingLog, updateNumbers } from '../../../src/charts/descent';
import { CONVENTIONS, gradientDescent, linearDataEvenlySpaced, SOURCE_002_DATA, squaredErrorObjective } from '../../../src/engine';

const run = gradientDescent(squaredErrorObjective(linearDataEvenlySpaced(SOURCE_002_DATA), CONVENTIONS.textbook), { learningRate: 0.025, steps: 100 });

describe('ghostSteps', () => {
  it('keeps the early steps, doubling, all before k, oldest first', () => {
    expect(ghostSteps(0)).toEqual([]);
    expect(ghostSteps(1)).toEqual([0]);
    expect(ghostSteps(10)).toEqual([0, 1, 2, 4, 8]);
    expect(ghostSteps(1000, 4)).toEqual([64, 128, 256, 512]);
  });
});

describe('descentLinesOverlay', () => {
  it('draws one fading line per earlier step and the current line last, fully opaque', () => {
    const marks = descentLinesOverlay(run.params, 10, [0, 5]).marks as unknown as Array<{ data: Array<{ x: number; y: number }> }>;
    expect(marks.length).toBe(ghostSteps(10).length + 1);
    const now = run.params[10]!;
    expect(marks.at(-1)!.data[0]!.y).toBeCloseTo(now.b, 12);
    expect(marks.at(-1)!.data[1]!.y).toBeCloseTo(now.w[0]! * 5 + now.b, 12);
  });
});

describe('trainingLog', () => {
  it('lists every tenth step up to k, then k, keeping the last rows', () => {
    const log = trainingLog(run, 37);
    expect(log.map((r) => r.step)).toEqual([0, 10, 20, 30, 37]);
    expect(log.at(-1)!.loss).toBe(run.lossAt[37]);
    expect(trainingLog(run, 100, 10, 3).map((r) => r.step)).toEqual([80, 90, 100]);
  });
});

describe('updateNumbers', () => {
  it('is the step the run took: θ − η·gradient equals the next parameters', () => {
    for (const k of [0, 1, 50, 99]) {
      const u = updateNumbers(run, k, 0.025)!;
      expect(u.w.next).toBeCloseTo(run.params[k + 1]!.w[0]!, 14);
      expect(u.b.next).toBeCloseTo(run.params[k + 1]!.b, 14);
    }
    expect(updateNumbers(run, 100, 0.025)).toBeNull();
  });
});
