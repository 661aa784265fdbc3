/** Lesson 15's claims, kept true by the engine. */
import { describe, expect, it } from 'vitest';
import { absoluteErrorObjective, huberObjective } from '../../../src/engine';
import { CLEAN_FIT, MSE_FIT, ROBUST_DATA, robustFit, robustFitHistory } from '../../../src/lessons/robust-fit';
import { hugeHuber, huberFit, maeFit } from '../../../src/lessons/robust-numbers';

describe('lesson 15: robust losses', () => {
  it('MAE and Huber fits sit much closer to the clean fit than least squares does', () => {
    const gap = (w: number) => Math.abs(w - CLEAN_FIT.w[0]!);
    expect(gap(maeFit.w[0]!)).toBeLessThan(gap(MSE_FIT.w[0]!) / 4);
    expect(gap(huberFit.w[0]!)).toBeLessThan(gap(MSE_FIT.w[0]!) / 4);
  });

  it('the robust fits are (near) minima of their own losses: small moves do not lower them', () => {
    for (const [objective, fit] of [[absoluteErrorObjective(ROBUST_DATA.data), maeFit], [huberObjective(ROBUST_DATA.data, 1), huberFit]] as const) {
      const at = (w: number, b: number) => objective.loss({ w: [w], b });
      const here = at(fit.w[0]!, fit.b);
      for (const [dw, db] of [[0.02, 0], [-0.02, 0], [0, 0.02], [0, -0.02]]) expect(at(fit.w[0]! + dw!, fit.b + db!)).toBeGreaterThanOrEqual(here - 1e-9);
    }
  });

  it('with δ beyond every residual, Huber is half the squared error and fits the least-squares line', () => {
    expect(hugeHuber.w[0]).toBeCloseTo(MSE_FIT.w[0]!, 2);
    expect(hugeHuber.b).toBeCloseTo(MSE_FIT.b, 2);
  });

  it('the lean refit the figure runs at every δ is the engine\'s full-batch descent to the last bit', () => {
    for (const loss of [{ kind: 'absolute-error' }, { kind: 'huber', delta: 0.3 }, { kind: 'huber', delta: 1 }, { kind: 'huber', delta: 7 }] as const) {
      const run = robustFitHistory(loss);
      expect(run.diverged).toBe(false);
      expect(robustFit(loss)).toEqual(run.params.at(-1));
    }
  });
});
