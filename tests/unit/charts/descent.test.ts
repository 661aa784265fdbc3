import { describe, expect, it } from 'vitest';
import { descentLinesOverlay, ghostSteps, lossOverSteps, parameterOverSteps, playPace, STEP_WINDOWS, stepWindow, trainingLog, trainingStepNumbers, updateNumbers } from '../../../src/charts/descent';
import type { Sketch, XY } from '../../../src/charts/sketch';
import { CONVENTIONS, gradientDescent, linearDataEvenlySpaced, SOURCE_002_DATA, squaredErrorObjective } from '../../../src/engine';

const objective = squaredErrorObjective(linearDataEvenlySpaced(SOURCE_002_DATA), CONVENTIONS.textbook);
const run = gradientDescent(objective, { learningRate: 0.025, steps: 100 });

/** The polylines of a sketch (the series of an over-steps chart). */
function sketchLines(sketch: Sketch): Array<readonly XY[]> {
  return sketch.shapes.flatMap((shape) => (shape.kind === 'line' ? [shape.points] : []));
}

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
    const shapes = descentLinesOverlay(run.params, 10, [0, 5]).shapes;
    expect(shapes.length).toBe(ghostSteps(10).length + 1);
    const now = run.params[10]!;
    const last = shapes.at(-1)!;
    if (last.kind !== 'line') throw new Error('expected a line');
    expect(last.points[0]!.y).toBeCloseTo(now.b, 12);
    expect(last.points[1]!.y).toBeCloseTo(now.w[0]! * 5 + now.b, 12);
    expect(last.strokeOpacity).toBeUndefined();
    const opacities = shapes.slice(0, -1).map((s) => s.strokeOpacity!);
    expect([...opacities].sort((a, b) => a - b)).toEqual(opacities);
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

describe('stepWindow', () => {
  it('is the smallest window that reaches k, never past the last step', () => {
    expect(stepWindow(0, 1000)).toBe(50);
    expect(stepWindow(50, 1000)).toBe(50);
    expect(stepWindow(51, 1000)).toBe(100);
    expect(stepWindow(499, 1000)).toBe(500);
    expect(stepWindow(1000, 1000)).toBe(1000);
    expect(stepWindow(5000, 2000)).toBe(2000);
    expect(stepWindow(10, 30)).toBe(30);
    expect(stepWindow(Number.NaN, 1000)).toBe(50);
    expect(stepWindow(0, 0)).toBe(1);
  });

  it('always contains k when k is within the run', () => {
    for (let k = 0; k <= 1000; k += 7) {
      const w = stepWindow(k, 1000);
      expect(w).toBeGreaterThanOrEqual(k);
      expect(STEP_WINDOWS as readonly number[]).toContain(w);
    }
  });
});

describe('over-steps charts', () => {
  it('the loss chart spans exactly steps 0 … window and draws no step beyond it', () => {
    const { base: options, overlay } = lossOverSteps(run.lossAt, 12, 50, true);
    expect(overlay.shapes[0]).toMatchObject({ kind: 'ruleX', x: 12 });
    expect((options.x as { domain: number[] }).domain).toEqual([0, 50]);
    const rows = sketchLines(overlay);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.at(-1)!.x).toBe(50);
    expect(rows[0]![12]!.y).toBe(run.lossAt[12]);
    expect((options.y as { type?: string }).type).toBe('log');
    expect((lossOverSteps(run.lossAt, 12, 50, false).base.y as { type?: string }).type).toBeUndefined();
  });

  it('a parameter chart draws the optimum, the truth only when known, and the curve up to the window', () => {
    const w = run.params.map((p) => p.w[0]!);
    const layers = parameterOverSteps({ name: 'w', values: w, k: 5, window: 50, optimum: 1.8, truth: 2, stroke: 'var(--c-model)' });
    const without = parameterOverSteps({ name: 'w', values: w, k: 5, window: 50, optimum: 1.8, stroke: 'var(--c-model)' });
    const rules = (l: typeof layers) => l.overlay.shapes.filter((s) => s.kind === 'ruleY').map((s) => (s.kind === 'ruleY' ? s.y : NaN));
    expect(rules(layers)).toEqual([1.8, 2]);
    expect(rules(without)).toEqual([1.8]);
    expect(sketchLines(layers.overlay).at(-1)!).toHaveLength(51);
    expect((layers.base.x as { domain: number[] }).domain).toEqual([0, 50]);
  });
});

describe('trainingStepNumbers', () => {
  it('forward, loss and backward are the run’s own, and the update lands on the next step', () => {
    for (const k of [0, 1, 12, 99]) {
      const s = trainingStepNumbers(run, k, 0.025, () => {
        throw new Error('the run has its own gradient here');
      });
      expect(s.w).toBe(run.params[k]!.w[0]);
      expect(s.loss).toBe(run.lossAt[k]);
      expect(s.gradW).toBe(run.gradients[k]!.w[0]);
      expect(s.nextW).toBeCloseTo(run.params[k + 1]!.w[0]!, 14);
      expect(s.nextB).toBeCloseTo(run.params[k + 1]!.b, 14);
    }
  });

  it('past the last update it asks for the gradient, and one more step is one more descent step', () => {
    const s = trainingStepNumbers(run, 100, 0.025, (p) => objective.gradient(p));
    const longer = gradientDescent(objective, { learningRate: 0.025, steps: 101 });
    expect(s.nextW).toBeCloseTo(longer.params[101]!.w[0]!, 14);
    expect(s.nextB).toBeCloseTo(longer.params[101]!.b, 14);
  });
});

describe('playPace', () => {
  it('starts one step at a time, slowly, and never slows down later', () => {
    expect(playPace(0)).toEqual({ stride: 1, rate: 6 });
    let last = 0;
    for (let k = 0; k <= 1000; k += 1) {
      const { stride, rate } = playPace(k);
      expect(stride * rate).toBeGreaterThanOrEqual(last);
      last = stride * rate;
    }
  });
});
