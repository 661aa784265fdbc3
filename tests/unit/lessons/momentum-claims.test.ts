/** Lesson 13's claims, kept true by the engine. */
import { describe, expect, it } from 'vitest';
import { final, gdModes, momModes, runs, stepsFor, tuning } from '../../../src/lessons/momentum-numbers';

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

  it('the tuned momentum needs about √κ times fewer steps than the best plain descent', () => {
    expect(stepsFor(tuning.momentumFactor) * 3).toBeLessThan(stepsFor(tuning.descentFactor));
  });
});
