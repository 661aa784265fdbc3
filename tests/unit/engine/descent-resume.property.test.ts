/**
 * resumeDescent must give what gradientDescent gives, to the last bit, whatever run it starts from:
 * longer or shorter, one that blew up or stopped at a blow-up, or one with other options.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CONVENTIONS, gradientDescent, resumeDescent, squaredErrorObjective, type DescentOptions } from '../../../src/engine/index';
import { lineData, paramsFor } from './support/arbitraries';

// Rates from calm to far past the stability limit, so that some runs blow up and some stop being finite.
const rate = fc.oneof(fc.double({ min: 0, max: 0.5, noNaN: true }), fc.double({ min: 0.5, max: 1e3, noNaN: true }));
const steps = fc.integer({ min: 0, max: 60 });

describe('resumeDescent', () => {
  test('from a run with other steps, it is the fresh run', () => {
    fc.assert(
      fc.property(lineData(1), paramsFor(1), rate, steps, steps, fc.boolean(), fc.constantFrom(1e6, 10, Infinity), (data, start, learningRate, a, b, stopOnDivergence, explodeFactor) => {
        const objective = squaredErrorObjective(data, CONVENTIONS.textbook);
        const first: DescentOptions = { start, learningRate, steps: a, stopOnDivergence, explodeFactor };
        const earlier = resumeDescent(null, objective, first);
        expect(earlier.history).toEqual(gradientDescent(objective, first));
        const second = { ...first, steps: b };
        const resumed = resumeDescent(earlier, objective, second);
        expect(resumed.history).toEqual(gradientDescent(objective, second));
        // The earlier run is not changed by being carried on.
        expect(earlier.history).toEqual(gradientDescent(objective, first));
      }),
    );
  });

  test('from a run of another rate, start or objective, it starts afresh and is still the fresh run', () => {
    fc.assert(
      fc.property(lineData(1), paramsFor(1), rate, rate, steps, steps, (data, start, r1, r2, a, b) => {
        const objective = squaredErrorObjective(data, CONVENTIONS.textbook);
        const earlier = resumeDescent(null, objective, { start, learningRate: r1, steps: a });
        const other = { start: { w: [start.w[0]! + 1], b: start.b }, learningRate: r2, steps: b };
        expect(resumeDescent(earlier, objective, other).history).toEqual(gradientDescent(objective, other));
        const same = { start, learningRate: r1, steps: b };
        const twin = squaredErrorObjective(data, CONVENTIONS.textbook);
        expect(resumeDescent(earlier, twin, same).history).toEqual(gradientDescent(twin, same));
      }),
    );
  });

  test('the history holds a copy of the start, not the caller’s object, as gradientDescent’s does', () => {
    const objective = squaredErrorObjective({ x: [0, 1], y: [1, 2] }, CONVENTIONS.textbook);
    const start = { w: [0.5], b: -1 };
    for (const history of [gradientDescent(objective, { start, learningRate: 0.1, steps: 3 }), resumeDescent(null, objective, { start, learningRate: 0.1, steps: 3 }).history]) {
      expect(history.params[0]).toEqual(start);
      expect(history.params[0]).not.toBe(start);
    }
  });

  test('a longer run is carried on from the earlier one, not remade', () => {
    const data = { x: [0, 1, 2, 3], y: [1, 3, 5, 7] };
    const objective = squaredErrorObjective(data, CONVENTIONS.textbook);
    let calls = 0;
    const counted = { ...objective, evaluate: (theta: Float64Array, out: Float64Array) => (calls++, objective.evaluate(theta, out)) };
    const earlier = resumeDescent(null, counted, { learningRate: 0.05, steps: 100 });
    calls = 0;
    resumeDescent(earlier, counted, { learningRate: 0.05, steps: 110 });
    // The last point is evaluated again (for its gradient), then one evaluation per new step.
    expect(calls).toBe(11);
    calls = 0;
    resumeDescent(earlier, counted, { learningRate: 0.05, steps: 40 });
    expect(calls).toBe(0);
  });
});
