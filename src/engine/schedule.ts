import { finiteNumber, positiveInteger } from './validate';

/**
 * A learning rate that may change with the update number k = 0, 1, 2, …
 * (k counts updates, not epochs; for a per-epoch step decay set `every` to
 * the updates per epoch, ⌈n / batchSize⌉):
 * - `{ kind: 'constant', rate }`: α_k = rate.
 * - `{ kind: 'step', rate, factor, every }`: α_k = rate · factor^⌊k / every⌋
 *   (e.g. halve every 100 updates with factor 0.5, every 100).
 * - `{ kind: 'inverse-time', rate, decay }`: α_k = rate / (1 + decay · k),
 *   the 1/t decay whose sum diverges while the sum of squares converges —
 *   the Robbins–Monro conditions under which SGD's noise dies out.
 */
export type LearningRateSchedule =
  | { readonly kind: 'constant'; readonly rate: number }
  | { readonly kind: 'step'; readonly rate: number; readonly factor: number; readonly every: number }
  | { readonly kind: 'inverse-time'; readonly rate: number; readonly decay: number };

/** A fixed rate or a schedule, as the optimisers accept it. */
export type LearningRate = number | LearningRateSchedule;

/**
 * Checks a learning rate or schedule and returns it as a schedule (a number
 * becomes `{ kind: 'constant', rate }`). Errors name the bad field, e.g.
 * "invalid learningRate.factor; expected a finite number in (0, 1], got 2".
 */
export function toSchedule(value: unknown, name = 'learningRate'): LearningRateSchedule {
  const rate = (v: unknown, field: string): number => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new RangeError(`invalid ${field}; expected a finite number ≥ 0, got ${String(v)}`);
    }
    return v;
  };
  if (typeof value === 'number' || value == null || typeof value !== 'object') {
    if (typeof value !== 'number') {
      throw new TypeError(`invalid ${name}; expected a number or a schedule { kind, rate, … }, got ${String(value)}`);
    }
    return { kind: 'constant', rate: rate(value, name) };
  }
  const s = value as { kind?: unknown; rate?: unknown; factor?: unknown; every?: unknown; decay?: unknown };
  switch (s.kind) {
    case 'constant':
      return { kind: 'constant', rate: rate(s.rate, `${name}.rate`) };
    case 'step': {
      const factor = finiteNumber(s.factor, `${name}.factor`);
      if (!(factor > 0 && factor <= 1)) throw new RangeError(`invalid ${name}.factor; expected a finite number in (0, 1], got ${factor}`);
      return { kind: 'step', rate: rate(s.rate, `${name}.rate`), factor, every: positiveInteger(s.every, `${name}.every`) };
    }
    case 'inverse-time':
      return { kind: 'inverse-time', rate: rate(s.rate, `${name}.rate`), decay: rate(s.decay, `${name}.decay`) };
    default:
      throw new RangeError(`invalid ${name}.kind; expected 'constant', 'step' or 'inverse-time', got ${String(s.kind)}`);
  }
}

/** α_k, the learning rate of update k (k = 0 for the first update) under `schedule` (see `LearningRateSchedule`). */
export function learningRateAt(schedule: LearningRate, k: number): number {
  const s = toSchedule(schedule);
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 0) throw new RangeError(`invalid k; expected a non-negative integer, got ${String(k)}`);
  return rateAt(s, k);
}

/** α_k for an already checked schedule. Internal (the optimisers' inner loop). */
export function rateAt(s: LearningRateSchedule, k: number): number {
  switch (s.kind) {
    case 'constant':
      return s.rate;
    case 'step':
      return s.rate * s.factor ** Math.floor(k / s.every);
    case 'inverse-time':
      return s.rate / (1 + s.decay * k);
  }
}
