import fc from 'fast-check';
import type { CrossEntropyConvention, SquaredErrorConvention } from '../../../../src/engine/index';

const num = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

/** 1-D data with n in [minN, 12], x in [−4, 4], y in [−10, 10]. */
export const lineData = (minN = 1) =>
  fc.integer({ min: minN, max: 12 }).chain((n) =>
    fc.record({ x: fc.array(num(-4, 4), { minLength: n, maxLength: n }), y: fc.array(num(-10, 10), { minLength: n, maxLength: n }) }),
  );

/** Rows of d features (d in 1…3) with matching targets. */
export const rowData = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 10 })).chain(([d, n]) =>
  fc.record({
    X: fc.array(fc.array(num(-3, 3), { minLength: d, maxLength: d }), { minLength: n, maxLength: n }),
    y: fc.array(num(-5, 5), { minLength: n, maxLength: n }),
  }),
);

/** Labelled 1-D data: hard labels 0/1 or soft labels in [0, 1]. */
export const labelledData = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.record({
    x: fc.array(num(-5, 5), { minLength: n, maxLength: n }),
    y: fc.oneof(fc.array(fc.constantFrom(0, 1), { minLength: n, maxLength: n }), fc.array(num(0, 1), { minLength: n, maxLength: n })),
  }),
);

export const l2 = fc.record({
  lambda: fc.oneof(fc.constant(0), num(0, 2)),
  scale: fc.constantFrom('per-sample' as const, 'absolute' as const),
  penalizeBias: fc.boolean(),
});

/** Any squared-error convention whose gradient is the exact gradient of its loss. */
export const exactSquaredError: fc.Arbitrary<SquaredErrorConvention> = fc
  .record({ loss: fc.constantFrom('mean' as const, 'half-mean' as const), l2, record: fc.constantFrom('before' as const, 'after' as const) })
  .map(({ loss, l2: penalty, record }) => ({ kind: 'squared-error', loss, gradientFactor: loss === 'mean' ? 2 : 1, l2: penalty, record, startValue: 0 }));

export const crossEntropy: fc.Arbitrary<CrossEntropyConvention> = fc
  .record({ eps: fc.constantFrom(0, 1e-15), l2 })
  .map(({ eps, l2: penalty }) => ({ kind: 'cross-entropy', eps, l2: penalty, record: 'after', startValue: 0 }));

/** Parameters for d weights, each in [−r, r]. */
export const paramsFor = (d: number, r = 3) => fc.record({ w: fc.array(num(-r, r), { minLength: d, maxLength: d }), b: num(-r, r) });
