/**
 * Values made for string keys and kept from one render to the next while their key is still asked
 * for. A figure that draws several runs keys each one by the settings it depends on: a slider that
 * changes one run's settings remakes that run alone, and the others stay the very same arrays, which
 * the sketch layer's path caches (keyed by array) recognise, so their paths are not built again.
 */
import { useRef } from 'preact/hooks';

export class KeptValues<T> {
  private kept = new Map<string, T>();

  /**
   * The value for each key: the one kept for it, else `make(key, index)`. Only the keys asked for
   * this time are kept for the next, so nothing piles up while a slider sweeps through its values.
   */
  take(keys: readonly string[], make: (key: string, index: number) => T): T[] {
    const next = new Map<string, T>();
    const values = keys.map((key, index) => {
      const value = next.has(key) ? next.get(key)! : this.kept.has(key) ? this.kept.get(key)! : make(key, index);
      next.set(key, value);
      return value;
    });
    this.kept = next;
    return values;
  }
}

/** KeptValues for a component: `make` runs only for keys the last render did not ask for. */
export function useKept<T>(keys: readonly string[], make: (key: string, index: number) => T): T[] {
  const store = useRef<KeptValues<T> | null>(null);
  store.current ??= new KeptValues<T>();
  return store.current.take(keys, make);
}

/** `make(of)`, made once per object (while `cache` lives) and then handed back as it was. */
export function derivedOnce<K extends object, V>(cache: WeakMap<K, V>, of: K, make: (of: K) => V): V {
  if (cache.has(of)) return cache.get(of)!;
  const value = make(of);
  cache.set(of, value);
  return value;
}
