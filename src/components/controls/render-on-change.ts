/**
 * A figure re-renders all of its controls on every frame of a drag, though only the dragged one
 * has changed: the others get equal values and fresh handler closures. Wrapped by `renderOnChange`
 * (the sliders, the most numerous controls), a control renders again only when a prop other than a
 * function differs; its handlers are passed on as stable forwarders that call the newest prop when
 * the event comes, so a skipped render never leaves an old closure on the element.
 */
import { Component, createElement, type FunctionComponent } from 'preact';

/** True when `a` and `b` hold the same keys with equal values, functions aside. */
export function sameButHandlers(a: object, b: object): boolean {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  for (const key of keys) {
    if (!(key in right)) return false;
    const x = left[key];
    const y = right[key];
    if (typeof x === 'function' && typeof y === 'function') continue;
    if (!Object.is(x, y)) return false;
  }
  return true;
}

/**
 * `View`, rendered again only when `same(previous, next)` is false (by default: a prop other than a
 * function changed). A function prop read while rendering, such as a formatter, must be compared
 * by the `same` given, since the default cannot tell one closure's output from another's.
 */
export function renderOnChange<P extends object>(View: FunctionComponent<P>, same: (a: P, b: P) => boolean = sameButHandlers): FunctionComponent<P> {
  class Held extends Component<P> {
    private readonly forwarders = new Map<string, (...args: unknown[]) => unknown>();

    override shouldComponentUpdate(next: P): boolean {
      return !same(this.props as P, next);
    }

    private forwarder(key: string): (...args: unknown[]) => unknown {
      let f = this.forwarders.get(key);
      if (!f) {
        // Preact gives a held component its new props even when it skips the render.
        f = (...args: unknown[]) => ((this.props as Record<string, unknown>)[key] as (...a: unknown[]) => unknown)(...args);
        this.forwarders.set(key, f);
      }
      return f;
    }

    override render() {
      const props: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(this.props)) props[key] = typeof value === 'function' ? this.forwarder(key) : value;
      return createElement(View as FunctionComponent<Record<string, unknown>>, props);
    }
  }
  return Held as unknown as FunctionComponent<P>;
}
