import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFigureState, encodeFigureState } from '../../../src/state/figure-codec';
import { defaultValues, defineFigure } from '../../../src/state/figure-spec';

const spec = defineFigure({
  n: { kind: 'integer', label: 'Samples', min: 2, max: 500, default: 100 },
  lr: { kind: 'number', label: 'Learning rate', min: 0.001, max: 1, step: 0.001, default: 0.1, scale: 'log' },
  w: { kind: 'number', label: 'Slope', min: -5, max: 5, step: 0.05, default: 0 },
  show: { kind: 'boolean', label: 'Show residuals', default: true },
  loss: { kind: 'choice', label: 'Loss', options: ['mean', 'half-mean'], default: 'mean' },
});

describe('decodeFigureState', () => {
  it('returns the defaults and no note for an empty address', () => {
    const { values, adjustments } = decodeFigureState(spec, []);
    expect(values).toEqual(defaultValues(spec));
    expect(adjustments).toEqual([]);
  });

  it('reads every kind of value', () => {
    const { values, adjustments } = decodeFigureState(spec, [['n', '20'], ['lr', '0.5'], ['w', '-1.25'], ['show', '0'], ['loss', 'half-mean']]);
    expect(values).toEqual({ n: 20, lr: 0.5, w: -1.25, show: false, loss: 'half-mean' });
    expect(adjustments).toEqual([]);
  });

  it('clamps out-of-range numbers and says so', () => {
    const { values, adjustments } = decodeFigureState(spec, [['n', '-3'], ['w', '1e300']]);
    expect(values.n).toBe(2);
    expect(values.w).toBe(5);
    expect(adjustments.map((a) => a.key)).toEqual(['n', 'w']);
    expect(adjustments[0]!.message).toContain('outside 2 to 500');
  });

  it('ignores malformed, hostile and unknown values with a note, keeping the defaults', () => {
    const hostile = [
      ['n', 'NaN'],
      ['w', 'Infinity'],
      ['lr', '<script>alert(1)</script>'],
      ['show', 'maybe'],
      ['loss', 'constructor'],
      ['__proto__', '1'],
      ['x'.repeat(10_000), '1'],
      ['w', '1'.repeat(10_000)],
    ] as const;
    const { values, adjustments } = decodeFigureState(spec, hostile);
    expect(values).toEqual(defaultValues(spec));
    expect(adjustments.length).toBe(hostile.length - 1); // the second 'w' is a duplicate and is not read
    for (const a of adjustments) {
      expect(a.message).not.toMatch(/[<>]/);
      expect(a.message.length).toBeLessThan(200);
    }
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
  });

  it('rounds integers and snaps numbers to the slider step', () => {
    const { values, adjustments } = decodeFigureState(spec, [['n', '20.6'], ['w', '0.333']]);
    expect(values.n).toBe(21);
    expect(values.w).toBe(0.35);
    expect(adjustments).toHaveLength(2);
  });

  it('always yields values inside the spec, whatever the input', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('n', 'lr', 'w', 'show', 'loss', 'other'), fc.string({ maxLength: 80 }))), (entries) => {
        const { values } = decodeFigureState(spec, entries);
        expect(values.n).toBeGreaterThanOrEqual(2);
        expect(values.n).toBeLessThanOrEqual(500);
        expect(Number.isInteger(values.n)).toBe(true);
        expect(values.lr).toBeGreaterThanOrEqual(0.001);
        expect(values.lr).toBeLessThanOrEqual(1);
        expect(Math.abs(values.w)).toBeLessThanOrEqual(5);
        expect(typeof values.show).toBe('boolean');
        expect(['mean', 'half-mean']).toContain(values.loss);
      }),
    );
  });
});

describe('encodeFigureState', () => {
  it('writes only the values that differ from the defaults', () => {
    expect(encodeFigureState(spec, defaultValues(spec))).toEqual([]);
    expect(encodeFigureState(spec, { ...defaultValues(spec), n: 30, show: false })).toEqual([
      ['n', '30'],
      ['show', '0'],
    ]);
  });

  it('round-trips any valid state through decode', () => {
    const valid = fc.record({
      n: fc.integer({ min: 2, max: 500 }),
      lr: fc.double({ min: 0.001, max: 1, noNaN: true }),
      w: fc.integer({ min: -100, max: 100 }).map((k) => k * 0.05).map((x) => Number(x.toFixed(2))),
      show: fc.boolean(),
      loss: fc.constantFrom('mean' as const, 'half-mean' as const),
    });
    fc.assert(
      fc.property(valid, (values) => {
        const decoded = decodeFigureState(spec, encodeFigureState(spec, values));
        expect(decoded.adjustments).toEqual([]);
        expect(decoded.values).toEqual(values);
      }),
    );
  });
});

describe('defineFigure', () => {
  it('rejects a default outside its range, naming the key', () => {
    expect(() => defineFigure({ a: { kind: 'number', label: 'A', min: 0, max: 1, step: 0.1, default: 2 } })).toThrow(/default for a; 2 is outside \[0, 1\]/);
  });
  it('rejects keys that would not survive an address', () => {
    expect(() => defineFigure({ 'A B': { kind: 'boolean', label: 'A', default: true } })).toThrow(/invalid figure key/);
  });
});
