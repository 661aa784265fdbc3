/** Lesson 13's claims, kept true by the engine. */
import { describe, expect, it } from 'vitest';
import { final, gdModes, heavyFinal, momModes, runs, stepsFor, tuning } from '../../../src/lessons/momentum-numbers';

describe('lesson 13: momentum and Adam', () => {
  it('on the stretched bowl, momentum and Nesterov end far closer than plain descent at the same rate', () => {
    expect(final.momentum).toBeLessThan(final['gradient-descent'] / 10);
    expect(final.nesterov).toBeLessThan(final['gradient-descent'] / 10);
    expect(runs['gradient-descent'].diverged).toBe(false);
  });

  it('plain descent kills the steep error quickly but leaves the shallow one; momentum shrinks the shallow one much more', () => {
    const k = 40;
    expect(gdModes.steep[k]!).toBeLessThan(gdModes.shallow[k]! / 10);
    expect(momModes.shallow[k]!).toBeLessThan(gdModes.shallow[k]!);
  });

  it('momentum overshoots: its distance to the minimum rises again at some step', () => {
    const d = momModes.shallow.map((s, i) => Math.hypot(s, momModes.steep[i]!));
    expect(d.some((v, i) => i > 0 && v > d[i - 1]! * 1.01)).toBe(true);
  });

  it('too much momentum (β = 0.99) ends further away than β = 0.9: it swings for too long', () => {
    expect(heavyFinal).toBeGreaterThan(final.momentum);
  });

  it('the tuned momentum needs about √κ times fewer steps than the best plain descent', () => {
    expect(stepsFor(tuning.momentumFactor) * 3).toBeLessThan(stepsFor(tuning.descentFactor));
  });
});

describe('the second race track and Adam’s settings', () => {
  it('the logistic track starts where 004 starts, and Adam takes the β₁, β₂ and ε it is given', async () => {
    const { raceRuns } = await import('../../../src/lessons/momentum-race');
    const runs = raceRuns({ kappa: 10, lr: 0.5, beta: 0.9, adaptiveLr: 0.1, beta1: 0.5, beta2: 0.99, epsilon: 1e-6, track: 'logistic' }, 20);
    expect(runs.momentum.params[0]).toEqual({ w: [-1], b: -1 });
    expect(runs.adam.hyperparameters).toMatchObject({ beta1: 0.5, beta2: 0.99, epsilon: 1e-6 });
    expect(runs['gradient-descent'].lossAt.at(-1)!).toBeLessThan(runs['gradient-descent'].lossAt[0]!);
  });
});
