import { describe, expect, test } from 'vitest';
import { createNumpyRandom } from '../../../src/engine/index';
import { expectClose, fixture } from './support/close';

interface Streams {
  streams: { seed: number; calls: { fn: 'uniform' | 'normal' | 'random_sample'; args: number[]; values: number[] }[] }[];
}

const { streams } = fixture<Streams>('random.json');

describe('createNumpyRandom reproduces NumPy’s legacy global stream', () => {
  for (const { seed, calls } of streams) {
    test(`after seed ${seed} the calls ${calls.map((c) => `${c.fn}(${c.args.join(', ')})`).join(', ')} give NumPy’s numbers`, () => {
      const random = createNumpyRandom(seed);
      for (const { fn, args, values } of calls) {
        if (fn === 'uniform') {
          // Uniform draws involve only exact integer maths and one multiply-add: bit for bit.
          expect(Array.from(random.uniform(args[0]!, args[1]!, args[2]!))).toEqual(values);
        } else if (fn === 'random_sample') {
          expect(Array.from({ length: args[0]! }, () => random.random())).toEqual(values);
        } else {
          // Normals go through Math.log, which may differ from glibc's log by one ulp.
          expectClose(random.normal(args[0]!, args[1]!, args[2]!), values, `${fn}`, 1e-14, 1e-15);
        }
      }
    });
  }

  test('the first raw 32-bit output after seed 5489 is the reference MT19937 value 3499211612', () => {
    expect(createNumpyRandom(5489).nextUint32()).toBe(3499211612);
  });

  test('a cached second Gaussian is carried into the next normal call, as NumPy does', () => {
    const split = createNumpyRandom(3);
    const first = Array.from(split.normal(0, 1, 3));
    const second = Array.from(split.normal(0, 1, 3));
    expect([...first, ...second]).toEqual(Array.from(createNumpyRandom(3).normal(0, 1, 6)));
  });
});
