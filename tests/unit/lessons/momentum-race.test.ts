import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPTIMIZERS, raceRun, raceRunKey, raceRuns, type RaceSettings } from '../../../src/lessons/momentum-race';

const STEPS = 20;
/** Few values per setting, so that two random settings often share an optimiser's key. */
const settings: fc.Arbitrary<RaceSettings> = fc.record({
  kappa: fc.constantFrom(1, 10, 50),
  lr: fc.constantFrom(0.01, 0.02),
  beta: fc.constantFrom(0, 0.9),
  adaptiveLr: fc.constantFrom(0.05, 0.1),
  beta1: fc.constantFrom(0.5, 0.9),
  beta2: fc.constantFrom(0.99, 0.999),
  epsilon: fc.constantFrom(1e-8, 1e-2),
  track: fc.constantFrom('bowl' as const, 'logistic' as const),
});

describe('raceRunKey', () => {
  it('names every setting a run depends on: equal keys give equal runs (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...OPTIMIZERS), settings, settings, (name, a, b) => {
        if (raceRunKey(name, a, STEPS) !== raceRunKey(name, b, STEPS)) return;
        expect(raceRun(name, b, STEPS).params).toEqual(raceRun(name, a, STEPS).params);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the runs a setting does not touch, and only those', () => {
    const base: RaceSettings = { kappa: 50, lr: 0.02, beta: 0.9, adaptiveLr: 0.1, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 };
    const changed = (patch: Partial<RaceSettings>) => OPTIMIZERS.filter((name) => raceRunKey(name, base) !== raceRunKey(name, { ...base, ...patch }));
    expect(changed({ beta: 0.5 })).toEqual(['momentum', 'nesterov']);
    expect(changed({ lr: 0.01 })).toEqual(['gradient-descent', 'momentum', 'nesterov']);
    expect(changed({ adaptiveLr: 0.2 })).toEqual(['rmsprop', 'adam']);
    expect(changed({ beta1: 0.5 })).toEqual(['adam']);
    expect(changed({ kappa: 10 })).toEqual([...OPTIMIZERS]);
    expect(changed({ track: 'logistic' })).toEqual([...OPTIMIZERS]);
    // On the logistic track the bowl's κ plays no part.
    const logistic = { ...base, track: 'logistic' as const };
    expect(OPTIMIZERS.filter((name) => raceRunKey(name, logistic) !== raceRunKey(name, { ...logistic, kappa: 3 }))).toEqual([]);
  });

  it('raceRuns makes the same runs as raceRun one by one', () => {
    const s: RaceSettings = { kappa: 20, lr: 0.03, beta: 0.8, adaptiveLr: 0.1 };
    const all = raceRuns(s, STEPS);
    for (const name of OPTIMIZERS) expect(all[name].params).toEqual(raceRun(name, s, STEPS).params);
  });
});
