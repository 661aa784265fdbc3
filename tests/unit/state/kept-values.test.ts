import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeptValues, derivedOnce } from '../../../src/state/kept-values';

describe('KeptValues', () => {
  it('makes a value only for a key the last call did not ask for, and hands back the same one otherwise', () => {
    const kept = new KeptValues<{ key: string }>();
    const made: string[] = [];
    const make = (key: string) => (made.push(key), { key });
    const first = kept.take(['a', 'b', 'c'], make);
    const second = kept.take(['a', 'x', 'c'], make);
    expect(made).toEqual(['a', 'b', 'c', 'x']);
    expect(second[0]).toBe(first[0]);
    expect(second[2]).toBe(first[2]);
    // 'b' was not asked for last time, so it is made again.
    kept.take(['b'], make);
    expect(made).toEqual(['a', 'b', 'c', 'x', 'b']);
  });

  it('gives one value to a key asked for twice in one call', () => {
    const kept = new KeptValues<object>();
    const [a, b] = kept.take(['same', 'same'], () => ({}));
    expect(a).toBe(b);
  });

  it('always returns, for every key, what make gives for it, in order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom('p', 'q', 'r', 's'), { maxLength: 5 }), { maxLength: 8 }), (calls) => {
        const kept = new KeptValues<string>();
        for (const keys of calls) expect(kept.take(keys, (key) => `value of ${key}`)).toEqual(keys.map((key) => `value of ${key}`));
      }),
    );
  });
});

describe('derivedOnce', () => {
  it('makes a value once per object', () => {
    const cache = new WeakMap<object, number[]>();
    let calls = 0;
    const source = {};
    const one = derivedOnce(cache, source, () => (calls++, [1]));
    expect(derivedOnce(cache, source, () => (calls++, [2]))).toBe(one);
    expect(calls).toBe(1);
    expect(derivedOnce(cache, {}, () => (calls++, [3]))).toEqual([3]);
  });
});
