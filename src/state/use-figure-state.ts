/**
 * The one way an island holds its state: a box of the figure's typed values, written through the
 * figure's spec so every value stays in range. With a figure id, the state also comes from the
 * page address (`?id.key=value`), validated by the codec, and can be written back into a link.
 */
import { useLayoutEffect, useReducer, useRef } from 'preact/hooks';
import { currentFigureEntries } from './address';
import { recordFigureSpec } from './figure-registry';
import { decodeFigureState, encodeFigureState } from './figure-codec';
import { type Adjustment, clampNumber, defaultValues, type FigureSpec, type FigureValues } from './figure-spec';

/**
 * A value that re-renders the island owning it when written. Only the island and the components it
 * renders read a figure's state, so this is all of a signal the figures need; @preact/signals cost
 * every lesson page 3 KB of gzipped JavaScript for it.
 */
export interface StateBox<T> {
  value: T;
}

function useStateBox<T>(initial: T): StateBox<T> {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const box = useRef<StateBox<T> | null>(null);
  if (box.current === null) {
    let current = initial;
    box.current = {
      get value() {
        return current;
      },
      set value(next: T) {
        if (Object.is(next, current)) return;
        current = next;
        rerender(undefined);
      },
    };
  }
  return box.current;
}

/**
 * `current` with `changes` applied, or `current` itself when no value differs: a slider that snaps
 * to whole numbers sends the same value many times in a drag, and each fresh object would redraw
 * every chart of the figure for nothing.
 */
export function withChanges<T extends object>(current: T, changes: Partial<T>): T {
  for (const key of Object.keys(changes) as Array<keyof T>) {
    if (!Object.is(current[key], changes[key])) return { ...current, ...changes };
  }
  return current;
}

export interface FigureState<S extends FigureSpec> {
  readonly values: StateBox<FigureValues<S>>;
  /** What the page address asked for that could not be taken as it was; empty when all was fine. */
  readonly adjustments: StateBox<readonly Adjustment[]>;
  /** Sets one value; numbers are clamped and snapped to the spec. */
  set<K extends keyof S & string>(key: K, value: FigureValues<S>[K]): void;
  /** Sets several values at once (one redraw). */
  patch(changes: Partial<FigureValues<S>>): void;
  reset(keys?: ReadonlyArray<keyof S & string>): void;
  /** The current settings as address pairs: only those that differ from the defaults. */
  entries(): Array<[string, string]>;
}

export interface FigureStateOptions<S extends FigureSpec> {
  /** The figure's id on the page; with it, settings are read from the page address. */
  id?: string;
  initial?: Partial<FigureValues<S>>;
}

export function useFigureState<S extends FigureSpec>(spec: S, options: FigureStateOptions<S> = {}): FigureState<S> {
  // On the server, note which spec this figure id uses (for the instructors' page; see figure-registry).
  if (import.meta.env.SSR && options.id) recordFigureSpec(options.id, spec);
  const values = useStateBox<FigureValues<S>>({ ...defaultValues(spec), ...options.initial });
  const adjustments = useStateBox<readonly Adjustment[]>([]);

  // The server renders the defaults; the address is read once the island is live in the browser.
  useLayoutEffect(() => {
    if (!options.id) return;
    const entries = currentFigureEntries(options.id);
    if (entries.length === 0) return;
    const decoded = decodeFigureState(spec, entries);
    values.value = { ...values.value, ...decoded.values };
    adjustments.value = decoded.adjustments;
  }, [options.id]);

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
    adjustments,
    set: (key, value) => {
      values.value = withChanges(values.value, normalise({ [key]: value } as unknown as Partial<FigureValues<S>>));
    },
    patch: (changes) => {
      values.value = withChanges(values.value, normalise(changes));
    },
    reset: (keys) => {
      const defaults = defaultValues(spec);
      const next = { ...values.value } as Record<string, unknown>;
      for (const key of keys ?? Object.keys(spec)) next[key] = (defaults as Record<string, unknown>)[key];
      values.value = next as FigureValues<S>;
      adjustments.value = [];
    },
    entries: () => encodeFigureState(spec, values.value),
  };
}
