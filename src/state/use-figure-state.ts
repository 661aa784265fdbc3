/**
 * The one way an island holds its state: a signal of the figure's typed values, written through
 * the figure's spec so every value stays in range. A later layer (page-address sync) hooks in here,
 * not in the islands.
 */
import { type Signal, useSignal } from '@preact/signals';
import { clampNumber, defaultValues, type FigureSpec, type FigureValues } from './figure-spec';

export interface FigureState<S extends FigureSpec> {
  readonly values: Signal<FigureValues<S>>;
  /** Sets one value; numbers are clamped and snapped to the spec. */
  set<K extends keyof S & string>(key: K, value: FigureValues<S>[K]): void;
  /** Sets several values at once (one redraw). */
  patch(changes: Partial<FigureValues<S>>): void;
  reset(keys?: ReadonlyArray<keyof S & string>): void;
}

export function useFigureState<S extends FigureSpec>(spec: S, initial?: Partial<FigureValues<S>>): FigureState<S> {
  const values = useSignal<FigureValues<S>>({ ...defaultValues(spec), ...initial });
  const normalise = (changes: Partial<FigureValues<S>>): Partial<FigureValues<S>> => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(changes)) {
      const p = spec[key];
      if (!p) continue;
      out[key] = (p.kind === 'number' || p.kind === 'integer') && typeof value === 'number' ? clampNumber(key, p, value).value : value;
    }
    return out as Partial<FigureValues<S>>;
  };
  return {
    values,
    set: (key, value) => {
      values.value = { ...values.value, ...normalise({ [key]: value } as unknown as Partial<FigureValues<S>>) };
    },
    patch: (changes) => {
      values.value = { ...values.value, ...normalise(changes) };
    },
    reset: (keys) => {
      const defaults = defaultValues(spec);
      const next = { ...values.value } as Record<string, unknown>;
      for (const key of keys ?? Object.keys(spec)) next[key] = (defaults as Record<string, unknown>)[key];
      values.value = next as FigureValues<S>;
    },
  };
}
